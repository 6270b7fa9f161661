import yaml from 'js-yaml';
import { ConfigurationError, getErrorMessage } from '../lib/errors.js';
import type { Logger } from '../lib/logger.js';
import { Cluster, describe, type KObject, type WaitState } from './cluster.js';

/**
 * Multi-document manifests: parsed with js-yaml (errors name file, line and column), applied with
 * server-side apply in dependency order — CustomResourceDefinitions first, each waited for until
 * `Established` (a custom resource applied before that is rejected), then Namespaces, then the rest.
 */
export interface Manifest extends KObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; [k: string]: unknown };
}

export function parseManifests(text: string, file: string): Manifest[] {
  let docs: unknown[];
  try {
    docs = yaml.loadAll(text);
  } catch (e) {
    if (e instanceof yaml.YAMLException && e.mark) {
      throw new ConfigurationError(`${file}:${e.mark.line + 1}:${e.mark.column + 1}: ${e.reason}`);
    }
    throw new ConfigurationError(`${file}: ${getErrorMessage(e)}`);
  }
  const out: Manifest[] = [];
  const starts = docStartLines(text);
  docs.forEach((d, i) => {
    if (d === null || d === undefined) return;
    const items = (d as { kind?: string }).kind === 'List' ? ((d as { items?: unknown[] }).items ?? []) : [d];
    for (const o of items) {
      const m = o as Partial<Manifest>;
      const where = `${file}:${starts[i] ?? 1}: document ${i + 1}`;
      if (typeof o !== 'object' || Array.isArray(o)) throw new ConfigurationError(`${where} is not a Kubernetes object`);
      if (!m.apiVersion || !m.kind) throw new ConfigurationError(`${where} has no apiVersion/kind`);
      if (!m.metadata?.name) throw new ConfigurationError(`${where} (${m.kind}) has no metadata.name`);
      out.push(m as Manifest);
    }
  });
  return out;
}

function docStartLines(text: string): number[] {
  const lines = text.split('\n');
  const starts = [1];
  lines.forEach((l, i) => {
    if (/^---(\s|$)/.test(l)) starts.push(i + 2);
  });
  if (lines[0] !== undefined && /^---(\s|$)/.test(lines[0])) starts.shift();
  return starts;
}

const ORDER = [
  'CustomResourceDefinition',
  'Namespace',
  'ServiceAccount',
  'ClusterRole',
  'ClusterRoleBinding',
  'Role',
  'RoleBinding',
  'Secret',
  'ConfigMap',
  'Service',
];

export function applyOrder(objs: Manifest[]): Manifest[] {
  const rank = (o: Manifest) => {
    const i = ORDER.indexOf(o.kind);
    if (i >= 0) return i;
    return /Webhook/.test(o.kind) ? ORDER.length + 2 : ORDER.length + 1;
  };
  return objs
    .map((o, i) => ({ o, i }))
    .sort((a, b) => rank(a.o) - rank(b.o) || a.i - b.i)
    .map((x) => x.o);
}

export interface ApplyResult {
  applied: string[];
  changed: boolean;
}

export async function applyManifests(
  cluster: Cluster,
  objs: Manifest[],
  opts: { defaultNamespace?: string; timeoutMs: number; log: Logger },
): Promise<ApplyResult> {
  const ordered = applyOrder(objs);
  const applied: string[] = [];
  let changed = false;
  const crds = ordered.filter((o) => o.kind === 'CustomResourceDefinition');
  for (const o of crds) changed = (await applyOne(cluster, o, opts, applied)) || changed;
  await Promise.all(crds.map((c) => waitEstablished(cluster, c.metadata.name, opts.timeoutMs)));
  for (const o of ordered) if (o.kind !== 'CustomResourceDefinition') changed = (await applyOne(cluster, o, opts, applied)) || changed;
  return { applied, changed };
}

async function applyOne(cluster: Cluster, o: Manifest, opts: { defaultNamespace?: string }, applied: string[]): Promise<boolean> {
  const obj = structuredClone(o);
  if (!obj.metadata.namespace && opts.defaultNamespace && !CLUSTER_SCOPED.has(obj.kind)) obj.metadata.namespace = opts.defaultNamespace;
  const before = (await cluster.get<KObject>({ apiVersion: obj.apiVersion, kind: obj.kind, namespace: obj.metadata.namespace, name: obj.metadata.name }))
    ?.metadata?.resourceVersion;
  const after = await cluster.apply(obj);
  applied.push(describe({ apiVersion: obj.apiVersion, kind: obj.kind, namespace: obj.metadata.namespace, name: obj.metadata.name }));
  return before !== after.metadata?.resourceVersion;
}

const CLUSTER_SCOPED = new Set([
  'Namespace',
  'CustomResourceDefinition',
  'ClusterRole',
  'ClusterRoleBinding',
  'MutatingWebhookConfiguration',
  'ValidatingWebhookConfiguration',
  'APIService',
  'PriorityClass',
  'StorageClass',
]);

type Crd = KObject & { status?: { conditions?: { type: string; status: string; message?: string }[] } };

/** A CRD can be used once its Established condition is True. */
export function crdState(o: KObject): WaitState {
  const conditions = (o as Crd).status?.conditions ?? [];
  return {
    done: conditions.some((x) => x.type === 'Established' && x.status === 'True'),
    text: conditions.map((c) => `${c.type}=${c.status}${c.message ? ` (${c.message})` : ''}`).join(', ') || 'no conditions',
  };
}

export async function waitEstablished(cluster: Cluster, name: string, timeoutMs: number): Promise<void> {
  await cluster.waitFor({ apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', name }, crdState, {
    timeoutMs,
    verb: 'wait for',
    notDone: 'not Established',
  });
}
