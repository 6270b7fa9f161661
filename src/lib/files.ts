import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigurationError } from './errors.js';

export interface OutFile {
  name: string;
  content: string;
  /** 0o600 for key material, 0o644 otherwise. */
  mode: number;
}

/**
 * Write a set of files all or nothing: every file is first written into a staging folder beside
 * the targets (same filesystem, so the final renames are atomic), and only when all are written are
 * they renamed into place. A failure leaves no stray or partial file behind. Existing files are
 * refused unless `overwrite`, so a trust-anchor key is never clobbered by accident.
 */
export function writeFilesAtomically(dir: string, files: readonly OutFile[], opts: { overwrite: boolean; input: string }): string[] {
  const target = resolve(dir);
  assertWritable(
    dir,
    files.map((f) => f.name),
    opts,
  );
  const created = !existsSync(target);
  mkdirSync(target, { recursive: true });
  const staging = mkdtempSync(join(target, '.meshci-staging-'));
  try {
    for (const f of files) {
      const p = join(staging, f.name);
      writeFileSync(p, f.content, { mode: f.mode });
      chmodSync(p, f.mode); // umask may have narrowed or widened it
    }
    const out: string[] = [];
    for (const f of files) {
      renameSync(join(staging, f.name), join(target, f.name));
      out.push(join(target, f.name));
    }
    return out;
  } catch (e) {
    if (created) rmSync(target, { recursive: true, force: true });
    throw e;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Fail early, before any work, if writing these names into `dir` would clobber files. */
export function assertWritable(dir: string, names: readonly string[], opts: { overwrite: boolean; input: string }): void {
  const target = resolve(dir);
  const clash = names.filter((n) => existsSync(join(target, n)));
  if (clash.length > 0 && !opts.overwrite) {
    throw new ConfigurationError(`Input '${opts.input}' folder '${dir}' already holds ${clash.join(', ')}; set 'overwrite: true' to replace them`);
  }
}
