import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, readActionYml, packageRoot } from './local/runner.js';
import { renderLog, renderSummary } from './local/render.js';
import { up, down } from './local/pipeline.js';
import type { RunOpts, RunResult } from './local/runner.js';

/**
 * `meshci <action> [--<input> value ...]`: runs an action's dist entry locally through the same
 * runner emulation the tests use, then prints the log (secrets masked), the outputs and the step
 * summary rendered for a terminal. Exit code is the action's.
 */
const USAGE = `usage: meshci <action> [--<input> <value> ...] [--debug]
       meshci <action> --help
       meshci up [--name dev] [--provider kind|aks] [--linkerd-version stable-2.14.10] [--dir .meshci/<name>]
                 [--republish true] [--verify true] [--<provision input> value ...]
       meshci down [--name dev] [--provider kind|aks] [--remove-registry false]
       meshci --help`;

function actions(): string[] {
  const root = packageRoot();
  return readdirSync(root)
    .filter((d) => existsSync(join(root, d, 'action.yml')))
    .sort();
}

function help(action?: string): string {
  if (!action) return `${USAGE}\n\nactions: ${actions().join(', ')}`;
  const meta = readActionYml(action);
  const lines = [`meshci ${action}: ${meta.description}`, '', 'inputs:'];
  for (const [k, v] of Object.entries(meta.inputs ?? {})) {
    lines.push(`  --${k}${v.default ? ` (default: ${v.default})` : ''}${v.required ? ' (required)' : ''}`);
    lines.push(`      ${(v.description ?? '').trim().replace(/\n/g, '\n      ')}`);
  }
  lines.push('', 'outputs:', ...Object.entries(meta.outputs ?? {}).map(([k, v]) => `  ${k}: ${(v.description ?? '').trim().split('\n')[0]}`));
  return lines.join('\n');
}

export function parseArgs(argv: string[]): { action?: string; inputs: Record<string, string>; help: boolean; debug: boolean } {
  const inputs: Record<string, string> = {};
  let action: string | undefined;
  let helpFlag = false;
  let debug = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--help' || a === '-h') helpFlag = true;
    else if (a === '--debug') debug = true;
    else if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) inputs[a.slice(2, eq)] = a.slice(eq + 1);
      else {
        const v = argv[i + 1];
        if (v === undefined) throw new Error(`option ${a} needs a value`);
        inputs[a.slice(2)] = v;
        i++;
      }
    } else if (!action) action = a;
    else throw new Error(`unexpected argument '${a}'`);
  }
  return { action, inputs, help: helpFlag, debug };
}

async function cli(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`meshci: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.action === 'up' || args.action === 'down') {
    if (!args.help) return pipeline(args.action, args.inputs, args.debug);
    process.stdout.write(`${USAGE}\n\nmeshci up: provision (kind by default: a local cluster with Calico and a registry; needs Docker) → certs → republish → deploy (Linkerd, viz, Dgraph) → verify, state in .meshci/<name>.\nmeshci down: delete it.\n`);
    return 0;
  }
  if (!args.action || args.help) {
    process.stdout.write(help(args.action) + '\n');
    return args.action || args.help ? 0 : 2;
  }
  if (!actions().includes(args.action)) {
    process.stderr.write(`meshci: unknown action '${args.action}'; actions: ${actions().join(', ')}\n`);
    return 2;
  }
  let res;
  try {
    res = await runAction(args.action, { inputs: args.inputs, env: args.debug ? { RUNNER_DEBUG: '1' } : {}, cwd: process.cwd() });
  } catch (e) {
    process.stderr.write(`meshci: ${(e as Error).message}\n`);
    return 2;
  }
  process.stdout.write(renderLog(res.log, { debug: args.debug }) + '\n');
  if (res.post && res.post.log.trim()) process.stdout.write(renderLog(res.post.log, { debug: args.debug }) + '\n');
  const outputs = Object.entries(res.outputs);
  if (outputs.length) {
    process.stdout.write('\noutputs:\n');
    for (const [k, v] of outputs) {
      const one = v.includes('\n') ? `\n    ${v.trim().split('\n').join('\n    ')}` : ` ${v}`;
      process.stdout.write(`  ${k}:${one}\n`);
    }
  }
  if (res.summary.trim()) process.stdout.write('\n' + renderSummary(res.summary) + '\n');
  return res.exitCode;
}

function print(action: string, res: RunResult, debug: boolean): void {
  process.stdout.write(`\n═══ ${action} ═══\n`);
  process.stdout.write(renderLog(res.log, { debug }) + '\n');
  if (res.summary.trim()) process.stdout.write('\n' + renderSummary(res.summary) + '\n');
}

/** `meshci up` / `meshci down`: the whole pipeline (src/local/pipeline.ts). */
async function pipeline(cmd: 'up' | 'down', inputs: Record<string, string>, debug: boolean): Promise<number> {
  const { name = 'dev', provider = 'kind', 'linkerd-version': linkerdVersion = 'stable-2.14.10', dir, republish = 'true', verify = 'true', 'remove-registry': removeRegistry = 'false', ...rest } = inputs;
  if (provider !== 'kind' && provider !== 'aks') {
    process.stderr.write(`meshci ${cmd}: --provider must be kind or aks, not '${provider}'\n`);
    return 2;
  }
  const runner = (action: string, opts: RunOpts) => runAction(action, { ...opts, cwd: process.cwd(), env: { ...(opts.env ?? {}), ...(debug ? { RUNNER_DEBUG: '1' } : {}) } });
  const report = (action: string, r: RunResult) => print(action, r, debug);
  if (cmd === 'down') return (await down({ name, provider, removeRegistry: removeRegistry === 'true' }, runner, report)) ? 0 : 1;
  const r = await up({ name, provider, linkerdVersion, dir: dir ?? join('.meshci', name), republish: republish !== 'false', verify: verify !== 'false', provision: rest }, runner, report);
  if (!r.ok) {
    process.stderr.write(`\nmeshci up: stopped at ${r.failedAt} (see above); 'meshci down --name ${name}' removes what was created\n`);
    return 1;
  }
  process.stdout.write(`\nmeshci up: environment ${name} ready${r.verdict ? `, verify ${r.verdict}` : ''}; export KUBECONFIG=${r.kubeconfig}\n`);
  return r.verdict === 'fail' ? 1 : 0;
}

process.exitCode = await cli(process.argv.slice(2));
