/**
 * The kubelet's image-pull evidence: `Pulled` events, the number behind the AKS + Linkerd walkthrough's
 * "20–30 minutes from GHCR vs 3 minutes from ACR" (docs/reference/walkthrough.md#the-setup). Message formats
 * (pkg/kubelet/images/image_manager.go; docs/reference/kubernetes.md#kubelet-image-pull-events):
 *   ≥1.29  Successfully pulled image "X" in 1.393s (1.593s including waiting). Image size: 62958873 bytes.
 *   1.28   Successfully pulled image "X" in 1.393s (1.593s including waiting)
 *   ≤1.27  Successfully pulled image "X" in 1.393s
 *   cached Container image "X" already present on machine
 */
export interface PullRow {
  image: string;
  pod: string;
  namespace: string;
  /** Seconds the pull itself took; 0 when the image was already on the node. */
  seconds: number;
  /** Seconds including the wait in the kubelet's pull queue, when the kubelet reports it. */
  waitingSeconds?: number;
  bytes?: number;
  cached: boolean;
}

export interface EventLike {
  reason?: string;
  message?: string;
  involvedObject?: { kind?: string; name?: string; namespace?: string };
}

const PULLED = /^Successfully pulled image "([^"]+)" in (\S+?)(?: \((\S+) including waiting\))?(?:\. Image size: (\d+) bytes)?\.?$/;
const PRESENT = /^Container image "([^"]+)" already present on machine$/;

/** Go's time.Duration String() format: 1h2m3.5s, 812ms, 35.1µs, 120ns. */
export function parseGoDuration(text: string): number | undefined {
  const units: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 1e-3, us: 1e-6, µs: 1e-6, μs: 1e-6, ns: 1e-9 };
  if (text === '0s') return 0;
  const re = /(\d+(?:\.\d+)?)(h|ms|m|s|us|µs|μs|ns)/gy;
  let total = 0;
  let matched = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    total += Number(m[1]) * (units[m[2] as string] as number);
    matched = re.lastIndex;
  }
  return matched === text.length && matched > 0 ? total : undefined;
}

export function parsePullEvent(e: EventLike): PullRow | undefined {
  if (e.reason !== 'Pulled' || !e.message) return undefined;
  const where = { pod: e.involvedObject?.name ?? '', namespace: e.involvedObject?.namespace ?? '' };
  const msg = e.message.trim();
  const present = PRESENT.exec(msg);
  if (present) return { image: present[1] as string, ...where, seconds: 0, cached: true };
  const m = PULLED.exec(msg);
  if (!m) return undefined;
  const seconds = parseGoDuration(m[2] as string);
  if (seconds === undefined) return undefined;
  const waiting = m[3] ? parseGoDuration(m[3]) : undefined;
  return {
    image: m[1] as string,
    ...where,
    seconds,
    ...(waiting !== undefined ? { waitingSeconds: waiting } : {}),
    ...(m[4] ? { bytes: Number(m[4]) } : {}),
    cached: false,
  };
}

/** Per image: how many pulls, cached hits, the slowest and the total pull time. */
export function summarizePulls(rows: PullRow[]): { image: string; pulls: number; cached: number; maxSeconds: number; totalSeconds: number; bytes?: number }[] {
  const by = new Map<string, { image: string; pulls: number; cached: number; maxSeconds: number; totalSeconds: number; bytes?: number }>();
  for (const r of rows) {
    const s = by.get(r.image) ?? { image: r.image, pulls: 0, cached: 0, maxSeconds: 0, totalSeconds: 0 };
    if (r.cached) s.cached++;
    else {
      s.pulls++;
      const t = r.waitingSeconds ?? r.seconds;
      s.maxSeconds = Math.max(s.maxSeconds, t);
      s.totalSeconds += t;
      if (r.bytes) s.bytes = r.bytes;
    }
    by.set(r.image, s);
  }
  return [...by.values()].sort((a, b) => b.maxSeconds - a.maxSeconds);
}
