import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-J36IR65A.js";

// node-builtin:buffer
var require_buffer = __commonJS({
  "node-builtin:buffer"(exports, module) {
    module.exports = __require("node:buffer");
  }
});

export {
  require_buffer
};
