import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as ossl from './openssl.js';
import { defaultProbes, type Probe } from '../../src/verify/expectations.js';
import { METRICS_BEGIN, METRICS_END } from '../../src/verify/probe-jobs.js';
import { SCHEMA, type Evidence, type PodEvidence } from '../../src/verify/evidence.js';

/**
 * Real-shaped verify evidence: what the probe Jobs print (their script's JSON line and the proxy's
 * metrics between markers), Linkerd's check/edges output (fixtures, docs/reference/linkerd-check.md), proxy
 * metrics as a 2.14 proxy labels them (§4.4), certificates made by openssl. Tests start from a
 * healthy mesh and break one thing at a time.
 */
export const fx = (f: string) => readFileSync(new URL(`../fixtures/linkerd/${f}`, import.meta.url), 'utf8');
const b64 = (s: string) => Buffer.from(s).toString('base64');
export const VERSION = 'stable-2.14.10';
export const ALPHA = 'dgraph-dgraph-alpha.dgraph.svc.cluster.local';
const SERVER_ID = 'default.dgraph.serviceaccount.identity.linkerd.cluster.local';

export interface OutRow {
  authority: string;
  pod: string;
  ip: string;
  port: number;
  requests: number;
  tls?: 'true' | 'no_identity';
  grpc?: boolean;
}

/** A proxy's /metrics, the outbound counters of `rows`, plus lines the probe's filter drops. */
export function proxyMetrics(rows: OutRow[]): string {
  const lines = ['# HELP request_total Total count of HTTP requests.', '# TYPE request_total counter'];
  const labels = (r: OutRow) => {
    const tls = r.tls ?? 'true';
    return `direction="outbound",authority="${r.authority}",target_addr="${r.ip}:${r.port}",target_ip="${r.ip}",target_port="${r.port}",tls="${tls}",${tls === 'true' ? `server_id="${SERVER_ID}",` : 'no_tls_reason="not_provided_by_service_discovery",'}dst_control_plane_ns="linkerd",dst_namespace="dgraph",dst_pod="${r.pod}",dst_serviceaccount="default",dst_statefulset="${r.pod.replace(/-\d+$/, '')}"`;
  };
  for (const r of rows) lines.push(`request_total{${labels(r)}} ${r.requests}`);
  lines.push('# HELP response_total Total count of HTTP responses.', '# TYPE response_total counter');
  for (const r of rows) lines.push(`response_total{${labels(r)},status_code="200",classification="success"${r.grpc ? ',grpc_status="0"' : ''}} ${r.requests}`);
  return lines.join('\n') + '\n';
}

/**
 * What a probe Job's log holds: the result line the probe script prints (probe-jobs.ts: every value
 * base64; curl's write-out, `-D` headers and trailers, body, stderr; the resolved address; which curl
 * ran), then a meshed client's proxy metrics between markers. `o` describes the attempt as curl
 * reports it; the shortcuts below are the realistic cases, with the texts the real curl prints
 * (captured in probe-jobs.test.ts, where the real script runs against loopback servers).
 */
export interface Wire {
  rc?: number;
  code?: string;
  tdns?: number;
  tconn?: number;
  addr?: string;
  headers?: string;
  body?: string | Buffer;
  error?: string;
  tool?: string;
  metrics?: string;
}
export function probeLog(p: Probe, o: Wire): string {
  const rc = o.rc ?? 0;
  const code = o.code ?? (rc ? '000' : '200');
  const answered = code !== '000';
  const body = typeof o.body === 'string' ? Buffer.from(o.body) : (o.body ?? Buffer.alloc(0));
  const w = `{"code":"${code}","tdns":${o.tdns ?? 0.004},"tconn":${o.tconn ?? (answered ? 0.005 : 0)},"tstart":${answered ? 0.02 : 0},"ip":"${answered ? '10.96.14.7' : ''}","connects":${answered ? 1 : 0},"size":${body.length}}`;
  const headers = o.headers ?? (answered ? `HTTP/1.1 ${code} OK\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n` : '');
  const tool = o.tool ?? '/usr/bin/curl 8.11.1';
  const addr = o.addr ?? '10.96.14.7';
  const line = `{"probe":"${p.name}","v":2,"rc":${rc},"tool64":"${b64(tool)}","addr":"${addr}","w64":"${b64(w)}","hdr64":"${b64(headers)}","body64":"${body.toString('base64')}","err64":"${b64(o.error ?? '')}"}`;
  return `${line}\n${o.metrics !== undefined ? `${METRICS_BEGIN}\n${o.metrics}\n${METRICS_END}\n` : ''}`;
}

/** A connect-phase timeout after the name resolved: what a NetworkPolicy that drops looks like. */
export const DROPPED: Wire = { rc: 28, error: 'curl: (28) Connection timed out after 3002 milliseconds' };
export const REFUSED: Wire = {
  rc: 7,
  error: 'curl: (7) Failed to connect to dgraph-dgraph-alpha.dgraph.svc.cluster.local port 8080 after 2 ms: Could not connect to server',
};
export const NXDOMAIN: Wire = { rc: 6, tdns: 0, addr: '', error: 'curl: (6) Could not resolve host: dgraph-dgraph-alpah.dgraph.svc.cluster.local' };
export const NO_TOOL: Wire = { rc: 127, tool: '', tdns: 0, error: 'sh: curl: not found' };

/** A gRPC answer as the server sends it to curl: headers, one length-prefixed message, trailers. */
export function grpcAnswer(tag: string, o: { metrics?: string } = {}): Wire {
  const msg = Buffer.concat([Buffer.from([0x0a, Buffer.byteLength(tag)]), Buffer.from(tag)]);
  const frame = Buffer.concat([Buffer.from([0, 0, 0, 0, msg.length]), msg]);
  return { code: '200', headers: 'HTTP/2 200 \r\ncontent-type: application/grpc\r\n\r\ngrpc-status: 0\r\ngrpc-message: \r\n', body: frame, ...o };
}

export const HEALTHY_BODY =
  '[{"instance":"alpha","address":"dgraph-dgraph-alpha-0.dgraph-dgraph-alpha-headless.dgraph.svc:7080","status":"healthy","group":"1","version":"v24.1.1","uptime":313,"lastEcho":1796000000}]';

export function pod(name: string, o: Partial<PodEvidence> = {}): PodEvidence {
  return {
    namespace: 'dgraph',
    name,
    phase: 'Running',
    ip: `10.244.1.${10 + Number(/\d+$/.exec(name)?.[0] ?? 0) + (name.includes('zero') ? 20 : 0)}`,
    ready: true,
    labels: { 'linkerd.io/control-plane-ns': 'linkerd', 'linkerd.io/proxy-statefulset': name.replace(/-\d+$/, ''), 'linkerd.io/workload-ns': 'dgraph' },
    annotations: { 'linkerd.io/inject': 'enabled', 'linkerd.io/proxy-version': VERSION },
    containers: ['linkerd-proxy', name.includes('zero') ? 'zero' : 'alpha'],
    initContainers: ['linkerd-init'],
    ownerKind: 'StatefulSet',
    statuses: [
      { name: 'linkerd-init', ready: false, restarts: 0, state: 'terminated: Completed (exit 0)' },
      { name: 'linkerd-proxy', ready: true, restarts: 0, state: 'running' },
      { name: name.includes('zero') ? 'zero' : 'alpha', ready: true, restarts: 0, state: 'running' },
    ],
    ...o,
  };
}

const alphas = [0, 1, 2].map((i) => pod(`dgraph-dgraph-alpha-${i}`));
const zeros = [0, 1, 2].map((i) => pod(`dgraph-dgraph-zero-${i}`));

export function certs(issuerDays = 365, anchorDays = 3650): { bundle: string; issuer: string } {
  // made again until both certificates start in the same second (openssl's notBefore is "now"): the
  // evidence is then collected at that instant, when both are valid and each has exactly the days
  // asked for — whichever second boundary the openssl runs would otherwise have crossed
  for (let attempt = 0; ; attempt++) {
    const anchorKey = ossl.key('P-256');
    const anchor = ossl.cert({ cn: 'root.linkerd.cluster.local', key: anchorKey, days: anchorDays, ...ossl.ROOT_CA });
    const issuer = ossl.cert({
      cn: 'identity.linkerd.cluster.local',
      key: ossl.key('P-256'),
      ca: { cert: anchor, key: anchorKey },
      days: issuerDays,
      ...ossl.INTERMEDIATE_CA,
    });
    if (new X509Certificate(anchor).validFrom === new X509Certificate(issuer).validFrom || attempt === 9) return { bundle: anchor, issuer };
  }
}

/** Evidence collected the second the pair was made (certs(): both start then): both valid, each with exactly its days. */
export function collectedWith(id: { bundle: string }): string {
  return new Date(new X509Certificate(id.bundle).validFrom).toISOString();
}

/** A healthy mesh as verify would have collected it: every verdict passes. */
export function healthyEvidence(o: { identity?: { bundle: string; issuer: string } } = {}): Evidence {
  const [uh, ug, mh, mg] = defaultProbes('dgraph-dgraph-alpha', 'dgraph') as [Probe, Probe, Probe, Probe];
  const id = o.identity ?? certs();
  return {
    schema: SCHEMA,
    collectedAt: collectedWith(id),
    linkerdNamespace: 'linkerd',
    controlPlaneVersion: VERSION,
    namespaces: [{ name: 'dgraph', exists: true }],
    pods: { text: [...alphas, ...zeros] },
    check: { text: fx('check-healthy.json'), command: 'linkerd check --proxy -o json --wait 120s --linkerd-namespace linkerd', exitCode: 0 },
    identity: {
      text: {
        ...id,
        bundleSource: 'ConfigMap linkerd/linkerd-identity-trust-roots key ca-bundle.crt',
        issuerSource: 'Secret linkerd/linkerd-identity-issuer key crt.pem',
      },
    },
    edges: { dgraph: { text: fx('edges-dgraph.json'), command: 'linkerd viz edges po -n dgraph -o json' } },
    probes: [
      { probe: uh, attempts: [{ log: probeLog(uh, DROPPED) }] },
      { probe: ug, attempts: [{ log: probeLog(ug, DROPPED) }] },
      {
        probe: mh,
        attempts: [
          {
            log: probeLog(mh, {
              body: HEALTHY_BODY,
              metrics: proxyMetrics([{ authority: `${ALPHA}:8080`, pod: 'dgraph-dgraph-alpha-1', ip: '10.244.1.11', port: 8080, requests: 1 }]),
            }),
          },
        ],
      },
      {
        probe: mg,
        attempts: [
          {
            log: probeLog(
              mg,
              grpcAnswer('v24.1.1', {
                metrics: proxyMetrics([{ authority: `${ALPHA}:9080`, pod: 'dgraph-dgraph-alpha-2', ip: '10.244.1.12', port: 9080, requests: 1, grpc: true }]),
              }),
            ),
          },
        ],
      },
    ],
    balance: {
      text: {
        target: `${ALPHA}:9080`,
        path: '/api.Dgraph/CheckVersion',
        requests: 100,
        endpoints: alphas.map((a) => ({ pod: a.name, ip: a.ip as string })),
        log: { text: balanceLog([34, 31, 35]) },
      },
    },
  };
}

/** The balancing Job's log: 100 calls over one connection, per-pod counts from the proxy. */
export function balanceLog(perPod: number[], o: { connections?: number; dstPodLabel?: boolean } = {}): string {
  const sent = perPod.reduce((a, b) => a + b, 0);
  let metrics = proxyMetrics(
    perPod
      .map((n, i) => ({ authority: `${ALPHA}:9080`, pod: `dgraph-dgraph-alpha-${i}`, ip: `10.244.1.${10 + i}`, port: 9080, requests: n, grpc: true }))
      .filter((r) => r.requests > 0),
  );
  if (o.dstPodLabel === false) metrics = metrics.replace(/,dst_pod="[^"]*"/g, '');
  return `{"balance":"grpc","rc":0,"ok":${sent},"sent":${sent},"connections":${o.connections ?? 1},"curl":"8.11.1"}\n${METRICS_BEGIN}\n${metrics}\n${METRICS_END}\n`;
}
