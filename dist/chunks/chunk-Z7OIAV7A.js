import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-J36IR65A.js";

// node-builtin:util
var require_util = __commonJS({
  "node-builtin:util"(exports, module) {
    module.exports = __require("node:util");
  }
});

export {
  require_util
};
