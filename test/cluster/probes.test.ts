import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { KubeServer } from '../helpers/kube-server.js';
import { Cluster } from '../../src/k8s/cluster.js';
import { silentLogger } from '../../src/lib/logger.js';
import { runProbes } from '../../src/verify/probes.js';
import { defaultProbes } from '../../src/verify/expectations.js';
import { probeLog, proxyMetrics, grpcAnswer, DROPPED, REFUSED, HEALTHY_BODY, ALPHA } from '../helpers/verify-evidence.js';

/**
 * Probe orchestration against the Kubernetes double: Jobs created, watched to completion, logs
 * read, deleted afterwards (also on failure). The test plays the Job controller and kubelet: for
 * each Job it makes a pod whose log is the probe's result line, scripted per probe and attempt.
 */
let s: KubeServer;
let c: Cluster;
const script = new Map<string, string[]>();

beforeEach(async () => {
  s = await new KubeServer().start();
  c = Cluster.connect({ kubeconfig: s.kubeconfig() });
  script.clear();
  let n = 0;
  s.onChange((type, obj) => {
    if (obj.kind !== 'Job' || type !== 'ADDED') return;
    const probe = obj.metadata.labels['meshci.io/probe'] as string;
    const pod = `${obj.metadata.name}-${(n++).toString(36)}`;
    s.put({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: pod, namespace: obj.metadata.namespace, labels: { 'job-name': obj.metadata.name } },
      spec: { containers: [] },
    });
    const lines = script.get(probe) ?? [];
    s.podLogs.set(`${obj.metadata.namespace}/${pod}`, (lines.shift() ?? '') + '\n');
    s.put({ ...obj, status: { succeeded: 1, conditions: [{ type: 'Complete', status: 'True' }] } });
  });
});
afterEach(async () => s.stop());

const P = Object.fromEntries(defaultProbes('dgraph-dgraph-alpha', 'dgraph').map((p) => [p.name, p]));
const METRICS = proxyMetrics([{ authority: `${ALPHA}:8080`, pod: 'dgraph-dgraph-alpha-0', ip: '10.244.1.10', port: 8080, requests: 1 }]);
/** What the probe script prints (verify-evidence.ts: the real script's format), as one log. */
const http = (probe: string, code: string, rc = 0) =>
  probeLog(P[probe]!, rc === 28 ? DROPPED : rc ? REFUSED : { code, body: HEALTHY_BODY, metrics: METRICS }).trimEnd();
const grpc = (probe: string, tag?: string) => probeLog(P[probe]!, tag ? grpcAnswer(tag) : DROPPED).trimEnd();
const opts = {
  namespace: 'meshci-probes',
  curlImage: 'curl',
  connectTimeoutSeconds: 3,
  maxTimeSeconds: 5,
  nativeSidecar: false,
  retries: 2,
  timeoutMs: 10_000,
  log: silentLogger,
};

describe('probe orchestration', () => {
  it('the walkthrough: unmeshed blocked, meshed allowed (after one retry), all jobs removed', async () => {
    script.set('unmeshed-http', [http('unmeshed-http', '000', 28)]);
    script.set('unmeshed-grpc', [grpc('unmeshed-grpc')]);
    script.set('meshed-http', [http('meshed-http', '000', 7), http('meshed-http', '200')]);
    script.set('meshed-grpc', [grpc('meshed-grpc', 'v25.3.1')]);
    const r = await runProbes(c, defaultProbes('dgraph-dgraph-alpha', 'dgraph'), opts);
    expect(r.map((x) => [x.probe.name, x.judgement.observed, x.judgement.pass, x.judgement.attempts])).toEqual([
      ['unmeshed-http', 'blocked', true, 1],
      ['unmeshed-grpc', 'blocked', true, 1],
      ['meshed-http', 'allowed', true, 2],
      ['meshed-grpc', 'allowed', true, 1],
    ]);
    expect(s.list('batch/v1', 'Job', 'meshci-probes')).toEqual([]);
    // the raw logs are kept as evidence, one per attempt
    expect(r[2]!.attempts.map((a) => a.log.trim())).toEqual([http('meshed-http', '000', 7), http('meshed-http', '200')]);
  });

  it('a blocked expectation that connects fails at once and is never retried into a pass', async () => {
    script.set('unmeshed-http', [http('unmeshed-http', '200'), http('unmeshed-http', '000', 28)]);
    const r = await runProbes(c, defaultProbes('dgraph-dgraph-alpha', 'dgraph').slice(0, 1), opts);
    expect(r[0]!.judgement).toMatchObject({ observed: 'allowed', pass: false, attempts: 1, detail: 'HTTP 200' });
  });

  it('an allowed probe that never connects fails after its retries', async () => {
    script.set('meshed-http', [http('meshed-http', '000', 7), http('meshed-http', '000', 7), http('meshed-http', '000', 7)]);
    const r = await runProbes(c, [defaultProbes('d', 'n')[2]!], opts);
    expect(r[0]!.judgement).toMatchObject({ observed: 'blocked', pass: false, attempts: 3 });
  });

  it('cleans up the jobs even when a probe cannot be read, and says why in the result', async () => {
    s.forbid('get', 'pods');
    const r = await runProbes(c, [defaultProbes('d', 'n')[0]!], opts);
    expect(r[0]!.judgement).toMatchObject({ observed: 'unknown', pass: false });
    expect(r[0]!.judgement.detail).toMatch(/Kubernetes API get log of pod\/.* failed \(HTTP 403\)/);
    expect(s.list('batch/v1', 'Job', 'meshci-probes')).toEqual([]);
  });

  it("a Job that never completes (image pull failing) is reported with the pod's reason, not a hang", async () => {
    s.onChange((type, obj) => {
      if (obj.kind === 'Pod' && type === 'ADDED' && obj.metadata.name.startsWith('meshci-probe-stuck')) {
        s.put({
          ...obj,
          status: {
            phase: 'Pending',
            containerStatuses: [
              { name: 'probe', image: 'curlimages/curl:nope', state: { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image' } } },
            ],
          },
        });
      }
    });
    script.set('stuck', []);
    const stuck = { ...defaultProbes('d', 'n')[0]!, name: 'stuck' };
    // the test's Job controller completes Jobs; this one it leaves running
    s.onChange((type, obj) => {
      if (obj.kind === 'Job' && obj.metadata.name === 'meshci-probe-stuck' && obj.status?.succeeded) s.put({ ...obj, status: { active: 1 } });
    });
    const r = await runProbes(c, [stuck], { ...opts, timeoutMs: 300 });
    expect(r[0]!.judgement.observed).toBe('unknown');
    expect(r[0]!.judgement.detail).toMatch(
      /not complete after .*; pod meshci-probe-stuck-\w+: probe ImagePullBackOff: Back-off pulling image \(curlimages\/curl:nope\)/,
    );
    expect(s.list('batch/v1', 'Job', 'meshci-probes')).toEqual([]);
  });
});
