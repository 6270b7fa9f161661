import { didYouMean } from '../lib/suggest.js';

/**
 * The `meshci` command line, read the way kubectl, gh and helm read theirs: `--name value`,
 * `--name=value`, a boolean flag alone (`--overwrite`, `--verbose`) or negated (`--no-overwrite`),
 * and every mistake found in one pass — unknown flags and bad values with a "did you mean" from
 * the one suggestion function (src/lib/suggest.ts) — so one run shows all there is to fix.
 */

/** One flag of a command: a boolean stands alone; `values` lists what a closed set allows (on a boolean: the words it takes besides true and false). */
export interface FlagSpec {
  boolean?: boolean;
  values?: readonly string[];
  /** said after a value that is not allowed (what to do instead) */
  hint?: string;
}
export type Flags = Record<string, FlagSpec>;

/** Flags every command takes. */
export const GLOBAL_FLAGS = {
  help: { boolean: true },
  version: { boolean: true },
  debug: { boolean: true },
  verbose: { boolean: true },
  summary: { boolean: true },
  json: { boolean: true },
} as const satisfies Flags;
const SHORT: Record<string, keyof typeof GLOBAL_FLAGS> = { '-h': 'help', '-V': 'version', '-v': 'verbose' };

export interface Args {
  command?: string;
  positional: string[];
  /** the command's flags by name (booleans as 'true' / 'false') */
  inputs: Record<string, string>;
  help: boolean;
  version: boolean;
  /** --debug or --verbose: debug lines shown */
  debug: boolean;
  summary: boolean;
  /** --json: an action's outputs as one JSON object on stdout, everything else on stderr */
  json: boolean;
  /** every problem with the command line, in flag words, in the order found */
  problems: string[];
}

const BOOL = /^(true|false)$/i;
/** A flag as typed: `--name`, `--name=value`, `-h`. Anything else that starts with a dash (a PEM key's `-----BEGIN`, `-5`) is a value. */
const FLAG = /^(--[A-Za-z0-9][A-Za-z0-9_-]*(=[\s\S]*)?|-[A-Za-z])$/;
const isFlag = (arg: string) => FLAG.test(arg);

/** A value of several lines: file content (a kubeconfig, a key) where a path was expected. */
export function holdsText(arg: string): boolean {
  return /[\r\n]/.test(arg);
}

/** An argument as a message may show it: one that may be a key or a kubeconfig (several lines, PEM armour, long) is described, not quoted. */
export function shownArg(arg: string): string {
  return holdsText(arg) || /-----BEGIN|\btoken\b/i.test(arg) || arg.length > 100 ? `(a value of ${arg.length} characters, not shown)` : `'${arg}'`;
}

/**
 * Read `argv`. `flagsOf(command)` gives the command's own flags (undefined: the command is not
 * known, and its flags are not judged — the unknown command is the problem to report).
 */
export function parseArgs(argv: readonly string[], flagsOf: (command: string | undefined) => Flags | undefined = () => ({})): Args {
  const a: Args = { positional: [], inputs: {}, help: false, version: false, debug: false, summary: false, json: false, problems: [] };
  const command = argv.find((x) => !x.startsWith('-'));
  const own = flagsOf(command);
  const flags: Flags = { ...(own ?? {}), ...GLOBAL_FLAGS };
  const names = Object.keys(flags);
  const setGlobal = (name: keyof typeof GLOBAL_FLAGS, v: boolean) => {
    if (name === 'verbose') a.debug = v;
    else a[name] = v;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      a.positional.push(...argv.slice(i + 1));
      break;
    }
    if (SHORT[arg]) {
      setGlobal(SHORT[arg], true);
      continue;
    }
    if (!isFlag(arg) || !arg.startsWith('--')) {
      if (isFlag(arg)) a.problems.push(`unknown flag '${arg}'${didYouMean(arg.replace(/^-+/, ''), names, (c) => `--${c}`)}`);
      else if (a.command === undefined) a.command = arg;
      else a.positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    let name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    let value: string | undefined = eq > 0 ? arg.slice(eq + 1) : undefined;
    let negated = false;
    if (!flags[name] && name.startsWith('no-') && flags[name.slice(3)]?.boolean) {
      name = name.slice(3);
      negated = true;
    }
    const spec = flags[name];
    if (!spec) {
      // an unknown flag of a known command; its value (if any) is skipped with it
      if (own !== undefined) a.problems.push(`unknown flag --${name}${command ? ` for 'meshci ${command}'` : ''}${didYouMean(name, names, (c) => `--${c}`)}`);
      else if (command === undefined) a.problems.push(`unknown flag --${name}${didYouMean(name, names, (c) => `--${c}`)}`);
      const next = argv[i + 1];
      if (value === undefined && next !== undefined && !isFlag(next) && next !== command) i++;
      continue;
    }
    if (spec.boolean) {
      const sw = readSwitch(name, spec, value, negated, argv[i + 1]);
      if (sw.consumedNext) i++;
      if (sw.problem) a.problems.push(sw.problem);
      else if (name in GLOBAL_FLAGS) setGlobal(name as keyof typeof GLOBAL_FLAGS, sw.value === 'true');
      else a.inputs[name] = sw.value;
      continue;
    }
    if (value === undefined) {
      const next = argv[i + 1];
      // a value may start with dashes (a PEM key given as text: `--issuer-key "$(cat issuer.key)"`)
      if (next === undefined || (isFlag(next) && next.startsWith('--'))) {
        a.problems.push(`--${name} needs a value (--${name} <value> or --${name}=<value>)`);
        continue;
      }
      value = next;
      i++;
    }
    if (spec.values && !spec.values.includes(value)) {
      a.problems.push(
        `--${name} has invalid value ${shownArg(value)}: allowed values are ${spec.values.join(', ')}${didYouMean(value, spec.values)}${spec.hint ? `; ${spec.hint}` : ''}`,
      );
      continue;
    }
    a.inputs[name] = value;
  }
  return a;
}

/**
 * A switch's value: `--x` (true), `--no-x` (false), `--x=v` or `--x v` where v is true, false or
 * one of the switch's own words (`--signatures refresh`).
 */
function readSwitch(
  name: string,
  spec: FlagSpec,
  given: string | undefined,
  negated: boolean,
  next: string | undefined,
): { value: string; consumedNext?: boolean; problem?: string } {
  const words = spec.values ?? [];
  const takes = (x: string) => BOOL.test(x) || words.includes(x);
  const normal = (x: string) => (BOOL.test(x) ? x.toLowerCase() : x);
  if (negated) return given === undefined ? { value: 'false' } : { value: 'false', problem: `--no-${name} takes no value (got ${shownArg(given)})` };
  if (given === undefined) return next !== undefined && takes(next) ? { value: normal(next), consumedNext: true } : { value: 'true' };
  if (takes(given)) return { value: normal(given) };
  const forms = ['true', ...words, 'false'].join('|');
  return {
    value: '',
    problem: `--${name} is a switch: give --${name} or --no-${name} (or --${name}=${forms}), not --${name}=${shownArg(given).replace(/^'|'$/g, '')}`,
  };
}

/**
 * An action's message in the words of the command line that ran it: `Input 'overwrite'` is the
 * flag `--overwrite`, `set 'overwrite: true'` is `give --overwrite`. Only the names in `flags` (the
 * command's own flags) are rewritten; a file or field that happens to share a name is left alone
 * unless it is quoted as an input.
 */
export function toFlagWords(text: string, flags: ReadonlySet<string>): string {
  if (!text.includes("'")) return text;
  return (
    text
      .replace(/\bset '([a-z0-9-]+): (true|false)'/g, (m, n: string, v: string) => (flags.has(n) ? `give --${v === 'true' ? '' : 'no-'}${n}` : m))
      .replace(/'([a-z0-9-]+): (true|false)'/g, (m, n: string, v: string) => (flags.has(n) ? `--${v === 'true' ? '' : 'no-'}${n}` : m))
      .replace(/\b([Ii])nputs? '([a-z0-9-]+)'/g, (m, _i: string, n: string) => (flags.has(n) ? `--${n}` : m))
      // an input named on its own ("give 'identity-dir'", "needs both 'trust-anchor' and 'issuer'");
      // an output of the same name ("its output 'record'") is not a flag
      .replace(/(\boutputs? )?'([a-z0-9-]+)'/g, (m, out: string | undefined, n: string) => (!out && flags.has(n) ? `--${n}` : m))
  );
}
