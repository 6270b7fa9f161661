import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, realpathSync, writeFileSync, constants } from 'node:fs';
import { dirname, join, relative, isAbsolute, sep } from 'node:path';
import { z } from 'zod';
import { ConfigurationError, getErrorMessage } from '../lib/errors.js';
import { ENUMS, SHAPES, crossFieldProblems, type Probe } from './expectations.js';

/**
 * The evidence bundle: everything verify saw, as raw as the tools printed it, in a folder users
 * upload as an artifact. `evidence.json` is the index; command outputs and probe logs are files
 * beside it. The report is computed from this and nothing else, so `evidence-dir` re-analyses a
 * saved bundle offline into the same report. It holds no key material: the identity part is the
 * public trust bundle and issuer certificate only.
 *
 * A bundle read back is untrusted input (`evidence-dir` is for downloaded artifacts): evidence.json
 * is checked against a schema (errors name the file and the field), every file it names must be a
 * plain relative path that stays inside the folder once symlinks are resolved, names that become
 * file names (probe names, edge namespaces) follow the same shape rules as the expectations file,
 * and a piece that is not there at all is recorded as missing — the analysis fails it — rather than
 * crashing or passing.
 */
export const SCHEMA = 2;
/** Bundles this meshci reads: 1 (before proofs were recorded: such probes judge inconclusive) and 2. */
const READABLE = [1, 2];
/**
 * What a bundle may hold, read back: no evidence file is larger than `fileBytes`, all the files it
 * names add up (each time it is named) to no more than `totalBytes`, no probe has more attempts
 * than verify makes (1 + the largest `retries`), and there are no more probes than `probes`. A
 * bundle past any of them is not evidence meshci wrote, and is refused before it is read into
 * memory: evidence.json naming one large log hundreds of times must end in an error, not in an
 * out-of-memory crash.
 */
export interface EvidenceLimits {
  fileBytes: number;
  totalBytes: number;
  attemptsPerProbe: number;
  probes: number;
}
export const EVIDENCE_LIMITS: EvidenceLimits = { fileBytes: 16 * 1024 * 1024, totalBytes: 128 * 1024 * 1024, attemptsPerProbe: 11, probes: 1000 };

/** A captured piece: its text, or why there is none (skipped by choice, failed to collect, absent from a bundle). */
export type Piece<T = string> =
  { text: T; command?: string; exitCode?: number; stderr?: string } | { skipped: string } | { error: string } | { missing: string };

export interface ContainerEvidence {
  name: string;
  ready: boolean;
  restarts: number;
  /** `running`, `waiting: <reason>` or `terminated: <reason> (exit N)`, as kubectl shows it. */
  state: string;
}

export interface PodEvidence {
  namespace: string;
  name: string;
  phase: string;
  ip?: string;
  ready: boolean;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  containers: string[];
  initContainers: string[];
  /** Jobs' pods (owned by a Job) finish; they are not judged for meshing once done. */
  ownerKind?: string;
  /** Per-container readiness and state (init containers first); absent in bundles of schema 1. */
  statuses?: ContainerEvidence[];
  /** Being deleted (a rollout in progress): not judged. */
  deleting?: boolean;
}

export interface BalanceEvidence {
  target: string;
  path: string;
  requests: number;
  /** The target Service's ready endpoints when the run started: pods that should get traffic. */
  endpoints: { pod: string; ip: string }[];
  log: Piece;
}

export interface Evidence {
  schema: number;
  collectedAt: string;
  linkerdNamespace: string;
  controlPlaneVersion?: string;
  /** Namespaces whose pods must be meshed, and whether they exist. */
  namespaces: { name: string; exists: boolean }[];
  pods: Piece<PodEvidence[]>;
  check: Piece;
  identity: Piece<{ bundle: string; issuer: string; bundleSource: string; issuerSource: string }>;
  edges: Record<string, Piece>;
  probes: { probe: Probe; attempts: { log: string; error?: string }[] }[];
  balance: Piece<BalanceEvidence>;
}

const has = <T>(p: Piece<T>): p is { text: T; command?: string; exitCode?: number; stderr?: string } => 'text' in p;

// ---- the schema of evidence.json ---------------------------------------------------------------

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
/** A file evidence.json names: relative, plain names, no `.`/`..` segments. */
const REL_PATH = /^(?!.*(?:^|\/)\.{1,2}(?:\/|$))[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;
const relPath = z.string().regex(REL_PATH, 'expected a relative path inside the evidence folder (no absolute path, no ..)');
const label = z.string().regex(DNS_LABEL, 'expected a Kubernetes name (DNS label)');
const shaped = (field: string) => z.string().refine((v) => SHAPES[field]![0].test(v), `expected ${SHAPES[field]![1]}`);
const oneOf = (field: string) => z.enum(ENUMS[field] as [string, ...string[]]);
const fileRef = z.union([
  z.object({ file: relPath, command: z.string().optional(), exitCode: z.number().int().optional(), stderr: z.string().optional() }),
  z.object({ skipped: z.string() }),
  z.object({ error: z.string() }),
  z.object({ missing: z.string() }),
]);
const notCaptured = z.union([z.object({ skipped: z.string() }), z.object({ error: z.string() }), z.object({ missing: z.string() })]);
const probeSchema = z
  .object({
    name: shaped('name'),
    client: oneOf('client'),
    protocol: oneOf('protocol'),
    target: shaped('target'),
    path: shaped('path').optional(),
    method: shaped('method').optional(),
    expect: oneOf('expect'),
    status: z.number().int().min(100).max(599).optional(),
    contains: z.string().optional(),
    proto: z.object({ name: z.string().regex(/^[\w.-]+\.proto$/, 'expected a .proto file name'), text: z.string().max(1_000_000) }).optional(),
  })
  .superRefine((p, ctx) => {
    for (const x of crossFieldProblems(p as Probe)) ctx.addIssue({ code: 'custom', path: [x.field], message: x.message.replace(/^:\s*|^\s+/, '') });
  });
const stringMap = z.record(z.string(), z.string());
const podSchema = z.object({
  namespace: z.string(),
  name: z.string(),
  phase: z.string(),
  ip: z.string().optional(),
  ready: z.boolean(),
  labels: stringMap,
  annotations: stringMap,
  containers: z.array(z.string()),
  initContainers: z.array(z.string()),
  ownerKind: z.string().optional(),
  statuses: z.array(z.object({ name: z.string(), ready: z.boolean(), restarts: z.number().int(), state: z.string() })).optional(),
  deleting: z.boolean().optional(),
});
const indexSchema = z.object({
  schema: z.number().int(),
  collectedAt: z.iso.datetime({ offset: true }),
  linkerdNamespace: label,
  controlPlaneVersion: z
    .string()
    .regex(/^[\w.-]{1,64}$/, 'expected a Linkerd version')
    .optional(),
  namespaces: z.array(z.object({ name: label, exists: z.boolean() })),
  pods: z.union([z.object({ text: z.array(podSchema) }), notCaptured]).optional(),
  check: fileRef.optional(),
  identity: z
    .union([z.object({ text: z.object({ bundleFile: relPath, issuerFile: relPath, bundleSource: z.string(), issuerSource: z.string() }) }), notCaptured])
    .optional(),
  edges: z.record(label, fileRef).optional(),
  probes: z.array(z.object({ probe: probeSchema, attempts: z.array(z.object({ file: relPath, error: z.string().optional() })) })).optional(),
  balance: z
    .union([
      z.object({
        text: z.object({
          target: shaped('target'),
          path: z.string().regex(/^\/[A-Za-z_][\w.]*\/[A-Za-z_]\w*$/, 'expected /package.Service/Method'),
          requests: z.number().int().min(0),
          endpoints: z.array(z.object({ pod: z.string(), ip: z.string() })),
          log: fileRef,
        }),
      }),
      notCaptured,
    ])
    .optional(),
});
type Index = z.infer<typeof indexSchema>;
type FileRef = z.infer<typeof fileRef>;

// ---- writing -----------------------------------------------------------------------------------

/** An output folder verify may replace: missing, empty, or an earlier bundle (it holds evidence.json). */
export function assertEvidenceDir(dir: string): void {
  if (existsSync(dir) && readdirSync(dir).length && !existsSync(join(dir, 'evidence.json'))) {
    throw new ConfigurationError(`Input 'output-dir' folder '${dir}' is not empty and holds no evidence.json: refusing to replace it`);
  }
}

/** `rel` joined to `dir`, refused when it is not a plain relative path that stays inside. */
function inside(dir: string, rel: string, input: string): string {
  if (!REL_PATH.test(rel)) throw new ConfigurationError(`Input '${input}': '${rel}' is not a plain relative path inside '${dir}'`);
  return join(dir, rel);
}

/** Write the bundle into a new folder; returns the files written (relative). */
export function writeEvidence(dir: string, e: Evidence): string[] {
  const written: string[] = [];
  const put = (rel: string, text: string) => {
    const p = inside(dir, rel, 'output-dir');
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
    written.push(rel);
  };
  const ref = (rel: string, p: Piece): FileRef => {
    if (!has(p)) return p;
    put(rel, p.text);
    const { text: _t, ...rest } = p;
    return { file: rel, ...rest };
  };
  let identity: Index['identity'];
  if (has(e.identity)) {
    put('identity/ca-bundle.crt', e.identity.text.bundle);
    put('identity/issuer.crt', e.identity.text.issuer);
    identity = {
      text: {
        bundleFile: 'identity/ca-bundle.crt',
        issuerFile: 'identity/issuer.crt',
        bundleSource: e.identity.text.bundleSource,
        issuerSource: e.identity.text.issuerSource,
      },
    };
  } else identity = e.identity;
  const index: Index = {
    schema: SCHEMA,
    collectedAt: e.collectedAt,
    linkerdNamespace: e.linkerdNamespace,
    ...(e.controlPlaneVersion ? { controlPlaneVersion: e.controlPlaneVersion } : {}),
    namespaces: e.namespaces,
    pods: e.pods,
    check: ref('linkerd-check.json', e.check),
    identity,
    edges: Object.fromEntries(Object.entries(e.edges).map(([ns, p]) => [ns, ref(`edges/${ns}.json`, p)])),
    probes: e.probes.map((p) => ({
      probe: p.probe,
      attempts: p.attempts.map((a, i) => {
        const file = `probes/${p.probe.name}-${i + 1}.log`;
        put(file, a.log);
        return { file, ...(a.error ? { error: a.error } : {}) };
      }),
    })),
    balance: has(e.balance) ? { text: { ...e.balance.text, log: ref('balance.log', e.balance.text.log) } } : e.balance,
  };
  put('evidence.json', JSON.stringify(index, null, 2) + '\n');
  return written;
}

// ---- reading -----------------------------------------------------------------------------------

/**
 * Read a file evidence.json names, only if it stays inside `root` (the real path of the evidence
 * folder) once every symlink is resolved, is a regular file, and is not larger than evidence is.
 */
function readInside(root: string, dir: string, rel: string, budget: Budget): string {
  const p = inside(dir, rel, 'evidence-dir');
  if (!existsSync(p)) throw new ConfigurationError(`Input 'evidence-dir': ${rel} is listed in evidence.json but missing from '${dir}'`);
  const real = realpathSync(p);
  const back = relative(root, real);
  if (!back || back.split(sep)[0] === '..' || isAbsolute(back)) {
    throw new ConfigurationError(`Input 'evidence-dir': ${rel} leads outside '${dir}' (a symlink): refusing to read it`);
  }
  const fd = openSync(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new ConfigurationError(`Input 'evidence-dir': ${rel} is not a regular file`);
    if (st.size > budget.limits.fileBytes)
      throw new ConfigurationError(`Input 'evidence-dir': ${rel} is ${st.size} bytes, more than evidence ever is (${budget.limits.fileBytes})`);
    budget.used += st.size;
    if (budget.used > budget.limits.totalBytes) {
      throw new ConfigurationError(
        `Input 'evidence-dir': the files evidence.json names add up to more than ${budget.limits.totalBytes} bytes (at ${rel}, read ${budget.reads + 1} files), more than evidence ever is: refusing to read the bundle`,
      );
    }
    budget.reads++;
    const buf = Buffer.alloc(st.size);
    let off = 0;
    while (off < st.size) {
      const n = readSync(fd, buf, off, st.size - off, off);
      if (n === 0) break;
      off += n;
    }
    return buf.subarray(0, off).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** What reading one bundle has used of its limits. */
interface Budget {
  limits: EvidenceLimits;
  used: number;
  reads: number;
}

function schemaError(file: string, issues: z.core.$ZodIssue[]): ConfigurationError {
  const lines = issues.slice(0, 8).map((i) => {
    const path =
      i.path
        .map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`))
        .join('')
        .replace(/^\./, '') || '(top level)';
    return `${path}: ${i.message}`;
  });
  return new ConfigurationError(
    `Input 'evidence-dir': ${file} does not hold evidence meshci wrote: ${lines.join('; ')}${issues.length > 8 ? `; … and ${issues.length - 8} more` : ''}`,
  );
}

/** Read a bundle written by writeEvidence (here or by another run), treating it as untrusted. */
export function readEvidence(dir: string, limits: Partial<EvidenceLimits> = {}): Evidence {
  const indexPath = join(dir, 'evidence.json');
  if (!existsSync(dir)) throw new ConfigurationError(`Input 'evidence-dir' names '${dir}', which does not exist (give the folder a verify step wrote)`);
  if (!existsSync(indexPath))
    throw new ConfigurationError(`Input 'evidence-dir' folder '${dir}' has no evidence.json (upload the whole folder the verify step wrote)`);
  const root = realpathSync(dir);
  const budget: Budget = { limits: { ...EVIDENCE_LIMITS, ...limits }, used: 0, reads: 0 };
  let raw: unknown;
  try {
    raw = JSON.parse(readInside(root, dir, 'evidence.json', budget));
  } catch (e) {
    if (e instanceof ConfigurationError) throw e;
    throw new ConfigurationError(`Input 'evidence-dir': ${indexPath} is not JSON: ${getErrorMessage(e)}`);
  }
  const version = (raw as { schema?: unknown } | null)?.schema;
  if (typeof version === 'number' && !READABLE.includes(version))
    throw new ConfigurationError(`Input 'evidence-dir': ${indexPath} has schema ${version}; this meshci reads schema ${READABLE.join(' and ')}`);
  const parsed = indexSchema.safeParse(raw);
  if (!parsed.success) throw schemaError(indexPath, parsed.error.issues);
  const index = parsed.data;
  const names = new Set<string>();
  const probes = index.probes ?? [];
  if (probes.length > budget.limits.probes)
    throw new ConfigurationError(
      `Input 'evidence-dir': ${indexPath}: probes: ${probes.length} probes, more than verify runs (at most ${budget.limits.probes})`,
    );
  for (const [i, p] of probes.entries()) {
    if (names.has(p.probe.name)) throw new ConfigurationError(`Input 'evidence-dir': ${indexPath}: probes[${i}].probe.name: '${p.probe.name}' is used twice`);
    names.add(p.probe.name);
    if (p.attempts.length > budget.limits.attemptsPerProbe) {
      throw new ConfigurationError(
        `Input 'evidence-dir': ${indexPath}: probes[${i}].attempts: ${p.attempts.length} attempts of probe '${p.probe.name}', more than verify makes (at most ${budget.limits.attemptsPerProbe}: 1 + retries ≤ 10)`,
      );
    }
  }
  const read = (rel: string): string => readInside(root, dir, rel, budget);
  const load = (r: FileRef): Piece => {
    if (!('file' in r)) return r;
    const { file, ...rest } = r;
    return { text: read(file), ...rest };
  };
  const absent = (key: string) => ({ missing: `evidence.json has no '${key}'` });
  return {
    schema: index.schema,
    collectedAt: index.collectedAt,
    linkerdNamespace: index.linkerdNamespace,
    ...(index.controlPlaneVersion ? { controlPlaneVersion: index.controlPlaneVersion } : {}),
    namespaces: index.namespaces,
    pods: (index.pods as Piece<PodEvidence[]> | undefined) ?? absent('pods'),
    check: index.check ? load(index.check) : absent('check'),
    identity: !index.identity
      ? absent('identity')
      : 'text' in index.identity
        ? {
            text: {
              bundle: read(index.identity.text.bundleFile),
              issuer: read(index.identity.text.issuerFile),
              bundleSource: index.identity.text.bundleSource,
              issuerSource: index.identity.text.issuerSource,
            },
          }
        : index.identity,
    edges: Object.fromEntries(Object.entries(index.edges ?? {}).map(([ns, r]) => [ns, load(r)])),
    probes: (index.probes ?? []).map((p) => ({
      probe: p.probe as Probe,
      attempts: p.attempts.map((a) => ({ log: read(a.file), ...(a.error ? { error: a.error } : {}) })),
    })),
    balance: !index.balance
      ? absent('balance')
      : 'text' in index.balance
        ? { text: { ...index.balance.text, log: load(index.balance.text.log) } }
        : index.balance,
  };
}

/** Why a piece was not captured, in words, or undefined when it was. */
export function whyNot(p: Piece<unknown>): string | undefined {
  if ('text' in p) return undefined;
  return 'skipped' in p ? p.skipped : 'error' in p ? p.error : p.missing;
}

export { has as captured };
