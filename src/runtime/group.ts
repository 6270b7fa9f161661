import * as core from '@actions/core';
import { GROUP_FAILED } from '../lib/logger.js';

/**
 * `core.group`, and a group that fails says so inside itself (GROUP_FAILED) before it closes, so a
 * reader of the log — and meshci's live log, which marks groups ✓ or ✗ — knows which step failed.
 */
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  core.startGroup(name);
  try {
    return await fn();
  } catch (e) {
    core.info(GROUP_FAILED);
    throw e;
  } finally {
    core.endGroup();
  }
}
