import * as core from '@actions/core';
import { readFileSync, existsSync, statSync, mkdtempSync, writeFileSync, accessSync, constants } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { ConfigurationError } from '../lib/errors.js';
import { parseDuration } from '../lib/duration.js';
import { maskSecret } from './log.js';
import { didYouMean } from '../lib/suggest.js';

/**
 * Generic input readers. Only an action's own inputs.ts calls these (and only these call
 * core.getInput); every problem names the input, the value (unless it may be secret) and what is
 * allowed.
 *
 * Inside `readInputs` a reader does not stop at a bad value: it records the problem and returns
 * the default, so the action reads (and validates) every input and reports every mistake at once —
 * one run to fix a workflow, not one per bad input. Outside it, a problem throws at once.
 */
let problems: string[] | undefined;

/** Record a problem with the inputs (thrown at once outside `readInputs`). */
export function inputProblem(message: string): void {
  if (problems) problems.push(message);
  else throw new ConfigurationError(message);
}

function invalid<T>(message: string, fallback: T): T {
  inputProblem(message);
  return fallback;
}

/** Run a parser that throws ConfigurationError; inside `readInputs` its problem is recorded and `fallback` returned. */
export function attempt<T>(parse: () => T, fallback: T): T {
  try {
    return parse();
  } catch (e) {
    if (!(e instanceof ConfigurationError) || !problems) throw e;
    problems.push(e.message);
    return fallback;
  }
}

/**
 * Read an action's inputs with every problem collected: none → the inputs; one → its message;
 * several → one ConfigurationError listing them all. Nothing is created before this returns, so a
 * run with a bad input changes nothing.
 */
export function readInputs<T>(read: () => T): T {
  const outer = problems;
  const mine: string[] = [];
  problems = mine;
  try {
    const result = attempt(read, undefined);
    // one mistake reported once, however many inputs it spoils (a missing identity-dir: three files)
    const found = [...new Set(mine)];
    if (found.length === 1) throw new ConfigurationError(found[0]);
    if (found.length > 1) throw new ConfigurationError(`${found.length} problems with the inputs:\n${found.map((m) => `  - ${m}`).join('\n')}`);
    return result as T;
  } finally {
    problems = outer;
  }
}
export function getOptional(name: string): string | undefined {
  const v = core.getInput(name);
  return v === '' ? undefined : v;
}

/**
 * The kubeconfig input: a path to a readable file, or the kubeconfig itself, YAML or JSON (what
 * `azure/k8s-set-context` users pass as `${{ secrets.KUBECONFIG }}`; `kubectl config view --raw -o
 * json` prints one line). Content is masked whole and line by line, and every credential under
 * `users` one by one, then parsed (so a parser never quotes it in an error) and written to a 0600
 * file in RUNNER_TEMP whose path is returned. A value that is neither a readable file nor a
 * kubeconfig is masked and reported without its value, in any format: it may be a kubeconfig with
 * a typo, token and all. `unused`: the run will not connect (masked, and nothing else).
 */
export function getKubeconfig(name = 'kubeconfig', opts: { unused?: boolean } = {}): string | undefined {
  const v = core.getInput(name, { trimWhitespace: false });
  if (!v.trim()) return undefined;
  const single = v.trim();
  if (readablePath(v)) return opts.unused ? undefined : single;
  maskSecret(v);
  maskSecret(single);
  // an input the run will not use (verify re-analysing a saved bundle): masked, not checked, not written
  if (opts.unused) return undefined;
  const looksLikeContent =
    /\n/.test(single) || /^[{[]/.test(single) || /^\s*["']?(apiVersion|kind|clusters|users|contexts|current-context)["']?\s*:/m.test(single);
  for (const m of v.matchAll(
    /^\s*-?\s*["']?(?:token|password|client-key-data|client-certificate-data|id-token|refresh-token|access-token)["']?\s*:\s*["']?([^"'\s,}]+)["']?\s*,?\s*$/gm,
  ))
    maskSecret(m[1] as string);
  for (const m of v.matchAll(/"(?:token|password|client-key-data|client-certificate-data|id-token|refresh-token|access-token)"\s*:\s*"((?:[^"\\]|\\.)*)"/g))
    maskSecret(m[1] as string);
  if (!looksLikeContent) {
    return invalid(`Input '${name}' is neither a readable file nor a kubeconfig (YAML or JSON); its value is not shown, as it may hold credentials`, undefined);
  }
  let doc: unknown;
  try {
    doc = yaml.load(v, { json: true });
  } catch (e) {
    const line = (e as { mark?: { line?: number } }).mark?.line;
    return invalid(
      `Input '${name}' holds text that is not valid YAML or JSON${line !== undefined ? ` (line ${line + 1})` : ''}; its value is not shown, as it may hold credentials`,
      undefined,
    );
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc) || !Array.isArray((doc as { clusters?: unknown }).clusters)) {
    return invalid(
      `Input '${name}' holds YAML or JSON that is not a kubeconfig (no 'clusters' list); its value is not shown, as it may hold credentials`,
      undefined,
    );
  }
  for (const u of ((doc as { users?: unknown }).users as unknown[] | undefined) ?? []) maskLeaves((u as { user?: unknown } | null)?.user);
  const dir = mkdtempSync(join(process.env['RUNNER_TEMP'] ?? tmpdir(), 'meshci-kubeconfig-'));
  const file = join(dir, 'kubeconfig');
  writeFileSync(file, v, { mode: 0o600 });
  return file;
}

/** The input as a path, when it is one line naming a readable file (content — a kubeconfig, a PEM — never is). */
function readablePath(v: string): string | undefined {
  const t = v.trim();
  return t.length <= 4096 && !/[\r\n]/.test(t) && readableFile(t) ? t : undefined;
}

function readableFile(path: string): boolean {
  try {
    const p = resolve(path);
    if (!statSync(p).isFile()) return false;
    accessSync(p, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

/** Mask every string in a kubeconfig user entry (token, password, keys, auth-provider and exec settings). */
function maskLeaves(o: unknown): void {
  if (typeof o === 'string') {
    if (o.length >= 4) maskSecret(o);
  } else if (Array.isArray(o)) {
    for (const x of o) maskLeaves(x);
  } else if (o && typeof o === 'object') {
    for (const x of Object.values(o)) maskLeaves(x);
  }
}

/** An optional credential: masked before anything can print it. */
export function getSecret(name: string): string | undefined {
  const v = core.getInput(name);
  if (v === '') return undefined;
  maskSecret(v);
  return v;
}

export function getRequired(name: string): string {
  const v = core.getInput(name);
  if (v === '') return invalid(`Input '${name}' is required and was not supplied`, '');
  return v;
}

const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

export function getBool(name: string, dflt: boolean): boolean {
  const v = core.getInput(name);
  if (v === '') return dflt;
  if (TRUE.includes(v)) return true;
  if (FALSE.includes(v)) return false;
  return invalid(`Input '${name}' has invalid value '${v}': expected true or false`, dflt);
}

export function getEnum<T extends string>(name: string, allowed: readonly T[], dflt: T): T {
  const v = core.getInput(name).trim();
  if (v === '') return dflt;
  const hit = enumMatch(allowed, v);
  if (!hit) return invalid(`Input '${name}' has invalid value '${v}': allowed values are ${allowed.join(', ')}${didYouMean(v, allowed)}`, dflt);
  return hit;
}

/** The input was given a value getEnum refuses (reported there): the checks that hang on it are not run on its default. */
export function enumRefused(name: string, allowed: readonly string[]): boolean {
  const v = core.getInput(name).trim();
  return v !== '' && !enumMatch(allowed, v);
}

/** getEnum's match: the allowed value the input names, in any case. */
function enumMatch<T extends string>(allowed: readonly T[], v: string): T | undefined {
  return allowed.find((a) => a === v.toLowerCase());
}

export function getInt(name: string, dflt: number, range: { min: number; max: number }): number {
  const v = core.getInput(name).trim();
  if (v === '') return dflt;
  if (!/^-?\d+$/.test(v)) return invalid(`Input '${name}' has invalid value '${v}': expected a whole number`, dflt);
  const n = Number(v);
  if (n < range.min || n > range.max) return invalid(`Input '${name}' has invalid value '${v}': allowed range is ${range.min} to ${range.max}`, dflt);
  return n;
}

export function getDuration(name: string, dflt: string, opts: { min?: number; max?: number } = {}): number {
  const v = core.getInput(name).trim();
  return attempt(() => parseDuration(name, v === '' ? dflt : v, opts), parseDuration(name, dflt, {}));
}

/** One list parser: newline or comma separated, `#` comments, blanks dropped. */
export function getList(name: string): string[] {
  return core
    .getInput(name)
    .split(/\r?\n|,/)
    .map((s) => s.replace(/\s+#.*$/, '').trim())
    .filter((s) => s !== '' && !s.startsWith('#'));
}

/**
 * An input that holds PEM text or names a file holding it. Text that contains a PEM armour line is
 * taken as content (and, when `secret`, masked at once); anything else must be a readable file.
 */
export function getPemOrFile(name: string, opts: { secret: boolean }): { text: string; source: string } | undefined {
  const v = core.getInput(name, { trimWhitespace: false });
  if (v.trim() === '') return undefined;
  // A secret input is masked before anything can print it, whatever form it has — unless it names a
  // file that is there: then it is a path, and the file's content is what gets masked. Masking the
  // path would blank every later mention of it (`issuer.key` in any line) and leave the user with
  // "file '***'".
  if (opts.secret && !readablePath(v)) maskSecret(v.trim());
  if (v.includes('-----BEGIN')) {
    if (opts.secret) maskSecret(v);
    return { text: v, source: `input '${name}'` };
  }
  // base64 of PEM (as `kubectl get secret -o jsonpath` prints a key): accepted, decoded, masked
  const compact = v.replace(/\s+/g, '');
  if (compact.length >= 40 && /^[A-Za-z0-9+/]+=*$/.test(compact)) {
    const decoded = Buffer.from(compact, 'base64').toString('utf8');
    if (decoded.includes('-----BEGIN')) {
      if (opts.secret) maskSecret(decoded);
      return { text: decoded, source: `input '${name}' (base64)` };
    }
  }
  const path = resolve(v.trim());
  if (!existsSync(path) || !statSync(path).isFile()) {
    return invalid(
      opts.secret
        ? `Input '${name}' is neither PEM text (or its base64) nor a readable file; its value is not shown, as it may hold a key`
        : `Input '${name}' is neither PEM text nor a readable file: '${v.trim()}' does not exist or is not a file`,
      undefined,
    );
  }
  const text = readFileSync(path, 'utf8');
  if (opts.secret) maskSecret(text);
  return { text, source: `file '${v.trim()}' (input '${name}')` };
}

/**
 * Validators for values the readers above returned, shared by the actions' inputs.ts files.
 */

/**
 * A file meshci will write (a kubeconfig): checked before anything is created, so a bad path fails
 * in the first second, not after an AKS cluster exists. The path must not be a folder, and its
 * nearest existing parent must be a folder meshci can write in.
 */
export function validateWritableFile(name: string, path: string): string {
  const abs = resolve(path);
  if (existsSync(abs) && statSync(abs).isDirectory()) return invalid(`Input '${name}' names '${path}', which is a folder: give a file path`, abs);
  let dir = dirname(abs);
  while (!existsSync(dir)) dir = dirname(dir);
  const cannot = () => invalid(`Input '${name}' names '${path}': '${dir}' is not a folder meshci can write in`, abs);
  if (!statSync(dir).isDirectory()) return cannot();
  try {
    accessSync(dir, constants.W_OK);
  } catch (e) {
    // no write permission (or a read-only file system) is the answer; any other failure is not
    if (['EACCES', 'EPERM', 'EROFS'].includes((e as NodeJS.ErrnoException).code ?? '')) return cannot();
    throw e;
  }
  return abs;
}

/**
 * A folder meshci writes key material into: on a runner, inside the workspace or RUNNER_TEMP (the
 * places a job owns and cleans), never elsewhere on the machine. Outside a runner (no
 * GITHUB_WORKSPACE: the CLI, the emulation) any folder is the user's choice.
 */
export function validateKeyFolder(name: string, path: string): string {
  const abs = resolve(path);
  const roots = [process.env['GITHUB_WORKSPACE'], process.env['RUNNER_TEMP']].filter((r): r is string => !!r).map((r) => resolve(r));
  if (process.env['GITHUB_WORKSPACE'] && !roots.some((r) => abs === r || abs.startsWith(`${r}/`))) {
    return invalid(`Input '${name}' names '${path}', outside the workspace and RUNNER_TEMP: key files are written only there`, path);
  }
  return path;
}
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

export function validateDnsLabel(name: string, value: string): string {
  if (!DNS_LABEL.test(value))
    return invalid(`Input '${name}' has invalid value '${value}': expected a lowercase DNS label (a Kubernetes namespace or object name)`, value);
  return value;
}

/** The key of a sticky PR comment (it goes into the comment's hidden marker). */
export function validateCommentKey(name: string, value: string): string {
  if (/^[\w.-]{1,64}$/.test(value)) return value;
  return invalid(`Input '${name}' has invalid value '${value}': letters, digits, '.', '_' and '-' only`, 'default');
}

/** A tool or manifest release pinned as vX.Y.Z (never `latest`); `example` is the default. */
export function validatePinnedRelease(name: string, value: string | undefined, example: string): string {
  const v = value ?? example;
  if (!/^v\d+\.\d+\.\d+$/.test(v))
    return invalid(`Input '${name}' has invalid value '${v}': expected a pinned release like ${example} (never latest)`, example);
  return v;
}
