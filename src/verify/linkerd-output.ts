import parsePrometheus from 'parse-prometheus-text-format';

/**
 * Pure analysis for the verify action (issue 5 groundwork): parsers for Linkerd's machine output
 * (docs/reference/linkerd-check.md) and the verdicts computed from them. Every function takes text as the CLI or a
 * proxy printed it, so the same code re-analyses a saved evidence bundle.
 */

export type Result = 'success' | 'warning' | 'error';

export interface CheckItem {
  category: string;
  description: string;
  result: Result;
  hint?: string;
  error?: string;
}

/**
 * Split what `linkerd check -o json` printed into its JSON documents and everything else. With
 * extensions installed it prints one document per extension, concatenated, not newline-delimited
 * (linkerd2 #5669/#7960); in 2.11 an extension could print its table instead (#7037). Every byte is
 * accounted for: a document is a balanced `{…}`/`[…]` that JSON.parse accepts; any other line is
 * returned in `text`, so the caller can fail on output it did not understand rather than drop it.
 * A small scanner is needed here: JSON.parse takes one document.
 */
export function splitJsonStream(text: string): { docs: unknown[]; text: string[] } {
  const docs: unknown[] = [];
  const rest: string[] = [];
  let i = 0;
  const restOfLine = () => {
    const nl = text.indexOf('\n', i);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(i, end).trim();
    if (line) rest.push(line);
    i = end + 1;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch !== '{' && ch !== '[') {
      restOfLine();
      continue;
    }
    const end = closing(text, i);
    if (end < 0) {
      rest.push(`${text.slice(i, i + 300).trim()}${text.length - i > 300 ? '…' : ''} (a JSON document that is not closed)`);
      break;
    }
    try {
      docs.push(JSON.parse(text.slice(i, end + 1)));
      i = end + 1;
    } catch {
      restOfLine();
    }
  }
  return { docs, text: rest };
}

/** Index of the bracket closing the one at `start` (strings and escapes respected), or -1. */
function closing(text: string, start: number): number {
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

interface CheckDoc {
  success?: boolean;
  categories?: { categoryName: string; checks: { description: string; result: string; hint?: string; error?: string }[] }[];
}

/**
 * The checks of a `linkerd check -o json` stream, and what in it was not a check document (table
 * text, other JSON): `unparsed`, for the caller to report.
 */
export function parseCheckOutput(text: string): { items: CheckItem[]; result: Result; unparsed: string[] } {
  const items: CheckItem[] = [];
  const split = splitJsonStream(text);
  const unparsed = [...split.text];
  for (const d of split.docs as CheckDoc[]) {
    if (!d || typeof d !== 'object' || Array.isArray(d) || !Array.isArray(d.categories)) {
      unparsed.push(JSON.stringify(d).slice(0, 300));
      continue;
    }
    for (const c of d.categories) {
      for (const k of Array.isArray(c?.checks) ? c.checks : []) {
        if (typeof k?.description !== 'string') {
          unparsed.push(JSON.stringify(k).slice(0, 300));
          continue;
        }
        const result: Result = k.result === 'success' ? 'success' : k.result === 'warning' ? 'warning' : 'error';
        items.push({
          category: String(c.categoryName),
          description: k.description,
          result,
          ...(k.hint ? { hint: String(k.hint) } : {}),
          ...(k.error ? { error: String(k.error) } : {}),
        });
      }
    }
  }
  const result: Result = items.some((i) => i.result === 'error') ? 'error' : items.some((i) => i.result === 'warning') ? 'warning' : 'success';
  return { items, result, unparsed };
}

export interface Edge {
  src: string;
  srcNamespace: string;
  dst: string;
  dstNamespace: string;
  clientId: string;
  serverId: string;
  noTlsReason: string;
  /** mTLS iff the server identity is known and there is no no-TLS reason (docs/reference/linkerd-check.md#viz-edges). */
  secured: boolean;
}

export function parseEdges(text: string): Edge[] {
  const raw = JSON.parse(text.trim() || '[]') as Record<string, string>[];
  return raw.map((e) => ({
    src: e['src'] ?? '',
    srcNamespace: e['src_namespace'] ?? '',
    dst: e['dst'] ?? '',
    dstNamespace: e['dst_namespace'] ?? '',
    clientId: e['client_id'] ?? '',
    serverId: e['server_id'] ?? '',
    noTlsReason: e['no_tls_reason'] ?? '',
    secured: !!e['server_id'] && !e['no_tls_reason'],
  }));
}

export interface Balance {
  verdict: 'balanced' | 'unbalanced' | 'no-traffic';
  total: number;
  shares: Record<string, number>;
  /** busiest pod's requests divided by the quietest's (Infinity when a pod got none). */
  ratio: number;
}

/**
 * gRPC balancing from per-pod request counts: kube-proxy pins a gRPC connection to one pod, Linkerd
 * spreads requests (docs/reference/linkerd-charts.md#grpc-routes-and-load-balancing). Balanced when every pod got traffic and the busiest got at
 * most `maxRatio` times the quietest.
 */
export function balance(counts: Record<string, number>, maxRatio = 3): Balance {
  const pods = Object.keys(counts).sort();
  const total = pods.reduce((n, p) => n + (counts[p] ?? 0), 0);
  if (total === 0) return { verdict: 'no-traffic', total, shares: {}, ratio: 0 };
  const values = pods.map((p) => counts[p] ?? 0);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const ratio = min === 0 ? Infinity : max / min;
  const shares = Object.fromEntries(pods.map((p) => [p, Math.round(((counts[p] ?? 0) / total) * 1000) / 1000]));
  return { verdict: ratio <= maxRatio ? 'balanced' : 'unbalanced', total, shares, ratio };
}

/** One destination of a meshed client's outbound traffic, from its proxy's counters. */
export interface TrafficRow {
  authority: string;
  /** The pod that answered (`dst_pod`), else the endpoint address (`target_addr`). */
  dst: string;
  targetAddr: string;
  tls: string;
  serverId: string;
  requests: number;
  /** Responses by gRPC status when present, else HTTP status. */
  responses: Record<string, number>;
}

type Sample = { value: string; labels?: Record<string, string> };

/**
 * A meshed client's outbound traffic (docs/reference/linkerd-check.md#proxy-metrics): `request_total{direction="outbound"}`
 * per authority and endpoint, with its TLS state and the server identity it verified, and the
 * matching `response_total` by status — what `linkerd viz tap` would have shown for these requests.
 */
export function outboundTraffic(metricsText: string): TrafficRow[] {
  const rows = new Map<string, TrafficRow>();
  const keyOf = (l: Record<string, string>) => `${l['authority'] ?? ''}|${l['target_addr'] ?? ''}|${l['tls'] ?? ''}|${l['server_id'] ?? ''}`;
  const row = (l: Record<string, string>): TrafficRow => {
    const k = keyOf(l);
    let r = rows.get(k);
    if (!r) {
      r = {
        authority: l['authority'] ?? '',
        dst: l['dst_pod'] ?? l['target_addr'] ?? '',
        targetAddr: l['target_addr'] ?? '',
        tls: l['tls'] ?? '',
        serverId: l['server_id'] ?? '',
        requests: 0,
        responses: {},
      };
      rows.set(k, r);
    }
    return r;
  };
  for (const fam of parsePrometheus(metricsText)) {
    if (fam.name !== 'request_total' && fam.name !== 'response_total') continue;
    for (const m of fam.metrics as Sample[]) {
      const l = m.labels ?? {};
      if (l['direction'] !== 'outbound') continue;
      const v = Number(m.value);
      const r = row(l);
      if (fam.name === 'request_total') r.requests += v;
      else {
        const status = l['grpc_status'] !== undefined ? `grpc ${l['grpc_status']}` : `http ${l['status_code'] ?? '?'}`;
        r.responses[status] = (r.responses[status] ?? 0) + v;
      }
    }
  }
  return [...rows.values()].sort((a, b) => a.authority.localeCompare(b.authority) || a.dst.localeCompare(b.dst));
}

/** Does a metrics authority (`host:port` or `host`) name this probe target (`host:port`)? */
export function authorityMatches(authority: string, target: string): boolean {
  if (authority === target) return true;
  const [host, port] = target.split(':');
  const [aHost, aPort] = authority.split(':');
  if (aPort && aPort !== port) return false;
  // a short name's FQDN form: dgraph-dgraph-alpha.dgraph ⇔ dgraph-dgraph-alpha.dgraph.svc.cluster.local
  return aHost === host || (!!aHost && !!host && (host.startsWith(`${aHost}.`) || aHost.startsWith(`${host}.`)));
}

/**
 * Requests per endpoint pod of the balancing run, from the meshed client's proxy: `dst_pod` when the
 * proxy labels it, else the endpoint IP mapped to a pod. Every endpoint pod appears, with 0 when
 * it got nothing — a pod the proxy never chose is the unbalanced case.
 */
export function requestsPerPod(metricsText: string, target: string, endpoints: { pod: string; ip: string }[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(endpoints.map((e) => [e.pod, 0]));
  const byIp = new Map(endpoints.map((e) => [e.ip, e.pod]));
  for (const r of outboundTraffic(metricsText)) {
    if (!authorityMatches(r.authority, target)) continue;
    const ip = r.targetAddr.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    const pod = r.dst && r.dst !== r.targetAddr ? r.dst : (byIp.get(ip) ?? r.targetAddr);
    counts[pod] = (counts[pod] ?? 0) + r.requests;
  }
  return counts;
}
