import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { KubeServer } from '../helpers/kube-server.js';
import { Cluster } from '../../src/k8s/cluster.js';
import { silentLogger } from '../../src/lib/log.js';
import { runProbes } from '../../src/verify/probes.js';
import { defaultProbes } from '../../src/verify/expectations.js';

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
    s.put({ apiVersion: 'v1', kind: 'Pod', metadata: { name: pod, namespace: obj.metadata.namespace, labels: { 'job-name': obj.metadata.name } }, spec: { containers: [] } });
    const lines = script.get(probe) ?? [];
    s.podLogs.set(`${obj.metadata.namespace}/${pod}`, (lines.shift() ?? '') + '\n');
    s.put({ ...obj, status: { succeeded: 1, conditions: [{ type: 'Complete', status: 'True' }] } });
  });
});
afterEach(async () => s.stop());

const http = (probe: string, code: string, rc = 0) => `{"probe":"${probe}","rc":${rc},"status":"${code}","body":"","error":"${rc ? 'Connection timed out' : ''}"}`;
const grpc = (probe: string, rc: number, body: string) => `{"probe":"${probe}","rc":${rc},"body":"${body}"}`;
const opts = { namespace: 'meshci-probes', curlImage: 'curl', grpcurlImage: 'grpcurl', connectTimeoutSeconds: 3, maxTimeSeconds: 5, nativeSidecar: false, retries: 2, timeoutMs: 10_000, log: silentLogger };

describe('probe orchestration', () => {
  it('the article: unmeshed blocked, meshed allowed (after one retry), all jobs removed', async () => {
    script.set('unmeshed-http', [http('unmeshed-http', '000', 28)]);
    script.set('unmeshed-grpc', [grpc('unmeshed-grpc', 1, 'Failed to dial target host: context deadline exceeded')]);
    script.set('meshed-http', [http('meshed-http', '000', 7), http('meshed-http', '200')]);
    script.set('meshed-grpc', [grpc('meshed-grpc', 0, '{ tag: v25.3.1 }')]);
    const r = await runProbes(c, defaultProbes('dgraph-dgraph-alpha', 'dgraph'), opts);
    expect(r.map((x) => [x.probe.name, x.observed, x.pass, x.attempts])).toEqual([
      ['unmeshed-http', 'blocked', true, 1],
      ['unmeshed-grpc', 'blocked', true, 1],
      ['meshed-http', 'allowed', true, 2],
      ['meshed-grpc', 'allowed', true, 1],
    ]);
    expect(s.list('batch/v1', 'Job', 'meshci-probes')).toEqual([]);
  });

  it('a blocked expectation that connects fails at once and is never retried into a pass', async () => {
    script.set('unmeshed-http', [http('unmeshed-http', '200'), http('unmeshed-http', '000', 28)]);
    const r = await runProbes(c, defaultProbes('dgraph-dgraph-alpha', 'dgraph').slice(0, 1), opts);
    expect(r[0]).toMatchObject({ observed: 'allowed', pass: false, attempts: 1, detail: 'HTTP 200' });
  });

  it('an allowed probe that never connects fails after its retries', async () => {
    script.set('meshed-http', [http('meshed-http', '000', 7), http('meshed-http', '000', 7), http('meshed-http', '000', 7)]);
    const r = await runProbes(c, [defaultProbes('d', 'n')[2]!], opts);
    expect(r[0]).toMatchObject({ observed: 'blocked', pass: false, attempts: 3 });
  });

  it('cleans up the jobs even when a probe cannot be read', async () => {
    s.forbid('get', 'pods');
    await expect(runProbes(c, [defaultProbes('d', 'n')[0]!], opts)).rejects.toThrow(/Kubernetes API get log of pod\/.* failed \(HTTP 403\)/);
    expect(s.list('batch/v1', 'Job', 'meshci-probes')).toEqual([]);
  });
});
