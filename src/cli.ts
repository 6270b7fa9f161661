import { readdirSync, existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import wrapAnsi from 'wrap-ansi';
import { runAction, readActionYml, packageRoot, maskAll, Cancel, type ActionYml, type RunOpts, type RunResult } from './local/runner.js';
import { LiveLog, renderSummary, formatElapsed } from './local/render.js';
import { runPipeline, down, recordPath, PROVIDERS, type Provider, type Stage } from './local/pipeline.js';
import { NAME } from './env/spec.js';
import { doctor, nothingToRemove } from './local/doctor.js';
import { holdsText, parseArgs, shownArg, toFlagWords, type Args, type FlagSpec, type Flags } from './local/args.js';
import { didYouMean } from './lib/suggest.js';
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
  return wrapAnsi(text, width() - indent.length, { hard: true, trim: true })
    .split('\n')
    .map((l) => indent + l)
    .join('\n');
}

function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

function actions(): string[] {
  const root = packageRoot();
  return readdirSync(root)
    .filter((d) => d !== 'node_modules' && existsSync(join(root, d, 'action.yml')))
    .sort();
}

function usage(): string {
  return [
    'usage: meshci <command> [--<flag> <value> ...] [--verbose] [--summary] [--json]',
    '',
    'commands:',
    ...[
      ['up', 'the whole pipeline: provision (kind by default: needs Docker) → certs → republish → deploy → verify; the environment is kept'],
      ['down', 'delete what up made'],
      ['doctor', 'check what the chosen provider needs (Docker, the cluster, Azure credentials), each with the fix'],
      ...actions().map((a) => [a, readActionYml(a).description]),
      ['help [command]', "this text, or a command's flags (also meshci <command> --help)"],
      ['version', "meshci's version (also --version)"],
    ].map(([c, d]) => `  ${c!.padEnd(16)}${wrap(d!, ' '.repeat(18)).trimStart()}`),
    '',
    wrap(
      'Flags are the action.yml inputs as --name value (or --name=value); a boolean flag may stand alone (--overwrite) or be negated (--no-overwrite). Every command takes --help, --verbose (-v, debug lines; also --debug) and --summary; an action command takes --json (its outputs whole, as one JSON object on stdout; the log goes to stderr).',
    ),
    '',
    'exit codes: 0 done · 1 an action failed or verify found a problem · 2 the command line is wrong',
    '            130 interrupted (Ctrl-C) · 143 terminated (SIGTERM)',
  ].join('\n');
}

function actionHelp(action: string): string {
  const meta = readActionYml(action);
  const lines = [
    wrap(`meshci ${action}: ${meta.description}`),
    '',
    `usage: meshci ${action} [--<flag> <value> ...] [--json]`,
    '',
    "flags (the action's inputs):",
  ];
  for (const [k, v] of Object.entries(meta.inputs ?? {})) {
    // a workflow expression (the job's token) means nothing in a terminal: say what it is
    const def = v.default?.includes('${{') ? (v.default.includes('github.token') ? "in a workflow, the job's token; here none" : undefined) : v.default;
    const here = CLI_DEFAULTS[action]?.[k];
    lines.push(
      `  --${k}${isBoolean(v) ? ` [${['true', ...(SWITCH_WORDS[action]?.[k] ?? []), 'false'].join('|')}]` : ''}${here ? ` (default here: ${here})` : def ? ` (default: ${def})` : ''}${v.required ? ' (required)' : ''}`,
    );
    // the action's description speaks of the runner (RUNNER_TEMP); from a terminal the default is the one above
    lines.push(
      wrap((v.description ?? '').trim().replace(/\s*\n\s*/g, ' ') + (here ? ' (In a workflow; from a terminal, see the default above.)' : ''), '      '),
    );
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
    '       meshci down [--name dev] [--dir .meshci/<name>] [--provider kind|aks] [--remove-registry]',
    '                   [--subscription-id <id>]',
    '',
    wrap(
      'meshci up: provision (kind by default: a local cluster with Calico and a registry; needs Docker) → certs → republish → deploy (Linkerd, viz, Dgraph) → verify. Everything lands in .meshci/<name>: kubeconfig, certs (keys 0600), evidence. provider existing uses the cluster of --kubeconfig and, with --registry, any OCI registry as the mirror.',
    ),
    wrap(
      'meshci down: delete exactly what up recorded in .meshci/<name>/environment.json (the registry container only when meshci started it); --provider and --remove-registry matter only for an environment without a record. Ctrl-C stops the running step (again to hurry it); what was created stays recorded for meshci down.',
    ),
  ].join('\n');
}

function doctorHelp(): string {
  return [
    `usage: meshci doctor [--provider ${PROVIDERS.join('|')}] [--kubeconfig <path>]`,
    '',
    wrap(
      'meshci doctor: checks, for real, what a local run with the chosen provider (default kind) needs, each failure with its fix; exit 1 when something the provider needs is missing.',
    ),
    wrap('- node: Node.js >= 20.19.', '  '),
    wrap('- docker: the engine answers (docker info); required for kind.', '  '),
    wrap('- kind, kubectl, helm: their versions when on PATH; never required (meshci downloads its pinned versions when a step needs them).', '  '),
    wrap('- cluster: the kubeconfig (--kubeconfig, KUBECONFIG or ~/.kube/config) reaches an API server; required for existing.', '  '),
    wrap(
      '- azure: the credential sources provision would use, in its order (GitHub OIDC, a federated token file, a service principal in AZURE_CLIENT_SECRET / AZURE_CLIENT_CERTIFICATE_PATH, a managed identity, an Azure CLI session) and AZURE_SUBSCRIPTION_ID; required for aks. It does not sign in: a source that is present may still be refused by Azure.',
      '  ',
    ),
  ].join('\n');
}

type InputMeta = NonNullable<ActionYml['inputs']>[string];
/** Where `meshci verify` keeps its reports unless told otherwise. */
const VERIFY_DIR = 'meshci-evidence';

/** What the CLI gives an input the user left out, where it differs from the action's (runOne, localEnvironment): help says these. */
const CLI_DEFAULTS: Record<string, Record<string, string>> = {
  verify: { 'output-dir': `./${VERIFY_DIR}` },
  provision: { name: 'dev', 'kubeconfig-path': './.meshci/<name>/kubeconfig', record: './.meshci/<name>/environment.json' },
  teardown: { record: './.meshci/<name>/environment.json (name: --name or dev) when it is there and --provider is not given' },
};

/**
 * Inputs with a true/false default that take a third word too (the action reads them with getEnum):
 * `--signatures` alone is true, `--no-signatures` false, `--signatures refresh` the third.
 */
const SWITCH_WORDS: Record<string, Record<string, string[]>> = { republish: { signatures: ['refresh'] } };

function flagOf(action: string, k: string, v: InputMeta | undefined): FlagSpec {
  const words = SWITCH_WORDS[action]?.[k];
  return { boolean: isBoolean(v), ...(words ? { values: words } : {}) };
}

function isBoolean(v: InputMeta | undefined): boolean {
  return v?.default === 'true' || v?.default === 'false';
}

class UsageError extends Error {}

/** The flags `up` passes to its stages itself: not the user's to give. */
const UP_SETS = new Set(['provider', 'name', 'kubeconfig-path', 'linkerd-version', 'record']);

/** Each command's own flags (undefined: not a command). */
function flagsOf(command: string | undefined): Flags | undefined {
  if (command === undefined || command === 'help' || command === 'version') return {};
  if (command === 'doctor') return { provider: { values: PROVIDERS }, kubeconfig: {} };
  if (command === 'down')
    return {
      name: {},
      provider: {
        values: ['kind', 'aks'],
        hint: "what up deployed on an existing cluster is removed with 'meshci teardown --provider existing --kubeconfig <path>'",
      },
      dir: {},
      'remove-registry': { boolean: true },
      'subscription-id': {},
    };
  if (command === 'up') {
    const provision = Object.fromEntries(
      Object.entries(readActionYml('provision').inputs ?? {})
        .filter(([k]) => !UP_SETS.has(k))
        .map(([k, v]) => [k, flagOf('provision', k, v)]),
    );
    return {
      ...provision,
      name: {},
      provider: { values: PROVIDERS },
      'linkerd-version': {},
      dir: {},
      kubeconfig: {},
      registry: {},
      republish: { boolean: true },
      verify: { boolean: true },
    };
  }
  if (!actions().includes(command)) return undefined;
  return Object.fromEntries(Object.entries(readActionYml(command).inputs ?? {}).map(([k, v]) => [k, flagOf(command, k, v)]));
}

/** Print a step's outputs: one line each, masked; long and multi-line values by their size (they are in the summary or the files; --json has them whole). */
function printOutputs(r: RunResult, write: (text: string) => void): void {
  const outputs = Object.entries(r.outputs);
  if (!outputs.length) return;
  write('\noutputs:\n');
  for (const [k, raw] of outputs) {
    const v = maskAll(raw, r.secrets);
    const lines = v.trim().split('\n').length;
    const shown = lines > 1 ? `(${lines} lines)` : v.length > 120 ? `(${v.length} characters)` : v;
    write(`  ${k}: ${shown}\n`);
  }
}

/**
 * --json: the outputs whole, as one JSON object — the only thing on stdout, for jq and scripts (the
 * log and the summary went to stderr). Values stay masked as in the log: a secret is `***` here too.
 */
function printOutputsJson(r: RunResult): void {
  out(JSON.stringify(Object.fromEntries(Object.entries(r.outputs).map(([k, v]) => [k, maskAll(v, r.secrets)])), null, 2) + '\n');
}

/** Where a command's step summary is kept: in the folder it was told to write to, never elsewhere. */
function summaryFile(action: string, inputs: Record<string, string>): string | undefined {
  const dir = inputs['output-dir'];
  if (!dir || !['verify', 'certs'].includes(action)) return undefined;
  return join(resolve(dir), `${action}-summary.html`);
}

/**
 * provision and teardown from a terminal keep what they make where `up` and `down` keep it,
 * .meshci/<name> (name dev unless given): the kubeconfig and the environment record. On a runner
 * their defaults are RUNNER_TEMP, which the CLI's runner emulation removes when the command ends.
 */
function localEnvironment(action: 'provision' | 'teardown', inputs: Record<string, string>): (() => void) | undefined {
  const name = inputs['name'] ?? 'dev';
  // a name the action will refuse gets no folder (the action reports it, with the other mistakes)
  if (!NAME.test(name)) return;
  const dir = resolve('.meshci', name);
  const record = recordPath(dir);
  if (action === 'provision') {
    inputs['name'] = name;
    const first = mkdirSync(dir, { recursive: true, mode: 0o700 });
    inputs['kubeconfig-path'] ??= join(dir, 'kubeconfig');
    inputs['record'] ??= record;
    // after the run: a provision that stopped before it recorded anything leaves no empty folder behind
    return () => {
      if (!first) return;
      for (const d of [dir, resolve('.meshci')]) {
        if (d.length < first.length || !existsSync(d) || readdirSync(d).length) return;
        rmdirSync(d);
      }
    };
  }
  // teardown: by the record provision left, unless told what to remove
  if (!inputs['record'] && !inputs['provider'] && existsSync(record)) inputs['record'] = record;
}

async function runOne(action: string, args: Args): Promise<number> {
  const inputs = { ...args.inputs };
  const meta = readActionYml(action);
  const flags = new Set(Object.keys(meta.inputs ?? {}));
  // reports are kept: verify writes its evidence into ./meshci-evidence unless told otherwise
  if (action === 'verify' && !inputs['output-dir'] && meta.inputs?.['output-dir']) {
    inputs['output-dir'] = resolve(VERIFY_DIR);
  }
  const tidy = action === 'provision' || action === 'teardown' ? localEnvironment(action, inputs) : undefined;
  if (action === 'certs' && (inputs['mode'] ?? 'generate') === 'generate' && !inputs['output-dir'] && !inputs['key-vault-url']) {
    process.stderr.write(
      'warning: no --output-dir: the keys are generated and then discarded. Give --output-dir ./meshci-certs to keep them (ca.key and issuer.key, mode 0600)\n',
    );
  }
  // with --json, stdout holds the outputs object alone; what a person reads goes to stderr
  const show = args.json ? err : out;
  const live = new LiveLog(show, { debug: args.debug, rewrite: (l) => toFlagWords(l, flags), alerts: err });
  let res: RunResult;
  try {
    res = await runAction(action, {
      inputs,
      env: args.debug ? { RUNNER_DEBUG: '1' } : {},
      cwd: process.cwd(),
      onOutput: (c) => live.feed(c),
      cancel,
      signalTarget: 'group',
    });
  } catch (e) {
    live.end(false);
    throw new UsageError(getErrorMessage(e));
  }
  live.end(res.exitCode === 0);
  tidy?.();
  if (args.json) printOutputsJson(res);
  else printOutputs(res, show);
  if (res.summary.trim()) {
    const summary = maskAll(res.summary, res.secrets);
    if (args.summary || action !== 'verify') show('\n' + toFlagWords(renderSummary(summary), flags) + '\n');
    // kept beside what the command wrote (verify's evidence, certs' keys); a command told to write
    // nowhere (certs --mode check) shows it and keeps nothing
    const file = summaryFile(action, inputs);
    if (file && existsSync(join(file, '..'))) {
      writeFileSync(file, summary);
      show(`\nsummary: ${file}\n`);
    }
  }
  if (action === 'verify' && res.outputs['report'])
    show(`report: ${res.outputs['report']} · evidence: ${res.outputs['evidence-dir'] ?? inputs['output-dir']}\n`);
  if (res.cancelled) {
    process.stderr.write(`\nmeshci ${action}: cancelled (${res.cancelled})\n`);
    return exitFor(res.cancelled);
  }
  if (res.exitCode === 0) return EXIT.ok;
  // the action's input check refused its inputs, which are this command's flags: the command line is wrong
  return inputsRefused(action, res.log) ? EXIT.usage : EXIT.failed;
}

/** The step failed at its input check (every input problem is reported by readInputs this way). */
function inputsRefused(action: string, log: string): boolean {
  return new RegExp(`^::error::meshci/${action} configuration error: ([Ii]nput '|\\d+ problems with the inputs)`, 'm').test(log);
}

/** `meshci up` / `meshci down`: the whole pipeline (src/local/pipeline.ts), streamed stage by stage. */
// eslint-disable-next-line max-lines-per-function -- up and down as the user sees them: flag checks, stage hooks, the pipeline and the closing lines
async function pipeline(cmd: 'up' | 'down', args: Args): Promise<number> {
  const {
    name = 'dev',
    provider = 'kind',
    'linkerd-version': linkerdVersion = 'stable-2.14.10',
    dir,
    republish = 'true',
    verify = 'true',
    'remove-registry': removeRegistry = 'false',
    kubeconfig,
    registry,
    ...rest
  } = args.inputs;
  if (provider === 'existing' && !kubeconfig) throw new UsageError('--provider existing needs --kubeconfig <path>');
  // before anything runs (certs would be generated, then deploy would find no cluster)
  if (kubeconfig && !existsSync(kubeconfig))
    throw new UsageError(
      holdsText(kubeconfig)
        ? '--kubeconfig takes the path of a kubeconfig file, not its content (the value is not shown: it may hold credentials)'
        : `--kubeconfig names '${kubeconfig}', which does not exist`,
    );
  let live: LiveLog | undefined;
  // the command's flags are the user's words: the stages' messages about them speak in flags
  const given = new Set(Object.keys(flagsOf(cmd) ?? {}));
  // the last stage's log: a stage whose input check refused a flag the user gave makes the command line wrong (exit 2)
  let last: { action: string; log: string } | undefined;
  const runner = async (action: string, opts: RunOpts) => {
    const r = await runAction(action, {
      ...opts,
      cwd: process.cwd(),
      env: { ...(opts.env ?? {}), ...(args.debug ? { RUNNER_DEBUG: '1' } : {}) },
      onOutput: (c) => live?.feed(c),
      signalTarget: 'group',
    });
    last = { action, log: r.log };
    return r;
  };
  const hooks = {
    start: (stage: Stage) => {
      out(`\n═══ ${stage} ═══\n`);
      live = new LiveLog(out, { debug: args.debug, indent: '  ', rewrite: (l) => toFlagWords(l, given), alerts: err });
    },
    end: (stage: Stage, r: RunResult, ms: number) => {
      live?.end(r.exitCode === 0);
      out(r.exitCode === 0 ? `✓ ${stage} (${formatElapsed(ms)})\n` : `✗ ${stage} failed (${formatElapsed(ms)})\n`);
    },
    skip: (stage: Stage, why: string) => out(`\n– ${stage}: skipped (${why})\n`),
  };
  const folder = dir ?? join('.meshci', name);
  if (cmd === 'down') {
    // nothing recorded and nothing of the name in Docker: said at once, nothing downloaded
    const none = nothingToRemove({ name, provider: provider as 'kind' | 'aks', removeRegistry: removeRegistry === 'true', dir: folder });
    if (none) {
      out(`meshci down: nothing to remove: ${none}\n`);
      return EXIT.ok;
    }
    const ok = await down(
      { name, provider: provider as 'kind' | 'aks', removeRegistry: removeRegistry === 'true', dir: folder, cancel, subscriptionId: rest['subscription-id'] },
      runner,
      hooks,
    );
    if (cancel.requested) {
      process.stderr.write(`\nmeshci down: cancelled (${cancel.requested}); run it again to finish\n`);
      return exitFor(cancel.requested);
    }
    return ok ? EXIT.ok : EXIT.failed;
  }
  const t0 = Date.now();
  const r = await runPipeline(
    {
      name,
      provider: provider as Provider,
      linkerdVersion,
      dir: folder,
      republish: republish !== 'false',
      verify: verify !== 'false',
      teardown: false,
      kubeconfig: kubeconfig ? resolve(kubeconfig) : undefined,
      mirror: registry ? { destination: registry, plainHttp: /^(localhost|127\.)/.test(registry) } : undefined,
      inputs: { provision: rest },
      toolsMirror: rest['tools-mirror'],
      cancel,
    },
    runner,
    hooks,
  );
  if (r.cancelled) {
    process.stderr.write(
      `\nmeshci up: cancelled (${r.cancelled.signal}) during ${r.cancelled.stage}${r.record ? `; ${recordPath(folder)} records what was created — 'meshci down --name ${name}' removes it` : '; nothing was created'}\n`,
    );
    return exitFor(r.cancelled.signal as NodeJS.Signals);
  }
  if (!r.ok) {
    const cleanup =
      provider === 'existing' ? '' : r.record ? `; 'meshci down --name ${name}' removes what was created` : '; nothing was created, there is nothing to remove';
    process.stderr.write(`\nmeshci up: stopped at ${r.failedAt} (see above)${cleanup}\n`);
    if (r.failedAt === 'verify') process.stderr.write(`evidence: ${r.evidenceDir}\n`);
    return last && last.action === r.failedAt && inputsRefused(last.action, last.log) ? EXIT.usage : EXIT.failed;
  }
  out(`\nmeshci up: environment ${name} ready in ${formatElapsed(Date.now() - t0)}${r.verdict ? `, verify ${r.verdict}` : ''}\n`);
  if (r.verdict) out(`evidence: ${r.evidenceDir}\n`);
  if (r.kubeconfig) out(`export KUBECONFIG=${r.kubeconfig}\n`);
  return r.verdict === 'fail' ? EXIT.failed : EXIT.ok;
}

/**
 * Standard output, and what happens when its reader goes away (`meshci verify … | head`): the
 * rest of the output is dropped, quietly — no EPIPE stack — and the command still finishes what
 * it started (a half-done `up` or rotation is worse than unread lines); its exit code stands.
 */
let stdoutOpen = true;
function out(text: string): void {
  if (stdoutOpen) process.stdout.write(text);
}
function err(text: string): void {
  process.stderr.write(text);
}
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code !== 'EPIPE') throw e;
      if (stream === process.stdout) stdoutOpen = false;
    });
  }
}

function help(topic: string): string | undefined {
  if (topic === 'up' || topic === 'down') return upHelp();
  if (topic === 'doctor') return doctorHelp();
  if (topic === 'help' || topic === 'version') return usage();
  if (actions().includes(topic)) return actionHelp(topic);
  return undefined;
}

async function cli(argv: string[]): Promise<number> {
  quietOnClosedPipe();
  const args = parseArgs(argv, flagsOf);
  const known = [...COMMANDS, ...actions()];
  if (args.command !== undefined && args.command !== 'help' && !known.includes(args.command)) {
    process.stderr.write(`meshci: unknown command ${shownArg(args.command)}${didYouMean(args.command, known)}\nrun 'meshci help' for the commands\n`);
    return EXIT.usage;
  }
  if (args.problems.length) {
    const where = args.command && args.command !== 'help' ? `meshci ${args.command}` : 'meshci';
    const [only] = args.problems;
    process.stderr.write(
      args.problems.length === 1
        ? `${where}: ${only}\n`
        : `${where}: ${args.problems.length} problems with the command line:\n${args.problems.map((p) => `  - ${p}`).join('\n')}\n`,
    );
    const cmd = args.command && args.command !== 'help' ? args.command : undefined;
    process.stderr.write(cmd ? `run 'meshci help ${cmd}' for its flags\n` : "run 'meshci help' for the commands and the flags every command takes\n");
    return EXIT.usage;
  }
  if (args.command === 'help' || args.help) {
    const topic = args.command === 'help' ? args.positional[0] : args.command;
    const text = topic ? help(topic) : usage();
    if (text === undefined) {
      process.stderr.write(`meshci: unknown command ${shownArg(topic ?? '')}${didYouMean(topic ?? '', known)}\nrun 'meshci help' for the commands\n`);
      return EXIT.usage;
    }
    out(text + '\n');
    return EXIT.ok;
  }
  if (args.version || args.command === 'version') {
    out(`meshci ${version()}\n`);
    return EXIT.ok;
  }
  if (!args.command) {
    process.stderr.write(usage() + '\n');
    return EXIT.usage;
  }
  if (args.positional.length) {
    process.stderr.write(`meshci ${args.command}: unexpected argument ${shownArg(args.positional[0]!)} (flags are --name value)\n`);
    return EXIT.usage;
  }
  if (args.json && !actions().includes(args.command)) {
    process.stderr.write(`meshci ${args.command}: --json is for an action command (its outputs as JSON), not '${args.command}'\n`);
    return EXIT.usage;
  }
  handleSignals();
  try {
    if (args.command === 'up' || args.command === 'down') return await pipeline(args.command, args);
    if (args.command === 'doctor') return (await doctor(args.inputs, out)) ? EXIT.ok : EXIT.failed;
    return await runOne(args.command, args);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`meshci ${args.command}: ${e.message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`meshci: ${getErrorMessage(e)}\n`);
    if (args.debug && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    return EXIT.failed;
  }
}

process.exitCode = await cli(process.argv.slice(2));
