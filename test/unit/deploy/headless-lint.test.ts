import { describe, it, expect } from 'vitest';
import { headlessLint, type PodLike } from '../../../src/deploy/headless-lint.js';

// Shapes of the dgraph chart's Services and meshed pods (docs/reference/dgraph.md#ports-and-services).
const pod = (name: string, component: string, skip?: string): PodLike => ({
  metadata: {
    name,
    labels: { app: 'dgraph', component, 'linkerd.io/control-plane-ns': 'linkerd' },
    annotations: skip ? { 'config.linkerd.io/skip-inbound-ports': skip } : {},
  } as PodLike['metadata'],
});
const svc = (name: string, component: string, clusterIP: string, ports: number[]) => ({
  metadata: { name, namespace: 'dgraph' },
  spec: { clusterIP, selector: { app: 'dgraph', component }, ports: ports.map((p) => ({ port: p, targetPort: p })) },
});

describe('headless Service lint', () => {
  it('is quiet for the Dgraph chart when the cluster ports are skipped, as meshci configures it', () => {
    const pods = [pod('dgraph-dgraph-alpha-0', 'alpha', '7080'), pod('dgraph-dgraph-zero-0', 'zero', '5080')];
    const services = [
      svc('dgraph-dgraph-alpha', 'alpha', '10.0.0.5', [8080, 9080]),
      svc('dgraph-dgraph-alpha-headless', 'alpha', 'None', [7080]),
      svc('dgraph-dgraph-zero-headless', 'zero', 'None', [5080]),
    ];
    expect(headlessLint(services, pods, 'linkerd')).toEqual([]);
  });

  it('flags a headless Service on a proxied port of meshed pods', () => {
    const pods = [pod('dgraph-dgraph-alpha-0', 'alpha'), pod('dgraph-dgraph-alpha-1', 'alpha')];
    const f = headlessLint([svc('dgraph-dgraph-alpha-headless', 'alpha', 'None', [7080])], pods, 'linkerd');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ service: 'dgraph/dgraph-dgraph-alpha-headless', ports: [7080], pods: 2 });
    expect(f[0]!.message).toMatch(/not load-balanced by Linkerd/);
  });

  it('ignores unmeshed pods and ClusterIP Services', () => {
    const unmeshed = [{ metadata: { name: 'x', labels: { app: 'dgraph', component: 'alpha' } } }];
    expect(headlessLint([svc('h', 'alpha', 'None', [7080])], unmeshed, 'linkerd')).toEqual([]);
    expect(headlessLint([svc('c', 'alpha', '10.0.0.9', [9080])], [pod('p', 'alpha')], 'linkerd')).toEqual([]);
  });
});
