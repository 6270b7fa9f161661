import { describe, it, expect, afterEach } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createServer as createHttp2 } from 'node:http2';
import type { Server } from 'node:http';
import { listenLoopback, closeServer } from '../../helpers/http-double.js';
import { probeJob, probeCommand, parseProbeLog, jobName, judgeAttempt, judgeProbe, METRICS_BEGIN } from '../../../src/verify/probe-jobs.js';
import { balanceCommand, parseBalanceLog } from '../../../src/verify/balance.js';
import { defaultProbes } from '../../../src/verify/expectations.js';
import { outboundTraffic } from '../../../src/verify/analysis.js';

const run = promisify(execFile);
const opts = { namespace: 'meshci-probes', curlImage: 'curlimages/curl:8.11.1', grpcurlImage: 'fullstorydev/grpcurl:v1.9.1-alpine', connectTimeoutSeconds: 3, maxTimeSeconds: 5, nativeSidecar: false };
const [unmeshedHttp, unmeshedGrpc, meshedHttp, meshedGrpc] = defaultProbes('dgraph-dgraph-alpha', 'dgraph') as [any, any, any, any];
const sh = async (cmd: string[]) => (await run(cmd[0]!, cmd.slice(1), { encoding: 'utf8' })).stdout;
const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map(closeServer));
});

/** Dgraph's /health answer (linkerd-facts §7) and a proxy's metrics endpoint, on loopback. */
async function dgraphLike(): Promise<number> {
  const { server, port } = await listenLoopback((req, res) => {
    if (req.url === '/health') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('[{"instance":"alpha","address":"dgraph-dgraph-alpha-0:7080","status":"healthy","group":"1","version":"v24.1.1"}]');
    } else if (req.url === '/metrics') {
      res.end('# TYPE request_total counter\nrequest_total{direction="outbound",authority="dgraph-dgraph-alpha.dgraph.svc.cluster.local:8080",target_addr="10.0.0.5:8080",tls="true",server_id="default.dgraph.serviceaccount.identity.linkerd.cluster.local",dst_pod="dgraph-dgraph-alpha-0"} 1\nrequest_total{direction="inbound",tls="true"} 9\nprocess_cpu_seconds_total 3\n');
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
    expect(m.spec.template.metadata.annotations).toEqual({ 'linkerd.io/inject': 'enabled', 'config.linkerd.io/proxy-await': 'enabled', 'config.linkerd.io/proxy-admin-shutdown': 'enabled', 'config.alpha.linkerd.io/proxy-enable-native-sidecar': 'true' });
    expect(m.spec.template.spec.containers[0].command[2]).toMatch(/curl -s -X POST http:\/\/localhost:4191\/shutdown/);
    // proxies before 2.12 get their identity from the mounted service-account token
    expect(m.spec.template.spec).not.toHaveProperty('automountServiceAccountToken');
    expect((probeJob(unmeshedGrpc, opts) as any).spec.template.spec.containers[0].image).toBe('fullstorydev/grpcurl:v1.9.1-alpine');
    expect((probeJob(meshedGrpc, opts) as any).spec.template.spec.containers[0].command[2]).toMatch(/wget -q -O- --post-data='' http:\/\/localhost:4191\/shutdown/);
  });

  it('use short timeouts, so a blocked probe is a verdict within seconds', () => {
    expect(probeCommand(unmeshedHttp, opts)[2]).toMatch(/--connect-timeout 3 -m 5 'http:\/\/dgraph-dgraph-alpha\.dgraph\.svc\.cluster\.local:8080\/health'/);
    expect(probeCommand(unmeshedGrpc, opts)[2]).toMatch(/grpcurl -plaintext -import-path \/tmp\/proto -proto 'api\.proto' -connect-timeout 3 -max-time 5 'dgraph-dgraph-alpha\.dgraph\.svc\.cluster\.local:9080' 'api\.Dgraph\/CheckVersion'/);
    expect(jobName({ name: 'a'.repeat(80) }).length).toBeLessThanOrEqual(63);
  });

  it('HTTP probe, run by a real shell and curl: a refused port is blocked', async () => {
    const rec = parseProbeLog(await sh(probeCommand({ ...unmeshedHttp, target: '127.0.0.1:9' }, opts)))!;
    expect(rec).toMatchObject({ probe: 'unmeshed-http', rc: 7, status: '000' });
    expect(judgeAttempt(unmeshedHttp, rec)).toMatchObject({ observed: 'blocked', pass: true });
    expect(judgeAttempt(unmeshedHttp, rec).detail).toMatch(/^no connection \(curl exit 7: curl: \(7\) Failed to connect/);
  });

  it('HTTP probe, real shell and curl: the healthy body arrives intact (quotes and all), and a meshed client adds its proxy metrics', async () => {
    const port = await dgraphLike();
    const probe = { ...meshedHttp, target: `127.0.0.1:${port}` };
    const cmd = probeCommand(probe, opts);
    cmd[2] = cmd[2]!.replaceAll('localhost:4191', `127.0.0.1:${port}`);
    const out = await sh(cmd);
    const rec = parseProbeLog(out)!;
    expect(rec.status).toBe('200');
    expect(rec.body).toContain('"status":"healthy"');
    expect(judgeAttempt(probe, rec)).toEqual({ observed: 'allowed', pass: true, detail: 'HTTP 200' });
    // only the outbound request/response counters are kept
    expect(rec.metrics).toMatch(/^request_total\{direction="outbound"/);
    expect(rec.metrics).not.toMatch(/inbound|process_cpu/);
    expect(outboundTraffic(rec.metrics!)).toMatchObject([{ dst: 'dgraph-dgraph-alpha-0', tls: 'true', requests: 1 }]);
    expect(out.indexOf(METRICS_BEGIN)).toBeGreaterThan(out.indexOf('{"probe"'));
  });
});

describe('gRPC probe script', () => {
  it('writes the .proto exactly (Dgraph has no reflection) and hands it to grpcurl, run by a real shell', async () => {
    const { mkdtempSync, writeFileSync, chmodSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const bin = mkdtempSync(join(tmpdir(), 'meshci-grpcurl-'));
    // a stand-in grpcurl: answers like grpcurl when it was given a readable .proto naming the method
    writeFileSync(join(bin, 'grpcurl'), `#!/bin/sh
proto=""; dir=""
while [ $# -gt 2 ]; do case "$1" in -proto) proto="$2"; shift;; -import-path) dir="$2"; shift;; esac; shift; done
grep -q 'rpc CheckVersion(Check) returns (Version)' "$dir/$proto" && printf '{\n  "tag": "v24.1.1"\n}\n' || { echo "Failed to process proto source files."; exit 1; }
`);
    chmodSync(join(bin, 'grpcurl'), 0o755);
    const cmd = probeCommand(unmeshedGrpc, opts);
    cmd[2] = cmd[2]!.replaceAll('/tmp/proto', join(bin, 'proto')).replaceAll('/tmp/out', join(bin, 'out'));
    const out = (await run(cmd[0]!, cmd.slice(1), { encoding: 'utf8', env: { PATH: `${bin}:${process.env['PATH']}` } })).stdout;
    const rec = parseProbeLog(out)!;
    expect(rec).toMatchObject({ probe: 'unmeshed-grpc', rc: 0, body: '{\n  "tag": "v24.1.1"\n}\n' });
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(join(bin, 'proto', 'api.proto'), 'utf8')).toBe(unmeshedGrpc.proto.text);
  });
});

describe('judging probes', () => {
  const rec = (o: object) => ({ probe: 'p', rc: 0, body: '', error: '', ...o });
  it('HTTP: a status means connected; 403 is a policy refusal; an allowed probe needs its status and body', () => {
    expect(judgeAttempt(meshedHttp, rec({ status: '200', body: '[{"status":"healthy"}]' })).pass).toBe(true);
    expect(judgeAttempt(meshedHttp, rec({ status: '200', body: '[{"status":"unhealthy"}]' }))).toMatchObject({ observed: 'allowed', pass: false, detail: 'HTTP 200; the body lacks "\\"status\\":\\"healthy\\""' });
    expect(judgeAttempt(meshedHttp, rec({ status: '503', body: 'not ready' }))).toMatchObject({ observed: 'allowed', pass: false, detail: 'HTTP 503 (expected 200)' });
    expect(judgeAttempt(unmeshedHttp, rec({ status: '403' }))).toMatchObject({ observed: 'blocked', pass: true });
    expect(judgeAttempt(unmeshedHttp, rec({ status: '200' }))).toMatchObject({ observed: 'allowed', pass: false });
    expect(judgeAttempt(unmeshedHttp, rec({ rc: 28, status: '000', error: 'curl: (28) Connection timed out after 3001 milliseconds' }))).toMatchObject({ observed: 'blocked', pass: true });
  });

  it('gRPC: OK, a server status, a policy refusal, no connection', () => {
    expect(judgeAttempt(meshedGrpc, rec({ body: '{\n  "tag": "v24.1.1"\n}' }))).toMatchObject({ observed: 'allowed', pass: true });
    expect(judgeAttempt(meshedGrpc, rec({ rc: 1, body: 'ERROR:\n  Code: Unimplemented\n  Message: unknown service api.Dgraph' }))).toMatchObject({ observed: 'allowed', pass: false });
    expect(judgeAttempt(unmeshedGrpc, rec({ rc: 1, body: 'ERROR:\n  Code: Unimplemented\n  Message: x' }))).toMatchObject({ observed: 'allowed', pass: false });
    expect(judgeAttempt(unmeshedGrpc, rec({ rc: 1, body: 'ERROR:\n  Code: PermissionDenied\n  Message: unauthorized' }))).toMatchObject({ observed: 'blocked', pass: true });
    expect(judgeAttempt(unmeshedGrpc, rec({ rc: 1, body: 'Failed to dial target host "x:9080": context deadline exceeded' }))).toMatchObject({ observed: 'blocked', pass: true });
    expect(judgeAttempt(meshedGrpc, undefined)).toMatchObject({ observed: 'unknown', pass: false });
  });

  it('a blocked expectation is judged on every attempt: one connection fails it', () => {
    const blocked = rec({ rc: 28, status: '000' });
    const open = rec({ status: '200' });
    expect(judgeProbe(unmeshedHttp, [open, blocked])).toMatchObject({ pass: false, observed: 'allowed', attempts: 2 });
    expect(judgeProbe(meshedHttp, [blocked, rec({ status: '200', body: '"status":"healthy"' })])).toMatchObject({ pass: true, attempts: 2 });
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
      const cmd = balanceCommand({ namespace: 'p', curlImage: 'c', target: `127.0.0.1:${port}`, path: '/api.Dgraph/CheckVersion', requests: 25, maxTimeSeconds: 20, nativeSidecar: false });
      cmd[2] = cmd[2]!.replaceAll('localhost:4191', '127.0.0.1:9');
      const rec = parseBalanceLog(await sh(cmd))!;
      expect(rec).toMatchObject({ rc: 0, sent: 25, ok: 25, connections: 1 });
      expect(connections).toBe(1);
      expect(calls).toHaveLength(25);
      expect(new Set(calls)).toEqual(new Set(['POST /api.Dgraph/CheckVersion application/grpc']));
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
