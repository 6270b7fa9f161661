import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  debug,
  error,
  group,
  info,
  warning
} from "./chunk-UDYVSBIQ.js";

// src/lib/log.ts
var actionsLogger = {
  debug: (m) => debug(m),
  info: (m) => info(m),
  warning: (m) => warning(m),
  error: (m) => error(m),
  group: (name, fn) => group(name, fn)
};

export {
  actionsLogger
};
