import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { runAction, readActionYml, packageRoot } from './local/runner.js';
import { renderLog, renderSummary } from './local/render.js';

/**
 * `meshci <action> [--<input> value ...]`: runs an action's dist entry locally through the same
 * runner emulation the tests use, then prints the log (secrets masked), the outputs and the step
 * summary rendered for a terminal. Exit code is the action's.
 */
const USAGE = `usage: meshci <action> [--<input> <value> ...] [--debug]
       meshci <action> --help
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

process.exitCode = await cli(process.argv.slice(2));
