import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertWritable } from '../../src/lib/files.js';

/**
 * An output folder that cannot be one is refused before any work, naming the input and why —
 * not a raw EEXIST/ENOENT from mkdir after the checks ran, and not a hang (Node's recursive mkdir
 * never returns under /proc).
 */
describe('an output folder that cannot be one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'meshci-outdir-'));
  const file = join(dir, 'afile');
  writeFileSync(file, 'x');
  const problem = (target: string) => {
    try {
      assertWritable(target, ['ca.crt'], { overwrite: false, input: 'output-dir' });
      return undefined;
    } catch (e) {
      return (e as Error).message;
    }
  };

  it('a file, or a path below a file', () => {
    expect(problem(file)).toBe(`Input 'output-dir' names '${file}', which is a file, not a folder`);
    expect(problem(join(file, 'c'))).toBe(`Input 'output-dir' names '${join(file, 'c')}', but ${file} is a file, not a folder`);
  });

  it('/proc and /sys', () => {
    expect(problem('/proc/meshci')).toMatch(/^Input 'output-dir' names '\/proc\/meshci', which is in \/proc, a kernel filesystem/);
    expect(problem('/sys/meshci/x')).toMatch(/which is in \/sys, a kernel filesystem/);
  });

  it('a new folder under a writable one is fine', () => {
    expect(problem(join(dir, 'new', 'deeper'))).toBeUndefined();
  });
});
