import type { Probe } from './expectations.js';

/**
 * Probe Jobs for the connectivity matrix (issue 5 groundwork). One Job per probe, in a probe
 * namespace; the meshed client gets the proxy by annotation, the unmeshed client is opted out.
 * Short timeouts so a blocked connection is a verdict within seconds, not the article's 5 minutes.
 * A meshed Job would never finish while its proxy runs: the probe asks the proxy to shut down
 * (admin endpoint, enabled by annotation) and native sidecars are requested where Linkerd has them.
 * The command prints one JSON line the orchestrator reads from the logs.
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

export function jobName(p: Probe): string {
  return `meshci-probe-${p.name}`.toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 63).replace(/-+$/, '');
}

export function probeCommand(p: Probe, o: ProbeJobOpts): string[] {
  // curl in the curl image; busybox wget in the (alpine) grpcurl image
  const post = p.protocol === 'http' ? 'curl -s -X POST http://localhost:4191/shutdown' : "wget -q -O- --post-data='' http://localhost:4191/shutdown";
  const shutdown = p.client === 'meshed' ? `; ${post} >/dev/null 2>&1 || true` : '';
  if (p.protocol === 'http') {
    const url = `http://${p.target}${p.path ?? '/'}`;
    return ['sh', '-c',
      `code=$(curl -sS -o /tmp/body -w '%{http_code}' --connect-timeout ${o.connectTimeoutSeconds} -m ${o.maxTimeSeconds} '${url}' 2>/tmp/err); rc=$?; ` +
      `printf '{"probe":"%s","rc":%d,"status":"%s","body":"%s","error":"%s"}\\n' '${p.name}' "$rc" "$code" "$(head -c 300 /tmp/body | tr -d '"\\\\\\n')" "$(head -c 300 /tmp/err | tr -d '"\\\\\\n')"${shutdown}`];
  }
  return ['sh', '-c',
    `out=$(grpcurl -plaintext -connect-timeout ${o.connectTimeoutSeconds} -max-time ${o.maxTimeSeconds} '${p.target}' '${p.method}' 2>&1); rc=$?; ` +
    `printf '{"probe":"%s","rc":%d,"body":"%s"}\\n' '${p.name}' "$rc" "$(printf %s "$out" | head -c 300 | tr -d '"\\\\\\n')"${shutdown}`];
}

export function probeJob(p: Probe, o: ProbeJobOpts): Record<string, unknown> {
  const meshed = p.client === 'meshed';
  const annotations: Record<string, string> = meshed
    ? { 'linkerd.io/inject': 'enabled', 'config.linkerd.io/proxy-admin-shutdown': 'enabled', ...(o.nativeSidecar ? { 'config.alpha.linkerd.io/proxy-enable-native-sidecar': 'true' } : {}) }
    : { 'linkerd.io/inject': 'disabled' };
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: jobName(p), namespace: o.namespace, labels: { 'app.kubernetes.io/managed-by': 'meshci', 'meshci.io/probe': p.name } },
    spec: {
      backoffLimit: 0,
      ttlSecondsAfterFinished: 600,
      activeDeadlineSeconds: o.maxTimeSeconds + 120,
      template: {
        metadata: { labels: { 'meshci.io/probe': p.name, 'meshci.io/client': p.client }, annotations },
        spec: {
          restartPolicy: 'Never',
          containers: [{ name: 'probe', image: p.protocol === 'http' ? o.curlImage : o.grpcurlImage, command: probeCommand(p, o) }],
        },
      },
    },
  };
}

export interface ProbeOutcome {
  probe: string;
  connected: boolean;
  detail: string;
}

/**
 * Read a probe's JSON line. HTTP: connected when curl got any HTTP status (rc 0); curl rc 7
 * (refused) / 28 (timeout) = not connected. gRPC: connected when grpcurl answered (rc 0) or the
 * server returned a gRPC status; connection errors and deadlines are not connected.
 */
export function parseProbeLog(log: string): ProbeOutcome | undefined {
  const line = log.trim().split('\n').reverse().find((l) => l.startsWith('{"probe"'));
  if (!line) return undefined;
  const j = JSON.parse(line) as { probe: string; rc: number; status?: string; body?: string; error?: string };
  if (j.status !== undefined) {
    const connected = j.rc === 0 && j.status !== '000';
    return { probe: j.probe, connected, detail: connected ? `HTTP ${j.status}` : `curl exit ${j.rc}${j.error ? `: ${j.error}` : ''}` };
  }
  const body = j.body ?? '';
  const connected = j.rc === 0 || /^ERROR:\s*Code: (?!Unavailable|DeadlineExceeded)/m.test(body);
  return { probe: j.probe, connected, detail: j.rc === 0 ? body.slice(0, 120) || 'ok' : body.slice(0, 160) };
}
