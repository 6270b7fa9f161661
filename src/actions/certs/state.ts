import * as core from '@actions/core';

/** Typed post-step state. Only paths are saved: never key material. */
export const tempDir = process.env['STATE_tempDir'] ?? '';

export function setTempDir(dir: string): void {
  core.saveState('tempDir', dir);
}
