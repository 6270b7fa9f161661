import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  require_os
} from "./chunk-GGNHL6HF.js";
import {
  __toESM
} from "./chunk-J36IR65A.js";

// src/lib/logger.ts
var import_node_os = __toESM(require_os(), 1);
var GROUP_FAILED = "\u2717 failed in this group (the error follows)";
var silentLogger = {
  debug: () => void 0,
  info: () => void 0,
  warning: () => void 0,
  error: () => void 0,
  group: (_name, fn) => fn()
};
var addMask = (value) => {
  const data = value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
  process.stdout.write(`::add-mask::${data}${import_node_os.EOL}`);
};
function setMasker(fn) {
  addMask = fn;
}
function maskSecret(value) {
  if (!value) return;
  addMask(value);
  const lines = value.split(/\r?\n/).map((l) => l.trim());
  if (lines.length > 1) {
    for (const line of lines) {
      if (line.length >= 8 && !line.startsWith("-----")) addMask(line);
    }
  }
}

export {
  GROUP_FAILED,
  silentLogger,
  setMasker,
  maskSecret
};
