import type { Dispatcher } from 'undici';

/**
 * One HTTP request through an undici dispatcher. Calls Dispatcher#request rather than undici's
 * top-level request(): the build (build.mjs, undici-slim) bundles undici's HTTP client without its
 * index, whose fetch/WebSocket/cache modules would add ~15 ms to every step's start.
 */
export function httpRequest(
  dispatcher: Dispatcher,
  url: string | URL,
  opts: { method?: Dispatcher.HttpMethod; headers?: Record<string, string>; body?: Dispatcher.DispatchOptions['body'] } = {},
): Promise<Dispatcher.ResponseData> {
  const u = typeof url === 'string' ? new URL(url) : url;
  return dispatcher.request({ origin: u.origin, path: `${u.pathname}${u.search}`, method: opts.method ?? 'GET', headers: opts.headers, body: opts.body });
}
