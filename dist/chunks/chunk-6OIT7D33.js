import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-J36IR65A.js";

// node-builtin:child_process
var require_child_process = __commonJS({
  "node-builtin:child_process"(exports, module) {
    module.exports = __require("node:child_process");
  }
});

export {
  require_child_process
};
