import protobuf from 'protobufjs';
import type { Probe } from './expectations.js';
import { authorityMatches } from './analysis.js';

/**
 * Probe Jobs for the connectivity matrix. One Job per probe, in a probe namespace; the meshed client
 * gets the proxy by annotation, the unmeshed client is opted out. Short timeouts so a blocked
 * connection is a verdict within seconds, not the walkthrough's 5 minutes
 * (docs/reference/walkthrough.md#tests-0-to-2). A meshed Job would never
 * finish while its proxy runs: the probe asks the proxy to shut down (admin endpoint, enabled by
 * annotation) and native sidecars are requested where Linkerd has them.
 *
 * Both protocols run with curl (≥ 8, in `curl-image`): HTTP as a GET, gRPC as an h2c POST of an
 * empty message frame — what grpcurl sends for a method called without `-d` — so one tool reports,
 * for every attempt, what a verdict needs (ARCHITECTURE.md, "a verdict needs proof"):
 * - which binary ran and its version (`command -v curl`; exit 127 when the image has none);
 * - the address the name resolved to (`getent hosts`) and curl's own timings: `time_namelookup`
 *   (0 = the name never resolved), `time_connect` (0 = no TCP connection), `http_code` (000 = no
 *   answer) — so a connect-phase timeout (dropped) is told apart from an answer that stalled;
 * - the response headers and trailers (`-D`: `l5d-proxy-error`, `grpc-status`), the body, stderr.
 * The gRPC response is decoded later, in the analysis, with the probe's .proto (protobufjs).
 *
 * The command prints one JSON line (every value base64, so nothing needs escaping in shell) and, in
 * a meshed client, its own proxy's outbound request metrics between markers: the evidence of what
 * the proxy did with the request (TLS, server identity, which pod answered) — what `viz tap` shows.
 * Every field that reaches the shell was checked against a strict shape in expectations.ts.
 */
export interface ProbeJobOpts {
  namespace: string;
  /** sh, curl ≥ 8 with HTTP/2, base64, getent: curlimages/curl has them all. */
  curlImage: string;
  connectTimeoutSeconds: number;
  maxTimeSeconds: number;
  /** Linkerd 2.15+ can run the proxy as a native sidecar (ends with the Job). */
  nativeSidecar: boolean;
}

export const METRICS_BEGIN = '--- meshci proxy metrics ---';
export const METRICS_END = '--- meshci end ---';
/** Version of the probe's result line; lines without it come from meshci before proofs were recorded. */
export const PROBE_LINE_VERSION = 2;
const ADMIN = 'http://localhost:4191';
/** Only the outbound request/response counters: small enough for a pod log, all the analysis needs. */
const METRIC_FILTER = `grep -E '^(request_total|response_total)[{]direction="outbound"' | head -c 200000`;
/** curl's write-out: the timings and address that tell the phase a request failed in. */
const WRITE_OUT = '{"code":"%{http_code}","tdns":%{time_namelookup},"tconn":%{time_connect},"tstart":%{time_starttransfer},"ip":"%{remote_ip}","connects":%{num_connects},"size":%{size_download}}';

export function jobName(p: { name: string }): string {
  return `meshci-probe-${p.name}`.toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 63).replace(/-+$/, '');
}

/** Shell tail of a meshed client: its proxy's metrics, then the proxy shut down so the Job ends. */
export function meshedTail(): string {
  return `; echo '${METRICS_BEGIN}'; curl -s ${ADMIN}/metrics | ${METRIC_FILTER}; echo; echo '${METRICS_END}'; curl -s -X POST ${ADMIN}/shutdown >/dev/null 2>&1 || true`;
}

const b64 = (file: string, bytes: number) => `$(head -c ${bytes} ${file} 2>/dev/null | base64 | tr -d '\\n')`;

export function probeCommand(p: Probe, o: ProbeJobOpts): string[] {
  const host = p.target.replace(/:\d+$/, '');
  const request = p.protocol === 'http'
    ? `'http://${p.target}${p.path ?? '/'}'`
    : `--http2-prior-knowledge -X POST -H 'content-type: application/grpc' -H 'te: trailers' --data-binary @/tmp/req 'http://${p.target}/${p.method}'`;
  return ['sh', '-c',
    (p.protocol === 'grpc' ? `printf '\\000\\000\\000\\000\\000' > /tmp/req; ` : '') +
    `tool=$(command -v curl 2>/dev/null); ver=$(curl --version 2>/dev/null | head -n 1 | cut -d' ' -f2); ` +
    `addr=$(getent hosts '${host}' 2>/dev/null | head -n 1 | cut -d' ' -f1); ` +
    `curl -sS -D /tmp/hdr -o /tmp/body -w '${WRITE_OUT}' --connect-timeout ${o.connectTimeoutSeconds} -m ${o.maxTimeSeconds} ${request} >/tmp/w 2>/tmp/err; rc=$?; ` +
    `printf '{"probe":"%s","v":${PROBE_LINE_VERSION},"rc":%d,"tool64":"%s","addr":"%s","w64":"%s","hdr64":"%s","body64":"%s","err64":"%s"}\\n' '${p.name}' "$rc" ` +
    `"$(printf '%s %s' "$tool" "$ver" | base64 | tr -d '\\n')" "$addr" "${b64('/tmp/w', 1024)}" "${b64('/tmp/hdr', 4096)}" "${b64('/tmp/body', 4096)}" "${b64('/tmp/err', 512)}"` +
    (p.client === 'meshed' ? meshedTail() : '')];
}

export function clientAnnotations(meshed: boolean, nativeSidecar: boolean): Record<string, string> {
  return meshed
    ? { 'linkerd.io/inject': 'enabled', 'config.linkerd.io/proxy-await': 'enabled', 'config.linkerd.io/proxy-admin-shutdown': 'enabled', ...(nativeSidecar ? { 'config.alpha.linkerd.io/proxy-enable-native-sidecar': 'true' } : {}) }
    : { 'linkerd.io/inject': 'disabled' };
}

export function clientJob(o: { name: string; namespace: string; label: string; meshed: boolean; nativeSidecar: boolean; image: string; command: string[]; deadlineSeconds: number }): Record<string, unknown> {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: o.name, namespace: o.namespace, labels: { 'app.kubernetes.io/managed-by': 'meshci', 'meshci.io/probe': o.label } },
    spec: {
      backoffLimit: 0,
      ttlSecondsAfterFinished: 600,
      activeDeadlineSeconds: o.deadlineSeconds,
      template: {
        metadata: { labels: { 'meshci.io/probe': o.label, 'meshci.io/client': o.meshed ? 'meshed' : 'unmeshed' }, annotations: clientAnnotations(o.meshed, o.nativeSidecar) },
        spec: {
          restartPolicy: 'Never',
          // the unmeshed client needs no API token; a meshed one keeps it: proxies before 2.12 read
          // the mounted service-account token to get their identity
          ...(o.meshed ? {} : { automountServiceAccountToken: false }),
          containers: [{ name: 'probe', image: o.image, command: o.command }],
        },
      },
    },
  };
}

export function probeJob(p: Probe, o: ProbeJobOpts): Record<string, unknown> {
  return clientJob({
    name: jobName(p),
    namespace: o.namespace,
    label: p.name,
    meshed: p.client === 'meshed',
    nativeSidecar: o.nativeSidecar,
    image: o.curlImage,
    command: probeCommand(p, o),
    deadlineSeconds: o.maxTimeSeconds + 120,
  });
}

/** curl's write-out for one attempt (see WRITE_OUT). */
export interface CurlWrite {
  code: string;
  tdns: number;
  tconn: number;
  tstart: number;
  ip: string;
  connects: number;
  size: number;
}

/** What one probe attempt printed. */
export interface ProbeRecord {
  probe: string;
  rc: number;
  /** 2 for lines that record the proof fields below; absent for older lines (no proof recorded). */
  v?: number;
  /** `<path> <version>` of the curl that ran ('' when the image has none). */
  tool?: string;
  /** What the target's name resolved to in the client (getent), '' when it did not. */
  addr?: string;
  write?: CurlWrite;
  /** Response headers and trailers, names lower-cased (trailers win: grpc-status is one). */
  headers: Record<string, string>;
  /** HTTP status as curl printed it ('000' when there was no response). */
  status?: string;
  body: string;
  bodyBytes: Buffer;
  error: string;
  /** The meshed client's proxy metrics (outbound request/response counters), when printed. */
  metrics?: string;
}

const dec = (s?: string) => Buffer.from(s ?? '', 'base64');

export function parseProbeLog(log: string): ProbeRecord | undefined {
  const lines = log.split('\n');
  const line = [...lines].reverse().find((l) => l.startsWith('{"probe"'));
  if (!line) return undefined;
  let j: { probe?: unknown; rc?: unknown; v?: unknown; status?: unknown; tool64?: string; addr?: string; w64?: string; hdr64?: string; body64?: string; err64?: string };
  try {
    j = JSON.parse(line) as typeof j;
  } catch {
    return undefined;
  }
  if (typeof j.probe !== 'string' || typeof j.rc !== 'number') return undefined;
  const body = dec(j.body64);
  const rec: ProbeRecord = { probe: j.probe, rc: j.rc, headers: {}, body: body.toString('utf8'), bodyBytes: body, error: dec(j.err64).toString('utf8').trim() };
  if (typeof j.v === 'number') {
    rec.v = j.v;
    rec.tool = dec(j.tool64).toString('utf8').trim();
    rec.addr = typeof j.addr === 'string' ? j.addr : '';
    rec.write = parseWrite(dec(j.w64).toString('utf8'));
    rec.headers = parseHeaders(dec(j.hdr64).toString('utf8'));
    if (rec.write) rec.status = rec.write.code;
  } else if (typeof j.status === 'string') rec.status = j.status;
  const metrics = between(log, METRICS_BEGIN, METRICS_END);
  if (metrics !== undefined) rec.metrics = metrics;
  return rec;
}

function parseWrite(text: string): CurlWrite | undefined {
  try {
    const w = JSON.parse(text) as Partial<CurlWrite>;
    const num = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : 0);
    return { code: typeof w.code === 'string' ? w.code : '000', tdns: num(w.tdns), tconn: num(w.tconn), tstart: num(w.tstart), ip: typeof w.ip === 'string' ? w.ip : '', connects: num(w.connects), size: num(w.size) };
  } catch {
    return undefined;
  }
}

/** `curl -D` output: status lines and headers of every response, then (HTTP/2) the trailers. */
export function parseHeaders(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    if (/^HTTP\/\S+ \d{3}/.test(raw)) {
      for (const k of Object.keys(out)) delete out[k];
      continue;
    }
    const m = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):\s*(.*)$/.exec(raw);
    if (m) out[m[1]!.toLowerCase()] = m[2]!.trim();
  }
  return out;
}

export function between(text: string, begin: string, end: string): string | undefined {
  const a = text.indexOf(begin);
  if (a < 0) return undefined;
  const b = text.indexOf(end, a);
  return text.slice(a + begin.length, b < 0 ? undefined : b).replace(/^\n/, '');
}

/**
 * What one attempt shows happened on the wire, before any expectation is applied.
 * - `answered`: a server (or its proxy) answered: the network let the client through;
 * - `linkerd-refused`: Linkerd's own refusal — HTTP 403 as the proxy synthesises it (an empty body,
 *   `l5d-proxy-error` when it emits headers: linkerd2-proxy errors/respond.rs), gRPC PermissionDenied
 *   or Unauthenticated in a trailers-only answer;
 * - `dropped`: the TCP connection timed out after the name resolved (a NetworkPolicy dropping SYNs);
 * - `rejected`: connection refused / host unreachable (a closed port, or a CNI that rejects);
 * - `inconclusive`: anything else — the reason says what the evidence does not show;
 * - `none`: no result line.
 */
export type Outcome =
  | { kind: 'answered'; succeeded: boolean; detail: string }
  | { kind: 'linkerd-refused'; detail: string }
  | { kind: 'dropped'; detail: string }
  | { kind: 'rejected'; detail: string }
  | { kind: 'inconclusive'; detail: string }
  | { kind: 'none'; detail: string };

const GRPC_CODES = ['OK', 'Canceled', 'Unknown', 'InvalidArgument', 'DeadlineExceeded', 'NotFound', 'AlreadyExists', 'PermissionDenied', 'ResourceExhausted', 'FailedPrecondition', 'Aborted', 'OutOfRange', 'Unimplemented', 'Internal', 'Unavailable', 'DataLoss', 'Unauthenticated'];
const firstLine = (s: string) => oneLine(s.split('\n')[0] ?? '');

export function classify(p: Probe, r: ProbeRecord | undefined): Outcome {
  if (!r) return { kind: 'none', detail: 'no result line in the probe log' };
  const err = r.error ? `: ${firstLine(r.error)}` : '';
  if (r.rc === 127 || r.rc === 126) return { kind: 'inconclusive', detail: `tool missing: the probe image has no runnable curl (exit ${r.rc}${err}); curl-image needs sh and curl ≥ 8` };
  if (!r.v || !r.write) {
    // a result line from before proofs were recorded: what it says cannot prove a block
    const answered = r.status !== undefined && r.status !== '000';
    return answered ? answeredOutcome(p, r) : { kind: 'inconclusive', detail: `the probe recorded no connect phase or resolved address (exit ${r.rc}${err}): re-run verify with this meshci` };
  }
  const w = r.write;
  const where = r.addr ? ` (${r.addr})` : '';
  switch (r.rc) {
    case 6:
      return { kind: 'inconclusive', detail: `name did not resolve: ${p.target.replace(/:\d+$/, '')}${err}` };
    case 7:
      return { kind: 'rejected', detail: `connection refused or unreachable${where}${err}` };
    case 28:
      if (w.tdns === 0 && !r.addr) return { kind: 'inconclusive', detail: `name did not resolve in time${err}` };
      if (w.code !== '000') return { kind: 'inconclusive', detail: `answered then stalled: HTTP ${w.code}, then no more data within max-time${err}` };
      if (w.tconn > 0) return { kind: 'inconclusive', detail: `connected${where} then stalled: no answer within max-time${err}` };
      return { kind: 'dropped', detail: `connect timed out${where}${err}` };
    case 0:
      return answeredOutcome(p, r);
    default:
      if (w.code !== '000') return answeredOutcome(p, r);
      return { kind: 'inconclusive', detail: `${w.tconn > 0 ? `connected${where}, then ` : ''}curl exit ${r.rc}${err}` };
  }
}

function answeredOutcome(p: Probe, r: ProbeRecord): Outcome {
  const status = r.status ?? '000';
  const l5d = r.headers['l5d-proxy-error'];
  if (p.protocol === 'http') {
    if (status === '403' && (l5d !== undefined || r.bodyBytes.length === 0)) {
      return { kind: 'linkerd-refused', detail: `HTTP 403 from Linkerd's proxy${l5d ? ` (l5d-proxy-error: ${oneLine(l5d)})` : ' (empty body, as the proxy answers)'}` };
    }
    const expected = p.status !== undefined ? String(p.status) : '2xx';
    const ok = p.status !== undefined ? status === String(p.status) : /^2\d\d$/.test(status);
    const detail = `HTTP ${status}${status === '403' ? ' with a body: the application refused it, not Linkerd' : ''}${ok ? '' : ` (expected ${expected})`}`;
    if (ok && p.contains && !r.body.includes(p.contains)) return { kind: 'answered', succeeded: false, detail: `${detail}; the body lacks ${JSON.stringify(p.contains)}` };
    return { kind: 'answered', succeeded: ok, detail };
  }
  const code = r.headers['grpc-status'];
  const name = code !== undefined ? (GRPC_CODES[Number(code)] ?? `status ${code}`) : undefined;
  const msg = r.headers['grpc-message'] ? `: ${oneLine(decodeURIComponent(r.headers['grpc-message']))}` : '';
  if ((name === 'PermissionDenied' || name === 'Unauthenticated') && r.bodyBytes.length === 0) {
    return { kind: 'linkerd-refused', detail: `gRPC ${name}${msg}${l5d ? ` (l5d-proxy-error: ${oneLine(l5d)})` : ''}` };
  }
  if (status !== '200') return { kind: 'answered', succeeded: false, detail: `HTTP ${status}: not a gRPC answer` };
  if (name === undefined) return { kind: 'answered', succeeded: false, detail: 'HTTP 200 without grpc-status: not a gRPC server' };
  if (name !== 'OK') return { kind: 'answered', succeeded: false, detail: `gRPC ${name}${msg}` };
  const decoded = decodeGrpc(p, r.bodyBytes);
  if ('error' in decoded) return { kind: 'answered', succeeded: !p.contains, detail: `gRPC OK (${decoded.error})` };
  const detail = `gRPC OK ${oneLine(decoded.json)}`;
  if (p.contains && !decoded.json.includes(p.contains)) return { kind: 'answered', succeeded: false, detail: `${detail}; the response lacks ${JSON.stringify(p.contains)}` };
  return { kind: 'answered', succeeded: true, detail };
}

const roots = new Map<string, protobuf.Root | Error>();

/**
 * The first message of a gRPC response body (5-byte prefix: compressed flag, big-endian length)
 * decoded with the probe's .proto into JSON as grpcurl prints it (proto3 JSON names, 2-space indent).
 */
export function decodeGrpc(p: Probe, body: Buffer): { json: string } | { error: string } {
  if (body.length < 5) return { error: body.length ? 'a truncated message' : 'no message' };
  if (body[0] !== 0) return { error: 'a compressed message' };
  const len = body.readUInt32BE(1);
  if (body.length < 5 + len) return { error: `a message cut at ${body.length - 5} of ${len} bytes` };
  if (!p.proto) return { error: `${len}-byte message; give the probe a proto to read it` };
  let root = roots.get(p.proto.text);
  if (!root) {
    try {
      root = protobuf.parse(p.proto.text, { alternateCommentMode: true }).root;
    } catch (e) {
      root = e as Error;
    }
    roots.set(p.proto.text, root);
  }
  if (root instanceof Error) return { error: `${p.proto.name} is not a valid .proto: ${root.message}` };
  try {
    const [service, method] = (p.method ?? '').split('/') as [string, string];
    const m = root.lookupService(service).methods[method];
    if (!m) return { error: `${p.proto.name} has no rpc ${p.method}` };
    const type = (m.resolve() as protobuf.Method).resolvedResponseType;
    if (!type) return { error: `${p.proto.name}: cannot resolve the response type of ${p.method}` };
    const obj = type.toObject(type.decode(body.subarray(5, 5 + len)), { longs: String, enums: String, bytes: String, json: true });
    return { json: JSON.stringify(obj, null, 2) };
  } catch (e) {
    return { error: `cannot decode the response with ${p.proto.name}: ${(e as Error).message}` };
  }
}

export interface Judgement {
  observed: 'allowed' | 'blocked' | 'inconclusive' | 'unknown';
  pass: boolean;
  detail: string;
}

/** The other half of a blocked expectation's experiment: a meshed client reaching the same target. */
export interface Control {
  probe: string;
  reached: boolean;
  detail: string;
}

export interface JudgeContext {
  /** The meshed probe expecting `allowed` to the same host and port, judged; undefined when none. */
  control?: Control;
  /** Input accept-refused: a refused connection counts as blocked (CNIs configured to reject). */
  acceptRefused?: boolean;
}

/**
 * One attempt against its expectation. An allowed expectation needs the server's answer to succeed
 * (HTTP status, gRPC OK) and hold `contains`. A blocked expectation needs proof (the principle in
 * ARCHITECTURE.md): Linkerd's own refusal, or a connect-phase timeout to a name that resolved while
 * the control probe — a meshed client, same target, same port — reached it in the same run. A
 * refusal counts only with `acceptRefused` and the same control. Anything else is inconclusive.
 */
export function judgeAttempt(p: Probe, r: ProbeRecord | undefined, ctx: JudgeContext = {}): Judgement {
  const o = classify(p, r);
  if (o.kind === 'none') return { observed: 'unknown', pass: false, detail: o.detail };
  if (p.expect === 'allowed') {
    if (o.kind === 'answered') return { observed: 'allowed', pass: o.succeeded, detail: o.detail };
    if (o.kind === 'inconclusive') return { observed: 'inconclusive', pass: false, detail: o.detail };
    return { observed: 'blocked', pass: false, detail: o.detail };
  }
  switch (o.kind) {
    case 'answered':
      return { observed: 'allowed', pass: false, detail: o.detail };
    case 'linkerd-refused':
      return { observed: 'blocked', pass: true, detail: `refused by Linkerd: ${o.detail}` };
    case 'inconclusive':
      return { observed: 'inconclusive', pass: false, detail: o.detail };
    case 'dropped':
    case 'rejected': {
      if (o.kind === 'rejected' && !ctx.acceptRefused) {
        return { observed: 'inconclusive', pass: false, detail: `refused by a host: ${o.detail} — a closed port refuses too; if your CNI rejects instead of dropping, set accept-refused: true` };
      }
      const c = ctx.control;
      if (!c) return { observed: 'inconclusive', pass: false, detail: `${o.detail}, but no control: no meshed probe expecting allowed to ${p.target} ran, so nothing shows the target was up` };
      if (!c.reached) return { observed: 'inconclusive', pass: false, detail: `${o.detail}, but the control probe ${c.probe} failed too (${c.detail}): the target may simply be down` };
      const how = o.kind === 'rejected' ? `${o.detail}, counted as blocked (accept-refused: the CNI rejects)` : `${o.detail}: dropped`;
      return { observed: 'blocked', pass: true, detail: `${how}; the control ${c.probe} reached it` };
    }
  }
}

/**
 * All attempts of one probe. A blocked expectation is judged on every attempt — one connection
 * anywhere fails it, so no retry can turn it into a pass; an allowed one passes when an attempt did.
 * `index` is the attempt the judgement is taken from.
 */
export function judgeProbe(p: Probe, attempts: (ProbeRecord | undefined)[], ctx: JudgeContext = {}): Judgement & { attempts: number; index: number } {
  const js = attempts.map((a) => judgeAttempt(p, a, ctx));
  if (!js.length) return { observed: 'unknown', pass: false, detail: 'not run', attempts: 0, index: -1 };
  const want = p.expect === 'blocked' ? false : true;
  let index = js.findIndex((j) => j.pass === want);
  if (index < 0) index = js.length - 1;
  return { ...js[index]!, attempts: js.length, index };
}

/**
 * The whole matrix: allowed probes first — they are the controls — then every blocked probe with
 * its control, the meshed probe expecting `allowed` to the same host and port.
 */
export function judgeMatrix(probes: { probe: Probe; records: (ProbeRecord | undefined)[] }[], o: { acceptRefused?: boolean } = {}): Map<string, ReturnType<typeof judgeProbe>> {
  const out = new Map<string, ReturnType<typeof judgeProbe>>();
  for (const p of probes.filter((x) => x.probe.expect === 'allowed')) out.set(p.probe.name, judgeProbe(p.probe, p.records));
  for (const p of probes.filter((x) => x.probe.expect === 'blocked')) {
    const c = probes.find((q) => q.probe.client === 'meshed' && q.probe.expect === 'allowed' && sameTarget(q.probe.target, p.probe.target));
    const cj = c && out.get(c.probe.name);
    const control = c && cj ? { probe: c.probe.name, reached: cj.observed === 'allowed', detail: cj.detail } : undefined;
    out.set(p.probe.name, judgeProbe(p.probe, p.records, { ...(control ? { control } : {}), acceptRefused: !!o.acceptRefused }));
  }
  return out;
}

/** Same host (short or FQDN form) and same port. */
function sameTarget(a: string, b: string): boolean {
  return a.split(':')[1] === b.split(':')[1] && authorityMatches(a, b);
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, 160);
}
