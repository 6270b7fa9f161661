import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAct } from '../kube/build.js';
import { execArgv, readState, type ClusterState } from '../kube/cluster.js';
import { node24 } from './node24.js';

/**
 * nektos/act (pinned in test/act, built by test/kube/build.ts) as the Actions runner of the tests,
 * in host mode: `runs-on: ubuntu-*` jobs run on this machine, no Docker. What act v0.2.89 does in
 * host mode, read from its source (pkg/runner, pkg/container/host_environment.go):
 *
 * - Each job gets <action-cache-path>/<16 hex>/ with act/ (the file commands: GITHUB_OUTPUT,
 *   GITHUB_STEP_SUMMARY = act/workflow/SUMMARY.md, emptied before every step), hostexecutor/ (the
 *   workspace, GITHUB_WORKSPACE) and tmp/ (RUNNER_TEMP). Removed when the job succeeds; after a
 *   failure only with --rm.
 * - A local action (`uses: ./certs`, `uses: ./`) is read and run from the workspace copy, which is
 *   empty until a step `uses: actions/checkout@…` (no repository/ref) copies the working directory
 *   there (.gitignore honoured); act never fetches that checkout action. --bind skips the copy, so
 *   local actions are then not found. `../dist/x.js` in an action.yml resolves in that copy.
 * - `node24` is accepted and run with the `node` first on PATH (no version check).
 * - Every step gets act's own process environment (os.Environ()) under the job's env: whatever
 *   the runner process holds, every step sees.
 * - Steps run on a pseudo-terminal (stdout and stderr merged in time order, isTTY true: Node
 *   colours console.log), in a session of their own; a cancelled step's process is SIGKILLed
 *   (exec.CommandContext), and its children die of the terminal's SIGHUP (unless they ignore it or
 *   left the session) — a GitHub runner signals the process tree instead (SIGINT, then SIGTERM).
 * - SIGINT to act cancels the job: the running step is killed unless its `if` still holds
 *   (always()); post steps (post-if, default always()) still run, with 5 minutes; a second SIGINT
 *   or a SIGTERM cancels everything at once.
 * - `::add-mask::` and the secrets' values are replaced by *** in each log entry's message only: in
 *   --json output the fields (the add-mask `arg`/`raw`, set-output `arg`, summary `content`) are
 *   not masked. A secret is masked as a whole value; meshci adds each line of a multi-line one.
 *
 * runAct writes the workflow into its own temporary folder, runs act against a clone of this
 * repository's committed tree (HEAD, dist/ included; or the working tree's files) with --json, and
 * returns the log as act shows it (the masked messages), each step's summary and outputs.
 */

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The flags that make act a host-mode, offline runner. `cacheDir` holds its workspaces. */
export function hostModeArgs(cacheDir: string): string[] {
  const platforms = ['ubuntu-latest', 'ubuntu-24.04', 'ubuntu-22.04', 'self-hosted', 'linux'].flatMap((p) => ['-P', `${p}=-self-hosted`]);
  return [
    ...platforms,
    // no network for remote actions: a cached clone is used as it is, a missing one fails
    '--action-offline-mode',
    '--action-cache-path',
    cacheDir,
    // the cache server would listen on the machine's outbound address: off, and loopback if turned on
    '--no-cache-server',
    '--cache-server-addr',
    '127.0.0.1',
    // the artifact server starts only with --artifact-server-path; loopback when it does
    '--artifact-server-addr',
    '127.0.0.1',
  ];
}

/** The environment act itself needs: no version check against api.nektosact.com. */
export const ACT_ENV = { ACT_DISABLE_VERSION_CHECK: '1' } as const;

/** PATH with the node24 that action.yml declares first, when scripts/setup.sh installed it. */
export function pathWithNode24(path = process.env['PATH'] ?? ''): { path: string; node: string } {
  try {
    const bin = node24();
    return { path: `${dirname(bin)}:${path}`, node: bin };
  } catch {
    return { path, node: 'node (PATH)' };
  }
}

/** True when this process already runs inside the cluster's network namespace. */
export function insideNetns(state: ClusterState): boolean {
  try {
    const here = statSync('/proc/self/ns/net');
    const ns = statSync(join('/run/netns', state.netns));
    return here.ino === ns.ino && here.dev === ns.dev;
  } catch {
    return false;
  }
}

/**
 * argv running act: inside the local cluster's network namespace when one runs and this process is
 * not already in it. `keepKubeconfig` false drops the KUBECONFIG that execArgv sets (a GitHub runner
 * has none: the workflows under test pass the kubeconfig as a secret); `path` replaces the PATH
 * execArgv sets (this process's), after the cluster's binaries as there.
 */
export function actArgv(act: string, args: string[], o: { keepKubeconfig?: boolean; state?: ClusterState | undefined; path?: string } = {}): string[] {
  const state = o.state === undefined ? readState(ROOT) : o.state;
  if (!state || insideNetns(state)) return [act, ...args];
  const env = [...(o.keepKubeconfig ? [] : ['-u', 'KUBECONFIG']), ...(o.path ? [`PATH=${state.bin}:${o.path}`] : [])];
  return execArgv(state, env.length ? ['env', ...env, act, ...args] : [act, ...args]);
}

export interface ActEntry {
  level?: string;
  msg: string;
  job?: string;
  jobID?: string;
  step?: string;
  stepID?: string[];
  stage?: string;
  command?: string;
  name?: string;
  arg?: string;
  raw?: string;
  content?: string;
  stepResult?: string;
  jobResult?: string;
  raw_output?: boolean;
  /** where act wrote it; a line that is not JSON is kept as the message */
  stream: 'stdout' | 'stderr';
  json: boolean;
}

export interface ActOptions {
  /** The workflow's YAML, written to its own file (act -W). */
  workflow: string;
  /** Event name (default: the workflow's only one, else push), with an optional payload (act -e). */
  event?: string | { name: string; payload?: unknown };
  /** Secrets, handed over in a 0600 file (never on act's command line). */
  secrets?: Record<string, string>;
  /** workflow_dispatch / workflow_call inputs (act --input). */
  inputs?: Record<string, string>;
  /** The runner process's environment on top of a minimal one: in host mode every step inherits it. */
  env?: Record<string, string>;
  /** Extra files in the workspace, e.g. a local reusable workflow under .github/workflows/. */
  files?: Record<string, string>;
  /** Send the signal once a log line matches (the masked message as act shows it). */
  signalAfter?: { pattern: RegExp; signal: 'SIGINT' | 'SIGTERM'; delayMs?: number };
  /** Kill act (SIGKILL) after this long; default 8 minutes. */
  timeoutMs?: number;
  /**
   * What the workspace holds: HEAD (default: the committed tree, dist/ as committed) or `worktree`
   * (this working tree's files, e.g. a dist/ rebuilt and not yet committed); MESHCI_ACT_TREE=worktree
   * sets the default.
   */
  tree?: 'HEAD' | 'worktree';
  /** Called with each log line as act shows it. */
  onLine?: (line: string) => void;
}

export interface ActResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** The log as act shows it (its text output): masked messages, `[job]   | ` before a step's own lines. */
  log: string;
  entries: ActEntry[];
  /** Each step's GITHUB_STEP_SUMMARY as act reports it (masked); a post step's under '<id> (post)'. */
  summary: Record<string, string>;
  /** Each step's outputs as `steps.<id>.outputs` holds them (not masked: act masks logs, not values). */
  outputs: Record<string, Record<string, string>>;
  /** Each step's result per stage (Main, Post): success, failure or skipped. */
  steps: Record<string, Record<string, string>>;
  jobResult?: string;
  /** When the signal of signalAfter was sent (ms after start), if it was. */
  signalledAt?: number;
  /** The processes of this run just before the signal (act, the step, its children). */
  atSignal?: { pid: number; cmdline: string }[];
  ms: number;
  /** This run's temporary folder (workspace clone, workflow, secrets file, act's job folders). */
  root: string;
  /** The workspace: a clone of this repository at `head` (`<sha>+worktree` with the working tree's files). */
  workdir: string;
  head: string;
  /** TMPDIR of the run (os.tmpdir() of every step): a GitHub runner leaves it unset, i.e. /tmp. */
  tmpDir: string;
  /** The job folders act left (<16 hex>: act/, hostexecutor/, tmp/ = RUNNER_TEMP). */
  jobDirs: string[];
  /** RUNNER_TEMP of the (first) job, while it is still on disk. */
  runnerTemp?: string;
  /** Processes still running that were started under this run (a step's children act did not stop). */
  leftover(): { pid: number; cmdline: string }[];
  /** Stop the leftover processes (by pid) and remove the temporary folder. */
  cleanup(): void;
}

/**
 * The workspace: a clone of this repository's HEAD (objects shared; ROOT is only read), origin
 * github.com/meshci/meshci. `worktree`: then this working tree's files over it — tracked and
 * untracked, .gitignore honoured, deletions too — to try a rebuilt dist/ before it is committed.
 */
function cloneRepo(into: string, tree: 'HEAD' | 'worktree'): string {
  const git = (args: string[], cwd?: string) => {
    const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
  const head = git(['rev-parse', 'HEAD'], ROOT).trim();
  git(['clone', '--quiet', '--shared', '--no-checkout', ROOT, into]);
  git(['-c', 'advice.detachedHead=false', 'checkout', '--quiet', '--detach', head], into);
  git(['remote', 'set-url', 'origin', 'https://github.com/meshci/meshci.git'], into);
  if (tree === 'HEAD') return head;
  for (const f of git(['ls-files', '-z', '--deleted'], ROOT).split('\0').filter(Boolean)) rmSync(join(into, f), { force: true });
  for (const f of git(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], ROOT).split('\0').filter(Boolean)) {
    if (!existsSync(join(ROOT, f))) continue;
    mkdirSync(dirname(join(into, f)), { recursive: true });
    copyFileSync(join(ROOT, f), join(into, f));
  }
  return `${head}+worktree`;
}

/** Processes whose environment or command line names `marker` (act hands every step its environment). */
export function processesUnder(marker: string): { pid: number; cmdline: string }[] {
  const out: { pid: number; cmdline: string }[] = [];
  for (const e of readdirSync('/proc')) {
    if (!/^\d+$/.test(e) || Number(e) === process.pid) continue;
    try {
      const cmdline = readFileSync(`/proc/${e}/cmdline`, 'utf8').split('\0').join(' ').trim();
      const environ = readFileSync(`/proc/${e}/environ`, 'utf8');
      let cwd = '';
      try {
        cwd = readlinkSync(`/proc/${e}/cwd`);
      } catch {
        // gone, or not ours to read
      }
      if (cmdline.includes(marker) || environ.includes(marker) || cwd.startsWith(marker)) out.push({ pid: Number(e), cmdline });
    } catch {
      // exited meanwhile
    }
  }
  return out;
}

function entryLine(e: ActEntry): string {
  const msg = e.msg.replace(/\r?\n$/, '').replace(/\r$/, '');
  if (!e.json) return msg;
  const job = e.job ?? '';
  if (e.raw_output) return `[${job}]   | ${msg}`;
  return job ? `[${job}] ${msg}` : msg;
}

export async function runAct(o: ActOptions): Promise<ActResult> {
  const { dir: actDir } = await buildAct();
  const act = join(actDir, 'act');
  const root = mkdtempSync(join(tmpdir(), 'meshci-act-'));
  const workdir = join(root, 'repo');
  const cache = join(root, 'act-cache');
  mkdirSync(cache);
  // the steps' os.tmpdir(): what they leave outside RUNNER_TEMP shows up here, per run
  const tmp = join(root, 'tmp');
  mkdirSync(tmp);
  const head = cloneRepo(workdir, o.tree ?? (process.env['MESHCI_ACT_TREE'] === 'worktree' ? 'worktree' : 'HEAD'));
  for (const [rel, text] of Object.entries(o.files ?? {})) {
    mkdirSync(dirname(join(workdir, rel)), { recursive: true });
    writeFileSync(join(workdir, rel), text);
  }
  // a local action (not a local reusable workflow, which act reads from the working directory)
  if (/uses:\s*\.\/(?!\S*\.ya?ml\b)/.test(o.workflow) && !/uses:\s*actions\/checkout@/.test(o.workflow)) {
    throw new Error(
      'runAct: a job that uses a local action needs `- uses: actions/checkout@v4` first (act copies the workspace for it; host mode runs local actions from that copy)',
    );
  }
  const wf = join(root, 'workflow.yml');
  writeFileSync(wf, o.workflow);
  // secrets as YAML (JSON is YAML): multi-line values survive, nothing on the command line
  const secretFile = join(root, 'secrets.yml');
  writeFileSync(secretFile, JSON.stringify({ GITHUB_TOKEN: '', ...o.secrets }), { mode: 0o600 });
  const none = join(root, 'none.env');
  writeFileSync(none, '');
  const event = typeof o.event === 'string' ? { name: o.event } : o.event;
  const args = [
    ...(event ? [event.name] : []),
    '-W',
    wf,
    '-C',
    workdir,
    '--json',
    ...hostModeArgs(cache),
    '--secret-file',
    secretFile,
    '--env-file',
    none,
    '--var-file',
    none,
    '--input-file',
    none,
    ...Object.entries(o.inputs ?? {}).flatMap(([k, v]) => ['--input', `${k}=${v}`]),
  ];
  if (event?.payload !== undefined) {
    const ev = join(root, 'event.json');
    writeFileSync(ev, JSON.stringify(event.payload));
    args.push('-e', ev);
  }
  const { path } = pathWithNode24();
  // a runner's environment, not this test process's (no KUBECONFIG, no proxies, no INPUT_*)
  const env: Record<string, string> = {
    PATH: path,
    HOME: process.env['HOME'] ?? homedir(),
    LANG: process.env['LANG'] ?? 'C.UTF-8',
    TMPDIR: tmp,
    USER: process.env['USER'] ?? 'runner',
    // act's own config (actrc) from this run's folder, not the user's
    XDG_CONFIG_HOME: join(root, 'xdg-config'),
    ...ACT_ENV,
    ...o.env,
  };
  const argv = actArgv(act, args, { path });
  const t0 = Date.now();
  const child = spawn(argv[0]!, argv.slice(1), { cwd: workdir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const entries: ActEntry[] = [];
  const lines: string[] = [];
  let signalledAt: number | undefined;
  let atSignal: { pid: number; cmdline: string }[] | undefined;
  const onEntry = (e: ActEntry) => {
    entries.push(e);
    const line = entryLine(e);
    lines.push(line);
    o.onLine?.(line);
    if (o.signalAfter && signalledAt === undefined && o.signalAfter.pattern.test(line)) {
      signalledAt = Date.now() - t0 + (o.signalAfter.delayMs ?? 0);
      const sig = o.signalAfter.signal;
      setTimeout(() => {
        atSignal = processesUnder(root);
        child.kill(sig);
      }, o.signalAfter.delayMs ?? 0);
    }
  };
  const reader = (stream: 'stdout' | 'stderr') => {
    let rest = '';
    return (b: Buffer) => {
      rest += b.toString('utf8');
      const parts = rest.split('\n');
      rest = parts.pop() ?? '';
      for (const l of parts) {
        if (!l.trim()) continue;
        try {
          const j = JSON.parse(l) as Omit<ActEntry, 'stream' | 'json'>;
          if (typeof j === 'object' && j && typeof j.msg === 'string') {
            onEntry({ ...j, stream, json: true });
            continue;
          }
        } catch {
          // not JSON: act's own messages before the job logger, or a crash
        }
        onEntry({ msg: l, stream, json: false });
      }
    };
  };
  child.stdout.on('data', reader('stdout'));
  child.stderr.on('data', reader('stderr'));
  const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 480_000);
  const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res, rej) => {
    child.on('error', rej);
    child.on('close', (c, s) => res({ code: c, signal: s }));
  });
  clearTimeout(timer);

  const summary: Record<string, string> = {};
  const outputs: Record<string, Record<string, string>> = {};
  const steps: Record<string, Record<string, string>> = {};
  let jobResult: string | undefined;
  for (const e of entries) {
    const id = e.stepID?.join('/') ?? '';
    if (e.command === 'summary') {
      summary[e.stage === 'Post' ? `${id} (post)` : id] = e.msg.replace(/^\s*\u2699\uFE0F?\s+Summary - /u, '');
    }
    if (e.command === 'set-output' && e.name !== undefined) (outputs[id] ??= {})[e.name] = e.arg ?? '';
    if (e.stepResult && e.stage && id && !id.startsWith('--')) (steps[id] ??= {})[e.stage] = e.stepResult;
    if (e.jobResult) jobResult = e.jobResult;
  }
  const jobDirs = existsSync(cache)
    ? readdirSync(cache)
        .filter((d) => /^[0-9a-f]{16}$/.test(d))
        .map((d) => join(cache, d))
    : [];
  const runnerTemp = jobDirs.map((d) => join(d, 'tmp')).find((d) => existsSync(d));
  return {
    exitCode: code,
    signal,
    log: lines.join('\n'),
    entries,
    summary,
    outputs,
    steps,
    jobResult,
    signalledAt,
    atSignal,
    ms: Date.now() - t0,
    root,
    workdir,
    head,
    tmpDir: tmp,
    jobDirs,
    runnerTemp,
    leftover: () => processesUnder(root),
    cleanup: () => {
      for (const p of processesUnder(root)) {
        try {
          process.kill(p.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}
