import protobuf from 'protobufjs';
import type { Probe } from './expectations.js';
import { authorityMatches } from './linkerd-output.js';
import type { ProbeRecord } from './probe-log.js';
import { getErrorMessage } from '../lib/errors.js';

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

const GRPC_CODES = [
  'OK',
  'Canceled',
  'Unknown',
  'InvalidArgument',
  'DeadlineExceeded',
  'NotFound',
  'AlreadyExists',
  'PermissionDenied',
  'ResourceExhausted',
  'FailedPrecondition',
  'Aborted',
  'OutOfRange',
  'Unimplemented',
  'Internal',
  'Unavailable',
  'DataLoss',
  'Unauthenticated',
];
const firstLine = (s: string) => oneLine(s.split('\n')[0] ?? '');

export function classify(p: Probe, r: ProbeRecord | undefined): Outcome {
  if (!r) return { kind: 'none', detail: 'no result line in the probe log' };
  const err = r.error ? `: ${firstLine(r.error)}` : '';
  if (r.rc === 127 || r.rc === 126)
    return { kind: 'inconclusive', detail: `tool missing: the probe image has no runnable curl (exit ${r.rc}${err}); curl-image needs sh and curl ≥ 8` };
  if (!r.v || !r.write) {
    // a result line from before proofs were recorded: what it says cannot prove a block
    const answered = r.status !== undefined && r.status !== '000';
    return answered
      ? answeredOutcome(p, r)
      : { kind: 'inconclusive', detail: `the probe recorded no connect phase or resolved address (exit ${r.rc}${err}): re-run verify with this meshci` };
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
      return {
        kind: 'linkerd-refused',
        detail: `HTTP 403 from Linkerd's proxy${l5d ? ` (l5d-proxy-error: ${oneLine(l5d)})` : ' (empty body, as the proxy answers)'}`,
      };
    }
    const expected = p.status !== undefined ? String(p.status) : '2xx';
    const ok = p.status !== undefined ? status === String(p.status) : /^2\d\d$/.test(status);
    const detail = `HTTP ${status}${status === '403' ? ' with a body: the application refused it, not Linkerd' : ''}${ok ? '' : ` (expected ${expected})`}`;
    if (ok && p.contains && !r.body.includes(p.contains))
      return { kind: 'answered', succeeded: false, detail: `${detail}; the body lacks ${JSON.stringify(p.contains)}` };
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
  if (p.contains && !decoded.json.includes(p.contains))
    return { kind: 'answered', succeeded: false, detail: `${detail}; the response lacks ${JSON.stringify(p.contains)}` };
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
    return { error: `cannot decode the response with ${p.proto.name}: ${getErrorMessage(e)}` };
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
        return {
          observed: 'inconclusive',
          pass: false,
          detail: `refused by a host: ${o.detail} — a closed port refuses too; if your CNI rejects instead of dropping, set accept-refused: true`,
        };
      }
      const c = ctx.control;
      if (!c)
        return {
          observed: 'inconclusive',
          pass: false,
          detail: `${o.detail}, but no control: no meshed probe expecting allowed to ${p.target} ran, so nothing shows the target was up`,
        };
      if (!c.reached)
        return {
          observed: 'inconclusive',
          pass: false,
          detail: `${o.detail}, but the control probe ${c.probe} failed too (${c.detail}): the target may simply be down`,
        };
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
export function judgeMatrix(
  probes: { probe: Probe; records: (ProbeRecord | undefined)[] }[],
  o: { acceptRefused?: boolean } = {},
): Map<string, ReturnType<typeof judgeProbe>> {
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
