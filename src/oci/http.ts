import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import type { Readable } from 'node:stream';
import type { Dispatcher } from 'undici';
import { getProxyForUrl } from 'proxy-from-env';

/**
 * The registry client's HTTP: two transports, chosen per request by what it carries.
 *
 * - Control requests (pings, tokens, manifest HEAD/GET/PUT, blob HEAD, upload POST, referrers) go
 *   through node:https. Its client and native parser are part of the Node binary, warm from the first
 *   request; a warm re-run is nothing but these requests, and on the bench node:https served them in
 *   120 ms where undici took 144 ms (a fresh process runs undici's JavaScript and WASM parser cold).
 * - Blob bodies (GET and PUT streams) go through undici, loaded on the first blob: it moves bulk bytes
 *   with less CPU than node:https piping (2.4 s vs 2.7 s of CPU for the 642 MB bench set, where the
 *   whole machine's CPU is the limit).
 *
 * Both share one TLS SecureContext (built once, not per connection) that prefers AES-128-GCM, as Go's
 * crypto/tls (and so skopeo) does: with AES-NI it is cheaper than Node's first choice AES-256-GCM.
 *
 * Proxies: HTTPS_PROXY / HTTP_PROXY / NO_PROXY (and the lower-case forms) as curl and the Azure SDK
 * read them, through proxy-from-env; a proxied origin is reached through a CONNECT tunnel
 * (https-proxy-agent for control requests, undici's ProxyAgent for blobs), TLS still end to end.
 * Plain-HTTP registries (local ones, `plain-http`) are never proxied.
 */
export interface HttpResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: ResponseBody;
}

export interface ResponseBody {
  /** Read and discard the rest, so the connection can be reused. */
  dump(): Promise<void>;
  text(): Promise<string>;
  bytes(): Promise<Buffer>;
  /** The body as a stream (blob downloads). */
  readonly stream: Readable;
}

export interface RequestOpts {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Buffer | Readable | AsyncIterable<Buffer>;
  /** A blob body in either direction: use the bulk transport. */
  bulk?: boolean;
}

/** A body that can be sent again (a retry), as opposed to a stream that is consumed once. */
export function isReplayable(body: RequestOpts['body']): body is string | Buffer | undefined {
  return body === undefined || typeof body === 'string' || Buffer.isBuffer(body);
}

export interface TransportOpts {
  /** Extra trust anchors (PEM), on top of Node's roots and NODE_EXTRA_CA_CERTS. */
  ca?: string | Buffer;
  /** Connections per origin (default 32). */
  connections?: number;
  /** A control request that sends or receives nothing for this long fails as ETIMEDOUT (retryable). */
  timeoutMs?: number;
}

export class HttpTransport {
  private readonly secureContext: tls.SecureContext;
  private readonly control: { https: https.Agent; http: http.Agent };
  /** Control-request tunnel agents and bulk dispatchers, by proxy URL ('' = direct), made on first use. */
  private readonly tunnels = new Map<string, Promise<https.Agent>>();
  private readonly bulkDispatchers = new Map<string, Promise<Dispatcher>>();
  constructor(private readonly opts: TransportOpts = {}) {
    this.secureContext = tls.createSecureContext({
      ciphers: `TLS_AES_128_GCM_SHA256:${tls.DEFAULT_CIPHERS}`,
      ...(opts.ca ? { ca: [...tls.rootCertificates, String(opts.ca)] } : {}),
    });
    const maxSockets = opts.connections ?? 32;
    this.control = {
      https: new https.Agent({ keepAlive: true, maxSockets }),
      http: new http.Agent({ keepAlive: true, maxSockets }),
    };
  }

  request(url: string | URL, opts: RequestOpts = {}): Promise<HttpResponse> {
    const u = typeof url === 'string' ? new URL(url) : url;
    return opts.bulk || !isReplayable(opts.body) ? this.bulk(u, opts) : this.controlRequest(u, opts);
  }

  async close(): Promise<void> {
    this.control.https.destroy();
    this.control.http.destroy();
    // Whatever failed to load or close, close the rest.
    await Promise.allSettled([
      ...[...this.tunnels.values()].map(async (a) => (await a).destroy()),
      ...[...this.bulkDispatchers.values()].map(async (d) => (await d).close()),
    ]);
  }

  /** The proxy for an https origin, from the environment, or undefined. */
  private proxyFor(u: URL): string | undefined {
    return u.protocol === 'https:' ? getProxyForUrl(u.toString()) || undefined : undefined;
  }

  /** A proxy's tunnelling agent, loaded only when a proxy is configured. */
  private tunnel(proxy: string): Promise<https.Agent> {
    // A CommonJS package: its exports object is `default` when bundled, and also under Node's ESM.
    return memo(this.tunnels, proxy, async () => {
      const m = await import('https-proxy-agent');
      const { HttpsProxyAgent } = m.default ?? m;
      return new HttpsProxyAgent(proxy, { keepAlive: true, maxSockets: this.opts.connections ?? 32 });
    });
  }

  private async controlRequest(u: URL, opts: RequestOpts): Promise<HttpResponse> {
    const proxy = this.proxyFor(u);
    const agent = u.protocol !== 'https:' ? this.control.http : proxy ? await this.tunnel(proxy) : this.control.https;
    return new Promise((resolve, reject) => {
      // The TLS context goes with each request: the agent (direct or a proxy tunnel) hands the
      // request's TLS options to the origin handshake.
      const options: https.RequestOptions & Pick<tls.ConnectionOptions, 'secureContext'> = { method: opts.method ?? 'GET', headers: opts.headers, agent, secureContext: this.secureContext };
      // Inside a tunnel https-proxy-agent drops the host, and for an IP address sends no SNI, so
      // Node would check the certificate against "localhost": check it against the origin's host.
      if (proxy) options.checkServerIdentity = (_host, cert) => tls.checkServerIdentity(u.hostname.replace(/^\[|\]$/g, ''), cert);
      const req = (u.protocol === 'https:' ? https : http).request(u, options, (res) => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: new NodeBody(res) });
      });
      req.setTimeout(this.opts.timeoutMs ?? 120_000, () => req.destroy(Object.assign(new Error(`no response from ${u.host} in ${Math.round((this.opts.timeoutMs ?? 120_000) / 1000)} s`), { code: 'ETIMEDOUT' })));
      req.on('error', reject);
      req.end(opts.body as string | Buffer | undefined);
    });
  }

  private bulkDispatcher(u: URL): Promise<Dispatcher> {
    const proxy = this.proxyFor(u);
    return memo(this.bulkDispatchers, proxy ?? '', async () => {
      const { Agent, ProxyAgent } = await import('undici');
      const base = { connections: this.opts.connections ?? 32, keepAliveTimeout: 30_000, pipelining: 1 };
      return proxy ? new ProxyAgent({ ...base, uri: proxy, requestTls: { secureContext: this.secureContext } }) : new Agent({ ...base, connect: { secureContext: this.secureContext } });
    });
  }

  private async bulk(u: URL, opts: RequestOpts): Promise<HttpResponse> {
    const agent = await this.bulkDispatcher(u);
    const r = await agent.request({ origin: u.origin, path: `${u.pathname}${u.search}`, method: (opts.method ?? 'GET') as Dispatcher.HttpMethod, headers: opts.headers, body: opts.body as Dispatcher.DispatchOptions['body'] });
    const body = r.body;
    return {
      status: r.statusCode,
      headers: r.headers,
      body: { dump: () => body.dump(), text: () => body.text(), bytes: async () => Buffer.from(await body.arrayBuffer()), stream: body as unknown as Readable },
    };
  }
}

function memo<T>(map: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let p = map.get(key);
  if (!p) map.set(key, (p = make()));
  return p;
}

/** A node:http response with the few body helpers the registry client needs. */
class NodeBody implements ResponseBody {
  constructor(readonly stream: IncomingMessage) {}

  dump(): Promise<void> {
    if (this.stream.readableEnded || this.stream.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      this.stream.once('end', resolve).once('close', resolve).once('error', () => resolve());
      this.stream.resume();
    });
  }

  async bytes(): Promise<Buffer> {
    const parts: Buffer[] = [];
    for await (const c of this.stream) parts.push(c as Buffer);
    return Buffer.concat(parts);
  }

  async text(): Promise<string> {
    return (await this.bytes()).toString('utf8');
  }
}
