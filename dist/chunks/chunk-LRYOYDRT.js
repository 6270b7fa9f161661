import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-J36IR65A.js";

// node-builtin:fs
var require_fs = __commonJS({
  "node-builtin:fs"(exports, module) {
    module.exports = __require("node:fs");
  }
});

// node-builtin:path
var require_path = __commonJS({
  "node-builtin:path"(exports, module) {
    module.exports = __require("node:path");
  }
});

export {
  require_fs,
  require_path
};
