/**
 * Bounded exponential backoff with full jitter, honouring Retry-After. Used for every registry
 * request; blob transfers restart as a whole through the same policy.
 */
export interface RetryPolicy {
  attempts: number;
  baseMs: number;
  maxMs: number;
  /** Upper bound for a server's Retry-After. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, baseMs: 200, maxMs: 8000, maxRetryAfterMs: 60_000 };

export const RETRY_STATUS = new Set([408, 425, 429, 500, 502, 503, 504]);

const RETRY_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENOTFOUND',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

export function isRetryableError(e: unknown): boolean {
  let cur: unknown = e;
  for (let i = 0; i < 4 && cur; i++) {
    const code = (cur as { code?: string }).code;
    if (code && RETRY_CODES.has(code)) return true;
    if ((cur as { retryable?: boolean }).retryable) return true;
    cur = (cur as { cause?: unknown }).cause;
  }
  return false;
}

/** Milliseconds from a Retry-After header (seconds or HTTP date), or undefined. */
export function retryAfterMs(header: string | string[] | undefined, now = Date.now()): number | undefined {
  const v = Array.isArray(header) ? header[0] : header;
  if (!v) return undefined;
  if (/^\d+$/.test(v.trim())) return Number(v.trim()) * 1000;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : Math.max(0, t - now);
}

export function backoffMs(attempt: number, p: RetryPolicy, retryAfter?: number, random = Math.random): number {
  if (retryAfter !== undefined) return Math.min(retryAfter, p.maxRetryAfterMs);
  const cap = Math.min(p.maxMs, p.baseMs * 2 ** attempt);
  return Math.floor(random() * cap);
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
