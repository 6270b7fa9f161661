import { exec } from '../lib/exec.js';
import { getErrorMessage } from '../lib/errors.js';
import type { Logger } from '../lib/logger.js';
import type { Cluster, KObject } from '../k8s/cluster.js';
import { readIdentityState } from '../linkerd/identity-cluster.js';
import type { Probe } from './expectations.js';
import type { ProbeJobOpts } from './probe-jobs.js';
import { ensureNamespace, runJob, runProbes } from './probes.js';
import { balanceJob } from './balance.js';
import { SCHEMA, type Evidence, type Piece, type PodEvidence, type BalanceEvidence } from './evidence.js';

/**
 * Cluster → evidence. Each piece is collected on its own; a piece that cannot be collected is
 * recorded with the reason (the analysis turns it into a failed finding) so one broken part never
 * hides the rest. `linkerd check` runs while the probe and balancing Jobs run.
 */
export interface CollectOpts {
  cluster: Cluster;
  kubeconfig?: string;
  linkerdNamespace: string;
  namespaces: string[];
  probes: Probe[];
  probe: ProbeJobOpts & { retries: number; timeoutMs: number };
  balance: { service: string; namespace: string; port: number; path: string; requests: number } | { skip: string };
  /** The CLI for check and edges; or why it is not used (skip) or could not be had (error). */
  linkerd: { bin: string; waitSeconds: number } | { skip: string } | { error: string };
  log: Logger;
  now?: () => Date;
}

// eslint-disable-next-line max-lines-per-function -- evidence collected in the report's order, each piece one call
export async function collect(o: CollectOpts): Promise<Evidence> {
  const collectedAt = (o.now ?? (() => new Date()))().toISOString();
  const { cluster, log } = o;

  const { controlPlaneVersion, identity } = await identityEvidence(cluster, o.linkerdNamespace);

  const namespaces = await Promise.all(
    o.namespaces.map(async (name) => ({ name, exists: !!(await cluster.get({ apiVersion: 'v1', kind: 'Namespace', name })) })),
  );
  let pods: Evidence['pods'];
  try {
    const lists = await Promise.all(namespaces.filter((n) => n.exists).map((n) => cluster.list<KObject>('v1', 'Pod', { namespace: n.name })));
    pods = { text: lists.flat().map(podEvidence) };
  } catch (e) {
    pods = { error: getErrorMessage(e) };
  }

  const cli = (args: string[]) =>
    'bin' in o.linkerd ? [...args, '--linkerd-namespace', o.linkerdNamespace, ...(o.kubeconfig ? ['--kubeconfig', o.kubeconfig] : [])] : args;
  const noCli: Piece = 'skip' in o.linkerd ? { skipped: o.linkerd.skip } : 'error' in o.linkerd ? { error: o.linkerd.error } : { skipped: '' };
  const check = (async (): Promise<Piece> => {
    if (!('bin' in o.linkerd)) return noCli;
    const args = cli(['check', '--proxy', '-o', 'json', '--wait', `${o.linkerd.waitSeconds}s`]);
    try {
      const r = await exec(o.linkerd.bin, args, { check: false, log });
      return { text: r.stdout, command: `linkerd ${args.join(' ')}`, exitCode: r.exitCode, ...(r.stderr.trim() ? { stderr: r.stderr.slice(-4000) } : {}) };
    } catch (e) {
      return { error: `linkerd check: ${getErrorMessage(e)}` };
    }
  })();

  // the probes' namespace is removed at the end when this run made it (what is created is removed);
  // one it found is left as it was
  let madeNamespace = false;
  // (a failure here is not lost: the probes and the balancing client apply it again and record it)
  const namespaceReady = ensureNamespace(cluster, o.probe.namespace).then(
    (made) => {
      madeNamespace = made;
    },
    () => undefined,
  );
  // a probe that cannot run at all (e.g. no right to create Jobs) is recorded as such, per probe
  const probeRuns = namespaceReady
    .then(() => runProbes(cluster, o.probes, { ...o.probe, log }))
    .catch((e: unknown) =>
      o.probes.map((probe) => ({ probe, attempts: [{ log: '', error: `could not run probes in namespace '${o.probe.namespace}': ${getErrorMessage(e)}` }] })),
    );
  const balanced = namespaceReady.then(() => runBalance(o));
  const [checkPiece, runs, balance] = await Promise.all([check, probeRuns, balanced]);
  if (madeNamespace) {
    await cluster.delete({ apiVersion: 'v1', kind: 'Namespace', name: o.probe.namespace }).then(
      () => log.info(`deleted namespace ${o.probe.namespace}, which this run created for its probes`),
      (e: unknown) => log.warning(`could not delete namespace ${o.probe.namespace}, which this run created for its probes: ${getErrorMessage(e)}`),
    );
  }

  // edges last: Linkerd 2.12+ lists live connections only
  const edges: Record<string, Piece> = {};
  // a namespace list that fails is an error, not "viz is not installed" (absence is a 404, not a 403)
  let viz: KObject[] | { error: string } = [];
  if ('bin' in o.linkerd) {
    viz = await cluster
      .list<KObject>('v1', 'Namespace', { labelSelector: 'linkerd.io/extension=viz' })
      .catch((e: unknown) => ({ error: `could not tell whether viz is installed: list namespaces labelled linkerd.io/extension=viz: ${getErrorMessage(e)}` }));
  }
  for (const ns of namespaces.filter((n) => n.exists)) {
    if (!('bin' in o.linkerd)) edges[ns.name] = noCli;
    else if (!Array.isArray(viz)) edges[ns.name] = viz;
    else if (!viz.length)
      edges[ns.name] = {
        skipped: "the viz extension is not installed (no namespace labelled linkerd.io/extension=viz); mTLS evidence comes from the probes' proxies",
      };
    else {
      const args = cli(['viz', 'edges', 'po', '-n', ns.name, '-o', 'json']);
      try {
        const r = await exec(o.linkerd.bin, args, { log });
        edges[ns.name] = { text: r.stdout, command: `linkerd ${args.join(' ')}` };
      } catch (e) {
        edges[ns.name] = { error: getErrorMessage(e) };
      }
    }
  }

  return {
    schema: SCHEMA,
    collectedAt,
    linkerdNamespace: o.linkerdNamespace,
    ...(controlPlaneVersion ? { controlPlaneVersion } : {}),
    namespaces,
    pods,
    check: checkPiece,
    identity,
    edges,
    probes: runs.map((r) => ({ probe: r.probe, attempts: r.attempts })),
    balance,
  };
}

async function runBalance(o: CollectOpts): Promise<Piece<BalanceEvidence>> {
  if ('skip' in o.balance) return { skipped: o.balance.skip };
  const b = o.balance;
  const target = `${b.service}.${b.namespace}.svc.cluster.local:${b.port}`;
  try {
    const svc = await o.cluster.get<KObject & { spec?: { selector?: Record<string, string> } }>({
      apiVersion: 'v1',
      kind: 'Service',
      namespace: b.namespace,
      name: b.service,
    });
    if (!svc) return { error: `Service ${b.namespace}/${b.service} not found (inputs 'app-service', 'app-namespace')` };
    const selector = Object.entries(svc.spec?.selector ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join(',');
    if (!selector) return { error: `Service ${b.namespace}/${b.service} has no selector: cannot tell which pods should get traffic` };
    const endpoints = (await o.cluster.list<KObject>('v1', 'Pod', { namespace: b.namespace, labelSelector: selector }))
      .map(podEvidence)
      .filter((p) => p.ready && p.ip)
      .map((p) => ({ pod: p.name, ip: p.ip as string }));
    await ensureNamespace(o.cluster, o.probe.namespace);
    const job = balanceJob({
      namespace: o.probe.namespace,
      curlImage: o.probe.curlImage,
      target,
      path: b.path,
      requests: b.requests,
      maxTimeSeconds: Math.max(o.probe.maxTimeSeconds, 60),
      nativeSidecar: o.probe.nativeSidecar,
    });
    const a = await runJob(o.cluster, job as KObject, o.probe.timeoutMs, o.log);
    return { text: { target, path: b.path, requests: b.requests, endpoints, log: a.error ? { error: a.error } : { text: a.log } } };
  } catch (e) {
    return { error: getErrorMessage(e) };
  }
}

/** The control plane's version and its public identity certificates, or why they could not be read. */
async function identityEvidence(cluster: Cluster, linkerdNamespace: string): Promise<{ controlPlaneVersion?: string; identity: Evidence['identity'] }> {
  let controlPlaneVersion: string | undefined;
  let identity: Evidence['identity'];
  try {
    const st = await readIdentityState(cluster, linkerdNamespace);
    controlPlaneVersion = st.linkerdVersion;
    // public certificates only: the issuer key is never part of the evidence
    identity = { text: { bundle: st.bundlePem, issuer: st.issuerPem, bundleSource: st.bundleSource, issuerSource: st.issuerSource } };
  } catch (e) {
    identity = { error: getErrorMessage(e) };
  }
  return { controlPlaneVersion, identity };
}

export function podEvidence(p: KObject): PodEvidence {
  type C = { name?: string };
  type CS = {
    name?: string;
    ready?: boolean;
    restartCount?: number;
    state?: { running?: object; waiting?: { reason?: string }; terminated?: { reason?: string; exitCode?: number } };
  };
  const spec = (p['spec'] ?? {}) as { containers?: C[]; initContainers?: C[] };
  const st = (p['status'] ?? {}) as {
    phase?: string;
    podIP?: string;
    conditions?: { type: string; status: string }[];
    containerStatuses?: CS[];
    initContainerStatuses?: CS[];
  };
  const md = p.metadata ?? {};
  const keep = (m: Record<string, string> | undefined, keys: RegExp) => Object.fromEntries(Object.entries(m ?? {}).filter(([k]) => keys.test(k)));
  const state = (c: CS): string => {
    if (c.state?.waiting) return `waiting: ${c.state.waiting.reason ?? 'unknown'}`;
    if (c.state?.terminated) return `terminated: ${c.state.terminated.reason ?? 'unknown'} (exit ${c.state.terminated.exitCode ?? '?'})`;
    return c.state?.running ? 'running' : 'unknown';
  };
  const statuses = [...(st.initContainerStatuses ?? []), ...(st.containerStatuses ?? [])].map((c) => ({
    name: c.name ?? '',
    ready: !!c.ready,
    restarts: c.restartCount ?? 0,
    state: state(c),
  }));
  return {
    namespace: md.namespace ?? '',
    name: md.name ?? '',
    phase: st.phase ?? 'Unknown',
    ...(st.podIP ? { ip: st.podIP } : {}),
    ready: !!st.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'),
    labels: keep(md.labels, /^linkerd\.io\//),
    annotations: keep(md.annotations, /^(linkerd\.io\/(inject|proxy-version)|config\.linkerd\.io\/)/),
    containers: (spec.containers ?? []).map((c) => c.name ?? ''),
    initContainers: (spec.initContainers ?? []).map((c) => c.name ?? ''),
    ...(md.ownerReferences?.[0]?.kind ? { ownerKind: md.ownerReferences[0].kind } : {}),
    ...(statuses.length ? { statuses } : {}),
    ...((md as { deletionTimestamp?: string }).deletionTimestamp ? { deleting: true } : {}),
  };
}
