import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CommandError } from './errors.js';
import { formatDuration } from './duration.js';
import type { Logger } from './logger.js';

export interface ExecOpts {
  /** Extra environment, merged over process.env. */
  env?: Record<string, string>;
  cwd?: string;
  /** Bytes written to stdin. */
  input?: Buffer;
  /** When false a non-zero exit is returned, not thrown. Default true. A timeout always throws. */
  check?: boolean;
  /**
   * Longest the tool may run; then it and every process it started are killed and a
   * CommandTimeoutError is thrown. Default: `defaultTimeoutMs(command, args)`.
   */
  timeoutMs?: number;
  /** Where the argv is debug-logged: the caller's injected Logger (none: not logged). */
  log?: Logger;
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** What a spawned tool gets when the caller names no timeout, and no flag of its own says longer. */
export const DEFAULT_EXEC_TIMEOUT_MS = 10 * 60_000;
/** Time past a tool's own `--timeout`/`--wait` before the wrapper gives up on it (it reports, cleans up). */
export const TOOL_TIMEOUT_MARGIN_MS = 2 * 60_000;
/** After SIGTERM, how long the tool and its children get before SIGKILL. */
export const KILL_GRACE_MS = 2_000;

/** The tool could not be started at all (spawn failed: `code` ENOENT when it is not on PATH). */
export class CommandNotRunError extends Error {
  constructor(
    command: string,
    readonly code: string | undefined,
    message: string,
  ) {
    super(`could not run ${command}: ${message}`);
  }
}

/**
 * For a probe of a tool on PATH: the tool is absent (not found, or not executable) — anything else
 * (a timeout, a crash) is a failure and is thrown on.
 */
export function absentTool(e: unknown): undefined {
  if (e instanceof CommandNotRunError && (e.code === 'ENOENT' || e.code === 'EACCES')) return undefined;
  throw e;
}

/** A spawned tool ran past its timeout and was killed, with the processes it started. */
export class CommandTimeoutError extends CommandError {
  constructor(
    command: string,
    args: readonly string[],
    readonly timeoutMs: number,
    stderr: string,
  ) {
    super(command, args, -1, stderr);
    const tail = stderr.trim().split('\n').slice(-5).join('\n').trim();
    this.message = `${basename(command)} ${argvHead(args)} timed out after ${formatDuration(timeoutMs)}: killed it and the processes it started${tail ? `; its last output: ${tail}` : ''}`;
  }
}

/**
 * The single path through which meshci spawns any CLI (helm, linkerd, kubectl, kind, docker, az,
 * openssl...). Silent, debug-logs the argv (secrets never go on a command line: they travel in 0600
 * files or stdin), and throws a CommandError that carries the stderr tail whenever the exit code is
 * non-zero — even when stderr is empty. Every tool has a timeout (`timeoutMs`, else the default, or
 * the tool's own `--timeout`/`--wait` plus a margin when that is longer): when it passes, the tool
 * and every process below it get SIGTERM, then SIGKILL, and the error names the tool, the head of
 * its argv and the timeout. The tool stays in meshci's session and process group, so a cancel that
 * signals the step's tree reaches it too.
 */
export async function exec(command: string, args: readonly string[], opts: ExecOpts = {}): Promise<ExecResult> {
  opts.log?.debug(`exec: ${command} ${args.map(quote).join(' ')}`);
  const timeoutMs = opts.timeoutMs ?? defaultTimeoutMs(command, args);
  const res = await run(command, args, opts, timeoutMs);
  if (res.timedOut) throw new CommandTimeoutError(command, args, timeoutMs, res.stderr);
  if (res.exitCode !== 0 && opts.check !== false) {
    throw new CommandError(command, args, res.exitCode, res.stderr);
  }
  return { exitCode: res.exitCode, stdout: res.stdout, stderr: res.stderr };
}

/**
 * The timeout of a tool run with no explicit one: DEFAULT_EXEC_TIMEOUT_MS, or — when the argv gives
 * the tool a longer time of its own (`helm --timeout 15m`, `kubectl --timeout=900s`, `linkerd check
 * --wait 20m`) — that time plus TOOL_TIMEOUT_MARGIN_MS, so the tool times out first and says why.
 */
export function defaultTimeoutMs(_command: string, args: readonly string[]): number {
  let own = 0;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const m = /^--(?:timeout|wait)(?:=(.*))?$/.exec(a);
    if (!m) continue;
    const ms = goDurationMs(m[1] ?? args[i + 1] ?? '');
    if (ms !== undefined) own = Math.max(own, ms);
  }
  return Math.max(DEFAULT_EXEC_TIMEOUT_MS, own > 0 ? own + TOOL_TIMEOUT_MARGIN_MS : 0);
}

/** A Go duration (`300s`, `5m`, `1h30m`, `1.5h`, `250ms`) in milliseconds, or undefined. */
function goDurationMs(v: string): number | undefined {
  if (!/^(?:\d+(?:\.\d+)?(?:h|ms|m|s))+$/.test(v)) return undefined;
  const unit: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 };
  let ms = 0;
  for (const p of v.matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s)/g)) ms += Number(p[1]) * (unit[p[2] as string] as number);
  return ms;
}

/** The start of an argv for an error: the subcommand and its first words, never the whole line. */
function argvHead(args: readonly string[]): string {
  return (
    args
      .slice(0, 3)
      .map((a) => (a.length > 60 ? `${a.slice(0, 57)}...` : a))
      .map(quote)
      .join(' ') + (args.length > 3 ? ' …' : '')
  );
}

function run(command: string, args: readonly string[], opts: ExecOpts, timeoutMs: number): Promise<ExecResult & { timedOut: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], {
      cwd: opts.cwd,
      env: opts.env ? { ...process.env, ...opts.env } : process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    let timedOut = false;
    let settled = false;
    let killTimer: NodeJS.Timeout | undefined;
    let tree: number[] = [];
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid === undefined) return;
      // the tool and everything it started (helm's post-renderer, kind's docker calls), found now:
      // once the tool exits its children are reparented and no longer below it
      tree = [child.pid, ...descendants(child.pid)];
      signal(tree, 'SIGTERM');
      killTimer = setTimeout(() => {
        signal([...tree, ...(child.pid === undefined ? [] : descendants(child.pid))], 'SIGKILL');
        // a grandchild that escaped the tree may still hold the pipes open: stop waiting for them
        child.stdout.destroy();
        child.stderr.destroy();
      }, KILL_GRACE_MS);
    }, timeoutMs);
    const finish = (code: number | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      // what it started and left behind after a timeout goes with it
      if (timedOut)
        signal(
          tree.filter((p) => p !== child.pid),
          'SIGKILL',
        );
      resolve({ exitCode: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), timedOut });
    };
    child.on('error', (e) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      reject(new CommandNotRunError(command, (e as NodeJS.ErrnoException).code, e.message));
    });
    // 'close' waits for the pipes; after a kill, 'exit' is enough (the pipes were destroyed)
    child.on('close', (code) => finish(code));
    child.on('exit', (code) => {
      if (timedOut) setTimeout(() => finish(code), 50);
    });
    child.stdin.on('error', () => undefined); // a tool that exits without reading its stdin
    child.stdin.end(opts.input ?? undefined);
  });
}

function signal(pids: readonly number[], sig: NodeJS.Signals): void {
  for (const p of pids) {
    try {
      process.kill(p, sig);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e; // gone already
    }
  }
}

/** The processes below `pid` (Linux /proc; elsewhere none are found and only the tool is killed). */
export function descendants(pid: number): number[] {
  const parent = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return [];
  }
  for (const d of entries) {
    try {
      // pid (comm) state ppid …; comm may hold spaces and parentheses: read after the last ')'
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // exited meanwhile
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const [c, pp] of parent) {
      if (pp === p && !out.includes(c)) {
        out.push(c);
        walk(c);
      }
    }
  };
  walk(pid);
  return out;
}

function quote(a: string): string {
  return /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}
