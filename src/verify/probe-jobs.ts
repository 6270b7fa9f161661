import { PROTO_EOF, type Probe } from './expectations.js';

/**
 * Probe Jobs for the connectivity matrix. One Job per probe, in a probe namespace; the meshed client
 * gets the proxy by annotation, the unmeshed client is opted out. Short timeouts so a blocked
 * connection is a verdict within seconds, not the article's 5 minutes. A meshed Job would never
 * finish while its proxy runs: the probe asks the proxy to shut down (admin endpoint, enabled by
 * annotation) and native sidecars are requested where Linkerd has them.
 *
 * The command prints one JSON line (bodies base64, so nothing needs escaping in shell) and, in a
 * meshed client, its own proxy's outbound request metrics between markers: the evidence of what
 * the proxy did with the request (TLS, server identity, which pod answered) — what `viz tap` shows.
 * Every field that reaches the shell was checked against a strict shape in expectations.ts.
 */
export interface ProbeJobOpts {
  namespace: string;
  curlImage: string;
  /** Needs a shell: e.g. fullstorydev/grpcurl:v1.9.1-alpine (the plain image has none). */
  grpcurlImage: string;
  connectTimeoutSeconds: number;
  maxTimeSeconds: number;
  /** Linkerd 2.15+ can run the proxy as a native sidecar (ends with the Job). */
  nativeSidecar: boolean;
}

export const METRICS_BEGIN = '--- meshci proxy metrics ---';
export const METRICS_END = '--- meshci end ---';
const ADMIN = 'http://localhost:4191';
/** Only the outbound request/response counters: small enough for a pod log, all the analysis needs. */
const METRIC_FILTER = `grep -E '^(request_total|response_total)[{]direction="outbound"' | head -c 200000`;

export function jobName(p: { name: string }): string {
  return `meshci-probe-${p.name}`.toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 63).replace(/-+$/, '');
}

/** Shell tail of a meshed client: its proxy's metrics, then the proxy shut down so the Job ends. */
export function meshedTail(tool: 'curl' | 'wget'): string {
  const get = tool === 'curl' ? `curl -s ${ADMIN}/metrics` : `wget -q -O- ${ADMIN}/metrics`;
  const post = tool === 'curl' ? `curl -s -X POST ${ADMIN}/shutdown` : `wget -q -O- --post-data='' ${ADMIN}/shutdown`;
  return `; echo '${METRICS_BEGIN}'; ${get} | ${METRIC_FILTER}; echo; echo '${METRICS_END}'; ${post} >/dev/null 2>&1 || true`;
}

const b64 = (file: string, bytes: number) => `$(head -c ${bytes} ${file} 2>/dev/null | base64 | tr -d '\\n')`;

export function probeCommand(p: Probe, o: ProbeJobOpts): string[] {
  const meshed = p.client === 'meshed';
  if (p.protocol === 'http') {
    const url = `http://${p.target}${p.path ?? '/'}`;
    return ['sh', '-c',
      `code=$(curl -sS -o /tmp/body -w '%{http_code}' --connect-timeout ${o.connectTimeoutSeconds} -m ${o.maxTimeSeconds} '${url}' 2>/tmp/err); rc=$?; ` +
      `printf '{"probe":"%s","rc":%d,"status":"%s","body64":"%s","err64":"%s"}\\n' '${p.name}' "$rc" "$code" "${b64('/tmp/body', 2048)}" "${b64('/tmp/err', 512)}"` +
      (meshed ? meshedTail('curl') : '')];
  }
  // without server reflection grpcurl needs the .proto: written by a quoted heredoc (no expansion)
  const proto = p.proto ? `mkdir -p /tmp/proto && cat > '/tmp/proto/${p.proto.name}' <<'${PROTO_EOF}'\n${p.proto.text.replace(/\n?$/, '\n')}${PROTO_EOF}\n` : '';
  const protoArgs = p.proto ? `-import-path /tmp/proto -proto '${p.proto.name}' ` : '';
  return ['sh', '-c',
    `${proto}grpcurl -plaintext ${protoArgs}-connect-timeout ${o.connectTimeoutSeconds} -max-time ${o.maxTimeSeconds} '${p.target}' '${p.method}' >/tmp/out 2>&1; rc=$?; ` +
    `printf '{"probe":"%s","rc":%d,"body64":"%s"}\\n' '${p.name}' "$rc" "${b64('/tmp/out', 2048)}"` +
    (meshed ? meshedTail('wget') : '')];
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
    image: p.protocol === 'http' ? o.curlImage : o.grpcurlImage,
    command: probeCommand(p, o),
    deadlineSeconds: o.maxTimeSeconds + 120,
  });
}

/** What one probe attempt printed. */
export interface ProbeRecord {
  probe: string;
  rc: number;
  /** HTTP status as curl printed it ('000' when there was no response); absent for gRPC. */
  status?: string;
  body: string;
  error: string;
  /** The meshed client's proxy metrics (outbound request/response counters), when printed. */
  metrics?: string;
}

export function parseProbeLog(log: string): ProbeRecord | undefined {
  const lines = log.split('\n');
  const line = [...lines].reverse().find((l) => l.startsWith('{"probe"'));
  if (!line) return undefined;
  let j: { probe: string; rc: number; status?: string; body64?: string; err64?: string };
  try {
    j = JSON.parse(line) as typeof j;
  } catch {
    return undefined;
  }
  const dec = (s?: string) => (s ? Buffer.from(s, 'base64').toString('utf8') : '');
  const rec: ProbeRecord = { probe: j.probe, rc: j.rc, body: dec(j.body64), error: dec(j.err64).trim() };
  if (j.status !== undefined) rec.status = j.status;
  const metrics = between(log, METRICS_BEGIN, METRICS_END);
  if (metrics !== undefined) rec.metrics = metrics;
  return rec;
}

export function between(text: string, begin: string, end: string): string | undefined {
  const a = text.indexOf(begin);
  if (a < 0) return undefined;
  const b = text.indexOf(end, a);
  return text.slice(a + begin.length, b < 0 ? undefined : b).replace(/^\n/, '');
}

export interface Judgement {
  observed: 'allowed' | 'blocked' | 'unknown';
  pass: boolean;
  detail: string;
}

/**
 * One attempt against its expectation. Observed `allowed` = the request reached the server;
 * `blocked` = no connection (refused, timed out: the NetworkPolicy drops it) or refused by Linkerd
 * policy (HTTP 403, gRPC PermissionDenied). An allowed expectation also needs the call to succeed
 * (HTTP status, gRPC OK) and the body to hold `contains`.
 */
export function judgeAttempt(p: Probe, r: ProbeRecord | undefined): Judgement {
  if (!r) return { observed: 'unknown', pass: false, detail: 'no result line in the probe log' };
  let observed: Judgement['observed'];
  let detail: string;
  let succeeded: boolean;
  if (p.protocol === 'http') {
    const status = r.status ?? '000';
    if (r.rc !== 0 || status === '000') {
      observed = 'blocked';
      detail = `no connection (curl exit ${r.rc}${r.error ? `: ${r.error.split('\n')[0]}` : ''})`;
      succeeded = false;
    } else if (status === '403') {
      observed = 'blocked';
      detail = 'HTTP 403 (refused by policy)';
      succeeded = false;
    } else {
      observed = 'allowed';
      detail = `HTTP ${status}`;
      succeeded = p.status !== undefined ? status === String(p.status) : /^2\d\d$/.test(status);
      if (!succeeded) detail += ` (expected ${p.status ?? '2xx'})`;
    }
  } else {
    const code = /Code: (\w+)/.exec(r.body)?.[1];
    if (r.rc === 0) {
      observed = 'allowed';
      detail = `gRPC OK ${oneLine(r.body)}`.trim();
      succeeded = true;
    } else if (code === 'PermissionDenied') {
      observed = 'blocked';
      detail = 'gRPC PermissionDenied (refused by policy)';
      succeeded = false;
    } else if (!code || code === 'Unavailable' || code === 'DeadlineExceeded') {
      observed = 'blocked';
      detail = `no connection (${oneLine(r.body) || `grpcurl exit ${r.rc}`})`;
      succeeded = false;
    } else {
      observed = 'allowed';
      detail = `gRPC ${code}: ${oneLine(r.body)}`;
      succeeded = false;
    }
  }
  if (p.expect === 'blocked') return { observed, pass: observed === 'blocked', detail };
  if (succeeded && p.contains && !r.body.includes(p.contains)) {
    return { observed, pass: false, detail: `${detail}; the body lacks ${JSON.stringify(p.contains)}` };
  }
  return { observed, pass: observed === 'allowed' && succeeded, detail };
}

/**
 * All attempts of one probe. A blocked expectation is judged on every attempt — one connection
 * anywhere fails it, so no retry can turn it into a pass; an allowed one passes when an attempt did.
 */
export function judgeProbe(p: Probe, attempts: (ProbeRecord | undefined)[]): Judgement & { attempts: number } {
  const js = attempts.map((a) => judgeAttempt(p, a));
  if (!js.length) return { observed: 'unknown', pass: false, detail: 'not run', attempts: 0 };
  const pick = p.expect === 'blocked' ? (js.find((j) => !j.pass) ?? js.at(-1)!) : (js.find((j) => j.pass) ?? js.at(-1)!);
  return { ...pick, attempts: js.length };
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim().slice(0, 160);
}
