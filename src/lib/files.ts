import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, statfsSync, writeFileSync, chmodSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigurationError, getErrorMessage } from './errors.js';

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

/** procfs and sysfs (statfs f_type): Node's recursive mkdir never returns there. */
const PSEUDO_FS = new Set([0x9fa0, 0x62656572]);

/**
 * Fail early, before any work, if `dir` cannot be the folder (a file there, a parent that is not
 * a writable folder, /proc or /sys) or writing these names into it would clobber files.
 */
export function assertWritable(dir: string, names: readonly string[], opts: { overwrite: boolean; input: string }): void {
  const target = resolve(dir);
  const problem = folderProblem(target);
  if (problem) throw new ConfigurationError(`Input '${opts.input}' names '${dir}', ${problem}`);
  const clash = names.filter((n) => existsSync(join(target, n)));
  if (clash.length > 0 && !opts.overwrite) {
    throw new ConfigurationError(`Input '${opts.input}' folder '${dir}' already holds ${clash.join(', ')}; set 'overwrite: true' to replace them`);
  }
}

/** Why `target` cannot be (or become) a folder the user can write to; undefined when it can. */
function folderProblem(target: string): string | undefined {
  let existing = target;
  while (!existsSync(existing) && dirname(existing) !== existing) existing = dirname(existing);
  let st;
  try {
    st = statSync(existing);
  } catch (e) {
    return `which cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`;
  }
  if (!st.isDirectory()) return existing === target ? 'which is a file, not a folder' : `but ${existing} is a file, not a folder`;
  try {
    if (PSEUDO_FS.has(statfsSync(existing).type)) return `which is in ${existing.split('/').slice(0, 2).join('/')}, a kernel filesystem, not a place for files`;
  } catch (e) {
    // statfs unsupported here: the checks below still apply; any other failure is the folder's problem
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOSYS' && code !== 'EOPNOTSUPP') return `which cannot be read (${code ?? getErrorMessage(e)})`;
  }
  try {
    accessSync(existing, constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    return existing === target ? `a folder this user cannot write to (${code})` : `which cannot be created: ${existing} is not writable (${code})`;
  }
  return undefined;
}
