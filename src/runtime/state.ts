import * as core from '@actions/core';

/** Typed post-step state shared by actions that keep a temp folder: only its path, never its contents. */
export const tempDir = process.env['STATE_tempDir'] ?? '';

export function setTempDir(dir: string): void {
  core.saveState('tempDir', dir);
}
