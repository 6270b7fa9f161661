import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-J36IR65A.js";

// node-builtin:process
var require_process = __commonJS({
  "node-builtin:process"(exports, module) {
    module.exports = __require("node:process");
  }
});

export {
  require_process
};
