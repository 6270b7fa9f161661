import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-J36IR65A.js";

// node-builtin:os
var require_os = __commonJS({
  "node-builtin:os"(exports, module) {
    module.exports = __require("node:os");
  }
});

export {
  require_os
};
