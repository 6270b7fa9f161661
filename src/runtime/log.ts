import * as core from '@actions/core';
import type { Logger } from '../lib/logger.js';
import { group } from './group.js';

export { type Logger, silentLogger, maskSecret } from '../lib/logger.js';
export { formatDuration } from '../lib/duration.js';

/** The Logger of code that runs under the Actions runner (or meshci's local runner). */
export const actionsLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
  group: (name, fn) => group(name, fn),
};
