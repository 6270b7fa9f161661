import http, { type ClientRequest, type IncomingMessage } from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import type { Duplex } from 'node:stream';
import { Readable } from 'node:stream';
import { getProxyForUrl } from 'proxy-from-env';
import { streamed } from '../lib/gc-tuning.js';

/**
 * The registry client's HTTP: one keep-alive connection pool (one node:https Agent) for every
 * request of a run — pings, tokens, manifests, blob HEADs, and blob bodies in both directions —
 * so each registry costs one full TLS handshake per run; further connections to it (blob transfers
 * in parallel) resume that TLS session (the agent's session cache) instead of negotiating again.
 *
 * Blob bodies are relayed by hand (`pump`), not through stream.pipeline and a Transform: each chunk
 * the source response emits is hashed and written to the destination request as it is, the last
 * chunks held back until the digest is verified, writes batched (corked) into large writev calls.
 * Hand-written because no library does this without an extra stream stage: a Transform's
 * Writable + Readable state machines, per 16 KB chunk, cost more CPU than the sha256 itself
 * (measured with --cpu-prof, docs/republish.md). Nothing is buffered whole: back-pressure pauses
 * the source while the destination socket's buffer is full.
 *
 * Earlier versions sent blob bodies through undici and control requests through node:https: two
 * pools and two TLS handshakes per registry, and undici's body stream stage on top.
 *
 * The TLS SecureContext is built once (not per connection) and prefers AES-128-GCM, as Go's
 * crypto/tls (and so skopeo) does: with AES-NI it is cheaper than Node's first choice AES-256-GCM.
 *
 * Proxies: HTTPS_PROXY / HTTP_PROXY / NO_PROXY (and the lower-case forms) as curl and the Azure SDK
 * read them, through proxy-from-env; a proxied origin is reached through a CONNECT tunnel
 * (https-proxy-agent, one pool per proxy), TLS still end to end. Plain-HTTP registries (local ones,
 * `plain-http`) are never proxied.
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

/**
 * Sees every chunk of a relayed body on its way out. `chunk` returns what to write now (it may
 * hold bytes back) and throws to abort the upload; `end` returns what is left to write, or throws
 * — the request is then destroyed short of its Content-Length, so the server never commits it.
 */
export interface ChunkTap {
  chunk(c: Buffer): Buffer | Buffer[] | undefined;
  end(): Buffer | Buffer[] | undefined;
}

/** A body relayed from a stream (a blob download) through an optional tap (the digest check). */
export interface RelayBody {
  source: Readable;
  tap?: ChunkTap;
}

export type RequestBody = string | Buffer | Readable | AsyncIterable<Buffer> | RelayBody;

export interface RequestOpts {
  method?: string;
  headers?: Record<string, string>;
  body?: RequestBody;
}

/** A body that can be sent again (a retry), as opposed to a stream that is consumed once. */
export function isReplayable(body: RequestOpts['body']): body is string | Buffer | undefined {
  return body === undefined || typeof body === 'string' || Buffer.isBuffer(body);
}

function isRelay(body: RequestBody): body is RelayBody {
  return typeof body === 'object' && !Buffer.isBuffer(body) && 'source' in body && body.source instanceof Readable;
}

export interface TransportOpts {
  /** Extra trust anchors (PEM), on top of Node's roots and NODE_EXTRA_CA_CERTS. */
  ca?: string | Buffer;
  /** Connections per origin (default 32). */
  connections?: number;
  /** A request that sends or receives nothing for this long fails as ETIMEDOUT (retryable). */
  timeoutMs?: number;
}

/** Per origin: connections opened, full TLS handshakes, and resumed TLS sessions. */
export interface ConnectionStats {
  connections: number;
  handshakes: number;
  resumed: number;
}

/** Bytes per writev: a batch of source chunks goes to the destination socket in one call. */
const WRITE_BATCH = 256 * 1024;

export class HttpTransport {
  private readonly secureContext: tls.SecureContext;
  /** The one pool per scheme: every request of a run, to every origin, goes through it. */
  private readonly agents: { https: https.Agent; http: http.Agent };
  /** Tunnel agents by proxy URL, made on first use. */
  private readonly tunnels = new Map<string, Promise<https.Agent>>();
  private readonly counted = new WeakSet<Duplex>();
  /** Connections, TLS handshakes and resumed sessions per origin (tests and the bench read them). */
  readonly stats = new Map<string, ConnectionStats>();
  constructor(private readonly opts: TransportOpts = {}) {
    this.secureContext = tls.createSecureContext({
      ciphers: `TLS_AES_128_GCM_SHA256:${tls.DEFAULT_CIPHERS}`,
      ...(opts.ca ? { ca: [...tls.rootCertificates, String(opts.ca)] } : {}),
    });
    const maxSockets = opts.connections ?? 32;
    this.agents = {
      https: new https.Agent({ keepAlive: true, maxSockets, maxCachedSessions: 64 }),
      http: new http.Agent({ keepAlive: true, maxSockets }),
    };
  }

  request(url: string | URL, opts: RequestOpts = {}): Promise<HttpResponse> {
    const u = typeof url === 'string' ? new URL(url) : url;
    return this.send(u, opts);
  }

  async close(): Promise<void> {
    this.agents.https.destroy();
    this.agents.http.destroy();
    // Whatever failed to load or close, close the rest.
    await Promise.allSettled([...this.tunnels.values()].map(async (a) => (await a).destroy()));
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

  /** Count a connection the first time a request gets it, and whether its TLS session was resumed. */
  private count(origin: string, socket: Duplex): void {
    if (this.counted.has(socket)) return;
    this.counted.add(socket);
    let s = this.stats.get(origin);
    if (!s) this.stats.set(origin, (s = { connections: 0, handshakes: 0, resumed: 0 }));
    s.connections++;
    if (!(socket instanceof tls.TLSSocket)) return;
    const st = s;
    const seen = () => (socket.isSessionReused() ? st.resumed++ : st.handshakes++);
    if (socket.encrypted && !socket.connecting && socket.getProtocol()) seen();
    else socket.once('secureConnect', seen);
  }

  private async send(u: URL, opts: RequestOpts): Promise<HttpResponse> {
    const proxy = this.proxyFor(u);
    const agent = u.protocol !== 'https:' ? this.agents.http : proxy ? await this.tunnel(proxy) : this.agents.https;
    const timeoutMs = this.opts.timeoutMs ?? 120_000;
    return new Promise((resolve, reject) => {
      // The TLS context goes with each request: the agent (direct or a proxy tunnel) hands the
      // request's TLS options to the origin handshake.
      const options: https.RequestOptions & Pick<tls.ConnectionOptions, 'secureContext'> = {
        method: opts.method ?? 'GET',
        headers: opts.headers,
        agent,
        secureContext: this.secureContext,
      };
      // Inside a tunnel https-proxy-agent drops the host, and for an IP address sends no SNI, so
      // Node would check the certificate against "localhost": check it against the origin's host.
      if (proxy) options.checkServerIdentity = (_host, cert) => tls.checkServerIdentity(u.hostname.replace(/^\[|\]$/g, ''), cert);
      const req = (u.protocol === 'https:' ? https : http).request(u, options, (res) => {
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: new NodeBody(res) });
      });
      req.once('socket', (s) => this.count(u.origin, s));
      // An idle timeout: it covers the connect, the wait for the answer and every pause of a body
      // in either direction, for as long as the socket serves this request.
      req.setTimeout(timeoutMs, () =>
        req.destroy(Object.assign(new Error(`no response from ${u.host} in ${Math.round(timeoutMs / 1000)} s`), { code: 'ETIMEDOUT' })),
      );
      req.on('error', reject);
      const body = opts.body;
      if (body === undefined || typeof body === 'string' || Buffer.isBuffer(body)) req.end(body);
      else if (isRelay(body)) pump(body.source, req, body.tap);
      else pump(body instanceof Readable ? body : Readable.from(body), req);
    });
  }
}

/**
 * Relay a stream into a request: the tap sees each chunk, writes go out in batches of
 * WRITE_BATCH bytes through cork/uncork (one writev, one TLS write, one syscall per batch instead
 * of one per 16 KB record), the source pauses while the request's socket is full. An error on
 * either side destroys both; a tap that throws destroys the request with its error.
 */
function pump(src: Readable, req: ClientRequest, tap?: ChunkTap): void {
  let pending: Buffer[] = [];
  let bytes = 0;
  let finished = false;
  const fail = (e: Error) => {
    if (finished) return;
    finished = true;
    src.destroy();
    req.destroy(e);
  };
  const flush = (): boolean => {
    if (pending.length === 0) return true;
    const out = pending;
    pending = [];
    bytes = 0;
    if (out.length === 1) return req.write(out[0] as Buffer);
    req.cork();
    let ok = true;
    for (const b of out) ok = req.write(b);
    req.uncork();
    return ok;
  };
  const add = (b: Buffer | Buffer[] | undefined) => {
    if (!b) return;
    if (Buffer.isBuffer(b)) {
      pending.push(b);
      bytes += b.length;
    } else {
      for (const x of b) {
        pending.push(x);
        bytes += x.length;
      }
    }
  };
  src.on('data', (c: Buffer) => {
    try {
      add(tap ? tap.chunk(c) : c);
    } catch (e) {
      fail(e as Error);
      return;
    }
    streamed(c.length); // frees the chunks already written (gc-tuning.ts)
    if (bytes >= WRITE_BATCH && !flush()) src.pause();
  });
  req.on('drain', () => src.resume());
  src.once('end', () => {
    try {
      add(tap?.end());
    } catch (e) {
      fail(e as Error);
      return;
    }
    finished = true;
    flush();
    req.end();
  });
  src.once('error', (e) => fail(e));
  // the source closed without its end (a reset mid-download): the upload must not complete
  src.once('close', () => {
    if (!src.readableEnded) fail(Object.assign(new Error('the source stream closed before its end'), { code: 'ECONNRESET' }));
  });
  req.once('close', () => {
    if (!src.destroyed && !src.readableEnded) src.destroy();
  });
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
      this.stream
        .once('end', resolve)
        .once('close', resolve)
        .once('error', () => resolve());
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
