import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  require_fs
} from "./chunk-LRYOYDRT.js";
import {
  getErrorMessage
} from "./chunk-HPEVLKEG.js";
import {
  __toESM
} from "./chunk-J36IR65A.js";

// src/lib/event.ts
var import_node_fs = __toESM(require_fs(), 1);
function pullRequestNumber() {
  const path = process.env["GITHUB_EVENT_PATH"];
  if (!path || !(0, import_node_fs.existsSync)(path)) return void 0;
  let event;
  try {
    event = JSON.parse((0, import_node_fs.readFileSync)(path, "utf8"));
  } catch (e) {
    throw new Error(`cannot read the event payload GITHUB_EVENT_PATH=${path}: ${getErrorMessage(e)}`);
  }
  return typeof event.pull_request?.number === "number" ? event.pull_request.number : void 0;
}

export {
  pullRequestNumber
};
