import { clientJob, meshedTail, METRICS_BEGIN, METRICS_END } from './probe-jobs.js';
import { between } from './probe-log.js';

/**
 * The gRPC load-balancing run (docs/reference/linkerd-charts.md#grpc-routes-and-load-balancing, the
 * walkthrough's point): a meshed client sends N gRPC
 * calls over ONE HTTP/2 connection — curl with prior knowledge reuses its connection across the URLs
 * of one invocation — which kube-proxy alone would pin to a single pod. The client's proxy then
 * reports, per endpoint pod, how many of them it sent where. The request body is an empty gRPC
 * message frame (flag 0, length 0), which is what `Check {}` of api.Dgraph/CheckVersion is.
 */
export interface BalanceJobOpts {
  namespace: string;
  curlImage: string;
  /** host:port of the ClusterIP Service */
  target: string;
  /** gRPC method path, /package.Service/Method */
  path: string;
  requests: number;
  maxTimeSeconds: number;
  nativeSidecar: boolean;
}

export const BALANCE_JOB = 'meshci-balance';

export function balanceCommand(o: BalanceJobOpts): string[] {
  const url = `'http://${o.target}${o.path}'`;
  return [
    'sh',
    '-c',
    `printf '\\000\\000\\000\\000\\000' > /tmp/req; ` +
      `curl -s --http2-prior-knowledge -X POST -H 'content-type: application/grpc' -H 'te: trailers' --data-binary @/tmp/req ` +
      `-o /dev/null -w '%{http_code} %{num_connects}\\n' -m ${o.maxTimeSeconds} ${Array(o.requests).fill(url).join(' ')} > /tmp/codes 2>/tmp/err; rc=$?; ` +
      `printf '{"balance":"grpc","rc":%d,"ok":%d,"sent":%d,"connections":%d,"curl":"%s"}\\n' "$rc" "$(grep -c '^200 ' /tmp/codes)" "$(wc -l < /tmp/codes)" "$(awk '{s+=$2} END {print s+0}' /tmp/codes)" "$(curl --version | head -1 | cut -d' ' -f2)"` +
      meshedTail(),
  ];
}

export function balanceJob(o: BalanceJobOpts): Record<string, unknown> {
  return clientJob({
    name: BALANCE_JOB,
    namespace: o.namespace,
    label: 'balance',
    meshed: true,
    nativeSidecar: o.nativeSidecar,
    image: o.curlImage,
    command: balanceCommand(o),
    deadlineSeconds: o.maxTimeSeconds + 180,
  });
}

export interface BalanceRecord {
  rc: number;
  /** calls answered with HTTP 200 (gRPC puts errors in trailers; the per-pod counts are the verdict) */
  ok: number;
  sent: number;
  /** TCP connections curl opened: 1 means every call shared one connection */
  connections: number;
  /** curl's version in the client image: 7.x cannot reuse an h2c connection (curl#10634) */
  curl?: string;
  metrics?: string;
}

export function parseBalanceLog(log: string): BalanceRecord | undefined {
  const line = log
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('{"balance"'));
  if (!line) return undefined;
  try {
    const j = JSON.parse(line) as BalanceRecord;
    const metrics = between(log, METRICS_BEGIN, METRICS_END);
    return { rc: j.rc, ok: j.ok, sent: j.sent, connections: j.connections, ...(j.curl ? { curl: j.curl } : {}), ...(metrics !== undefined ? { metrics } : {}) };
  } catch {
    return undefined;
  }
}
