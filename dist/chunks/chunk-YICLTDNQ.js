import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  ConfigurationError
} from "./chunk-HPEVLKEG.js";

// src/lib/duration.ts
var UNIT_MS = {
  ms: 1,
  s: 1e3,
  m: 6e4,
  h: 36e5,
  d: 864e5
};
function parseDuration(input, value, opts = {}) {
  const text = value.trim();
  const allowed = "a duration such as 8760h, 87600h, 1h30m or 60d (units: d, h, m, s, ms)";
  if (!/^(\d+(\.\d+)?(ms|s|m|h|d))+$/.test(text)) {
    throw new ConfigurationError(`Input '${input}' has invalid duration '${value}': expected ${allowed}`);
  }
  let total = 0;
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) {
    total += Number(m[1]) * UNIT_MS[m[2]];
  }
  if (opts.min !== void 0 && total < opts.min) {
    throw new ConfigurationError(`Input '${input}' duration '${value}' is too short: at least ${formatHours(opts.min)} is allowed`);
  }
  if (opts.max !== void 0 && total > opts.max) {
    throw new ConfigurationError(`Input '${input}' duration '${value}' is too long: at most ${formatHours(opts.max)} is allowed`);
  }
  return Math.round(total);
}
function formatHours(ms) {
  if (ms % 36e5 === 0) return `${ms / 36e5}h`;
  return `${ms / 1e3}s`;
}
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)}ms`;
  const s = ms / 1e3;
  if (s < 60) return `${s.toFixed(1)}s`;
  const m = Math.floor(s / 60);
  return `${m}m${Math.round(s - m * 60)}s`;
}

export {
  parseDuration,
  formatDuration
};
