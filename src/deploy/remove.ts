import type { Logger } from '../lib/logger.js';
import type { Cluster, KObject } from '../k8s/cluster.js';
import { Helm, type HelmRelease } from '../tools/helm/helm.js';
import { formatDuration } from '../lib/duration.js';
import { ClusterError } from '../lib/errors.js';

/**
 * Teardown of what meshci deployed into a cluster it did not create (provider existing): exactly what
 * carries meshci's mark, nothing else. deploy labels each Helm release it installs
 * (`--labels app.kubernetes.io/managed-by=meshci`, kept on the release's storage Secret) and every
 * namespace it creates; the rotation state, the locks, verify's probe namespace and the mesh-only
 * NetworkPolicy carry the same label. A namespace or release that was there before meshci is left.
 * CRDs that a chart marks `helm.sh/resource-policy: keep` (Linkerd's Gateway API CRDs) stay, as Helm
 * keeps them: they are reported, not deleted.
 */
export const MESHCI_LABEL = 'app.kubernetes.io/managed-by=meshci';

/** Kinds meshci labels outside the namespaces it creates. */
const LABELLED: { apiVersion: string; kind: string }[] = [
  { apiVersion: 'v1', kind: 'ConfigMap' },
  { apiVersion: 'v1', kind: 'Secret' },
  { apiVersion: 'coordination.k8s.io/v1', kind: 'Lease' },
  { apiVersion: 'batch/v1', kind: 'Job' },
  { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy' },
];

/** Uninstall order: the app and extensions, then the control plane, CRDs last (webhooks and APIServices go with their release). */
export function uninstallOrder(releases: HelmRelease[]): HelmRelease[] {
  const rank = (r: HelmRelease) => {
    const chart = r.chart.replace(/-\d.*$/, '');
    if (chart === 'linkerd-crds') return 3;
    if (chart === 'linkerd-control-plane' || chart === 'linkerd2') return 2;
    if (chart === 'linkerd2-cni') return 1.5;
    return 1;
  };
  return [...releases].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}

export interface Removed {
  releases: string[];
  namespaces: string[];
  objects: string[];
  kept: string[];
}

export async function removeDeployed(cluster: Cluster, helm: Helm, o: { log: Logger; timeoutMs: number }): Promise<Removed> {
  const out: Removed = { releases: [], namespaces: [], objects: [], kept: [] };
  for (const r of uninstallOrder(await helm.listLabelled(MESHCI_LABEL))) {
    await helm.uninstall(r.namespace, r.name, o.timeoutMs);
    out.releases.push(`${r.namespace}/${r.name} (${r.chart})`);
    o.log.info(`uninstalled Helm release ${r.namespace}/${r.name} (${r.chart}, ${r.status})`);
  }
  const namespaces = await cluster.list<KObject>('v1', 'Namespace', { labelSelector: MESHCI_LABEL });
  for (const ns of namespaces) {
    const name = ns.metadata!.name!;
    await cluster.delete({ apiVersion: 'v1', kind: 'Namespace', name });
    out.namespaces.push(name);
  }
  // a namespace is gone when its finalizers have run: wait for its DELETED event, so "removed" means removed
  const t0 = Date.now();
  for (const name of out.namespaces) {
    await waitGone(cluster, name, Math.max(1000, o.timeoutMs - (Date.now() - t0)));
    o.log.info(`deleted namespace ${name}`);
  }
  for (const kind of LABELLED) {
    for (const obj of await cluster.list<KObject>(kind.apiVersion, kind.kind, { labelSelector: MESHCI_LABEL })) {
      const ref = { apiVersion: kind.apiVersion, kind: kind.kind, namespace: obj.metadata?.namespace, name: obj.metadata!.name! };
      if (await cluster.delete(ref, { propagation: 'Background' }))
        out.objects.push(`${kind.kind.toLowerCase()}/${ref.name}${ref.namespace ? ` in ${ref.namespace}` : ''}`);
    }
  }
  const crds = await cluster.list<KObject>('apiextensions.k8s.io/v1', 'CustomResourceDefinition', {});
  for (const c of crds) {
    const a = (c.metadata?.annotations ?? {}) as Record<string, string>;
    if (
      a['helm.sh/resource-policy'] === 'keep' &&
      out.releases.some((r) => r.startsWith(`${a['meta.helm.sh/release-namespace']}/${a['meta.helm.sh/release-name']} `))
    )
      out.kept.push(`crd/${c.metadata!.name}`);
  }
  if (out.kept.length) o.log.info(`kept, as their chart asks (helm.sh/resource-policy: keep): ${out.kept.join(', ')}`);
  o.log.info(
    `removed ${out.releases.length} release(s), ${out.namespaces.length} namespace(s), ${out.objects.length} other object(s) in ${formatDuration(Date.now() - t0)}`,
  );
  return out;
}

async function waitGone(cluster: Cluster, name: string, timeoutMs: number): Promise<void> {
  const ref = { apiVersion: 'v1', kind: 'Namespace', name };
  const cur = await cluster.get<KObject>(ref);
  if (!cur) return;
  const gone = await cluster.watch<KObject, true>(
    { apiVersion: 'v1', kind: 'Namespace' },
    { fieldSelector: `metadata.name=${name}`, resourceVersion: cur.metadata?.resourceVersion, timeoutMs },
    (ev) => (ev.type === 'DELETED' ? true : undefined),
  );
  if (gone || !(await cluster.get(ref))) return;
  const phase = (cur['status'] as { phase?: string } | undefined)?.phase ?? 'Active';
  throw new ClusterError(
    'wait for deletion of',
    `namespace/${name}`,
    undefined,
    `still there after ${formatDuration(timeoutMs)} (${phase}): its finalizers have not run — kubectl get namespace ${name} -o yaml shows the conditions`,
  );
}
