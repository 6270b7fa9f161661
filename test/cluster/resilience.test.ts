import { describe, it, expect, afterEach } from 'vitest';
import { createServer, type Server, type Socket } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import { Cluster } from '../../src/k8s/cluster.js';
import { KubeServer } from '../helpers/kube-server.js';

/**
 * The cluster client against a Kubernetes API that fails the way real ones do: 503 and 429 (with
 * Retry-After) are retried on reads, a 403 is the answer, a server that accepts and never answers is
 * abandoned within the request timeout, a watch whose server is gone ends in "cluster unreachable".
 */
let s: KubeServer | undefined;
afterEach(async () => {
  await s?.stop().catch(() => {});
  s = undefined;
});
const ns = { apiVersion: 'v1', kind: 'Namespace', name: 'dgraph' };
const gets = (k: KubeServer) => k.requests.filter((r) => r.verb === 'get' && r.path.startsWith('/api/v1/namespaces/dgraph')).length;

describe('reads are bounded and retried; only retryable failures are retried', () => {
  it('a 503 then an answer: retried, and the answer is returned', async () => {
    s = await new KubeServer().start();
    s.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dgraph' } });
    s.fail('get', 'namespaces', 503, 2);
    const c = Cluster.connect({ kubeconfig: s.kubeconfig() });
    expect((await c.get(ns))?.metadata?.name).toBe('dgraph');
    expect(gets(s)).toBe(3);
  });

  it('429 with Retry-After: waits as told, then succeeds', async () => {
    s = await new KubeServer().start();
    s.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dgraph' } });
    s.fail('get', 'namespaces', 429, 1, 1);
    const c = Cluster.connect({ kubeconfig: s.kubeconfig() });
    const t0 = Date.now();
    expect(await c.get(ns)).toBeDefined();
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    expect(gets(s)).toBe(2);
  });

  it('a 403 is the answer: not retried, and not taken for absence', async () => {
    s = await new KubeServer().start();
    s.forbid('get', 'namespaces');
    const c = Cluster.connect({ kubeconfig: s.kubeconfig() });
    await expect(c.get(ns)).rejects.toThrow(/Kubernetes API get namespace\/dgraph failed \(HTTP 403\)/);
    expect(gets(s)).toBe(1);
  });

  it('a 500 that persists fails after 4 attempts, naming verb and resource', async () => {
    s = await new KubeServer().start();
    s.fail('list', 'pods', 500);
    const c = Cluster.connect({ kubeconfig: s.kubeconfig() });
    await expect(c.list('v1', 'Pod', { namespace: 'dgraph' })).rejects.toThrow(/Kubernetes API list pods in namespace dgraph failed \(HTTP 500\)/);
    expect(s.requests.filter((r) => r.verb === 'list').length).toBe(4);
  });
});

describe('the first call', () => {
  it("refused credentials: GET /version says so, with the API's own message, not its JSON", async () => {
    s = await new KubeServer().start();
    const cfg = s.kubeconfig();
    const bad = cfg + '.bad';
    writeFileSync(bad, readFileSync(cfg, 'utf8').replace(/token: \S+/, 'token: wrong-0000'), { mode: 0o600 });
    const c = Cluster.connect({ kubeconfig: bad });
    await expect(c.serverVersion()).rejects.toThrow(
      /^Kubernetes API get \/version at https:\/\/127\.0\.0\.1:\d+ failed \(HTTP 401\): Unauthorized \(the kubeconfig's credentials were refused\)$/,
    );
    expect(await Cluster.connect({ kubeconfig: cfg }).serverVersion()).toEqual({ major: 1, minor: 32, gitVersion: 'v1.32.2' });
  });
});

describe('a server that accepts and never answers', () => {
  let silent: Server | undefined;
  const sockets: Socket[] = [];
  afterEach(async () => {
    for (const x of sockets.splice(0)) x.destroy();
    await new Promise((r) => (silent ? silent.close(r) : r(undefined)));
    silent = undefined;
  });

  it('every request is abandoned after the request timeout: the read fails, saying the cluster is unreachable', async () => {
    s = await new KubeServer().start();
    const cfg = s.kubeconfig();
    const port = Number(/127\.0\.0\.1:(\d+)/.exec(readFileSync(cfg, 'utf8'))![1]);
    await s.stop();
    silent = createServer((x) => sockets.push(x));
    await new Promise<void>((r) => silent!.listen(port, '127.0.0.1', r));
    const c = Cluster.connect({ kubeconfig: cfg });
    c.requestTimeoutMs = 300;
    const t0 = Date.now();
    await expect(c.get(ns)).rejects.toThrow(
      /cluster unreachable \(get namespace\/dgraph at https:\/\/127\.0\.0\.1:\d+: no answer, timed out after 300ms \(request aborted\)\)/,
    );
    // 4 attempts of 0.3 s plus backoff: bounded, seconds not minutes
    expect(Date.now() - t0).toBeLessThan(10_000);
    await expect(c.serverVersion(300)).rejects.toThrow(
      /Kubernetes API get \/version at https:\/\/127\.0\.0\.1:\d+ failed: cluster unreachable \(no answer, timed out after 0 s\)/,
    );
  }, 20_000);
});

/** A Kubernetes test server stalling `verb` on `plural`, and a client that gives up on a request after `ms`. */
async function stalled(
  verb: string,
  plural: string,
  how: 'silent' | 'slow-body',
  ms: number,
  times?: number,
): Promise<{ server: KubeServer; c: Cluster; abandoned: (n: number) => Promise<void> }> {
  const server = await new KubeServer().start();
  s = server;
  server.stall(verb, plural, how, times);
  const c = Cluster.connect({ kubeconfig: server.kubeconfig() });
  c.requestTimeoutMs = ms;
  // each stalled request closed by the client when its time was up (a raced promise would leave it open)
  return { server, c, abandoned: (n) => expect.poll(() => server.abandoned, { timeout: 2000, interval: 10 }).toBe(n) };
}

describe('stalled requests are aborted, not raced (issue 13 §2, §3)', () => {
  it('a silent server: each read attempt is aborted — the server sees the client close it — and the read fails naming it', async () => {
    const { server, c, abandoned } = await stalled('get', 'namespaces', 'silent', 300);
    await expect(c.get(ns)).rejects.toThrow(/get namespace\/dgraph at https:\/\/127\.0\.0\.1:\d+: no answer, timed out after 300ms \(request aborted\)/);
    await abandoned(4); // 4 attempts
    expect(server.requests.filter((r) => r.verb === 'get')).toHaveLength(4);
  }, 20_000);

  it('a slow body (headers, a few bytes, then nothing): the list is aborted mid-body and retried, then fails', async () => {
    const { server, c } = await stalled('list', 'pods', 'slow-body', 300, 2);
    server.put({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'dgraph' }, spec: {}, status: { phase: 'Running' } });
    // two stalled bodies, then the server answers: the third attempt reads the list
    expect((await c.list('v1', 'Pod', { namespace: 'dgraph' })).map((p) => p.metadata?.name)).toEqual(['p']);
    expect(server.abandoned).toBe(2);
  }, 20_000);

  it('a write against a silent server is aborted once and not retried (it may have been applied)', async () => {
    const { server, c, abandoned } = await stalled('patch', 'configmaps', 'silent', 300);
    await expect(c.apply({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', namespace: 'dgraph' }, data: {} })).rejects.toThrow(
      /Kubernetes API apply configmap\/x in namespace dgraph failed: cluster unreachable \(no answer, timed out after 300ms \(request aborted; a write is not retried: it may have been applied\)\)/,
    );
    await abandoned(1);
    expect(server.requests.filter((r) => r.verb === 'patch')).toHaveLength(1);
  }, 20_000);

  it('a pod log that stalls is bounded too', async () => {
    const { c, abandoned } = await stalled('get', 'pods/log', 'silent', 200);
    await expect(c.podLog('dgraph', 'p', 'probe')).rejects.toThrow(/timed out after 200ms \(request aborted\)/);
    await abandoned(4);
  }, 20_000);
});

describe('watches', () => {
  it('a watch whose server went away ends in "cluster unreachable", after backing off — not in "not rolled out"', async () => {
    s = await new KubeServer().start();
    s.put({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j', namespace: 'dgraph' }, spec: {}, status: { active: 1 } });
    const c = Cluster.connect({ kubeconfig: s.kubeconfig() });
    const wait = c.waitJob('dgraph', 'j', 3000);
    // once the watch is open, the API server disappears
    const k = s;
    await expect.poll(() => k.requests.some((r) => r.verb === 'watch'), { timeout: 5000, interval: 10 }).toBe(true);
    await s.stop();
    s = undefined;
    await expect(wait).rejects.toThrow(/Kubernetes API watch jobs in namespace dgraph failed: cluster unreachable/);
  }, 20_000);
});
