import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

/**
 * A small, faithful stand-in for the GitHub Actions runner, used by the `meshci` CLI and by the
 * test suite: it runs an action's dist entry in a child process exactly as the runner does —
 * inputs as INPUT_<NAME> (upper-cased, spaces to `_`, `-` kept) with action.yml defaults filled in,
 * the GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE / GITHUB_PATH / GITHUB_STEP_SUMMARY files, then the
 * post step with STATE_* — and it processes workflow commands the way the runner does: `add-mask`
 * lines are consumed and every registered secret is replaced by *** in the log it returns.
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
  /** stdout exactly as the process wrote it (contains add-mask commands). */
  rawStdout: string;
  /** stdout + stderr as the runner would show it: add-mask consumed, secrets replaced by ***. */
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
  const workDir = mkdtempSync(join(tmpdir(), `meshci-${action}-`));
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
  Object.assign(baseEnv, { RUNNER_TEMP: temp, RUNNER_TOOL_CACHE: process.env['RUNNER_TOOL_CACHE'] ?? join(tmpdir(), 'meshci-tool-cache'), GITHUB_ACTIONS: 'true' }, opts.env ?? {});
  const entry = (rel: string) => resolve(root, action, rel);

  const main = await runStep(entry(meta.runs.main), baseEnv, workDir, 'main', opts);
  const result: RunResult = { ...main, workDir };
  if (meta.runs.post) {
    const postEnv = { ...baseEnv };
    for (const [k, v] of Object.entries(main.state)) postEnv[`STATE_${k}`] = v;
    result.post = await runStep(entry(meta.runs.post), postEnv, workDir, 'post', opts);
  }
  if (!opts.keep) rmSync(workDir, { recursive: true, force: true });
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

async function runStep(file: string, env: Record<string, string>, workDir: string, tag: string, opts: RunOpts): Promise<StepResult> {
  const files = {
    GITHUB_OUTPUT: join(workDir, `${tag}-output`),
    GITHUB_ENV: join(workDir, `${tag}-env`),
    GITHUB_STATE: join(workDir, `${tag}-state`),
    GITHUB_PATH: join(workDir, `${tag}-path`),
    GITHUB_STEP_SUMMARY: join(workDir, `${tag}-summary`),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const child = spawn(opts.node ?? process.execPath, [file], { env: { ...env, ...files }, cwd: opts.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  // one decoder per stream: a character split across two chunks is passed on whole
  const live = { stdout: new StringDecoder('utf8'), stderr: new StringDecoder('utf8') };
  child.stdout.on('data', (b: Buffer) => {
    out.push(b);
    if (opts.onOutput) opts.onOutput(live.stdout.write(b), 'stdout');
  });
  child.stderr.on('data', (b: Buffer) => {
    err.push(b);
    if (opts.onOutput) opts.onOutput(live.stderr.write(b), 'stderr');
  });
  const exitCode: number = await new Promise((res, rej) => {
    child.on('error', rej);
    child.on('close', (code) => res(code ?? 1));
  });
  const rawStdout = Buffer.concat(out).toString('utf8');
  const stderr = Buffer.concat(err).toString('utf8');
  const { log, secrets } = processCommands(rawStdout + stderr);
  return {
    exitCode,
    rawStdout,
    log,
    stderr: maskAll(stderr, secrets),
    outputs: parseFileCommand(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    state: parseFileCommand(readFileSync(files.GITHUB_STATE, 'utf8')),
    env: parseFileCommand(readFileSync(files.GITHUB_ENV, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    secrets,
    path: readFileSync(files.GITHUB_PATH, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean),
  };
}

/** Parse the `name<<DELIM\nvalue\nDELIM` (and legacy `name=value`) format of GITHUB_OUTPUT/ENV/STATE. */
export function parseFileCommand(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delim) value.push(lines[i++] as string);
      if (i >= lines.length) throw new Error(`file command: no closing delimiter for '${name}'`);
      out[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

export function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** Consume `::add-mask::` lines and mask their values everywhere else, as the runner does. */
export function processCommands(text: string): { log: string; secrets: string[] } {
  const secrets: string[] = [];
  const kept: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^::add-mask::(.*)$/.exec(line);
    if (m) {
      const v = unescapeData(m[1] as string);
      if (v) secrets.push(v);
      continue;
    }
    kept.push(line);
  }
  return { log: maskAll(kept.join('\n'), secrets), secrets };
}

export function maskAll(text: string, secrets: string[]): string {
  let out = text;
  // Longest first, so a whole PEM is replaced before its lines.
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join('***');
  return out;
}
