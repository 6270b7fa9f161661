import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  saveState
} from "./chunk-QNMAJCP6.js";

// src/lib/state.ts
var tempDir = process.env["STATE_tempDir"] ?? "";
function setTempDir(dir) {
  saveState("tempDir", dir);
}

export {
  tempDir,
  setTempDir
};
