import type { Probe } from './expectations.js';

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
const WRITE_OUT =
  '{"code":"%{http_code}","tdns":%{time_namelookup},"tconn":%{time_connect},"tstart":%{time_starttransfer},"ip":"%{remote_ip}","connects":%{num_connects},"size":%{size_download}}';

export function jobName(p: { name: string }): string {
  return `meshci-probe-${p.name}`
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '-')
    .slice(0, 63)
    .replace(/-+$/, '');
}

/** Shell tail of a meshed client: its proxy's metrics, then the proxy shut down so the Job ends. */
export function meshedTail(): string {
  return `; echo '${METRICS_BEGIN}'; curl -s ${ADMIN}/metrics | ${METRIC_FILTER}; echo; echo '${METRICS_END}'; curl -s -X POST ${ADMIN}/shutdown >/dev/null 2>&1 || true`;
}

const b64 = (file: string, bytes: number) => `$(head -c ${bytes} ${file} 2>/dev/null | base64 | tr -d '\\n')`;

export function probeCommand(p: Probe, o: ProbeJobOpts): string[] {
  const host = p.target.replace(/:\d+$/, '');
  const request =
    p.protocol === 'http'
      ? `'http://${p.target}${p.path ?? '/'}'`
      : `--http2-prior-knowledge -X POST -H 'content-type: application/grpc' -H 'te: trailers' --data-binary @/tmp/req 'http://${p.target}/${p.method}'`;
  return [
    'sh',
    '-c',
    (p.protocol === 'grpc' ? `printf '\\000\\000\\000\\000\\000' > /tmp/req; ` : '') +
      `tool=$(command -v curl 2>/dev/null); ver=$(curl --version 2>/dev/null | head -n 1 | cut -d' ' -f2); ` +
      `addr=$(getent hosts '${host}' 2>/dev/null | head -n 1 | cut -d' ' -f1); ` +
      `curl -sS -D /tmp/hdr -o /tmp/body -w '${WRITE_OUT}' --connect-timeout ${o.connectTimeoutSeconds} -m ${o.maxTimeSeconds} ${request} >/tmp/w 2>/tmp/err; rc=$?; ` +
      `printf '{"probe":"%s","v":${PROBE_LINE_VERSION},"rc":%d,"tool64":"%s","addr":"%s","w64":"%s","hdr64":"%s","body64":"%s","err64":"%s"}\\n' '${p.name}' "$rc" ` +
      `"$(printf '%s %s' "$tool" "$ver" | base64 | tr -d '\\n')" "$addr" "${b64('/tmp/w', 1024)}" "${b64('/tmp/hdr', 4096)}" "${b64('/tmp/body', 4096)}" "${b64('/tmp/err', 512)}"` +
      (p.client === 'meshed' ? meshedTail() : ''),
  ];
}

export function clientAnnotations(meshed: boolean, nativeSidecar: boolean): Record<string, string> {
  return meshed
    ? {
        'linkerd.io/inject': 'enabled',
        'config.linkerd.io/proxy-await': 'enabled',
        'config.linkerd.io/proxy-admin-shutdown': 'enabled',
        ...(nativeSidecar ? { 'config.alpha.linkerd.io/proxy-enable-native-sidecar': 'true' } : {}),
      }
    : { 'linkerd.io/inject': 'disabled' };
}

export function clientJob(o: {
  name: string;
  namespace: string;
  label: string;
  meshed: boolean;
  nativeSidecar: boolean;
  image: string;
  command: string[];
  deadlineSeconds: number;
}): Record<string, unknown> {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: o.name, namespace: o.namespace, labels: { 'app.kubernetes.io/managed-by': 'meshci', 'meshci.io/probe': o.label } },
    spec: {
      backoffLimit: 0,
      ttlSecondsAfterFinished: 600,
      activeDeadlineSeconds: o.deadlineSeconds,
      template: {
        metadata: {
          labels: { 'meshci.io/probe': o.label, 'meshci.io/client': o.meshed ? 'meshed' : 'unmeshed' },
          annotations: clientAnnotations(o.meshed, o.nativeSidecar),
        },
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
