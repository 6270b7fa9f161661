import { hostname } from 'node:os';
import * as core from '@actions/core';
import { ConfigurationError } from '../../lib/errors.js';
import { actionsLogger, maskSecret } from '../../runtime/log.js';
import { Cluster } from '../../k8s/cluster.js';
import type { CertInfo } from '../../certs/pem.js';
import type { CheckEntry, IdentityMaterial } from '../../certs/rules.js';
import { describe as describeCert, type CertSummary } from '../../certs/describe.js';
import { certClock } from '../../certs/generate.js';
import { acquireLease, holderIdentity } from '../../k8s/lease.js';
import { readIdentityState, listMeshedPods, parseBundle, type MeshedPod } from '../../linkerd/identity-cluster.js';
import { applierFor } from '../../linkerd/identity-apply.js';
import { Rotation, ROTATION_LEASE } from '../../linkerd/rotation.js';
import type { Inputs } from './inputs.js';
import { loadAnchorVault } from '../../azure/lazy.js';
import { githubIdToken } from '../../runtime/oidc.js';
import { runChecks, setCertOutputs, writeSummary, failOnErrors } from './report.js';
import * as state from '../../runtime/state.js';
import { group } from '../../runtime/group.js';

/** The certs action's cluster modes: reading for `check`, and the rotation procedure (src/linkerd/rotation.ts) for the rotate modes. */

export async function readClusterIdentity(inputs: Inputs): Promise<{ material: IdentityMaterial; extra: CheckEntry[] }> {
  const cluster = Cluster.connect({ kubeconfig: inputs.kubeconfig, input: 'kubeconfig', log: actionsLogger });
  await cluster.serverVersion(); // unreachable or forbidden: fail here, in seconds, naming the server
  const st = await readIdentityState(cluster, inputs.namespace);
  core.info(`trust bundle from ${st.bundleSource}; issuer from ${st.issuerSource}${st.helm ? `; Helm release ${st.helm.release}` : ''}`);
  const extra: CheckEntry[] = [];
  let anchors: CertInfo[] | undefined;
  try {
    anchors = parseBundle(st.bundlePem);
  } catch {
    // a malformed bundle is reported by the identity checks themselves
  }
  if (anchors) {
    // a list that fails is a failed check, never a silently dropped one
    const pods = await listMeshedPods(cluster, inputs.namespace).catch((e: unknown) => e as Error);
    extra.push(
      pods instanceof Error
        ? {
            category: 'linkerd-identity-data-plane',
            description: 'data plane proxies certificate match CA',
            result: 'error',
            error: `cannot tell which pods trust which anchor: ${pods.message}`,
          }
        : dataPlaneCheck(pods, anchors, inputs.namespace),
    );
  }
  return {
    material: {
      anchors: { text: st.bundlePem, source: st.bundleSource },
      issuer: { text: st.issuerPem, source: st.issuerSource },
      issuerKey: { text: st.issuerKeyPem, source: `Secret ${inputs.namespace}/linkerd-identity-issuer key` },
    },
    extra,
  };
}

/** `linkerd check --proxy`'s "data plane proxies certificate match CA" (warning), by anchor identity. */
export function dataPlaneCheck(pods: MeshedPod[], anchors: CertInfo[], cpNs: string): CheckEntry {
  const want = new Set(anchors.map((a) => a.fingerprintSha256));
  const stale = pods.filter(
    (p) => p.namespace !== cpNs && !p.byReference && !(p.anchors && p.anchors.length === want.size && p.anchors.every((a) => want.has(a.fingerprintSha256))),
  );
  const entry: CheckEntry = { category: 'linkerd-identity-data-plane', description: 'data plane proxies certificate match CA', result: 'success' };
  if (stale.length === 0) return entry;
  return {
    ...entry,
    result: 'warning',
    hint: 'https://linkerd.io/2/checks/#l5d-identity-data-plane-proxies-certs-match-ca',
    error: `Some pods do not have the current trust bundle and must be restarted:\n${stale.map((p) => `\t* ${p.namespace}/${p.name}`).join('\n')}`,
  };
}

export async function rotate(inputs: Inputs): Promise<void> {
  const cluster = Cluster.connect({ kubeconfig: inputs.kubeconfig, input: 'kubeconfig', log: actionsLogger });
  await cluster.serverVersion();
  // one rotation at a time: taken before the identity is read, so the state this run works from is
  // the one no other run is changing (a second run is refused, naming the holder and the expiry)
  const lease = await group('Take the rotation lock', () =>
    acquireLease(cluster, {
      namespace: inputs.namespace,
      name: ROTATION_LEASE,
      holder: holderIdentity(process.env, hostname()),
      what: 'meshci certs rotation',
      log: actionsLogger,
    }),
  );
  try {
    await rotateLocked(inputs, cluster);
  } finally {
    await lease.release();
  }
}

async function rotateLocked(inputs: Inputs, cluster: Cluster): Promise<void> {
  const now = certClock();
  const st = await group('Read identity from the cluster', async () => {
    const s = await readIdentityState(cluster, inputs.namespace);
    core.info(`trust bundle: ${s.bundleSource}`);
    core.info(`issuer: ${s.issuerSource} (scheme ${s.scheme})`);
    return s;
  });
  const before = await group('Check the current identity', async () =>
    runChecks(inputs, { anchors: { text: st.bundlePem, source: st.bundleSource }, issuer: { text: st.issuerPem, source: st.issuerSource } }, now),
  );
  if (before.anchors.length === 0 || !before.issuer) failOnErrors(before);
  const expired = before.anchors.filter((a) => a.notAfter.getTime() < now.getTime());
  if (expired.length === before.anchors.length) {
    throw new ConfigurationError(
      'every trust anchor in the cluster has expired: rotation cannot be zero-downtime. Replace anchor and issuer together (linkerd upgrade ' +
        '--identity-trust-anchors-file … --identity-issuer-certificate-file … --force) and restart all meshed workloads (https://linkerd.io/2.14/tasks/replacing_expired_certificates/)',
    );
  }
  const applier = applierFor(cluster, st, {
    kubeconfig: inputs.kubeconfig,
    helmRepo: inputs.helmRepo,
    tempRoot: process.env['RUNNER_TEMP'],
    timeoutMs: inputs.timeoutMs,
    log: actionsLogger,
    onTempDir: (d) => state.setTempDir(d),
  });
  core.info(`changes go through ${applier.how}`);
  const vault = inputs.keyVault ? await loadAnchorVault(inputs.keyVault.url, inputs.keyVault.secret, githubIdToken) : undefined;
  const rotation = new Rotation(
    { ...inputs, mode: inputs.mode === 'rotate-issuer' ? 'rotate-issuer' : 'rotate-anchor' },
    { cluster, state: st, applier, vault, log: actionsLogger, mask: maskSecret, now },
    { anchors: before.anchors, issuer: before.issuer! },
  );
  try {
    await rotation.run();
  } finally {
    core.setOutput('rotated', String(rotation.changed));
    // the phase that ran, done or not: a failed finalize is not "none" (rotated says whether it changed anything)
    if (inputs.mode === 'rotate-anchor') core.setOutput('phase', rotation.phase);
  }

  // Report the cluster as it is now.
  const after = await readIdentityState(cluster, inputs.namespace);
  const pods = await listMeshedPods(cluster, inputs.namespace);
  const extra = [dataPlaneCheck(pods, parseBundle(after.bundlePem), inputs.namespace)];
  const report = await group('Check the identity after the change', async () =>
    runChecks(
      inputs,
      { anchors: { text: after.bundlePem, source: after.bundleSource }, issuer: { text: after.issuerPem, source: after.issuerSource } },
      new Date(),
      extra,
    ),
  );
  const certs: CertSummary[] = [
    ...report.anchors.map((a) => describeCert('trust-anchor', a, now)),
    ...(report.issuer ? [describeCert('issuer', report.issuer, now)] : []),
  ];
  if (report.issuer && report.anchors[0]) setCertOutputs(report.anchors[0], report.issuer, certs, report);
  await writeSummary(inputs.mode === 'rotate-issuer' ? 'rotate-issuer' : `rotate-anchor (${rotation.phase})`, certs, report, (s) => {
    s.addHeading('What was done', 3).addList(rotation.steps.length ? rotation.steps : ['nothing: the cluster was already in the requested state']);
  });
  failOnErrors(report);
}
