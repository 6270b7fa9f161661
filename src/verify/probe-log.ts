import { METRICS_BEGIN, METRICS_END } from './probe-jobs.js';

/** Reading a probe's log: the JSON result line its command prints (probe-jobs.ts) and the proxy metrics between the markers. */
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
  let j: {
    probe?: unknown;
    rc?: unknown;
    v?: unknown;
    status?: unknown;
    tool64?: string;
    addr?: string;
    w64?: string;
    hdr64?: string;
    body64?: string;
    err64?: string;
  };
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
    return {
      code: typeof w.code === 'string' ? w.code : '000',
      tdns: num(w.tdns),
      tconn: num(w.tconn),
      tstart: num(w.tstart),
      ip: typeof w.ip === 'string' ? w.ip : '',
      connects: num(w.connects),
      size: num(w.size),
    };
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
