import { ConfigurationError } from './errors.js';

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

/**
 * Parse a Go-style duration (`8760h`, `87600h`, `1h30m`, `90s`) as `step` and Linkerd accept them,
 * plus `d` for days (`60d`). Returns milliseconds. Throws ConfigurationError naming the input.
 */
export function parseDuration(input: string, value: string, opts: { min?: number; max?: number } = {}): number {
  const text = value.trim();
  const allowed = 'a duration such as 8760h, 87600h, 1h30m or 60d (units: d, h, m, s, ms)';
  if (!/^(\d+(\.\d+)?(ms|s|m|h|d))+$/.test(text)) {
    throw new ConfigurationError(`Input '${input}' has invalid duration '${value}': expected ${allowed}`);
  }
  let total = 0;
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) {
    total += Number(m[1]) * (UNIT_MS[m[2] as string] as number);
  }
  if (opts.min !== undefined && total < opts.min) {
    throw new ConfigurationError(`Input '${input}' duration '${value}' is too short: at least ${formatHours(opts.min)} is allowed`);
  }
  if (opts.max !== undefined && total > opts.max) {
    throw new ConfigurationError(`Input '${input}' duration '${value}' is too long: at most ${formatHours(opts.max)} is allowed`);
  }
  return Math.round(total);
}

function formatHours(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  return `${ms / 1000}s`;
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)}s`;
  const m = Math.floor(s / 60);
  return `${m}m${Math.round(s - m * 60)}s`;
}
