import { existsSync, readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigurationError, getErrorMessage } from '../lib/errors.js';
import { NAME } from './spec.js';

/**
 * The environment record: what provision is about to create, written *before* it creates it, so
 * that whoever tears the environment down — the pipeline's teardown stage, the root action's post
 * step, `meshci down` — removes exactly that and nothing else, also after a provision that failed
 * or was cancelled half-way. Teardown never recomputes names from its own inputs when it has one.
 *
 * - aks: the subscription and resource group (recorded just before the group is created or
 *   updated; the cluster and registry live inside it and go with it), the cluster and ACR names.
 * - kind: the kind cluster, and the registry container with whether meshci created it; a registry
 *   container meshci found running (another cluster's, kind's own guide uses the same name) is
 *   never removed.
 *
 * A JSON file, rewritten whole by rename as provision goes.
 */
export interface AksRecord {
  provider: 'aks';
  name: string;
  subscription: string;
  /** the repository whose environment this is (the group's meshci-repository tag) */
  repository: string;
  resourceGroup: string;
  cluster: string;
  /** the ACR's name, when provision was asked for one */
  acr?: string;
}

export interface KindRecord {
  provider: 'kind';
  name: string;
  cluster: string;
  registry: {
    container: string;
    port: number;
    /** meshci ran this container (`docker run`): teardown removes it only then */
    created: boolean;
  };
}

export type EnvironmentRecord = AksRecord | KindRecord;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RESOURCE_GROUP = /^[-\w._()]{0,89}[-\w_()]$/;
/** Docker container names and kind cluster names */
const CONTAINER = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$/;

/** Check a parsed record; every problem is named with `where` (an input or a file). */
export function validateRecord(where: string, v: unknown): EnvironmentRecord {
  const bad = (what: string): never => {
    throw new ConfigurationError(`${where} is not a meshci environment record: ${what}`);
  };
  if (!v || typeof v !== 'object' || Array.isArray(v)) bad('expected a JSON object');
  const o = v as Record<string, unknown>;
  const str = (k: string, re: RegExp, optional = false): string | undefined => {
    const x = o[k];
    if (x === undefined && optional) return undefined;
    if (typeof x !== 'string' || !re.test(x)) bad(`'${k}' ${x === undefined ? 'is missing' : `has invalid value ${JSON.stringify(x)}`}`);
    return x as string;
  };
  const name = str('name', NAME) as string;
  if (o['provider'] === 'aks') {
    const acr = str('acr', /^[a-zA-Z0-9]{5,50}$/, true);
    return {
      provider: 'aks',
      name,
      subscription: str('subscription', GUID) as string,
      repository: str('repository', /^[\w.-]+\/[\w.-]+$/) as string,
      resourceGroup: str('resourceGroup', RESOURCE_GROUP) as string,
      cluster: str('cluster', /^[a-zA-Z0-9][a-zA-Z0-9_-]{0,62}$/) as string,
      ...(acr ? { acr } : {}),
    };
  }
  if (o['provider'] === 'kind') {
    const r = o['registry'] as Record<string, unknown> | undefined;
    if (!r || typeof r !== 'object') bad("'registry' is missing");
    const reg = r as Record<string, unknown>;
    if (typeof reg['container'] !== 'string' || !CONTAINER.test(reg['container'])) bad("'registry.container' is not a container name");
    if (!Number.isInteger(reg['port']) || (reg['port'] as number) < 1 || (reg['port'] as number) > 65535) bad("'registry.port' is not a port");
    if (typeof reg['created'] !== 'boolean') bad("'registry.created' is not true or false");
    return {
      provider: 'kind',
      name,
      cluster: str('cluster', CONTAINER) as string,
      registry: { container: reg['container'] as string, port: reg['port'] as number, created: reg['created'] as boolean },
    };
  }
  return bad(`'provider' is ${o['provider'] === undefined ? 'missing' : JSON.stringify(o['provider'])}, not aks or kind`);
}

/** The record in a file; undefined when there is none (provision created nothing). */
export function readRecordFile(path: string): EnvironmentRecord | undefined {
  if (!existsSync(path)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ConfigurationError(`${path} is not a meshci environment record: ${getErrorMessage(e)}`);
  }
  return validateRecord(path, parsed);
}

/**
 * Whether an earlier record at `path` says meshci created this kind environment's registry
 * container (a second `meshci up` finds it running, and must not forget who started it).
 */
export function registryCreatedBefore(path: string, rec: KindRecord): boolean {
  let before: EnvironmentRecord | undefined;
  try {
    before = readRecordFile(path);
  } catch (e) {
    // a malformed old record is replaced; any other failure is not taken for "meshci did not start it"
    if (e instanceof ConfigurationError) return false;
    throw e;
  }
  return (
    before?.provider === 'kind' &&
    before.name === rec.name &&
    before.cluster === rec.cluster &&
    before.registry.container === rec.registry.container &&
    before.registry.created
  );
}

/** Write the record (before the thing it names is created): the whole file, by rename. */
export function writeRecord(path: string, rec: EnvironmentRecord): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(rec, null, 2)}\n`, { mode: 0o600 });
  renameSync(tmp, path);
}

/**
 * A record given as an input: the JSON itself, or the path of the file provision wrote. A path that
 * does not exist is a mistake (a typo would otherwise delete nothing and pass).
 */
export function parseRecordInput(input: string, value: string): EnvironmentRecord {
  const text = value.trim();
  if (text.startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      throw new ConfigurationError(`Input '${input}' is not valid JSON: ${getErrorMessage(e)}`);
    }
    return validateRecord(`Input '${input}'`, parsed);
  }
  if (!existsSync(text))
    throw new ConfigurationError(
      `Input '${input}' names '${text}', which does not exist: give the record file provision wrote (its output 'record') or the record's JSON`,
    );
  const rec = readRecordFile(text);
  if (!rec) throw new ConfigurationError(`Input '${input}' names '${text}', which does not exist`);
  return rec;
}

/** What a record names, in words (logs and summaries). */
export function describeRecord(rec: EnvironmentRecord): string {
  if (rec.provider === 'aks')
    return `resource group ${rec.resourceGroup} (AKS ${rec.cluster}${rec.acr ? `, ACR ${rec.acr}` : ''}) in subscription ${rec.subscription}`;
  return `kind cluster ${rec.cluster} and ${rec.registry.created ? `registry container ${rec.registry.container} (started by meshci)` : `no registry container (${rec.registry.container} was not started by meshci)`}`;
}
