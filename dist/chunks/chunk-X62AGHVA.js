import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  __commonJS,
  __require
} from "./chunk-J36IR65A.js";

// node-builtin:vm
var require_vm = __commonJS({
  "node-builtin:vm"(exports, module) {
    module.exports = __require("node:vm");
  }
});

// src/oci/retry.ts
var DEFAULT_RETRY = { attempts: 5, baseMs: 200, maxMs: 8e3, maxRetryAfterMs: 6e4 };
var RETRY_STATUS = /* @__PURE__ */ new Set([408, 425, 429, 500, 502, 503, 504]);
var RETRY_CODES = /* @__PURE__ */ new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "ENOTFOUND",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT",
  "UND_ERR_CLOSED"
]);
function isRetryableError(e) {
  let cur = e;
  for (let i = 0; i < 4 && cur; i++) {
    const code = cur.code;
    if (code && RETRY_CODES.has(code)) return true;
    if (cur.retryable) return true;
    cur = cur.cause;
  }
  return false;
}
function retryAfterMs(header, now = Date.now()) {
  const v = Array.isArray(header) ? header[0] : header;
  if (!v) return void 0;
  if (/^\d+$/.test(v.trim())) return Number(v.trim()) * 1e3;
  const t = Date.parse(v);
  return Number.isNaN(t) ? void 0 : Math.max(0, t - now);
}
function backoffMs(attempt, p, retryAfter, random = Math.random) {
  if (retryAfter !== void 0) return Math.min(retryAfter, p.maxRetryAfterMs);
  const cap = Math.min(p.maxMs, p.baseMs * 2 ** attempt);
  return Math.floor(random() * cap);
}
var sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export {
  require_vm,
  DEFAULT_RETRY,
  RETRY_STATUS,
  isRetryableError,
  retryAfterMs,
  backoffMs,
  sleep
};
