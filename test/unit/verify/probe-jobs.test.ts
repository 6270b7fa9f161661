import { describe, it, expect, afterEach, beforeAll, afterAll } from 'vitest';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer as createHttp2, type Http2Server } from 'node:http2';
import { createServer as createTcp, type Server as TcpServer, type Socket } from 'node:net';
import { mkdtempSync, rmSync, symlinkSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import protobuf from 'protobufjs';
import { listenLoopback, closeServer } from '../../helpers/http-double.js';
import { probeJob, probeCommand, jobName, METRICS_BEGIN } from '../../../src/verify/probe-jobs.js';
import { parseProbeLog } from '../../../src/verify/probe-log.js';
import { judgeAttempt, judgeProbe, classify, type Control } from '../../../src/verify/probe-outcome.js';
import { balanceCommand, parseBalanceLog } from '../../../src/verify/balance.js';
import { defaultProbes, type Probe } from '../../../src/verify/expectations.js';
import { outboundTraffic } from '../../../src/verify/linkerd-output.js';
import { DGRAPH_API_PROTO } from '../../../src/data/dgraph-api-proto.js';
import { probeLog, grpcAnswer, DROPPED, REFUSED, NXDOMAIN, NO_TOOL, HEALTHY_BODY } from '../../helpers/verify-evidence.js';

/**
 * The probe script run by a real shell and the real curl against loopback servers that behave as
 * the cases do on a cluster — a dropped SYN (a listener whose accept queue is full: the kernel drops
 * the SYN, so curl's connect times out), a refused port, a name that does not resolve, an image
 * without curl, a server that answers and stalls, Linkerd's synthetic 403 and gRPC PermissionDenied,
 * a gRPC server answering CheckVersion — and the verdict meshci draws from what it printed.
 */
const run = promisify(execFile);
const opts = { namespace: 'meshci-probes', curlImage: 'curlimages/curl:8.11.1', connectTimeoutSeconds: 1, maxTimeSeconds: 2, nativeSidecar: false };
const [unmeshedHttp, unmeshedGrpc, meshedHttp, meshedGrpc] = defaultProbes('dgraph-dgraph-alpha', 'dgraph') as [Probe, Probe, Probe, Probe];
const reached: Control = { probe: 'meshed-http', reached: true, detail: 'HTTP 200' };
const dirs: string[] = [];
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map(closeServer));
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'meshci-probe-'));
  dirs.push(d);
  return d;
};

/** Run a probe's command as its Job would, with /tmp and the admin port moved to this test's own. */
async function probe(p: Probe, o: { env?: Record<string, string>; admin?: number } = {}): Promise<string> {
  const dir = tempDir();
  const cmd = probeCommand(p, opts);
  const script = cmd[2]!.replaceAll('/tmp/', `${dir}/`).replaceAll('localhost:4191', `127.0.0.1:${o.admin ?? 9}`);
  const r = await run('/bin/sh', ['-c', script], { encoding: 'utf8', env: o.env ?? process.env });
  return r.stdout;
}

/** An HTTP/1.1 server for the cases (Dgraph's /health, a proxy's /metrics, 403s, a stall). */
async function httpLike(): Promise<number> {
  const { server, port } = await listenLoopback((req, res) => {
    if (req.url === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('[{"instance":"alpha","address":"dgraph-dgraph-alpha-0:7080","status":"healthy","group":"1","version":"v24.1.1"}]');
    } else if (req.url === '/metrics') {
      res.end(
        '# TYPE request_total counter\nrequest_total{direction="outbound",authority="dgraph-dgraph-alpha.dgraph.svc.cluster.local:8080",target_addr="10.0.0.5:8080",tls="true",server_id="default.dgraph.serviceaccount.identity.linkerd.cluster.local",dst_pod="dgraph-dgraph-alpha-0"} 1\nrequest_total{direction="inbound",tls="true"} 9\nprocess_cpu_seconds_total 3\n',
      );
    } else if (req.url === '/forbidden-by-linkerd') {
      // what linkerd2-proxy synthesises for an unauthorized request: 403, content-length 0
      res.writeHead(403, { 'content-length': '0' });
      res.end();
    } else if (req.url === '/forbidden-by-app') {
      res.writeHead(403, { 'content-type': 'text/plain' });
      res.end('you need a token');
    } else if (req.url === '/stall') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[{"sta'); // then nothing: the body never completes
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  servers.push(server);
  return port;
}

describe('probe Jobs', () => {
  it('opt the unmeshed client out and the meshed one in, with the proxy shut down at the end', () => {
    const u = probeJob(unmeshedHttp, opts) as any;
    expect(u.metadata.name).toBe('meshci-probe-unmeshed-http');
    expect(u.spec.template.metadata.annotations).toEqual({ 'linkerd.io/inject': 'disabled' });
    expect(u.spec.backoffLimit).toBe(0);
    expect(u.spec.template.spec.automountServiceAccountToken).toBe(false);
    expect(u.spec.template.spec.containers[0].command[2]).not.toMatch(/4191/);
    const m = probeJob(meshedHttp, { ...opts, nativeSidecar: true }) as any;
    expect(m.spec.template.metadata.annotations).toEqual({
      'linkerd.io/inject': 'enabled',
      'config.linkerd.io/proxy-await': 'enabled',
      'config.linkerd.io/proxy-admin-shutdown': 'enabled',
      'config.alpha.linkerd.io/proxy-enable-native-sidecar': 'true',
    });
    expect(m.spec.template.spec.containers[0].command[2]).toMatch(/curl -s -X POST http:\/\/localhost:4191\/shutdown/);
    // proxies before 2.12 get their identity from the mounted service-account token
    expect(m.spec.template.spec).not.toHaveProperty('automountServiceAccountToken');
    // both protocols run with curl, so every attempt records the same proof fields
    expect((probeJob(unmeshedGrpc, opts) as any).spec.template.spec.containers[0].image).toBe('curlimages/curl:8.11.1');
  });

  it('use short timeouts, so a blocked probe is a verdict within seconds; gRPC is an h2c POST of an empty message', () => {
    expect(probeCommand(unmeshedHttp, { ...opts, connectTimeoutSeconds: 3, maxTimeSeconds: 5 })[2]).toMatch(
      /--connect-timeout 3 -m 5 'http:\/\/dgraph-dgraph-alpha\.dgraph\.svc\.cluster\.local:8080\/health'/,
    );
    const g = probeCommand(unmeshedGrpc, opts)[2]!;
    expect(g).toContain(
      "--http2-prior-knowledge -X POST -H 'content-type: application/grpc' -H 'te: trailers' --data-binary @/tmp/req 'http://dgraph-dgraph-alpha.dgraph.svc.cluster.local:9080/api.Dgraph/CheckVersion'",
    );
    expect(g).toContain("getent hosts 'dgraph-dgraph-alpha.dgraph.svc.cluster.local'");
    expect(jobName({ name: 'a'.repeat(80) }).length).toBeLessThanOrEqual(63);
  });
});

describe('a blocked expectation needs proof (real shell, real curl)', () => {
  let backlog: ChildProcess;
  let droppedPort: number;
  beforeAll(async () => {
    // a listener that never accepts, its queue filled first: further SYNs are dropped by the kernel
    backlog = spawn(
      'python3',
      [
        '-c',
        `
import socket, sys, time
s = socket.socket(); s.bind(('127.0.0.1', 0)); s.listen(0)
port = s.getsockname()[1]
fill = []
for i in range(4):
    c = socket.socket(); c.setblocking(False)
    try: c.connect(('127.0.0.1', port))
    except BlockingIOError: pass
    fill.append(c)
print(port, flush=True)
sys.stdin.read()
`,
      ],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    droppedPort = await new Promise<number>((resolve) => backlog.stdout!.once('data', (d: Buffer) => resolve(Number(String(d).trim()))));
  });
  afterAll(() => {
    backlog.stdin!.end();
    backlog.kill();
  });

  it('a connect-phase timeout to a resolved name is blocked only with a control that reached the target', async () => {
    const p = { ...unmeshedHttp, target: `127.0.0.1:${droppedPort}` };
    const rec = parseProbeLog(await probe(p))!;
    expect(rec).toMatchObject({ rc: 28, status: '000', addr: '127.0.0.1', write: { tconn: 0 } });
    expect(rec.tool).toMatch(/^\/\S*curl \d+\.\d+/);
    expect(classify(p, rec)).toMatchObject({
      kind: 'dropped',
      detail: expect.stringMatching(/^connect timed out \(127\.0\.0\.1\): curl: \(28\) Connection timed out after \d+ milliseconds$/),
    });
    expect(judgeAttempt(p, rec, { control: reached })).toMatchObject({
      observed: 'blocked',
      pass: true,
      detail: expect.stringMatching(/dropped; the control meshed-http reached it$/),
    });
    // the control of the experiment is what makes a timeout evidence
    expect(judgeAttempt(p, rec)).toMatchObject({
      observed: 'inconclusive',
      pass: false,
      detail: expect.stringMatching(/but no control: no meshed probe expecting allowed to 127\.0\.0\.1:\d+ ran/),
    });
    expect(judgeAttempt(p, rec, { control: { probe: 'meshed-http', reached: false, detail: 'connect timed out' } })).toMatchObject({
      observed: 'inconclusive',
      pass: false,
      detail: expect.stringMatching(/the control probe meshed-http failed too \(connect timed out\): the target may simply be down/),
    });
  });

  it('a refused connection is inconclusive, unless accept-refused says the CNI rejects (and the control reached it)', async () => {
    const p = { ...unmeshedHttp, target: '127.0.0.1:9' };
    const rec = parseProbeLog(await probe(p))!;
    expect(rec).toMatchObject({ rc: 7, status: '000' });
    expect(judgeAttempt(p, rec, { control: reached })).toMatchObject({
      observed: 'inconclusive',
      pass: false,
      detail: expect.stringMatching(
        /^refused by a host: connection refused or unreachable \(127\.0\.0\.1\): curl: \(7\) Failed to connect .*set accept-refused: true$/,
      ),
    });
    expect(judgeAttempt(p, rec, { control: reached, acceptRefused: true })).toMatchObject({
      observed: 'blocked',
      pass: true,
      detail: expect.stringContaining('counted as blocked (accept-refused: the CNI rejects)'),
    });
    expect(judgeAttempt(p, rec, { acceptRefused: true })).toMatchObject({ observed: 'inconclusive', pass: false });
  });

  it('a name that does not resolve is inconclusive, whatever the control did', async () => {
    const p = { ...unmeshedHttp, target: 'dgraph-dgraph-alpah.invalid:8080' };
    const rec = parseProbeLog(await probe(p))!;
    expect(rec).toMatchObject({ rc: 6, addr: '' });
    expect(judgeAttempt(p, rec, { control: reached })).toMatchObject({
      observed: 'inconclusive',
      pass: false,
      detail: 'name did not resolve: dgraph-dgraph-alpah.invalid: curl: (6) Could not resolve host: dgraph-dgraph-alpah.invalid',
    });
  });

  it('an image without curl is inconclusive (tool missing), not blocked', async () => {
    const bin = tempDir();
    for (const t of ['head', 'cut', 'base64', 'tr', 'getent', 'printf', 'cat']) {
      const found = ['/usr/bin', '/bin'].map((d) => join(d, t)).find((f) => existsSync(f));
      if (found) symlinkSync(found, join(bin, t));
    }
    const rec = parseProbeLog(await probe({ ...unmeshedHttp, target: '127.0.0.1:9' }, { env: { PATH: bin } }))!;
    expect(rec).toMatchObject({ rc: 127, tool: '' });
    expect(rec.error).toMatch(/curl: (command )?not found/);
    expect(judgeAttempt(unmeshedHttp, rec, { control: reached })).toMatchObject({
      observed: 'inconclusive',
      pass: false,
      detail: expect.stringMatching(/^tool missing: the probe image has no runnable curl \(exit 127/),
    });
  });

  it('an answer that then stalls is inconclusive (it was never blocked); a silent accepted connection too', async () => {
    const port = await httpLike();
    const p = { ...unmeshedHttp, target: `127.0.0.1:${port}`, path: '/stall' };
    const rec = parseProbeLog(await probe(p))!;
    expect(rec).toMatchObject({ rc: 28, status: '200' });
    expect(judgeAttempt(p, rec, { control: reached })).toMatchObject({
      observed: 'inconclusive',
      pass: false,
      detail: expect.stringMatching(/^answered then stalled: HTTP 200, then no more data within max-time/),
    });

    const sockets: Socket[] = [];
    const silent: TcpServer = createTcp((s) => sockets.push(s));
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    try {
      const q = { ...unmeshedHttp, target: `127.0.0.1:${(silent.address() as { port: number }).port}` };
      const rec2 = parseProbeLog(await probe(q))!;
      expect(rec2).toMatchObject({ rc: 28, status: '000' });
      expect(rec2.write!.tconn).toBeGreaterThan(0);
      expect(judgeAttempt(q, rec2, { control: reached })).toMatchObject({
        observed: 'inconclusive',
        pass: false,
        detail: expect.stringMatching(/^connected \(127\.0\.0\.1\) then stalled: no answer within max-time/),
      });
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise((r) => silent.close(r));
    }
  });

  it("Linkerd's own refusal is proof by itself: the proxy's empty 403; an application's 403 with a body is not", async () => {
    const port = await httpLike();
    const p = { ...unmeshedHttp, target: `127.0.0.1:${port}`, path: '/forbidden-by-linkerd' };
    const rec = parseProbeLog(await probe(p))!;
    expect(rec.headers['content-length']).toBe('0');
    expect(judgeAttempt(p, rec)).toMatchObject({
      observed: 'blocked',
      pass: true,
      detail: "refused by Linkerd: HTTP 403 from Linkerd's proxy (empty body, as the proxy answers)",
    });
    const app = { ...p, path: '/forbidden-by-app' };
    expect(judgeAttempt(app, parseProbeLog(await probe(app))!)).toMatchObject({
      observed: 'allowed',
      pass: false,
      detail: 'HTTP 403 with a body: the application refused it, not Linkerd (expected 2xx)',
    });
  });
});

describe('an allowed expectation (real shell, real curl)', () => {
  it('HTTP: the healthy body arrives intact, and a meshed client adds its proxy metrics', async () => {
    const port = await httpLike();
    const p = { ...meshedHttp, target: `127.0.0.1:${port}` };
    const out = await probe(p, { admin: port });
    const rec = parseProbeLog(out)!;
    expect(rec.status).toBe('200');
    expect(rec.body).toContain('"status":"healthy"');
    expect(judgeAttempt(p, rec)).toEqual({ observed: 'allowed', pass: true, detail: 'HTTP 200' });
    // only the outbound request/response counters are kept
    expect(rec.metrics).toMatch(/^request_total\{direction="outbound"/);
    expect(rec.metrics).not.toMatch(/inbound|process_cpu/);
    expect(outboundTraffic(rec.metrics!)).toMatchObject([{ dst: 'dgraph-dgraph-alpha-0', tls: 'true', requests: 1 }]);
    expect(out.indexOf(METRICS_BEGIN)).toBeGreaterThan(out.indexOf('{"probe"'));
  });

  describe('gRPC over h2c, read with the .proto', () => {
    let h2: Http2Server;
    let port: number;
    const Version = protobuf.parse(DGRAPH_API_PROTO).root.lookupType('api.Version');
    const seen: string[] = [];
    beforeAll(async () => {
      h2 = createHttp2();
      h2.on('stream', (stream, headers) => {
        seen.push(`${headers[':method']} ${headers[':path']} ${headers['content-type']} te=${headers['te']}`);
        stream.on('data', () => {});
        stream.on('end', () => {
          if (headers[':path'] === '/api.Dgraph/Login') {
            // Linkerd's synthetic refusal on a gRPC route: trailers-only, no message
            stream.respond({ ':status': 200, 'content-type': 'application/grpc', 'grpc-status': '7', 'content-length': '0' }, { endStream: true });
            return;
          }
          const msg = Buffer.from(Version.encode(Version.create({ tag: 'v25.3.1' })).finish());
          const prefix = Buffer.alloc(5);
          prefix.writeUInt32BE(msg.length, 1);
          stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
          stream.on('wantTrailers', () => stream.sendTrailers({ 'grpc-status': '0' }));
          stream.end(Buffer.concat([prefix, msg]));
        });
      });
      await new Promise<void>((r) => h2.listen(0, '127.0.0.1', r));
      port = (h2.address() as { port: number }).port;
    });
    afterAll(async () => {
      await new Promise((r) => h2.close(r));
    });

    it('CheckVersion answers OK with a Version: decoded to the JSON grpcurl prints, so contains "tag" holds', async () => {
      const p = { ...unmeshedGrpc, target: `127.0.0.1:${port}`, expect: 'allowed' as const, contains: '"tag"' };
      const rec = parseProbeLog(await probe(p))!;
      expect(seen.at(-1)).toBe('POST /api.Dgraph/CheckVersion application/grpc te=trailers');
      expect(rec.headers['grpc-status']).toBe('0'); // from the trailers
      expect(judgeAttempt(p, rec)).toEqual({ observed: 'allowed', pass: true, detail: 'gRPC OK { "tag": "v25.3.1" }' });
      // a blocked expectation that gets an answer failed: the network let it through
      expect(judgeAttempt(unmeshedGrpc, rec, { control: reached })).toMatchObject({ observed: 'allowed', pass: false });
    });

    it('PermissionDenied in a trailers-only answer is Linkerd refusing the call', async () => {
      const p = { ...unmeshedGrpc, target: `127.0.0.1:${port}`, method: 'api.Dgraph/Login' };
      const rec = parseProbeLog(await probe(p))!;
      expect(judgeAttempt(p, rec)).toMatchObject({ observed: 'blocked', pass: true, detail: 'refused by Linkerd: gRPC PermissionDenied' });
      expect(judgeAttempt({ ...p, expect: 'allowed' }, rec)).toMatchObject({ observed: 'blocked', pass: false });
    });
  });
});

describe('judging recorded attempts', () => {
  const rec = (p: Probe, w: Parameters<typeof probeLog>[1]) => parseProbeLog(probeLog(p, w));
  it('HTTP: an allowed probe needs its status and body', () => {
    expect(judgeAttempt(meshedHttp, rec(meshedHttp, { body: HEALTHY_BODY })).pass).toBe(true);
    expect(judgeAttempt(meshedHttp, rec(meshedHttp, { body: '[{"status":"unhealthy"}]' }))).toMatchObject({
      observed: 'allowed',
      pass: false,
      detail: 'HTTP 200; the body lacks "\\"status\\":\\"healthy\\""',
    });
    expect(judgeAttempt(meshedHttp, rec(meshedHttp, { code: '503', body: 'not ready' }))).toMatchObject({
      observed: 'allowed',
      pass: false,
      detail: 'HTTP 503 (expected 200)',
    });
    expect(judgeAttempt(meshedHttp, rec(meshedHttp, DROPPED))).toMatchObject({ observed: 'blocked', pass: false });
    expect(judgeAttempt(meshedHttp, rec(meshedHttp, NXDOMAIN))).toMatchObject({ observed: 'inconclusive', pass: false });
    expect(judgeAttempt(meshedHttp, undefined)).toMatchObject({ observed: 'unknown', pass: false });
  });

  it('the realistic failures of a blocked expectation, each with its reason in words', () => {
    const j = (w: Parameters<typeof probeLog>[1], ctx = { control: reached }) => judgeAttempt(unmeshedHttp, rec(unmeshedHttp, w), ctx);
    expect(j(DROPPED)).toMatchObject({ observed: 'blocked', pass: true });
    expect(j(NXDOMAIN)).toMatchObject({ observed: 'inconclusive', detail: expect.stringMatching(/^name did not resolve/) });
    expect(j(NO_TOOL)).toMatchObject({ observed: 'inconclusive', detail: expect.stringMatching(/^tool missing/) });
    expect(j(REFUSED)).toMatchObject({ observed: 'inconclusive', detail: expect.stringMatching(/^refused by a host/) });
    expect(j({ rc: 28, code: '200', body: '[{"sta', error: 'curl: (28) Operation timed out after 10001 milliseconds with 6 bytes received' })).toMatchObject({
      observed: 'inconclusive',
      detail: expect.stringMatching(/^answered then stalled/),
    });
    expect(j({ rc: 28, tdns: 0, addr: '', error: 'curl: (28) Resolving timed out after 3000 milliseconds' })).toMatchObject({
      observed: 'inconclusive',
      detail: expect.stringMatching(/^name did not resolve in time/),
    });
    expect(j({ rc: 56, tconn: 0.002, error: 'curl: (56) Recv failure: Connection reset by peer' })).toMatchObject({
      observed: 'inconclusive',
      detail: 'connected (10.96.14.7), then curl exit 56: curl: (56) Recv failure: Connection reset by peer',
    });
    expect(j({ code: '403', headers: 'HTTP/1.1 403 Forbidden\r\nl5d-proxy-error: unauthorized request on route\r\ncontent-length: 0\r\n\r\n' })).toMatchObject({
      observed: 'blocked',
      pass: true,
      detail: "refused by Linkerd: HTTP 403 from Linkerd's proxy (l5d-proxy-error: unauthorized request on route)",
    });
  });

  it('a result line from before proofs were recorded proves no block', () => {
    const old = '{"probe":"unmeshed-http","rc":28,"status":"000","body64":"","err64":""}\n';
    expect(judgeAttempt(unmeshedHttp, parseProbeLog(old), { control: reached })).toMatchObject({
      observed: 'inconclusive',
      pass: false,
      detail: expect.stringMatching(/recorded no connect phase or resolved address/),
    });
  });

  it('gRPC: OK with the expected message, a server status, no message to read', () => {
    expect(judgeAttempt(meshedGrpc, rec(meshedGrpc, grpcAnswer('v24.1.1')))).toMatchObject({
      observed: 'allowed',
      pass: true,
      detail: 'gRPC OK { "tag": "v24.1.1" }',
    });
    const unimpl = {
      code: '200',
      headers: 'HTTP/2 200 \r\ncontent-type: application/grpc\r\ngrpc-status: 12\r\ngrpc-message: unknown%20service%20api.Dgraph\r\n\r\n',
    };
    expect(judgeAttempt(meshedGrpc, rec(meshedGrpc, unimpl))).toMatchObject({
      observed: 'allowed',
      pass: false,
      detail: 'gRPC Unimplemented: unknown service api.Dgraph',
    });
    expect(judgeAttempt(meshedGrpc, rec(meshedGrpc, { code: '200', headers: 'HTTP/1.1 200 OK\r\n\r\n', body: 'hello' }))).toMatchObject({
      observed: 'allowed',
      pass: false,
      detail: 'HTTP 200 without grpc-status: not a gRPC server',
    });
  });

  it('a blocked expectation is judged on every attempt: one connection fails it', () => {
    const blocked = rec(unmeshedHttp, DROPPED);
    const open = rec(unmeshedHttp, { body: HEALTHY_BODY });
    expect(judgeProbe(unmeshedHttp, [open, blocked], { control: reached })).toMatchObject({ pass: false, observed: 'allowed', attempts: 2, index: 0 });
    expect(judgeProbe(meshedHttp, [rec(meshedHttp, DROPPED), rec(meshedHttp, { body: HEALTHY_BODY })])).toMatchObject({ pass: true, attempts: 2, index: 1 });
    expect(judgeProbe(meshedHttp, [])).toMatchObject({ pass: false, observed: 'unknown', attempts: 0 });
  });
});

describe('gRPC balancing client', () => {
  it('real curl sends every call over ONE HTTP/2 connection (h2c prior knowledge), as a gRPC client would', async () => {
    let connections = 0;
    const calls: string[] = [];
    const server = createHttp2();
    server.on('connection', () => connections++);
    server.on('stream', (stream, headers) => {
      calls.push(`${headers[':method']} ${headers[':path']} ${headers['content-type']}`);
      const body: Buffer[] = [];
      stream.on('data', (c: Buffer) => body.push(c));
      stream.on('end', () => {
        expect(Buffer.concat(body)).toEqual(Buffer.alloc(5)); // an empty gRPC message frame
        stream.respond({ ':status': 200, 'content-type': 'application/grpc' }, { waitForTrailers: true });
        stream.on('wantTrailers', () => stream.sendTrailers({ 'grpc-status': '0' }));
        stream.end(Buffer.from([0, 0, 0, 0, 0]));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    try {
      const dir = tempDir();
      mkdirSync(dir, { recursive: true });
      const cmd = balanceCommand({
        namespace: 'p',
        curlImage: 'c',
        target: `127.0.0.1:${port}`,
        path: '/api.Dgraph/CheckVersion',
        requests: 25,
        maxTimeSeconds: 20,
        nativeSidecar: false,
      });
      const out = (await run('sh', ['-c', cmd[2]!.replaceAll('/tmp/', `${dir}/`).replaceAll('localhost:4191', '127.0.0.1:9')], { encoding: 'utf8' })).stdout;
      const rec = parseBalanceLog(out)!;
      expect(rec).toMatchObject({ rc: 0, sent: 25, ok: 25, connections: 1 });
      expect(connections).toBe(1);
      expect(calls).toHaveLength(25);
      expect(new Set(calls)).toEqual(new Set(['POST /api.Dgraph/CheckVersion application/grpc']));
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
