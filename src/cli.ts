import { readdirSync, existsSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { closest, distance } from 'fastest-levenshtein';
import wrapAnsi from 'wrap-ansi';
import { runAction, readActionYml, packageRoot, maskAll, Cancel, type ActionYml, type RunOpts, type RunResult } from './local/runner.js';
import { LiveLog, renderSummary, formatElapsed } from './local/render.js';
import { runPipeline, down, recordPath, PROVIDERS, type Provider, type Stage } from './local/pipeline.js';
import { doctor } from './local/doctor.js';
import { getErrorMessage } from './lib/errors.js';

/**
 * `meshci`: the actions from a terminal, through the same runner emulation the tests use. The log
 * is streamed as each step runs (secrets masked, groups shown as steps with their elapsed time);
 * outputs and the step summary follow. Exit codes: 0 done, 1 an action failed (or verify's verdict
 * is fail), 2 the command line is wrong, 130 / 143 cancelled by SIGINT / SIGTERM.
 */
const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
/** Exit code after a cancel: 128 + the signal's number, as a shell reports it (130 for Ctrl-C). */
const exitFor = (sig: NodeJS.Signals): number => 128 + (sig === 'SIGTERM' ? 15 : 2);

/**
 * Ctrl-C (SIGINT) and SIGTERM: passed to the running step's whole process group (each step runs
 * in one of its own, so a step and the helm or kind it runs stop together) with the runner's grace
 * — SIGTERM 7.5 s later, SIGKILL 2.5 s after that; a second Ctrl-C is the SIGTERM, a third the
 * SIGKILL. No further step starts; what `up` created stays recorded for `meshci down`.
 */
const cancel = new Cancel();
function handleSignals(): void {
  const on = (sig: NodeJS.Signals) => {
    const first = !cancel.requested;
    cancel.send(sig);
    process.stderr.write(`\nmeshci: ${sig}: ${first ? 'stopping the running step (again to hurry it)' : `sending ${cancel.current}`}\n`);
  };
  process.on('SIGINT', on);
  process.on('SIGTERM', on);
}
const COMMANDS = ['up', 'down', 'doctor', 'help', 'version'] as const;

function width(): number {
  return Math.max(60, Math.min(process.stdout.columns || 80, 100));
}
function wrap(text: string, indent = ''): string {
  return wrapAnsi(text, width() - indent.length, { hard: true, trim: true }).split('\n').map((l) => indent + l).join('\n');
}

function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

function actions(): string[] {
  const root = packageRoot();
  return readdirSync(root).filter((d) => d !== 'node_modules' && existsSync(join(root, d, 'action.yml'))).sort();
}

function usage(): string {
  return [
    'usage: meshci <command> [--<input> <value> ...] [--debug] [--summary]',
    '',
    'commands:',
    ...[
      ['up', 'the whole pipeline: provision (kind by default: needs Docker) → certs → republish → deploy → verify; the environment is kept'],
      ['down', 'delete what up made'],
      ['doctor', 'check Docker, kind, kubectl, helm, the cluster and the Azure sign-in, each with the fix'],
      ...actions().map((a) => [a, readActionYml(a).description]),
      ['help [command]', 'this text, or a command\'s inputs and outputs'],
      ['version', 'meshci\'s version (also --version)'],
    ].map(([c, d]) => `  ${c!.padEnd(16)}${wrap(d!, ' '.repeat(18)).trimStart()}`),
    '',
    wrap('Inputs are the action.yml inputs as --name value (or --name=value); a boolean input may stand alone (--overwrite) or be negated (--no-overwrite).'),
    '',
    'exit codes: 0 done · 1 an action failed or verify found a problem · 2 the command line is wrong',
    '            130 interrupted (Ctrl-C) · 143 terminated (SIGTERM)',
  ].join('\n');
}

function actionHelp(action: string): string {
  const meta = readActionYml(action);
  const lines = [wrap(`meshci ${action}: ${meta.description}`), '', `usage: meshci ${action} [--<input> <value> ...]`, '', 'inputs:'];
  for (const [k, v] of Object.entries(meta.inputs ?? {})) {
    lines.push(`  --${k}${isBoolean(v) ? ' [true|false]' : ''}${v.default ? ` (default: ${v.default})` : ''}${v.required ? ' (required)' : ''}`);
    lines.push(wrap((v.description ?? '').trim().replace(/\s*\n\s*/g, ' '), '      '));
  }
  lines.push('', 'outputs:');
  for (const [k, v] of Object.entries(meta.outputs ?? {})) lines.push(wrap(`${k}: ${(v.description ?? '').trim().split('\n')[0]}`, '  '));
  return lines.join('\n');
}

function upHelp(): string {
  return [
    'usage: meshci up [--name dev] [--provider kind|aks|existing] [--linkerd-version stable-2.14.10]',
    '                 [--dir .meshci/<name>] [--kubeconfig <path>] [--registry <host/prefix>]',
    '                 [--republish] [--verify] [--<provision input> value ...]',
    '       meshci down [--name dev] [--provider kind|aks] [--remove-registry]',
    '',
    wrap('meshci up: provision (kind by default: a local cluster with Calico and a registry; needs Docker) → certs → republish → deploy (Linkerd, viz, Dgraph) → verify. Everything lands in .meshci/<name>: kubeconfig, certs (keys 0600), evidence. provider existing uses the cluster of --kubeconfig and, with --registry, any OCI registry as the mirror.'),
    wrap('meshci down: delete exactly what up recorded in .meshci/<name>/environment.json (the registry container only when meshci started it); --provider and --remove-registry matter only for an environment without a record. Ctrl-C stops the running step (again to hurry it); what was created stays recorded for meshci down.'),
  ].join('\n');
}

type InputMeta = NonNullable<ActionYml['inputs']>[string];
function isBoolean(v: InputMeta | undefined): boolean {
  return v?.default === 'true' || v?.default === 'false';
}

export interface Args {
  command?: string;
  positional: string[];
  inputs: Record<string, string>;
  help: boolean;
  version: boolean;
  debug: boolean;
  summary: boolean;
}

/**
 * The command line. `booleans` names the inputs that may stand alone (`--overwrite` = true,
 * `--no-overwrite` = false); any other `--name` takes the next argument as its value.
 */
export function parseArgs(argv: string[], booleans: (command: string | undefined) => Set<string> = () => new Set()): Args {
  const a: Args = { positional: [], inputs: {}, help: false, version: false, debug: false, summary: false };
  const command = argv.find((x) => !x.startsWith('-'));
  const bools = booleans(command);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') a.help = true;
    else if (arg === '--version' || arg === '-V') a.version = true;
    else if (arg === '--debug') a.debug = true;
    else if (arg === '--summary') a.summary = true;
    else if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      if (eq > 0) {
        a.inputs[arg.slice(2, eq)] = arg.slice(eq + 1);
        continue;
      }
      const name = arg.slice(2);
      if (name.startsWith('no-') && bools.has(name.slice(3))) {
        a.inputs[name.slice(3)] = 'false';
        continue;
      }
      const next = argv[i + 1];
      if (bools.has(name) && (next === undefined || next.startsWith('--') || !/^(true|false)$/i.test(next))) {
        a.inputs[name] = 'true';
        continue;
      }
      if (next === undefined || next.startsWith('--')) throw new UsageError(`--${name} needs a value (--${name} <value> or --${name}=<value>)`);
      a.inputs[name] = next;
      i++;
    } else if (arg.startsWith('-') && arg.length > 1) throw new UsageError(`unknown option '${arg}'`);
    else if (a.command === undefined) a.command = arg;
    else a.positional.push(arg);
  }
  return a;
}

class UsageError extends Error {}

function suggest(word: string, from: readonly string[]): string {
  const hit = closest(word, [...from]);
  const prefix = from.find((c) => c.startsWith(word) || word.startsWith(c));
  const pick = prefix ?? (hit && distance(word, hit) <= Math.max(2, Math.floor(word.length / 3)) ? hit : undefined);
  return pick ? `; did you mean '${pick}'?` : '';
}

function booleansOf(command: string | undefined): Set<string> {
  if (command === 'up') return new Set(['republish', 'verify']);
  if (command === 'down') return new Set(['remove-registry']);
  if (!command || !actions().includes(command)) return new Set();
  return new Set(Object.entries(readActionYml(command).inputs ?? {}).filter(([, v]) => isBoolean(v)).map(([k]) => k));
}

/** Print a step's outputs: one line each, masked; long and multi-line values by their size (they are in the summary or the files). */
function printOutputs(r: RunResult): void {
  const outputs = Object.entries(r.outputs);
  if (!outputs.length) return;
  process.stdout.write('\noutputs:\n');
  for (const [k, raw] of outputs) {
    const v = maskAll(raw, r.secrets);
    const lines = v.trim().split('\n').length;
    const shown = lines > 1 ? `(${lines} lines)` : v.length > 120 ? `(${v.length} characters)` : v;
    process.stdout.write(`  ${k}: ${shown}\n`);
  }
}

async function runOne(action: string, args: Args): Promise<number> {
  const inputs = { ...args.inputs };
  const meta = readActionYml(action);
  const notes: string[] = [];
  // reports are kept: verify writes its evidence into ./meshci-evidence unless told otherwise
  if (action === 'verify' && !inputs['output-dir'] && meta.inputs?.['output-dir']) {
    inputs['output-dir'] = resolve('meshci-evidence');
  }
  if (action === 'certs' && (inputs['mode'] ?? 'generate') === 'generate' && !inputs['output-dir'] && !inputs['key-vault-url']) {
    notes.push("warning: no --output-dir: the keys are generated and then discarded. Give --output-dir ./meshci-certs to keep them (ca.key and issuer.key, mode 0600)");
  }
  for (const n of notes) process.stderr.write(`${n}\n`);
  const live = new LiveLog((t) => process.stdout.write(t), { debug: args.debug });
  let res: RunResult;
  try {
    res = await runAction(action, { inputs, env: args.debug ? { RUNNER_DEBUG: '1' } : {}, cwd: process.cwd(), onOutput: (c) => live.feed(c), cancel, signalTarget: 'group' });
  } catch (e) {
    live.end();
    throw new UsageError(getErrorMessage(e));
  }
  live.end();
  printOutputs(res);
  if (res.summary.trim()) {
    const dir = resolve(inputs['output-dir'] && action === 'verify' ? inputs['output-dir'] : 'meshci-evidence');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${action}-summary.html`);
    writeFileSync(file, maskAll(res.summary, res.secrets));
    if (args.summary || action !== 'verify') process.stdout.write('\n' + renderSummary(maskAll(res.summary, res.secrets)) + '\n');
    process.stdout.write(`\nsummary: ${file}\n`);
  }
  if (action === 'verify' && res.outputs['report']) process.stdout.write(`report: ${res.outputs['report']} · evidence: ${res.outputs['evidence-dir'] ?? inputs['output-dir']}\n`);
  if (res.cancelled) {
    process.stderr.write(`\nmeshci ${action}: cancelled (${res.cancelled})\n`);
    return exitFor(res.cancelled);
  }
  return res.exitCode === 0 ? EXIT.ok : EXIT.failed;
}

/** `meshci up` / `meshci down`: the whole pipeline (src/local/pipeline.ts), streamed stage by stage. */
async function pipeline(cmd: 'up' | 'down', args: Args): Promise<number> {
  const { name = 'dev', provider = 'kind', 'linkerd-version': linkerdVersion = 'stable-2.14.10', dir, republish = 'true', verify = 'true', 'remove-registry': removeRegistry = 'false', kubeconfig, registry, ...rest } = args.inputs;
  if (!(PROVIDERS as readonly string[]).includes(provider) || (cmd === 'down' && provider === 'existing')) {
    throw new UsageError(`--provider must be ${cmd === 'down' ? 'kind or aks' : PROVIDERS.join(', ')}, not '${provider}'`);
  }
  if (provider === 'existing' && !kubeconfig) throw new UsageError('--provider existing needs --kubeconfig <path>');
  let live: LiveLog | undefined;
  const runner = (action: string, opts: RunOpts) =>
    runAction(action, { ...opts, cwd: process.cwd(), env: { ...(opts.env ?? {}), ...(args.debug ? { RUNNER_DEBUG: '1' } : {}) }, onOutput: (c) => live?.feed(c), signalTarget: 'group' });
  const hooks = {
    start: (stage: Stage) => {
      process.stdout.write(`\n═══ ${stage} ═══\n`);
      live = new LiveLog((t) => process.stdout.write(t), { debug: args.debug, indent: '  ' });
    },
    end: (stage: Stage, r: RunResult, ms: number) => {
      live?.end();
      process.stdout.write(r.exitCode === 0 ? `✓ ${stage} (${formatElapsed(ms)})\n` : `✗ ${stage} failed (${formatElapsed(ms)})\n`);
    },
    skip: (stage: Stage, why: string) => process.stdout.write(`\n– ${stage}: skipped (${why})\n`),
  };
  if (cmd === 'down') {
    const ok = await down({ name, provider: provider as 'kind' | 'aks', removeRegistry: removeRegistry === 'true', dir: dir ?? join('.meshci', name), cancel }, runner, hooks);
    if (cancel.requested) {
      process.stderr.write(`\nmeshci down: cancelled (${cancel.requested}); run it again to finish\n`);
      return exitFor(cancel.requested);
    }
    return ok ? EXIT.ok : EXIT.failed;
  }
  const t0 = Date.now();
  const r = await runPipeline(
    {
      name, provider: provider as Provider, linkerdVersion, dir: dir ?? join('.meshci', name), republish: republish !== 'false', verify: verify !== 'false', teardown: false,
      kubeconfig: kubeconfig ? resolve(kubeconfig) : undefined,
      mirror: registry ? { destination: registry, plainHttp: /^(localhost|127\.)/.test(registry) } : undefined,
      // a tools mirror serves every stage that downloads (kind, kubectl, Calico; helm and linkerd)
      inputs: { provision: rest, ...(rest['tools-mirror'] ? { deploy: { 'tools-mirror': rest['tools-mirror'] }, verify: { 'tools-mirror': rest['tools-mirror'] } } : {}) },
      cancel,
    },
    runner, hooks,
  );
  if (r.cancelled) {
    process.stderr.write(`\nmeshci up: cancelled (${r.cancelled.signal}) during ${r.cancelled.stage}${r.record ? `; ${recordPath(dir ?? join('.meshci', name))} records what was created — 'meshci down --name ${name}' removes it` : '; nothing was created'}\n`);
    return exitFor(r.cancelled.signal as NodeJS.Signals);
  }
  if (!r.ok) {
    process.stderr.write(`\nmeshci up: stopped at ${r.failedAt} (see above)${provider === 'existing' ? '' : `; 'meshci down --name ${name}' removes what was created`}\n`);
    if (r.failedAt === 'verify') process.stderr.write(`evidence: ${r.evidenceDir}\n`);
    return EXIT.failed;
  }
  process.stdout.write(`\nmeshci up: environment ${name} ready in ${formatElapsed(Date.now() - t0)}${r.verdict ? `, verify ${r.verdict}` : ''}\n`);
  if (r.verdict) process.stdout.write(`evidence: ${r.evidenceDir}\n`);
  if (r.kubeconfig) process.stdout.write(`export KUBECONFIG=${r.kubeconfig}\n`);
  return r.verdict === 'fail' ? EXIT.failed : EXIT.ok;
}

async function cli(argv: string[]): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv, booleansOf);
  } catch (e) {
    process.stderr.write(`meshci: ${getErrorMessage(e)}\nrun 'meshci help' for the commands\n`);
    return EXIT.usage;
  }
  const known = [...COMMANDS, ...actions()];
  if (args.version || args.command === 'version') {
    process.stdout.write(`meshci ${version()}\n`);
    return EXIT.ok;
  }
  if (args.command === 'help' || (!args.command && args.help)) {
    const topic = args.positional[0];
    if (!topic) process.stdout.write(usage() + '\n');
    else if (topic === 'up' || topic === 'down') process.stdout.write(upHelp() + '\n');
    else if (actions().includes(topic)) process.stdout.write(actionHelp(topic) + '\n');
    else {
      process.stderr.write(`meshci: no help for '${topic}'${suggest(topic, known)}\n`);
      return EXIT.usage;
    }
    return EXIT.ok;
  }
  if (!args.command) {
    process.stderr.write(usage() + '\n');
    return EXIT.usage;
  }
  if (!known.includes(args.command)) {
    process.stderr.write(`meshci: unknown command '${args.command}'${suggest(args.command, known)}\nrun 'meshci help' for the commands\n`);
    return EXIT.usage;
  }
  if (args.positional.length) {
    process.stderr.write(`meshci: unexpected argument '${args.positional[0]}'\n`);
    return EXIT.usage;
  }
  handleSignals();
  try {
    if (args.command === 'up' || args.command === 'down') {
      if (args.help) {
        process.stdout.write(upHelp() + '\n');
        return EXIT.ok;
      }
      return await pipeline(args.command, args);
    }
    if (args.command === 'doctor') return (await doctor(args.inputs, (t) => process.stdout.write(t))) ? EXIT.ok : EXIT.failed;
    if (args.help) {
      process.stdout.write(actionHelp(args.command) + '\n');
      return EXIT.ok;
    }
    return await runOne(args.command, args);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`meshci: ${e.message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`meshci: ${getErrorMessage(e)}\n`);
    if (args.debug && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    return EXIT.failed;
  }
}

process.exitCode = await cli(process.argv.slice(2));
