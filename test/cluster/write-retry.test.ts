import { describe, it, expect, afterEach } from 'vitest';
import { Cluster } from '../../src/k8s/cluster.js';
import { KubeServer } from '../helpers/kube-server.js';

/**
 * Writes retried as client-go retries them (issue 19 §4): any verb is tried again when the API
 * server says it did not do it and when to come back — 429, or a 5xx carrying Retry-After — waiting
 * as told, for a bounded number of attempts; a write that got a bare 5xx is never retried (it may
 * have been applied).
 */
let s: KubeServer | undefined;
afterEach(async () => {
  await s?.stop().catch(() => {});
  s = undefined;
});

const cm = (name: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'dgraph' }, data: { a: '1' } });
const count = (k: KubeServer, verb: string) => k.requests.filter((r) => r.verb === verb && r.path.includes('/configmaps')).length;

async function server(): Promise<{ k: KubeServer; c: Cluster }> {
  const k = await new KubeServer().start();
  s = k;
  k.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dgraph' } });
  return { k, c: Cluster.connect({ kubeconfig: k.kubeconfig() }) };
}

describe('writes: retried on 429 and on 5xx with Retry-After, as client-go does', () => {
  it('server-side apply answered 429 twice (no Retry-After): retried with backoff, applied once', async () => {
    const { k, c } = await server();
    k.fail('patch', 'configmaps', 429, 2);
    const out = await c.apply(cm('a'));
    expect(out.metadata?.name).toBe('a');
    expect(count(k, 'patch')).toBe(3);
    expect(k.get('v1', 'ConfigMap', 'dgraph', 'a')?.['data']).toEqual({ a: '1' });
  });

  it('create answered 429 with Retry-After: 1 waits the second it was told, then creates', async () => {
    const { k, c } = await server();
    k.fail('create', 'configmaps', 429, 1, 1);
    const t0 = Date.now();
    await c.create(cm('b'));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    expect(count(k, 'create')).toBe(2);
    expect(k.get('v1', 'ConfigMap', 'dgraph', 'b')).toBeDefined();
  });

  it('merge patch answered 503 with Retry-After: retried', async () => {
    const { k, c } = await server();
    k.put(cm('p'));
    k.fail('patch', 'configmaps', 503, 1, 0);
    await c.mergePatch({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'dgraph', name: 'p' }, { data: { a: '2' } });
    expect(count(k, 'patch')).toBe(2);
    expect(k.get('v1', 'ConfigMap', 'dgraph', 'p')?.['data']).toEqual({ a: '2' });
  });

  it('delete answered 429: retried, and the object is gone', async () => {
    const { k, c } = await server();
    k.put(cm('d'));
    k.fail('delete', 'configmaps', 429, 1, 0);
    expect(await c.delete({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'dgraph', name: 'd' })).toBe(true);
    expect(count(k, 'delete')).toBe(2);
    expect(k.get('v1', 'ConfigMap', 'dgraph', 'd')).toBeUndefined();
  });

  it('a Retry-After longer than the cap is waited for the cap only', async () => {
    const { k, c } = await server();
    c.retry = { attempts: 4, maxRetryAfterMs: 100 };
    k.fail('patch', 'configmaps', 429, 1, 3600);
    const t0 = Date.now();
    await c.apply(cm('e'));
    expect(Date.now() - t0).toBeLessThan(3000);
    expect(count(k, 'patch')).toBe(2);
  });

  it('a 429 that persists: bounded attempts, then the error names the verb, the resource and the status', async () => {
    const { k, c } = await server();
    k.fail('patch', 'configmaps', 429, Infinity, 0);
    await expect(c.apply(cm('f'))).rejects.toThrow(
      /^Kubernetes API apply configmap\/f in namespace dgraph failed \(HTTP 429\): the server has received too many requests/,
    );
    expect(count(k, 'patch')).toBe(4);
  });
});

describe('writes otherwise never retried', () => {
  it('a 500 without Retry-After: one request, the error is the answer', async () => {
    const { k, c } = await server();
    k.fail('patch', 'configmaps', 500, 1);
    await expect(c.apply(cm('g'))).rejects.toThrow(/Kubernetes API apply configmap\/g in namespace dgraph failed \(HTTP 500\)/);
    expect(count(k, 'patch')).toBe(1);
  });

  it('a 503 without Retry-After on create: one request', async () => {
    const { k, c } = await server();
    k.fail('create', 'configmaps', 503, 1);
    await expect(c.create(cm('h'))).rejects.toThrow(/HTTP 503/);
    expect(count(k, 'create')).toBe(1);
  });

  it('a 500 without Retry-After on delete: one request', async () => {
    const { k, c } = await server();
    k.put(cm('i'));
    k.fail('delete', 'configmaps', 500, 1);
    await expect(c.delete({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'dgraph', name: 'i' })).rejects.toThrow(
      /delete configmap\/i in namespace dgraph failed \(HTTP 500\)/,
    );
    expect(count(k, 'delete')).toBe(1);
  });
});

describe('reads keep their policy', () => {
  it('a read answered 503 with Retry-After: 0 is retried', async () => {
    const { k, c } = await server();
    k.put(cm('r'));
    k.fail('get', 'configmaps', 503, 2, 0);
    expect(await c.get({ apiVersion: 'v1', kind: 'ConfigMap', namespace: 'dgraph', name: 'r' })).toBeDefined();
    expect(count(k, 'get')).toBe(3);
  });
});
