import { existsSync, mkdirSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigurationError } from '../lib/errors.js';
import type { Probe } from './expectations.js';

/**
 * The evidence bundle: everything verify saw, as raw as the tools printed it, in a folder users
 * upload as an artifact. `evidence.json` is the index; command outputs and probe logs are files
 * beside it. The report is computed from this and nothing else, so `evidence-dir` re-analyses a
 * saved bundle offline into the same report. It holds no key material: the identity part is the
 * public trust bundle and issuer certificate only.
 */
export const SCHEMA = 1;

/** A captured piece: its text, or why there is none (skipped by choice, or failed to collect). */
export type Piece<T = string> = { text: T; command?: string; exitCode?: number; stderr?: string } | { skipped: string } | { error: string };

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

type Index = Omit<Evidence, 'check' | 'identity' | 'edges' | 'probes' | 'balance'> & {
  check: FileRef;
  identity: Piece<{ bundleFile: string; issuerFile: string; bundleSource: string; issuerSource: string }>;
  edges: Record<string, FileRef>;
  probes: { probe: Probe; attempts: { file: string; error?: string }[] }[];
  balance: Piece<Omit<BalanceEvidence, 'log'> & { log: FileRef }>;
};
type FileRef = { file: string; command?: string; exitCode?: number; stderr?: string } | { skipped: string } | { error: string };

const has = <T>(p: Piece<T>): p is { text: T; command?: string; exitCode?: number; stderr?: string } => 'text' in p;

/** An output folder verify may replace: missing, empty, or an earlier bundle (it holds evidence.json). */
export function assertEvidenceDir(dir: string): void {
  if (existsSync(dir) && readdirSync(dir).length && !existsSync(join(dir, 'evidence.json'))) {
    throw new ConfigurationError(`Input 'output-dir' folder '${dir}' is not empty and holds no evidence.json: refusing to replace it`);
  }
}

/** Write the bundle into a new folder; returns the files written (relative). */
export function writeEvidence(dir: string, e: Evidence): string[] {
  const written: string[] = [];
  const put = (rel: string, text: string) => {
    const p = join(dir, rel);
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
    identity = { text: { bundleFile: 'identity/ca-bundle.crt', issuerFile: 'identity/issuer.crt', bundleSource: e.identity.text.bundleSource, issuerSource: e.identity.text.issuerSource } };
  } else identity = e.identity;
  const index: Index = {
    schema: e.schema,
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

/** Read a bundle written by writeEvidence (here or by another run). */
export function readEvidence(dir: string): Evidence {
  const indexPath = join(dir, 'evidence.json');
  if (!existsSync(indexPath)) throw new ConfigurationError(`Input 'evidence-dir' folder '${dir}' has no evidence.json (upload the whole folder the verify step wrote)`);
  let index: Index;
  try {
    index = JSON.parse(readFileSync(indexPath, 'utf8')) as Index;
  } catch (e) {
    throw new ConfigurationError(`Input 'evidence-dir': ${indexPath} is not JSON: ${(e as Error).message}`);
  }
  if (index.schema !== SCHEMA) throw new ConfigurationError(`Input 'evidence-dir': ${indexPath} has schema ${String(index.schema)}; this meshci reads schema ${SCHEMA}`);
  const read = (rel: string): string => {
    const p = join(dir, rel);
    if (!existsSync(p)) throw new ConfigurationError(`Input 'evidence-dir': ${rel} is listed in evidence.json but missing from '${dir}'`);
    return readFileSync(p, 'utf8');
  };
  const load = (r: FileRef): Piece => {
    if (!('file' in r)) return r;
    const { file, ...rest } = r;
    return { text: read(file), ...rest };
  };
  return {
    schema: index.schema,
    collectedAt: index.collectedAt,
    linkerdNamespace: index.linkerdNamespace,
    ...(index.controlPlaneVersion ? { controlPlaneVersion: index.controlPlaneVersion } : {}),
    namespaces: index.namespaces,
    pods: index.pods,
    check: load(index.check),
    identity: has(index.identity)
      ? { text: { bundle: read(index.identity.text.bundleFile), issuer: read(index.identity.text.issuerFile), bundleSource: index.identity.text.bundleSource, issuerSource: index.identity.text.issuerSource } }
      : index.identity,
    edges: Object.fromEntries(Object.entries(index.edges).map(([ns, r]) => [ns, load(r)])),
    probes: index.probes.map((p) => ({ probe: p.probe, attempts: p.attempts.map((a) => ({ log: read(a.file), ...(a.error ? { error: a.error } : {}) })) })),
    balance: has(index.balance) ? { text: { ...index.balance.text, log: load(index.balance.text.log) } } : index.balance,
  };
}

export { has as captured };
