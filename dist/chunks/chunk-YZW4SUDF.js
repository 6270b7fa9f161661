import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  debug,
  error,
  group,
  info,
  setSecret,
  warning
} from "./chunk-J7TZLLBJ.js";

// src/lib/log.ts
var actionsLogger = {
  debug: (m) => debug(m),
  info: (m) => info(m),
  warning: (m) => warning(m),
  error: (m) => error(m),
  group: (name, fn) => group(name, fn)
};
var silentLogger = {
  debug: () => void 0,
  info: () => void 0,
  warning: () => void 0,
  error: () => void 0,
  group: (_name, fn) => fn()
};
function maskSecret(value) {
  if (!value) return;
  setSecret(value);
  const lines = value.split(/\r?\n/).map((l) => l.trim());
  if (lines.length > 1) {
    for (const line of lines) {
      if (line.length >= 8 && !line.startsWith("-----")) setSecret(line);
    }
  }
}
function formatDuration(ms) {
  if (ms < 1e3) return `${Math.round(ms)}ms`;
  const s = ms / 1e3;
  if (s < 60) return `${s.toFixed(1)}s`;
  const m = Math.floor(s / 60);
  return `${m}m${Math.round(s - m * 60)}s`;
}

export {
  actionsLogger,
  silentLogger,
  maskSecret,
  formatDuration
};
