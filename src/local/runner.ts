import { spawn, type ChildProcess } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync, existsSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { prependPath } from './pipeline.js';
import { descendants } from '../lib/exec.js';
import { ConfigurationError, getErrorMessage } from '../lib/errors.js';

/**
 * A small, faithful stand-in for the GitHub Actions runner, used by the `meshci` CLI and by the
 * test suite: it runs an action's dist entry in a child process exactly as the runner does —
 * inputs as INPUT_<NAME> (upper-cased, spaces to `_`, `-` kept) with action.yml defaults filled in,
 * the GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE / GITHUB_PATH / GITHUB_STEP_SUMMARY files (parsed
 * as strictly as the runner parses them: a malformed line fails the step, NODE_OPTIONS is refused
 * from GITHUB_ENV, a summary over 1 MiB is dropped and the rest masked), then the post step with
 * STATE_* in the environment main left (its exports, its PATH additions last-added first); steps of
 * one `Job` share exports and PATH, and their post steps run at the job's end, last first — and it
 * logs the way the runner does: stdout and stderr cut into lines each, `add-mask` lines consumed and
 * each secret masked from the line that registered it on. A cancel (`Cancel`) is delivered as the
 * runner delivers it: SIGINT, then SIGTERM after 7.5 s, then the process tree killed 2.5 s later.
 */

export interface ActionYml {
  name: string;
  description: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs: { using: string; main: string; post?: string; 'post-if'?: string };
}

export interface StepResult {
  exitCode: number;
  /** the signal that ended the step's process, when one did */
  signal?: NodeJS.Signals;
  /** the step's process id */
  pid?: number;
  /** stdout exactly as the process wrote it (contains add-mask commands). */
  rawStdout: string;
  /** stdout and stderr lines in the order they completed, as the runner shows them: add-mask consumed, each secret *** from its registration on. */
  log: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  env: Record<string, string>;
  summary: string;
  secrets: string[];
  /** Folders the step added to PATH (GITHUB_PATH). */
  path: string[];
}

export interface RunResult extends StepResult {
  post?: StepResult;
  workDir: string;
  /** the run was cancelled (the signal that started it): main was signalled, or never started */
  cancelled?: NodeJS.Signals;
}

/**
 * The runner's grace on cancel: SIGINT, 7.5 s later SIGTERM, 2.5 s later SIGKILL (ProcessInvoker
 * in actions/runner). A step that has not exited by then is killed.
 */
export const RUNNER_GRACE = { termMs: 7_500, killMs: 2_500 } as const;

type StopSignal = 'SIGINT' | 'SIGTERM' | 'SIGKILL';
const ESCALATION: readonly StopSignal[] = ['SIGINT', 'SIGTERM', 'SIGKILL'];

/**
 * A cancel, delivered as the runner delivers it: `send` passes a signal to the running step (and to
 * every step started later, which is not started at all). Each signal received goes one step
 * further along SIGINT → SIGTERM → SIGKILL (a second Ctrl-C is a SIGTERM, a third kills), and the
 * step's own grace timers escalate on their own. The root action and the CLI hand their SIGINT /
 * SIGTERM here; the emulation's callers use it to cancel a step as the runner would.
 */
export class Cancel {
  private level = -1;
  private readonly listeners = new Set<(sig: StopSignal) => void>();

  /** the first signal sent, once cancelled */
  requested?: NodeJS.Signals;

  send(sig: NodeJS.Signals): void {
    const asked = Math.max(ESCALATION.indexOf(sig as StopSignal), 0);
    this.level = Math.min(Math.max(this.level + 1, asked), ESCALATION.length - 1);
    this.requested ??= sig;
    const now = ESCALATION[this.level] as StopSignal;
    for (const l of [...this.listeners]) l(now);
  }

  /** The signal a step started now must get at once (undefined: none sent yet). */
  get current(): StopSignal | undefined {
    return this.level < 0 ? undefined : ESCALATION[this.level];
  }

  subscribe(fn: (sig: StopSignal) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}

export interface RunOpts {
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  cwd?: string;
  /** Folder holding `<action>/action.yml` and `dist/`; defaults to this package's root. */
  root?: string;
  /** Keep the temp folder with the runner files (for inspection); default false. */
  keep?: boolean;
  /** The Node.js that runs the step (the runner uses its node24 for `using: node24`); default this one. */
  node?: string;
  /** Called with the step's stdout and stderr as they arrive (raw: workflow commands included), for a live log. */
  onOutput?: (chunk: string, stream: 'stdout' | 'stderr') => void;
  /**
   * Hand the step this process's GITHUB_* variables (repository, event, run id, API URLs, …), as a
   * step of the same job sees them — the root action running its stages on a real runner. The step's
   * own file-command paths (GITHUB_OUTPUT, _ENV, _STATE, _PATH, _STEP_SUMMARY) are always its own.
   */
  inheritGithubEnv?: boolean;
  /**
   * Cancel the run as the runner cancels a step: the main step's process gets the signals sent,
   * then the runner's grace (`grace`) escalates to SIGTERM and SIGKILL; the post step runs after it
   * (`post-if: always()`), not cancelled. A run cancelled before it starts runs no main step.
   */
  cancel?: Cancel;
  /** SIGINT → SIGTERM → SIGKILL delays; default the runner's (RUNNER_GRACE) */
  grace?: { termMs: number; killMs: number };
  /**
   * Whom a cancel signals: 'process' (the step's process only, as the runner does) or 'group' (the
   * step and every process below it, each signal — so what it spawned, helm or kind, stops with it;
   * the root action and the CLI run their stages so). The step never gets a session of its own: a
   * kill of the caller's tree or session reaches it too.
   */
  signalTarget?: 'process' | 'group';
  /** Called when a step's process starts, with its pid. */
  onSpawn?: (pid: number, step: 'main' | 'post') => void;
  /**
   * The job this step is one of (`Job.step` sets it): its post step is not run after main but at
   * the job's end (`Job.end`), as the runner runs post steps.
   */
  job?: Job;
}

/**
 * A job of several action steps, as the runner runs one: each step starts with what the steps
 * before it exported (GITHUB_ENV) and added to PATH (last-added first); post steps run at the job's
 * end, the last registered first, in the job's environment as it is then (every step's exports and
 * PATH additions), each with its own step's STATE_*. A single `runAction` is a job of one step.
 */
export class Job {
  readonly env: Record<string, string> = {};
  readonly path: string[] = [];
  private readonly posts: { action: string; run: () => Promise<StepResult> }[] = [];

  /** PATH before any step added to it (the job's first step's) */
  basePath?: string;

  async step(action: string, opts: RunOpts = {}): Promise<RunResult> {
    const env: Record<string, string> = { ...this.env, ...(opts.env ?? {}) };
    this.basePath ??= opts.env?.['PATH'] ?? process.env['PATH'];
    if (this.path.length) env['PATH'] = prependPath(this.path, this.basePath);
    const r = await runAction(action, { ...opts, env, job: this });
    Object.assign(this.env, r.env);
    this.path.push(...r.path);
    return r;
  }

  /** @internal runAction registers a post step */
  defer(action: string, run: () => Promise<StepResult>): void {
    this.posts.push({ action, run });
  }

  /** The job ends: every registered post step, last first; their results in the order they ran. */
  async end(): Promise<{ action: string; post: StepResult }[]> {
    const ran: { action: string; post: StepResult }[] = [];
    for (const p of this.posts.splice(0).reverse()) ran.push({ action: p.action, post: await p.run() });
    return ran;
  }
}

export function packageRoot(): string {
  // dist/cli.js, dist/chunks/x.js and src/local/runner.ts all sit below the package root.
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('meshci package root not found');
    dir = up;
  }
  return dir;
}

export function readActionYml(action: string, root = packageRoot()): ActionYml {
  const file = join(root, action, 'action.yml');
  if (!existsSync(file)) throw new Error(`unknown action '${action}': ${file} does not exist`);
  return yaml.load(readFileSync(file, 'utf8')) as ActionYml;
}

export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export async function runAction(action: string, opts: RunOpts = {}): Promise<RunResult> {
  const root = opts.root ?? packageRoot();
  const meta = readActionYml(action, root);
  const known = new Set(Object.keys(meta.inputs ?? {}));
  for (const k of Object.keys(opts.inputs ?? {})) {
    if (!known.has(k)) throw new Error(`action '${action}' has no input '${k}'; it has ${[...known].join(', ')}`);
  }
  // a stage of a real job keeps its runner files under the job's RUNNER_TEMP, which the runner cleans
  // even when the step is killed (act found them left in /tmp); elsewhere the temporary folder
  const workDir = mkdtempSync(join(opts.inheritGithubEnv && process.env['RUNNER_TEMP'] ? process.env['RUNNER_TEMP'] : tmpdir(), `meshci-${action}-`));
  const baseEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || k.startsWith('INPUT_') || k.startsWith('STATE_')) continue;
    if (k.startsWith('GITHUB_') && !opts.inheritGithubEnv) continue;
    baseEnv[k] = v;
  }
  for (const [name, def] of Object.entries(meta.inputs ?? {})) {
    const given = opts.inputs?.[name];
    const value = given ?? evalDefault(def.default ?? '', { ...baseEnv, ...opts.env });
    baseEnv[inputEnvName(name)] = value;
  }
  const runnerTemp = join(workDir, 'runner-temp');
  mkdirSync(runnerTemp);
  // a stage of a real job keeps the job's RUNNER_TEMP (what it writes there is the job's to clean)
  const temp = opts.inheritGithubEnv && process.env['RUNNER_TEMP'] ? process.env['RUNNER_TEMP'] : runnerTemp;
  Object.assign(
    baseEnv,
    { RUNNER_TEMP: temp, RUNNER_TOOL_CACHE: process.env['RUNNER_TOOL_CACHE'] ?? toolCacheOrRunOnly(workDir), GITHUB_ACTIONS: 'true' },
    opts.env ?? {},
  );
  const entry = (rel: string) => resolve(root, action, rel);

  // a run cancelled before it starts: no main step (and nothing saved for a post step)
  if (opts.cancel?.requested) {
    rmSync(workDir, { recursive: true, force: true });
    return {
      exitCode: 1,
      rawStdout: '',
      log: '',
      stderr: '',
      outputs: {},
      state: {},
      env: {},
      summary: '',
      secrets: [],
      path: [],
      workDir,
      cancelled: opts.cancel.requested,
    };
  }
  const main = await runStep(entry(meta.runs.main), baseEnv, workDir, 'main', opts);
  const result: RunResult = { ...main, workDir, ...(opts.cancel?.requested ? { cancelled: opts.cancel.requested } : {}) };
  const post = async (): Promise<StepResult | undefined> => {
    if (!meta.runs.post) return undefined;
    // the post step runs at the job's end, in the job's environment then: what main (and, in a job,
    // every step) exported (GITHUB_ENV) and the folders added to PATH, then its saved state as STATE_*
    const added = opts.job ? opts.job.path : main.path;
    const postEnv = { ...baseEnv, ...(opts.job ? opts.job.env : main.env) };
    if (added.length) postEnv['PATH'] = prependPath(added, opts.job?.basePath ?? baseEnv['PATH']);
    for (const [k, v] of Object.entries(main.state)) postEnv[`STATE_${k}`] = v;
    return runStep(entry(meta.runs.post), postEnv, workDir, 'post', { ...opts, cancel: undefined });
  };
  const clean = () => {
    if (!opts.keep) rmSync(workDir, { recursive: true, force: true });
  };
  if (opts.job && meta.runs.post) {
    opts.job.defer(action, async () => {
      try {
        return (await post()) as StepResult;
      } finally {
        clean();
      }
    });
    return result;
  }
  try {
    const p = await post();
    if (p) result.post = p;
  } finally {
    clean();
  }
  return result;
}

function evalDefault(text: string, env: Record<string, string>): string {
  // The only expressions meshci's action.yml defaults use are github.token and env lookups.
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, expr: string) => {
    if (expr === 'github.token') return env['GITHUB_TOKEN'] ?? '';
    const m = /^env\.(\w+)$/.exec(expr);
    if (m) return env[m[1] as string] ?? '';
    return '';
  });
}

// eslint-disable-next-line max-lines-per-function -- one step process's lifetime: spawn, streams, file commands, cancel and timeout share its state
async function runStep(file: string, env: Record<string, string>, workDir: string, tag: string, opts: RunOpts): Promise<StepResult> {
  const files = {
    GITHUB_OUTPUT: join(workDir, `${tag}-output`),
    GITHUB_ENV: join(workDir, `${tag}-env`),
    GITHUB_STATE: join(workDir, `${tag}-state`),
    GITHUB_PATH: join(workDir, `${tag}-path`),
    GITHUB_STEP_SUMMARY: join(workDir, `${tag}-summary`),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const group = opts.signalTarget === 'group';
  // never a session of its own (detached): whoever ends this process's session or tree — a terminal
  // hang-up, act's SIGKILL of the step, the runner's tree kill — must reach the stage and its helm too
  // (found by act: a detached stage outlived the cancelled step). `group` signals the tree instead.
  const child = spawn(opts.node ?? process.execPath, [file], { env: { ...env, ...files }, cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid !== undefined) opts.onSpawn?.(child.pid, tag === 'post' ? 'post' : 'main');
  const stopCancel = opts.cancel ? forwardCancel(child, opts.cancel, group, opts.grace ?? RUNNER_GRACE) : () => undefined;
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  // what the runner sees, in the order it arrives: each stream's complete lines, as they complete
  const lines = new RunnerLog();
  // one decoder per stream: a character split across two chunks is passed on whole
  const live = { stdout: new StringDecoder('utf8'), stderr: new StringDecoder('utf8') };
  child.stdout.on('data', (b: Buffer) => {
    out.push(b);
    lines.feed('stdout', b);
    if (opts.onOutput) opts.onOutput(live.stdout.write(b), 'stdout');
  });
  child.stderr.on('data', (b: Buffer) => {
    err.push(b);
    lines.feed('stderr', b);
    if (opts.onOutput) opts.onOutput(live.stderr.write(b), 'stderr');
  });
  let signal: NodeJS.Signals | undefined;
  const exitCode: number = await new Promise<number>((res, rej) => {
    child.on('error', rej);
    child.on('close', (code, sig) => {
      signal = sig ?? undefined;
      res(code ?? 1);
    });
  }).finally(stopCancel);
  const rawStdout = Buffer.concat(out).toString('utf8');
  const stderr = Buffer.concat(err).toString('utf8');
  lines.end();
  const secrets = lines.secrets;
  // the file commands, processed as the runner processes them after the step (FileCommandManager)
  let failed = false;
  const fileCommand = (name: string, file: string): Record<string, string> => {
    try {
      return parseFileCommand(readFileSync(file, 'utf8'));
    } catch (e) {
      lines.error(`Unable to process file command '${name}' successfully.`);
      lines.error(getErrorMessage(e));
      failed = true;
      return {};
    }
  };
  const outputs = fileCommand('output', files.GITHUB_OUTPUT);
  const state = fileCommand('state', files.GITHUB_STATE);
  const exported = fileCommand('env', files.GITHUB_ENV);
  for (const k of Object.keys(exported)) {
    // the runner refuses NODE_OPTIONS from GITHUB_ENV (an error annotation; the step's result stands)
    if (k.toUpperCase() === 'NODE_OPTIONS') {
      lines.error("Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.");
      delete exported[k];
    }
  }
  let summary = readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8');
  const summaryBytes = Buffer.byteLength(summary);
  if (summaryBytes > SUMMARY_LIMIT) {
    // not uploaded at all, with an error annotation; the step's result stands
    lines.error(`$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of ${SUMMARY_LIMIT / 1024}k, got ${Math.floor(summaryBytes / 1024)}k.`);
    summary = '';
  }
  return {
    exitCode: failed && exitCode === 0 ? 1 : exitCode,
    ...(signal ? { signal } : {}),
    ...(child.pid !== undefined ? { pid: child.pid } : {}),
    rawStdout,
    log: lines.text(),
    stderr: maskAll(stderr, secrets),
    outputs,
    state,
    env: exported,
    // the runner masks the summary with every secret, line by line
    summary: summary
      .split('\n')
      .map((l) => maskAll(l, secrets))
      .join('\n'),
    secrets,
    path: readFileSync(files.GITHUB_PATH, 'utf8')
      .split('\n')
      .filter((l) => l !== ''),
  };
}

/**
 * A step's output passed on by whole lines, each stream on its own: a fragment waits for the rest of
 * its line on its stream, so a stderr fragment never glues itself in front of a stdout
 * `::add-mask::` line (which the runner would then not recognise, and print). For a step that runs
 * other steps (the root action) and hands their output to the runner as its own.
 */
export function wholeLines(write: (text: string, stream: 'stdout' | 'stderr') => void): {
  feed(chunk: string, stream: 'stdout' | 'stderr'): void;
  flush(): void;
} {
  const pending = { stdout: '', stderr: '' };
  return {
    feed(chunk, stream) {
      const text = pending[stream] + chunk;
      const end = text.lastIndexOf('\n');
      if (end < 0) {
        pending[stream] = text;
        return;
      }
      pending[stream] = text.slice(end + 1);
      write(text.slice(0, end + 1), stream);
    },
    flush() {
      for (const stream of ['stdout', 'stderr'] as const) {
        if (pending[stream]) write(`${pending[stream]}\n`, stream);
        pending[stream] = '';
      }
    },
  };
}

/** The runner uploads a step summary of at most 1 MiB. */
export const SUMMARY_LIMIT = 1024 * 1024;

/**
 * The step's log as the runner writes it: stdout and stderr each cut into complete lines (a
 * fragment waits for the rest of its line on its own stream), lines in the order they complete,
 * `::add-mask::` lines consumed, and each secret masked from the line that registered it on — not in
 * what was printed before (the runner cannot take a line back).
 */
class RunnerLog {
  private readonly out: string[] = [];
  readonly secrets: string[] = [];
  private readonly pending = { stdout: '', stderr: '' };
  private readonly decoders = { stdout: new StringDecoder('utf8'), stderr: new StringDecoder('utf8') };

  feed(stream: 'stdout' | 'stderr', b: Buffer): void {
    const text = this.pending[stream] + this.decoders[stream].write(b);
    const parts = text.split('\n');
    this.pending[stream] = parts.pop() as string;
    for (const line of parts) this.line(line);
  }

  end(): void {
    for (const stream of ['stdout', 'stderr'] as const) {
      const rest = this.pending[stream] + this.decoders[stream].end();
      this.pending[stream] = '';
      if (rest) this.line(rest);
    }
  }

  /** An error the runner itself reports (a file command it could not process, …). */
  error(message: string): void {
    this.out.push(`##[error]${maskAll(message, this.secrets)}`);
  }

  text(): string {
    return this.out.join('\n');
  }

  private line(line: string): void {
    const m = /^::add-mask::(.*)$/.exec(line.replace(/\r$/, ''));
    if (m) {
      const v = unescapeData(m[1] as string);
      if (v) this.secrets.push(v);
      return;
    }
    this.out.push(maskAll(line, this.secrets));
  }
}

/**
 * Pass a cancel's signals to a step's process (or its whole tree) and run the grace: after a
 * SIGINT, SIGTERM once `termMs` passed, then SIGKILL once `killMs` more passed; after a SIGTERM,
 * SIGKILL once `killMs` passed. Returns the function that stops it (the step exited).
 */
function forwardCancel(child: ChildProcess, cancel: Cancel, group: boolean, grace: { termMs: number; killMs: number }): () => void {
  let timer: NodeJS.Timeout | undefined;
  let done = false;
  // the stage's descendants when last signalled: what an exited stage may have left (reparented)
  let tree: number[] = [];
  const kill = (sig: StopSignal) => {
    if (done || child.pid === undefined) return;
    // 'group': every signal goes to the stage and all it started (a Ctrl-C to a foreground job);
    // otherwise the runner's way: the step, and its whole tree only for the last resort
    if (group || sig === 'SIGKILL') tree = descendants(child.pid);
    const targets = group || sig === 'SIGKILL' ? [child.pid, ...tree] : [child.pid];
    for (const t of targets) {
      try {
        process.kill(t, sig);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e; // gone already
      }
    }
  };
  const deliver = (sig: StopSignal) => {
    if (timer) clearTimeout(timer);
    kill(sig);
    if (sig === 'SIGINT') timer = setTimeout(() => deliver('SIGTERM'), grace.termMs);
    else if (sig === 'SIGTERM') timer = setTimeout(() => deliver('SIGKILL'), grace.killMs);
  };
  const unsubscribe = cancel.subscribe(deliver);
  if (cancel.current) deliver(cancel.current);
  return () => {
    done = true;
    if (timer) clearTimeout(timer);
    unsubscribe();
    // the step is gone; what it started and left behind goes with it
    if (group && cancel.current) {
      for (const pid of tree) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'ESRCH') throw e; // gone already
        }
      }
    }
  };
}

/**
 * Parse GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE as the runner does: `name=value` when the first '='
 * comes before any '<<', else `name<<DELIM` … `DELIM`; any other non-empty line, an empty name or
 * delimiter, or a heredoc never closed is an error (the runner fails the step with it).
 */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') continue;
    const eq = line.indexOf('=');
    const hd = line.indexOf('<<');
    if (eq >= 0 && (hd < 0 || eq < hd)) {
      if (eq === 0) throw new Error(`Invalid format '${line}'. Name must not be empty`);
      out[line.slice(0, eq)] = line.slice(eq + 1);
      continue;
    }
    if (hd >= 0) {
      const name = line.slice(0, hd);
      const delim = line.slice(hd + 2);
      if (!name || !delim) throw new Error(`Invalid format '${line}'. Name must not be empty and delimiter must not be empty`);
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delim) value.push(lines[i++] as string);
      if (i >= lines.length) throw new Error(`Invalid value. Matching delimiter not found '${delim}'`);
      out[name] = value.join('\n');
      continue;
    }
    throw new Error(`Invalid format '${line}'`);
  }
  return out;
}

export function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

export function maskAll(text: string, secrets: string[]): string {
  let out = text;
  // Longest first, so a whole PEM is replaced before its lines.
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join('***');
  return out;
}

/**
 * Where the CLI (outside a runner) keeps downloaded tools: ${XDG_CACHE_HOME:-~/.cache}/meshci/tool-cache,
 * made 0700 — never the shared $TMPDIR, where another user could plant a binary meshci would run. A
 * folder that is not this user's, or that others may write to, is refused, naming it.
 */
function toolCacheOrRunOnly(workDir: string): string {
  try {
    return userToolCache();
  } catch (e) {
    // only a folder the filesystem refused (EACCES, EROFS, ENOTDIR, ENOENT…); a cache that is not this user's stays refused
    if (e instanceof ConfigurationError || !(e as NodeJS.ErrnoException).code) throw e;
    // no writable HOME (a service account, HOME unset, a read-only home): certs or verify need no tool,
    // and a tool a stage downloads is kept in this run's own 0700 folder, removed with it
    const dir = join(workDir, 'tool-cache');
    mkdirSync(dir, { mode: 0o700 });
    process.stderr.write(
      `warning: meshci cannot create its tool cache (${(e as NodeJS.ErrnoException).code}): a tool it downloads is kept for this run only; set XDG_CACHE_HOME or RUNNER_TOOL_CACHE to a folder you can write\n`,
    );
    return dir;
  }
}

export function userToolCache(env: NodeJS.ProcessEnv = process.env): string {
  const dir = join(env['XDG_CACHE_HOME'] || join(homedir(), '.cache'), 'meshci', 'tool-cache');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const st = statSync(dir);
  const uid = process.getuid?.();
  if (uid !== undefined && st.uid !== uid)
    throw new ConfigurationError(
      `the tool cache ${dir} belongs to uid ${st.uid}, not to this user (uid ${uid}): meshci runs no binary from it; remove it or set RUNNER_TOOL_CACHE`,
    );
  if ((st.mode & 0o022) !== 0)
    throw new ConfigurationError(
      `the tool cache ${dir} may be written by others (mode ${(st.mode & 0o777).toString(8)}): meshci runs no binary from it; chmod 700 it or set RUNNER_TOOL_CACHE`,
    );
  return dir;
}
