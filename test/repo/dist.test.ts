import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT } from '../helpers/action.js';

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('committed dist/', () => {
  it('is exactly what the build script produces from the sources', () => {
    const out = mkdtempSync(join(tmpdir(), 'meshci-dist-'));
    execFileSync(process.execPath, ['build.mjs', '--outdir', out], { cwd: ROOT, stdio: 'pipe' });
    const fresh = files(out);
    expect(files(join(ROOT, 'dist'))).toEqual(fresh);
    const stale = fresh.filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join(ROOT, 'dist', f))));
    expect(stale, 'dist/ is stale: run `npm run build` and commit dist/').toEqual([]);
    expect(statSync(join(ROOT, 'dist/cli.js')).mode & 0o111).not.toBe(0);
  });
});
