import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { Cluster, rolloutState, type KObject } from '../../src/k8s/cluster.js';
import { ClusterError } from '../../src/lib/errors.js';
import { useCluster, uniqueName, REAL_KUBECONFIG } from '../helpers/cluster-target.js';
import { KubeServer } from '../helpers/kube-server.js';

const NS = process.env['MESHCI_TEST_NAMESPACE'] ?? 'default';

const env = useCluster();
describe(`cluster layer (${env.where})`, () => {
  let c: Cluster;
  beforeAll(() => {
    c = env.cluster;
  });

  it('get of a missing object is undefined, not an error', async () => {
    expect(await c.get({ apiVersion: 'v1', kind: 'ConfigMap', namespace: NS, name: uniqueName('missing') })).toBeUndefined();
  });

  it('server-side applies with field manager meshci, then merge-patches, lists by label and deletes', async () => {
    const name = uniqueName('meshci-cm');
    const created = await c.apply<KObject>({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name, namespace: NS, labels: { 'meshci.io/test': name } },
      data: { a: '1' },
    });
    expect((created as { data?: Record<string, string> }).data).toEqual({ a: '1' });
    expect(JSON.stringify(created.metadata?.managedFields ?? [])).toContain('"manager":"meshci"');
    const patched = await c.mergePatch<KObject>({ apiVersion: 'v1', kind: 'ConfigMap', namespace: NS, name }, { data: { b: '2' } });
    expect(patched['data']).toEqual({ a: '1', b: '2' });
    const listed = await c.list('v1', 'ConfigMap', { namespace: NS, labelSelector: `meshci.io/test=${name}` });
    expect(listed.map((o) => o.metadata?.name)).toEqual([name]);
    expect(await c.delete({ apiVersion: 'v1', kind: 'ConfigMap', namespace: NS, name })).toBe(true);
    expect(await c.delete({ apiVersion: 'v1', kind: 'ConfigMap', namespace: NS, name })).toBe(false);
  });

  it('a watch from a list resourceVersion sees a change made after the list', async () => {
    const name = uniqueName('meshci-watch');
    const before = await c.apply<KObject>({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: NS }, data: { v: '1' } });
    const seen = c.watch<KObject, string>(
      { apiVersion: 'v1', kind: 'ConfigMap' },
      { namespace: NS, fieldSelector: `metadata.name=${name}`, resourceVersion: before.metadata?.resourceVersion, timeoutMs: 20_000 },
      (ev) => ((ev.object['data'] as Record<string, string>)?.['v'] === '2' ? ev.type : undefined),
    );
    await c.mergePatch({ apiVersion: 'v1', kind: 'ConfigMap', namespace: NS, name }, { data: { v: '2' } });
    expect(await seen).toBe('MODIFIED');
    await c.delete({ apiVersion: 'v1', kind: 'ConfigMap', namespace: NS, name });
  });

  it('a watch that sees nothing gives up at its timeout', async () => {
    const r = await c.watch(
      { apiVersion: 'v1', kind: 'ConfigMap' },
      { namespace: NS, fieldSelector: `metadata.name=${uniqueName('never')}`, timeoutMs: 1500 },
      () => true,
    );
    expect(r).toBeUndefined();
  });

  it('create reports an existing object as 409 AlreadyExists', async () => {
    const name = uniqueName('meshci-create');
    await c.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: NS }, data: { a: '1' } });
    await expect(c.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: NS }, data: { a: '2' } })).rejects.toThrow(
      new RegExp(`^Kubernetes API create configmap/${name} in namespace ${NS} failed \\(HTTP 409\\): configmaps "${name}" already exists`),
    );
    await c.delete({ apiVersion: 'v1', kind: 'ConfigMap', namespace: NS, name });
  });

  it('errors name the verb and the resource', async () => {
    const err = await c
      .mergePatch({ apiVersion: 'v1', kind: 'Secret', namespace: NS, name: uniqueName('meshci-absent') }, { data: {} })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ClusterError);
    expect(String((err as Error).message)).toMatch(
      /^Kubernetes API patch secret\/meshci-absent-\S+ in namespace \S+ failed \(HTTP 404\): secrets "meshci-absent-\S+" not found/,
    );
  });
});

describe.runIf(!REAL_KUBECONFIG)('cluster layer, scripted server (double only)', () => {
  let s: KubeServer;
  let c: Cluster;
  beforeAll(async () => {
    s = await new KubeServer().start();
    c = Cluster.connect({ kubeconfig: s.kubeconfig() });
  });
  afterAll(async () => s.stop());

  it('a forbidden verb reads as an RBAC problem on that resource', async () => {
    s.forbid('patch', 'secrets');
    s.put({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'linkerd-identity-issuer', namespace: 'linkerd' }, data: {} });
    const err = (await c
      .mergePatch({ apiVersion: 'v1', kind: 'Secret', namespace: 'linkerd', name: 'linkerd-identity-issuer' }, { data: { a: 'Yg==' } })
      .catch((e: unknown) => e)) as Error;
    expect(err.message).toBe(
      'Kubernetes API patch secret/linkerd-identity-issuer in namespace linkerd failed (HTTP 403): secrets "linkerd-identity-issuer" is forbidden: User "meshci-test" cannot patch resource "secrets" in API group "" in the namespace "linkerd"',
    );
  });

  it('apply sends application/apply-patch+yaml with fieldManager=meshci and force', async () => {
    s.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'linkerd' } });
    await c.apply({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', namespace: 'linkerd' }, data: {} });
    const req = s.requests.filter((r) => r.verb === 'patch').at(-1);
    expect(req?.contentType).toBe('application/apply-patch+yaml');
    expect(req?.fieldManager).toBe('meshci');
    expect(req?.path).toContain('force=true');
  });

  it('an unreachable cluster says so', async () => {
    const dead = await new KubeServer().start();
    const cfg = dead.kubeconfig();
    await dead.stop();
    const err = (await Cluster.connect({ kubeconfig: cfg })
      .get({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'linkerd', name: 'x' })
      .catch((e: unknown) => e)) as Error;
    expect(err.message).toMatch(/^Kubernetes API get configmap\/x in namespace linkerd failed: cluster unreachable/);
  });

  it('waitRollout follows a watch until the Deployment has rolled out, resuming after a 410 Gone', async () => {
    s.put({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'app' }, spec: { replicas: 2, template: { metadata: {} } } });
    const d = s.get('apps/v1', 'Deployment', 'app', 'web')!;
    s.put({ ...d, status: { observedGeneration: d.metadata.generation, replicas: 2, updatedReplicas: 2, availableReplicas: 2 } });
    await c.rolloutRestart('Deployment', 'app', 'web');
    const restarted = s.get('apps/v1', 'Deployment', 'app', 'web')!;
    expect(restarted.spec.template.metadata.annotations['kubectl.kubernetes.io/restartedAt']).toBeTruthy();
    expect(rolloutState('Deployment', restarted as KObject).done).toBe(false);
    const waiting = c.waitRollout('Deployment', 'app', 'web', 20_000);
    // the "deployment controller": progress, then done
    setImmediate(() => {
      s.put({ ...restarted, status: { observedGeneration: restarted.metadata.generation, replicas: 3, updatedReplicas: 1, availableReplicas: 2 } });
      s.compactedBefore = Number(s.get('apps/v1', 'Deployment', 'app', 'web')!.metadata.resourceVersion) + 1;
      setTimeout(() => {
        const cur = s.get('apps/v1', 'Deployment', 'app', 'web')!;
        s.put({ ...cur, status: { observedGeneration: cur.metadata.generation, replicas: 2, updatedReplicas: 2, availableReplicas: 2 } });
      }, 200);
    });
    await expect(waiting).resolves.toBeUndefined();
  });

  it('waitJob follows a Job to completion, and names a failed one with its reason', async () => {
    s.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'jobs' } });
    s.put({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'probe', namespace: 'jobs' }, spec: { completions: 1 }, status: { active: 1 } });
    const waiting = c.waitJob('jobs', 'probe', 10_000);
    setImmediate(() => {
      const j = s.get('batch/v1', 'Job', 'jobs', 'probe')!;
      s.put({ ...j, status: { succeeded: 1, active: 0, conditions: [{ type: 'Complete', status: 'True' }] } });
    });
    await expect(waiting).resolves.toBeUndefined();
    s.put({
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: 'bad', namespace: 'jobs' },
      spec: {},
      status: {
        failed: 3,
        conditions: [{ type: 'Failed', status: 'True', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' }],
      },
    });
    await expect(c.waitJob('jobs', 'bad', 5000)).rejects.toThrow(
      /wait for job\/bad in namespace jobs failed: the job failed \(BackoffLimitExceeded: Job has reached the specified backoff limit\): 0\/1 succeeded, 0 active, 3 failed/,
    );
  });

  it('waitRollout times out naming the workload and where it got stuck', async () => {
    s.put({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'stuck', namespace: 'app' },
      spec: { replicas: 1, template: {} },
      status: { observedGeneration: 1, replicas: 1, updatedReplicas: 0, availableReplicas: 0 },
    });
    await expect(c.waitRollout('Deployment', 'app', 'stuck', 1500)).rejects.toThrow(
      /wait for rollout of deployment\/stuck in namespace app failed: not rolled out after .*: 0\/1 updated, 0\/1 available/,
    );
  });
});
