import * as core from '@actions/core';
import { getExecOutput } from '@actions/exec';
import { CommandError } from './errors.js';

export interface ExecOpts {
  /** Extra environment, merged over process.env. */
  env?: Record<string, string>;
  cwd?: string;
  /** Bytes written to stdin. */
  input?: Buffer;
  /** When false a non-zero exit is returned, not thrown. Default true. */
  check?: boolean;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * The single path through which meshci spawns any CLI (helm, linkerd, kubectl, kind, openssl...).
 * Silent, never relies on @actions/exec's own throw (which drops stderr), debug-logs the argv
 * (secrets never go on a command line: they travel in 0600 files), and throws a CommandError that
 * carries the stderr tail whenever the exit code is non-zero — even when stderr is empty.
 */
export async function exec(command: string, args: readonly string[], opts: ExecOpts = {}): Promise<ExecResult> {
  core.debug(`exec: ${command} ${args.map(quote).join(' ')}`);
  const res = await getExecOutput(command, [...args], {
    silent: true,
    ignoreReturnCode: true,
    cwd: opts.cwd,
    input: opts.input,
    env: opts.env ? { ...(process.env as Record<string, string>), ...opts.env } : undefined,
  });
  if (res.exitCode !== 0 && opts.check !== false) {
    throw new CommandError(command, args, res.exitCode, res.stderr);
  }
  return { exitCode: res.exitCode, stdout: res.stdout, stderr: res.stderr };
}

function quote(a: string): string {
  return /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}
