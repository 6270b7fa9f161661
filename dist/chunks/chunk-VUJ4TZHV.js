import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-J36IR65A.js";

// node-builtin:string_decoder
var require_string_decoder = __commonJS({
  "node-builtin:string_decoder"(exports, module) {
    module.exports = __require("node:string_decoder");
  }
});

export {
  require_string_decoder
};
