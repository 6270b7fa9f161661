/**
 * The republish bench's arithmetic, kept pure so a unit test can check it (test/unit/bench-stats).
 */

/** What one tool process cost, from its own accounting (wait4 through /usr/bin/time). */
export interface ProcCost {
  /** Wall seconds, as the bench timed it. */
  wall: number;
  /** User + system CPU seconds of the process (and any child it waited for). */
  cpu: number;
  /** Peak resident set, MB. */
  rssMb: number;
}

/** The format handed to /usr/bin/time -f, and its parser. */
export const TIME_FORMAT = 'BENCH_RUSAGE user=%U sys=%S maxrss_kb=%M';

export function parseTime(stderr: string): { cpu: number; rssMb: number } {
  const m = /BENCH_RUSAGE user=([\d.]+) sys=([\d.]+) maxrss_kb=(\d+)/.exec(stderr);
  if (!m) throw new Error(`no resource usage in the output: ${stderr.slice(-300)}`);
  return { cpu: Number(m[1]) + Number(m[2]), rssMb: Number(m[3]) / 1024 };
}

/** Several processes run one after another (skopeo per image): times and CPU add up, peak RSS is the largest. */
export function sumCosts(costs: ProcCost[]): ProcCost {
  return { wall: costs.reduce((a, c) => a + c.wall, 0), cpu: costs.reduce((a, c) => a + c.cpu, 0), rssMb: Math.max(0, ...costs.map((c) => c.rssMb)) };
}

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export function spread(xs: number[]): Spread {
  return { min: Math.min(...xs), median: median(xs), max: Math.max(...xs) };
}

/** Paired ratios a[i] / b[i] (the same round), summarized. */
export function ratios(a: number[], b: number[]): Spread {
  if (a.length !== b.length) throw new Error(`unpaired: ${a.length} vs ${b.length}`);
  return spread(a.map((x, i) => x / (b[i] as number)));
}

/** CPU seconds per GB (10^9 bytes) moved. */
export function cpuPerGb(cpu: number, bytes: number): number {
  return cpu / (bytes / 1e9);
}

/**
 * The order of the tools in round r (0-based): as given in even rounds, reversed in odd ones
 * (A B / B A), so that neither tool always runs first on a cold cache or last on a hot machine.
 */
export function roundOrder<T>(tools: readonly T[], round: number): T[] {
  return round % 2 === 0 ? [...tools] : [...tools].reverse();
}

export const fmt = (s: Spread, digits = 2, unit = '') => `${s.median.toFixed(digits)}${unit} (${s.min.toFixed(digits)}–${s.max.toFixed(digits)})`;

/** A target line: met when the median is within the bound (the min–max is printed beside it). */
export function target(label: string, s: Spread, bound: number, digits = 2, unit = '×'): string {
  return `${s.median <= bound ? 'MET    ' : 'NOT MET'} ${label}: median ${s.median.toFixed(digits)}${unit}, min ${s.min.toFixed(digits)}${unit}, max ${s.max.toFixed(digits)}${unit} (target ≤ ${bound}${unit})`;
}
