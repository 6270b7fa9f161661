import type { KubeServer } from './kube-server.js';
import { probeLog, balanceLog, grpcAnswer, HEALTHY_BODY, DROPPED, proxyMetrics, ALPHA, VERSION } from './verify-evidence.js';
import { defaultProbes } from '../../src/verify/expectations.js';

/**
 * Dgraph meshed in the Kubernetes double, and the test playing the Job controller, the kubelet and
 * the network for verify's client Jobs: an unmeshed client's connection is dropped while the
 * mesh-only policy is on, a meshed client gets Dgraph's answers and its proxy's counters, the
 * balancing client's proxy reports the spread it is told. What the probes print is what their
 * scripts print (probe-jobs.ts); the verdicts are meshci's.
 */
export interface MeshNetwork {
  policy: 'mesh-only' | 'open';
  balanceSpread: number[];
}

export function meshDgraph(s: KubeServer): void {
  s.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dgraph' } });
  s.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'linkerd-viz', labels: { 'linkerd.io/extension': 'viz' } } });
  s.put({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'dgraph-dgraph-alpha', namespace: 'dgraph' },
    spec: { selector: { app: 'dgraph', component: 'alpha' }, ports: [{ name: 'grpc-alpha', port: 9080 }] },
  });
  for (const c of ['alpha', 'zero']) {
    for (let i = 0; i < 3; i++) {
      s.put({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          name: `dgraph-dgraph-${c}-${i}`,
          namespace: 'dgraph',
          labels: { app: 'dgraph', component: c, 'linkerd.io/control-plane-ns': 'linkerd', 'linkerd.io/proxy-statefulset': `dgraph-dgraph-${c}` },
          annotations: { 'linkerd.io/proxy-version': VERSION, 'linkerd.io/inject': 'enabled' },
          ownerReferences: [{ kind: 'StatefulSet', name: `dgraph-dgraph-${c}`, apiVersion: 'apps/v1', uid: 'u' }],
        },
        spec: {
          initContainers: [{ name: 'linkerd-init', image: 'proxy-init' }],
          containers: [
            { name: 'linkerd-proxy', image: 'proxy' },
            { name: c, image: 'dgraph/dgraph:v24.1.1' },
          ],
        },
        status: {
          phase: 'Running',
          podIP: `10.244.1.${10 + i + (c === 'zero' ? 20 : 0)}`,
          conditions: [{ type: 'Ready', status: 'True' }],
          initContainerStatuses: [{ name: 'linkerd-init', ready: false, restartCount: 0, state: { terminated: { reason: 'Completed', exitCode: 0 } } }],
          containerStatuses: [
            { name: 'linkerd-proxy', ready: true, restartCount: 0, state: { running: {} } },
            { name: c, ready: true, restartCount: 0, state: { running: {} } },
          ],
        },
      });
    }
  }
}

export function playNetwork(s: KubeServer): MeshNetwork {
  const net: MeshNetwork = { policy: 'mesh-only', balanceSpread: [34, 31, 35] };
  const probes = defaultProbes('dgraph-dgraph-alpha', 'dgraph');
  let seq = 0;
  s.onChange((type, obj) => {
    if (obj.kind !== 'Job' || type !== 'ADDED') return;
    const name = obj.metadata.name as string;
    const meshed = obj.spec.template.metadata.annotations['linkerd.io/inject'] === 'enabled';
    let log: string;
    if (name === 'meshci-balance') log = balanceLog(net.balanceSpread);
    else {
      const p = probes.find((x) => `meshci-probe-${x.name}` === name);
      if (!p) return;
      const open = meshed || net.policy === 'open';
      const port = p.protocol === 'http' ? 8080 : 9080;
      const metrics = meshed
        ? proxyMetrics([{ authority: `${ALPHA}:${port}`, pod: 'dgraph-dgraph-alpha-0', ip: '10.244.1.10', port, requests: 1, grpc: p.protocol === 'grpc' }])
        : undefined;
      if (!open) log = probeLog(p, DROPPED);
      else log = probeLog(p, p.protocol === 'http' ? { body: HEALTHY_BODY, metrics } : grpcAnswer('v24.1.1', { metrics }));
    }
    const pod = `${name}-${(seq++).toString(36)}`;
    s.put({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: pod, namespace: obj.metadata.namespace, labels: { 'job-name': name } },
      spec: { containers: [{ name: 'probe' }] },
      status: { phase: 'Succeeded' },
    });
    s.podLogs.set(`${obj.metadata.namespace}/${pod}`, log);
    s.put({ ...obj, status: { succeeded: 1, conditions: [{ type: 'Complete', status: 'True' }] } });
  });
  return net;
}
