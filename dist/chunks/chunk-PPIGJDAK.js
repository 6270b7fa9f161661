import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-J36IR65A.js";

// node-builtin:url
var require_url = __commonJS({
  "node-builtin:url"(exports, module) {
    module.exports = __require("node:url");
  }
});

export {
  require_url
};
