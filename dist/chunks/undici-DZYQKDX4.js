import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  require_agent,
  require_api,
  require_dispatcher,
  require_proxy_agent
} from "./chunk-G6WOPJDF.js";
import {
  __toESM
} from "./chunk-J36IR65A.js";

// undici-slim:undici
var import_agent = __toESM(require_agent());
var import_proxy_agent = __toESM(require_proxy_agent());
var import_dispatcher = __toESM(require_dispatcher());
var import_api = __toESM(require_api());
Object.assign(import_dispatcher.default.prototype, import_api.default);
var export_Agent = import_agent.default;
var export_ProxyAgent = import_proxy_agent.default;
export {
  export_Agent as Agent,
  export_ProxyAgent as ProxyAgent
};
