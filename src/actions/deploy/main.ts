import * as core from '@actions/core';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { postRenderer } from '../../deploy/post-render.js';
import yaml from 'js-yaml';
import { ConfigurationError, getErrorMessage } from '../../lib/errors.js';
import { actionsLogger, formatDuration } from '../../runtime/log.js';
import { checkIdentity, errorList } from '../../certs/rules.js';
import { Cluster, type KObject } from '../../k8s/cluster.js';
import { applyManifests, parseManifests, type Manifest } from '../../k8s/manifests.js';
import { Helm } from '../../tools/helm/helm.js';
import { ensureTool } from '../../runtime/tool-install.js';
import { linkerdPlan, dgraphRelease, compatibilityProblems, type Plan, type Release } from '../../deploy/linkerd-plan.js';
import { rpcsFromProto, serviceProfile, grpcRoutes } from '../../linkerd/routes.js';
import { releaseValues, withHaValues } from '../../deploy/values.js';
import { versionFacts } from '../../republish/resolve.js';
import { meshOnlyNetworkPolicy, allAuthenticatedNamespacePatch } from '../../deploy/network-policy.js';
import { parsePullEvent, summarizePulls, type PullRow } from '../../deploy/pull-events.js';
import { DGRAPH_API_PROTO } from '../../data/dgraph-api-proto.js';
import { headlessLint } from '../../deploy/headless-lint.js';
import { getInputs, type Inputs } from './inputs.js';
import { acquireLease, holderIdentity } from '../../k8s/lease.js';
import { hostname } from 'node:os';
import { readIdentityState, parseBundle, LinkerdNotInstalled } from '../../linkerd/identity-cluster.js';
import * as state from '../../runtime/state.js';
import { group } from '../../runtime/group.js';

/** The Lease a deploy holds in the control-plane namespace (src/k8s/lease.ts). */
export const DEPLOY_LEASE = 'meshci-deploy';

interface Installed {
  release: string;
  chart: string;
  version: string;
  namespace: string;
  changed: boolean;
}

export async function main(given = getInputs()): Promise<void> {
  // Helm installs skip Linkerd's own certificate validation (docs/reference/linkerd-charts.md#identity-values): do it here, first.
  await group('Check the identity', async () => {
    const report = checkIdentity(
      { anchors: given.trustAnchor, issuer: given.issuer, issuerKey: given.issuerKey },
      { version: given.linkerdVersion, now: new Date(), minValidityMs: 0 },
    );
    const errors = errorList(report.checks);
    if (errors) throw new ConfigurationError(`the identity would not start Linkerd: ${errors}`);
    core.info(`identity ok: issuer ${report.issuer?.subjectCN} valid until ${report.issuer?.notAfter.toISOString()}`);
  });

  const cluster = Cluster.connect({ kubeconfig: given.kubeconfig, input: 'kubeconfig', log: actionsLogger });
  // the cheapest call first: an unreachable or forbidding cluster fails here, before any download
  const server = await cluster.serverVersion();
  const inputs = await group('Identity already in the cluster', () => keepIdentity(cluster, given));
  const helmBin = await group('helm', () => ensureTool({ name: 'helm', version: inputs.helmVersion, sha256: inputs.helmSha256, mirror: inputs.toolsMirror }));
  const entry = await group(`Linkerd ${inputs.linkerdVersion.raw}: its charts`, async () => {
    const e = await versionFacts(inputs.linkerdVersion.raw, { helm: async () => helmBin, repo: inputs.chartRepo, log: actionsLogger });
    core.info(`facts from ${e.resolvedFrom}`);
    return e;
  });
  const problems = compatibilityProblems(entry, inputs.linkerdVersion.raw, server);
  if (problems.length) throw new ConfigurationError(`Input 'linkerd-version': ${problems.join('; ')}`);
  const plan = linkerdPlan(entry, inputs.linkerdVersion.raw, {
    viz: inputs.viz,
    jaeger: inputs.jaeger,
    cni: inputs.cni,
    ha: inputs.ha,
    namespace: inputs.namespace,
    ...(inputs.chartRepo ? { repo: inputs.chartRepo } : {}),
  });
  for (const w of plan.warnings) core.warning(w);
  warnHardcoded(plan, entry, inputs);
  const helm = new Helm({ binPath: helmBin, kubeconfig: inputs.kubeconfig, log: actionsLogger });
  if (inputs.linkerdCli) {
    const cli = await group('linkerd CLI', () => ensureTool({ name: 'linkerd', version: inputs.linkerdVersion.raw, mirror: inputs.toolsMirror }));
    core.setOutput('linkerd-cli', cli);
  }
  const work = mkdtempSync(join(process.env['RUNNER_TEMP'] ?? tmpdir(), 'meshci-deploy-'));
  state.setTempDir(work);
  const installed: Installed[] = [];
  const started = new Date();
  const lock = await group('Take the deploy lock', () => takeDeployLock(cluster, inputs));
  try {
    await group(`Linkerd ${inputs.linkerdVersion.raw} (${plan.releases.map((r) => r.chart).join(', ')})`, async () => {
      for (const r of plan.releases) installed.push(await installRelease(helm, cluster, inputs, r, work));
    });
    if (inputs.app === 'dgraph') {
      await group(`Dgraph (${inputs.appRelease} in ${inputs.appNamespace})`, async () => {
        installed.push(await installRelease(helm, cluster, inputs, appRelease(inputs), work));
      });
    }
    const applied = await group('Mesh policy, routes and manifests', () => applyExtras(cluster, inputs, plan));
    await group('Lint: traffic Linkerd cannot balance', () => lintHeadless(cluster, inputs));
    const changed = installed.some((i) => i.changed) || applied.changed;
    core.setOutput('charts', JSON.stringify(Object.fromEntries(installed.map((i) => [i.release, `${i.chart}@${i.version}`]))));
    core.setOutput('namespaces', JSON.stringify([...new Set([inputs.namespace, ...installed.map((i) => i.namespace), inputs.appNamespace])]));
    core.setOutput('changed', String(changed));
    const pulls = await group('Image pull times (kubelet Pulled events)', () =>
      pullTimes(cluster, [...new Set(installed.map((i) => i.namespace).concat(inputs.appNamespace))]),
    );
    core.setOutput('pull-times', JSON.stringify(pulls));
    await summary(inputs, installed, applied.applied, pulls, Date.now() - started.getTime());
  } catch (e) {
    if (inputs.diagnosticsDir) {
      await diagnostics(cluster, inputs, [...new Set([inputs.namespace, inputs.appNamespace, ...installed.map((i) => i.namespace)])]).catch((d: unknown) =>
        core.warning(`diagnostics: ${getErrorMessage(d)}`),
      );
    }
    throw e;
  } finally {
    rmSync(work, { recursive: true, force: true });
    await lock.release();
  }
}

/**
 * A namespace this deploy needs and the cluster lacks is created with meshci's label, so teardown of
 * an existing cluster removes it (and leaves namespaces that were there before).
 */
async function ensureNamespace(cluster: Cluster, name: string): Promise<void> {
  if (await cluster.get({ apiVersion: 'v1', kind: 'Namespace', name })) return;
  await cluster.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { 'app.kubernetes.io/managed-by': 'meshci' } } } as KObject);
}

/**
 * A control plane that is already running keeps its trust anchor: every meshed proxy trusts only
 * the anchors it started with, so swapping the anchor on a re-deploy (a preview updated on each
 * push, with a freshly generated identity) would break mTLS until every pod restarted. Unless
 * identity-mode is replace, the cluster's identity is carried over and the given one is not used.
 */
async function keepIdentity(cluster: Cluster, inputs: Inputs): Promise<Inputs> {
  let current: Awaited<ReturnType<typeof readIdentityState>>;
  try {
    current = await readIdentityState(cluster, inputs.namespace);
  } catch (e) {
    // absence is a 404 of linkerd-config and nothing else: a read that failed otherwise (403, 5xx,
    // unreachable) or a half-present identity must never be taken for "not installed" — installing
    // the given identity over a running mesh would cut off every proxy
    if (e instanceof LinkerdNotInstalled) {
      core.info(`no Linkerd identity in namespace ${inputs.namespace} yet: installing the given one`);
      return inputs;
    }
    throw new Error(`cannot read the Linkerd identity already in namespace '${inputs.namespace}' (${getErrorMessage(e)}): refusing to install one over it`);
  }
  const fingerprints = (pem: string) =>
    parseBundle(pem)
      .map((c) => c.fingerprintSha256)
      .sort()
      .join(',');
  if (fingerprints(current.bundlePem) === fingerprints(inputs.trustAnchor.text)) {
    core.info('the cluster already trusts the given anchor');
    return inputs;
  }
  if (inputs.identityMode === 'replace') {
    core.warning(`identity-mode replace: Linkerd in ${inputs.namespace} gets a new trust anchor; meshed pods keep distrusting it until they restart`);
    return inputs;
  }
  core.info(
    `Linkerd in ${inputs.namespace} already has a different trust anchor (${current.bundleSource}): keeping the cluster's identity, not the given one (identity-mode keep; rotate with meshci/certs)`,
  );
  // the kept identity is checked as the given one was: an expired issuer is not re-deployed
  const kept = checkIdentity(
    {
      anchors: { text: current.bundlePem, source: current.bundleSource },
      issuer: { text: current.issuerPem, source: current.issuerSource },
      issuerKey: { text: current.issuerKeyPem, source: current.issuerSource },
    },
    { version: inputs.linkerdVersion, now: new Date(), minValidityMs: 0 },
  );
  const keptErrors = errorList(kept.checks);
  if (keptErrors)
    throw new Error(
      `the identity running in ${inputs.namespace} fails Linkerd's checks: ${keptErrors} — rotate it with meshci/certs (mode rotate-issuer / rotate-anchor) or deploy with identity-mode replace`,
    );
  return {
    ...inputs,
    trustAnchor: { text: current.bundlePem, source: current.bundleSource },
    issuer: { text: current.issuerPem, source: current.issuerSource },
    issuerKey: { text: current.issuerKeyPem, source: current.issuerSource.replace(/key \S+$/, 'key (issuer key)') },
  };
}

export async function post(): Promise<void> {
  if (state.tempDir) rmSync(state.tempDir, { recursive: true, force: true });
}

/** Images a chart names literally, with no value to point elsewhere: the cluster pulls them from the origin. */
function warnHardcoded(plan: ReturnType<typeof linkerdPlan>, entry: Awaited<ReturnType<typeof versionFacts>>, inputs: Inputs): void {
  for (const r of plan.releases) {
    const f = entry.charts[r.chart];
    const mapped = (inputs.helmValues['meshci'] as { images?: Record<string, string> } | undefined)?.images ?? {};
    // helm post-renders no hooks: a literal image in a hook stays at its origin whatever the map says
    const fixed = (f?.hardcoded ?? []).filter((i) => (inputs.cni || !f?.cniImages?.includes(i)) && (!mapped[i] || f?.hardcodedInHooks?.includes(i)));
    if (fixed.length)
      core.warning(
        `${r.chart} ${r.version} names ${fixed.join(', ')} in its templates, with no value to point elsewhere: the cluster pulls ${fixed.length === 1 ? 'it' : 'them'} from the origin (republish's helm-values map literal images for meshci's post-renderer, but helm post-renders no hooks; a registry mirror on the nodes covers ${fixed.length === 1 ? 'it' : 'them'})`,
      );
  }
}

/**
 * One deploy at a time per control plane: while this run holds the Lease, a release left pending by
 * another run has no live owner and is recovered (Helm.recoverPending) instead of blocking forever.
 */
async function takeDeployLock(cluster: Cluster, inputs: Inputs): Promise<Awaited<ReturnType<typeof acquireLease>>> {
  await ensureNamespace(cluster, inputs.namespace);
  return acquireLease(cluster, {
    namespace: inputs.namespace,
    name: DEPLOY_LEASE,
    holder: holderIdentity(process.env, hostname()),
    what: 'meshci deploy',
    durationSeconds: 30,
    log: actionsLogger,
  });
}

/** The Dgraph release the inputs describe. */
function appRelease(inputs: Inputs): Release {
  return dgraphRelease({
    release: inputs.appRelease,
    version: inputs.dgraphChartVersion,
    namespace: inputs.appNamespace,
    ...(inputs.dgraphChartRepo ? { repo: inputs.dgraphChartRepo } : {}),
  });
}

/** Headless Services in front of meshed pods on proxied ports: traffic Linkerd cannot balance. */
async function lintHeadless(cluster: Cluster, inputs: Inputs): Promise<void> {
  const findings = headlessLint(
    await cluster.list<KObject>('v1', 'Service', { namespace: inputs.appNamespace }),
    await cluster.list<KObject>('v1', 'Pod', { namespace: inputs.appNamespace }),
    inputs.namespace,
  );
  for (const f of findings) core.warning(f.message);
  if (!findings.length) core.info(`no headless Service in ${inputs.appNamespace} fronts meshed pods on proxied ports`);
}

/**
 * One release, idempotently: the full values (identity included) go into one 0600 values file —
 * nothing secret on the command line — and when the installed release already has the same chart
 * version and values, helm is not run at all.
 */
async function installRelease(helm: Helm, cluster: Cluster, inputs: Inputs, r: Release, work: string): Promise<Installed> {
  const values = await releaseValues(inputs, r, {
    current: () => helm.getValues(r.namespace, r.release),
    hasGatewayApi: async () =>
      !!(await cluster.get({ apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', name: 'grpcroutes.gateway.networking.k8s.io' })),
    hasHttpRoutes: async () =>
      !!(await cluster.get({ apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', name: 'httproutes.gateway.networking.k8s.io' })),
    note: (line) => core.info(line),
  });
  await ensureNamespace(cluster, r.namespaceObject?.name ?? r.namespace);
  if (r.namespaceObject) {
    // the chart would render this Namespace itself (installNamespace): meshci applies it, with the chart's metadata
    await cluster.apply({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: r.namespaceObject.name, labels: r.namespaceObject.labels, annotations: r.namespaceObject.annotations },
    } as KObject);
  }
  const recovered = await helm.recoverPending(r.namespace, r.release, inputs.timeoutMs);
  if (recovered) core.warning(recovered);
  const haFile = r.haValuesFile
    ? join(await helm.pull({ chart: r.chart, version: r.version, repo: r.repo, dir: join(work, 'charts') }), 'values-ha.yaml')
    : undefined;
  const effective = withHaValues(values, haFile);
  const current = await helm.getValues(r.namespace, r.release);
  const listed = current ? await helm.list(r.namespace, r.release) : undefined;
  if (current && listed && listed.chart === `${r.chart}-${r.version}` && listed.status === 'deployed' && sameValues(current, effective)) {
    core.info(`${r.release}: ${r.chart} ${r.version} already deployed with these values`);
    return { release: r.release, chart: r.chart, version: r.version, namespace: r.namespace, changed: false };
  }
  const file = join(work, `${r.release}.values.yaml`);
  writeFileSync(file, yaml.dump(values, { lineWidth: -1 }), { mode: 0o600 });
  // the chart's values-ha.yaml first, ours over it
  const valuesFiles = haFile ? [haFile, file] : [file];
  const t0 = Date.now();
  // images a chart names literally go to the mirror through the post-renderer (src/deploy/post-render.ts)
  const post = postRenderer(inputs.helmValues, { work, script: fileURLToPath(new URL('../post-render.js', import.meta.url)) });
  const res = await helm.install({
    release: r.release,
    chart: r.chart,
    version: r.version,
    repo: r.repo,
    namespace: r.namespace,
    createNamespace: true,
    valuesFiles,
    wait: true,
    timeoutMs: inputs.timeoutMs,
    ...(post ? { postRenderer: post } : {}),
  });
  rmSync(file, { force: true });
  core.info(
    `${r.release}: ${r.chart} ${r.version} ${current ? 'upgraded' : 'installed'} (revision ${res.revision ?? '?'}, ${res.status ?? 'unknown'}) in ${formatDuration(Date.now() - t0)}`,
  );
  return { release: r.release, chart: r.chart, version: r.version, namespace: r.namespace, changed: true };
}

async function applyExtras(cluster: Cluster, inputs: Inputs, plan: Plan): Promise<{ applied: string[]; changed: boolean }> {
  const objs: Manifest[] = [];
  const ns = inputs.appNamespace;
  if (inputs.manifests.length) {
    // user manifests are meshed through the namespace annotation
    objs.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns, annotations: { 'linkerd.io/inject': 'enabled' } } });
    for (const m of inputs.manifests) objs.push(...parseManifests(m.text, m.path));
  }
  // With no app and no manifests, the app namespace may not exist: nothing to protect there.
  const nsExists = inputs.app !== 'none' || inputs.manifests.length > 0 || !!(await cluster.get({ apiVersion: 'v1', kind: 'Namespace', name: ns }));
  if (inputs.networkPolicy && !nsExists) core.warning(`no NetworkPolicy: namespace '${ns}' does not exist and neither 'app' nor 'manifests' creates it`);
  if (inputs.networkPolicy && nsExists) {
    objs.push(meshOnlyNetworkPolicy({ name: 'meshci-mesh-only', namespace: ns, linkerdNamespace: inputs.namespace }) as Manifest);
  }
  if (inputs.authorization === 'all-authenticated' && nsExists) objs.push(allAuthenticatedNamespacePatch(ns) as Manifest);
  if (inputs.routes !== 'none') {
    const rpcs = rpcsFromProto(inputs.proto?.text ?? DGRAPH_API_PROTO, inputs.proto?.path ?? 'built-in Dgraph api.proto');
    const service = inputs.routeService ?? `${`${inputs.appRelease}-dgraph`.slice(0, 24)}-alpha`;
    // GRPCRoute where the version's CRDs serve it (2.16+), at the apiVersion they serve; else ServiceProfile
    const kind = inputs.routes === 'auto' ? (inputs.linkerdVersion.minor >= 16 && plan.grpcRouteVersion ? 'grpc-route' : 'service-profile') : inputs.routes;
    if (kind === 'service-profile') objs.push(serviceProfile(rpcs, { service, namespace: ns }) as Manifest);
    else objs.push(...(grpcRoutes(rpcs, { service, namespace: ns, port: inputs.routePort, apiVersion: plan.grpcRouteVersion ?? 'v1' }) as Manifest[]));
  }
  if (!objs.length) return { applied: [], changed: false };
  const r = await applyManifests(cluster, objs, { defaultNamespace: ns, timeoutMs: inputs.timeoutMs, log: actionsLogger });
  for (const a of r.applied) core.info(`applied ${a}`);
  for (const o of objs) {
    if (o.kind === 'Deployment' || o.kind === 'StatefulSet' || o.kind === 'DaemonSet') {
      await cluster.waitRollout(o.kind, o.metadata.namespace ?? ns, o.metadata.name, inputs.timeoutMs);
    } else if (o.kind === 'Job' && o.apiVersion === 'batch/v1') {
      await cluster.waitJob(o.metadata.namespace ?? ns, o.metadata.name, inputs.timeoutMs);
    }
  }
  return r;
}

async function pullTimes(cluster: Cluster, namespaces: string[]): Promise<ReturnType<typeof summarizePulls>> {
  const rows: PullRow[] = [];
  for (const ns of namespaces) {
    const events = await cluster.list<KObject>('v1', 'Event', { namespace: ns, fieldSelector: 'reason=Pulled' }).catch(() => []);
    for (const e of events) {
      const r = parsePullEvent(e as Parameters<typeof parsePullEvent>[0]);
      if (r) rows.push(r);
    }
  }
  const s = summarizePulls(rows);
  for (const p of s) core.info(`${p.image}: ${p.pulls} pull(s), slowest ${p.maxSeconds.toFixed(1)} s${p.cached ? `, ${p.cached} already on the node` : ''}`);
  return s;
}

async function summary(inputs: Inputs, installed: Installed[], applied: string[], pulls: ReturnType<typeof summarizePulls>, ms: number): Promise<void> {
  const s = core.summary
    .addHeading('meshci deploy', 2)
    .addRaw(`<p>Linkerd ${inputs.linkerdVersion.raw} and ${inputs.app === 'none' ? 'no app' : inputs.app} in ${formatDuration(ms)}.</p>`);
  s.addTable([
    ['release', 'chart', 'namespace', 'result'].map((h) => ({ data: h, header: true })),
    ...installed.map((i) => [
      { data: i.release },
      { data: `${i.chart} ${i.version}` },
      { data: i.namespace },
      { data: i.changed ? 'installed / upgraded' : 'unchanged' },
    ]),
  ]);
  if (applied.length) s.addHeading('Applied', 3).addList(applied);
  if (pulls.length) {
    s.addHeading('Image pulls (kubelet)', 3).addTable([
      ['image', 'pulls', 'slowest', 'total', 'cached'].map((h) => ({ data: h, header: true })),
      ...pulls.map((p) => [
        { data: `<code>${p.image}</code>` },
        { data: String(p.pulls) },
        { data: `${p.maxSeconds.toFixed(1)} s` },
        { data: `${p.totalSeconds.toFixed(1)} s` },
        { data: String(p.cached) },
      ]),
    ]);
  }
  await s.write();
}

/** On failure: events and pod states of the namespaces involved, as JSON files, for an artifact upload. */
async function diagnostics(cluster: Cluster, inputs: Inputs, namespaces: string[]): Promise<void> {
  const dir = inputs.diagnosticsDir as string;
  mkdirSync(dir, { recursive: true });
  for (const ns of namespaces) {
    const events = await cluster.list<KObject>('v1', 'Event', { namespace: ns }).catch(() => []);
    const pods = await cluster.list<KObject>('v1', 'Pod', { namespace: ns }).catch(() => []);
    writeFileSync(join(dir, `${ns}-events.json`), JSON.stringify(events, null, 1));
    writeFileSync(
      join(dir, `${ns}-pods.json`),
      JSON.stringify(
        pods.map((p) => ({ name: p.metadata?.name, status: p['status'] })),
        null,
        1,
      ),
    );
  }
  core.setOutput('diagnostics-dir', dir);
  core.info(`diagnostics written to ${dir}`);
}

function sameValues(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  return v;
}
