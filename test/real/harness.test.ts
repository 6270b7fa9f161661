import { describe, it, expect } from 'vitest';
import { connect } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cluster } from '../../src/k8s/cluster.js';
import { ClusterError } from '../../src/lib/errors.js';
import { PINS } from '../kube/build.js';
import { kubectl, kubectlJson, realCluster, serviceAccountKubeconfig } from '../helpers/real-cluster.js';

/**
 * The local cluster is what the rest of test/real relies on: the real API server at the pinned
 * release, RBAC on, controllers and scheduler running, kwok's nodes making pods Ready and Job pods
 * Succeeded, and no packet leaving the namespace.
 */
const state = realCluster();
const why = 'missing' in state ? state.missing : '';

describe.skipIf(!!why)(`the local Kubernetes${why ? ` (skipped: ${why})` : ''}`, () => {
  const cluster = () => Cluster.connect({ kubeconfig: (state as { kubeconfig: string }).kubeconfig });

  it('serves the pinned release, stamped (not v0.0.0-master)', async () => {
    const v = await cluster().serverVersion();
    expect(v.gitVersion).toBe(PINS.kubernetes);
    expect(v.major).toBe(1);
    expect(v.minor).toBe(Number(PINS.kubernetes.split('.')[1]));
  });

  it('has three Ready kwok nodes', () => {
    const nodes = kubectlJson<{ items: any[] }>(['get', 'nodes']).items;
    expect(nodes.map((n) => n.metadata.name).sort()).toEqual(['kwok-node-0', 'kwok-node-1', 'kwok-node-2']);
    for (const n of nodes) expect(n.status.conditions.find((c: any) => c.type === 'Ready')?.status).toBe('True');
  });

  it('rolls a Deployment out through the real controllers and scheduler, and completes a Job', async () => {
    const ns = `harness-${Date.now().toString(36)}`;
    kubectl(['create', 'namespace', ns]);
    try {
      kubectl(['-n', ns, 'create', 'deployment', 'web', '--image=registry.invalid/web:1', '--replicas=2']);
      await cluster().waitRollout('Deployment', ns, 'web', 60_000);
      const pods = kubectlJson<{ items: any[] }>(['-n', ns, 'get', 'pods', '-l', 'app=web']).items;
      expect(pods).toHaveLength(2);
      for (const p of pods) {
        expect(p.spec.nodeName).toMatch(/^kwok-node-\d$/);
        expect(p.status.phase).toBe('Running');
        expect(p.status.podIP).toMatch(/^10\.0\./);
      }
      expect(kubectlJson<{ items: any[] }>(['-n', ns, 'get', 'replicasets']).items).toHaveLength(1);
      kubectl(['-n', ns, 'create', 'job', 'once', '--image=registry.invalid/job:1']);
      await cluster().waitJob(ns, 'once', 60_000);
    } finally {
      kubectl(['delete', 'namespace', ns, '--wait=false']);
    }
  });

  it('binds a claim without a storage class to one of its PersistentVolumes (charts that claim volumes install)', async () => {
    const ns = `harness-pvc-${Date.now().toString(36)}`;
    kubectl(['create', 'namespace', ns]);
    try {
      kubectl(
        ['-n', ns, 'apply', '-f', '-'],
        JSON.stringify({
          apiVersion: 'v1',
          kind: 'PersistentVolumeClaim',
          metadata: { name: 'data' },
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '32Gi' } } },
        }),
      );
      kubectl(['-n', ns, 'wait', '--for=jsonpath={.status.phase}=Bound', 'pvc/data', '--timeout=60s']);
      expect(kubectlJson<any>(['-n', ns, 'get', 'pvc', 'data']).spec.volumeName).toMatch(/^local-pv-\d+$/);
    } finally {
      kubectl(['delete', 'namespace', ns, '--wait=false']);
    }
  });

  it('enforces RBAC: a ServiceAccount with no binding is refused, and meshci names verb, resource and server', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rbac-'));
    const kc = serviceAccountKubeconfig({ namespace: 'harness-rbac', name: 'nobody', dir });
    const c = Cluster.connect({ kubeconfig: kc });
    const e = await c.list('v1', 'Secret', { namespace: 'kube-system' }).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(ClusterError);
    expect(String((e as Error).message)).toMatch(/list.*secrets?.*kube-system/i);
    expect(String((e as Error).message)).toMatch(/403|forbidden/i);
    kubectl(['delete', 'namespace', 'harness-rbac', '--wait=false']);
  });

  it('lets no packet out: Service and pod addresses are unreachable at once', async () => {
    const svc = kubectlJson<any>(['-n', 'default', 'get', 'service', 'kubernetes']);
    const t0 = Date.now();
    const err = await new Promise<NodeJS.ErrnoException>((resolve) => {
      const s = connect({ host: svc.spec.clusterIP, port: 443 });
      s.on('connect', () => resolve(Object.assign(new Error('connected'), { code: 'CONNECTED' })));
      s.on('error', resolve);
    });
    expect(err.code).toBe('ENETUNREACH');
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});
