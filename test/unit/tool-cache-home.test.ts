import { describe, it, expect } from 'vitest';
import { chmodSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { userToolCache } from '../../src/local/runner.js';

describe("the CLI's tool cache", () => {
  it('lives in the user cache folder, 0700 — not in the shared TMPDIR', () => {
    const home = mkdtempSync(join(tmpdir(), 'xdg-'));
    const dir = userToolCache({ XDG_CACHE_HOME: home });
    expect(dir).toBe(join(home, 'meshci', 'tool-cache'));
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(dir.startsWith(join(tmpdir(), 'meshci-tool-cache'))).toBe(false);
  });

  it('is refused, named, when others may write to it (a planted binary would be run)', () => {
    const home = mkdtempSync(join(tmpdir(), 'xdg-'));
    const dir = userToolCache({ XDG_CACHE_HOME: home });
    chmodSync(dir, 0o777);
    expect(() => userToolCache({ XDG_CACHE_HOME: home })).toThrow(`the tool cache ${dir} may be written by others (mode 777)`);
  });
});
