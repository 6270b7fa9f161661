import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-J36IR65A.js";

// node-builtin:https
var require_https = __commonJS({
  "node-builtin:https"(exports, module) {
    module.exports = __require("node:https");
  }
});

// node-builtin:http
var require_http = __commonJS({
  "node-builtin:http"(exports, module) {
    module.exports = __require("node:http");
  }
});

export {
  require_https,
  require_http
};
