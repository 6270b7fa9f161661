import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every temporary file of a test run — the tests', the action steps' they spawn, the stubs' — lives
 * in one folder of this run (TMPDIR, which os.tmpdir() and every child process read), removed when
 * the run ends: a run leaves nothing behind in the machine's /tmp, however a test ended.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'meshci-test-run-'));
  process.env['TMPDIR'] = root;
  // the actions the tests run download tools into this run's own cache, not the user's
  process.env['RUNNER_TOOL_CACHE'] ??= join(root, 'tool-cache');
  return () => {
    const left = readdirSync(root).length;
    rmSync(root, { recursive: true, force: true });
    if (left) console.log(`test run: ${left} temporary entries removed with ${root}`);
  };
}
