import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { Cluster } from '../../src/k8s/cluster.js';
import { silentLogger } from '../../src/lib/logger.js';
import { collect } from '../../src/verify/collect.js';
import { analyze } from '../../src/verify/judge.js';
import { defaultProbes } from '../../src/verify/expectations.js';
import { target, REAL_KUBECONFIG, type Target } from '../helpers/cluster-target.js';
import { installLinkerd } from '../helpers/linkerd-fixture.js';
import { meshDgraph, playNetwork } from '../helpers/mesh-network.js';

/**
 * verify's collection end to end: probe Jobs and the balancing Job created, watched, their logs
 * read and the Jobs removed; identity and pods read; then the analysis. Against the Kubernetes
 * double (the test plays Job controller, kubelet and network: mesh-network.ts), or, with
 * MESHCI_TEST_KUBECONFIG, against a real cluster where Linkerd and Dgraph were deployed by meshci
 * (e2e-kind.yml) — the same assertions, the real network deciding what connects.
 */
const DAY = 86_400_000;
let t: Target;
let cluster: Cluster;

beforeAll(async () => {
  t = await target();
  cluster = Cluster.connect({ kubeconfig: t.kubeconfig });
  if (t.server) {
    installLinkerd(t.server, { helm: true });
    meshDgraph(t.server);
    playNetwork(t.server);
  }
});
afterAll(async () => t.stop());

describe(`verify collection (${REAL_KUBECONFIG ? 'real cluster' : 'Kubernetes API double'})`, () => {
  it('the walkthrough: unmeshed blocked, meshed allowed (HTTP and gRPC), gRPC spread over every alpha, every Dgraph pod meshed', async () => {
    const linkerdBin = process.env['MESHCI_TEST_LINKERD'];
    const e = await collect({
      cluster,
      kubeconfig: t.kubeconfig,
      linkerdNamespace: 'linkerd',
      namespaces: ['dgraph'],
      probes: defaultProbes('dgraph-dgraph-alpha', 'dgraph'),
      probe: {
        namespace: 'meshci-probes-test',
        curlImage: 'curlimages/curl:8.11.1',
        connectTimeoutSeconds: 3,
        maxTimeSeconds: 10,
        nativeSidecar: false,
        retries: 3,
        timeoutMs: REAL_KUBECONFIG ? 300_000 : 10_000,
      },
      balance: { service: 'dgraph-dgraph-alpha', namespace: 'dgraph', port: 9080, path: '/api.Dgraph/CheckVersion', requests: 100 },
      linkerd: linkerdBin ? { bin: linkerdBin, waitSeconds: 120 } : { skip: 'no linkerd CLI in this test' },
      log: silentLogger,
    });
    const r = analyze(e, { minCertValidityMs: 7 * DAY, balanceMaxRatio: 3, failOnWarning: false });
    expect(r.matrix.map((m) => `${m.probe}: expected ${m.expected}, observed ${m.observed} (${m.detail})`)).toEqual(
      r.matrix.map((m) => `${m.probe}: expected ${m.expected}, observed ${m.expected} (${m.detail})`),
    );
    expect(r.matrix.every((m) => m.pass)).toBe(true);
    expect(r.findings.filter((f) => f.section === 'data-plane' && f.status === 'fail')).toEqual([]);
    expect(r.findings.filter((f) => f.section === 'identity' && f.status === 'fail')).toEqual([]);
    // every alpha got calls: the spread kube-proxy alone cannot give one connection
    expect(r.balance?.connections).toBe(1);
    expect(Object.values(r.balance?.shares ?? {}).length).toBe(3);
    expect(Object.values(r.balance?.shares ?? {}).every((x) => x > 0)).toBe(true);
    // mTLS seen by the meshed clients' own proxies
    expect(r.findings.filter((f) => f.section === 'mtls' && f.name.startsWith('meshed-')).map((f) => f.status)).toEqual(['pass', 'pass']);
    // nothing left behind
    expect(await cluster.list('batch/v1', 'Job', { namespace: 'meshci-probes-test' })).toEqual([]);
    expect(JSON.stringify(e)).not.toMatch(/PRIVATE KEY/);
  }, 600_000);
});
