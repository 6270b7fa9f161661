import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-J36IR65A.js";

// node-builtin:stream
var require_stream = __commonJS({
  "node-builtin:stream"(exports, module) {
    module.exports = __require("node:stream");
  }
});

export {
  require_stream
};
