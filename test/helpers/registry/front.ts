import { request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createSign, createVerify, randomUUID } from 'node:crypto';
import type { Pki } from './pki.js';
import { closeServer, listenLoopback, readBody } from '../http-double.js';

/**
 * A TLS front for a real `docker-registry` (docs/reference/registry.md#testing-against-a-local-registry): it serves one public origin, issues
 * the registry's bearer tokens (RS256 JWTs with x5c, checked by the registry against its
 * rootcertbundle) and streams everything else to the registry on its internal loopback port.
 *
 * mode 'ghcr': GET /token — anonymous callers get pull only, Basic user:pass gets what it asks.
 * mode 'acr':  POST /oauth2/exchange (AAD token → refresh token JWT with exp), POST /oauth2/token
 *              (refresh_token or password grant → access token), GET /oauth2/token (docker style,
 *              Basic auth, password may be a refresh token), as ACR and the Azure SDK do.
 *
 * Faults are injected here, in front of the real registry, so its state is never touched:
 * `status` answers with that code (429 with Retry-After), `reset` destroys the connection after
 * `afterBytes` of the response, `tamper` flips a byte of a response body.
 */
export interface Fault {
  method: string;
  path: RegExp;
  /** Fire on the every-th matching request (1 = each); at most `times` times. */
  every: number;
  times?: number;
  kind: { status: number; retryAfter?: number } | { reset: true; afterBytes: number } | { tamper: true };
}

export interface FrontOpts {
  mode: 'ghcr' | 'acr';
  pki: Pki;
  service: string;
  users?: Record<string, string>;
  /** The AAD token an exchange accepts. */
  aadToken?: string;
}

export class RegistryFront {
  private server!: Server;
  upstreamPort = 0;
  port = 0;
  readonly faults: (Fault & { seen: number; fired: number })[] = [];
  readonly log: string[] = [];
  readonly stats = { token: 0, exchange: 0, proxied: 0, injected: 0 };
  /** Blob bodies being uploaded (PUT to an upload location) right now, and the most seen at once. */
  readonly uploads = { active: 0, peak: 0 };
  /** ACR tag attributes (changeableAttributes), set through /acr/v1/{name}/_tags/{tag}. */
  readonly tags = new Map<string, { writeEnabled: boolean; deleteEnabled: boolean }>();
  constructor(readonly opts: FrontOpts) {}

  /**
   * Direct mode: the registry serves TLS itself on this port and the front only issues tokens
   * (what the benchmark uses, so Go serves the bytes as at a real registry). Clients then talk to
   * `origin`/`host` = the registry, and fetch tokens from `realm` on the front.
   */
  directPort?: number;

  get tokenOrigin(): string {
    return `https://127.0.0.1:${this.port}`;
  }
  get origin(): string {
    return `https://${this.host}`;
  }
  get host(): string {
    return `127.0.0.1:${this.directPort ?? this.port}`;
  }
  get realm(): string {
    return this.opts.mode === 'ghcr' ? `${this.tokenOrigin}/token` : `${this.tokenOrigin}/oauth2/token`;
  }

  async listen(): Promise<void> {
    const { server, port } = await listenLoopback((req, res) => void this.handle(req, res), { cert: this.opts.pki.serverCert, key: this.opts.pki.serverKey });
    server.keepAliveTimeout = 30_000;
    this.server = server;
    this.port = port;
  }

  inject(f: Fault): void {
    this.faults.push({ ...f, seen: 0, fired: 0 });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  close(): Promise<void> {
    return closeServer(this.server);
  }

  private jwt(sub: string, access: { type: string; name: string; actions: string[] }[], ttl = 300): string {
    const now = Math.floor(Date.now() / 1000);
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const head = enc({ typ: 'JWT', alg: 'RS256', x5c: [this.opts.pki.tokenCertDer.toString('base64')] });
    const body = enc({ iss: `fake-${this.opts.mode}`, sub, aud: this.opts.service, exp: now + ttl, nbf: now - 5, iat: now, jti: randomUUID(), access });
    const sig = createSign('RSA-SHA256').update(`${head}.${body}`).sign(this.opts.pki.tokenKey).toString('base64url');
    return `${head}.${body}.${sig}`;
  }

  private basicUser(req: IncomingMessage): { user: string; pass: string } | undefined {
    const h = req.headers.authorization ?? '';
    if (!h.startsWith('Basic ')) return undefined;
    const [user, ...rest] = Buffer.from(h.slice(6), 'base64').toString().split(':');
    return { user: user ?? '', pass: rest.join(':') };
  }

  private grant(scopes: string[], full: boolean): { type: string; name: string; actions: string[] }[] {
    return scopes
      .flatMap((s) => s.split(' '))
      .filter(Boolean)
      .map((s) => {
        const [type, ...restParts] = s.split(':');
        const actions = (restParts.pop() ?? '').split(',');
        const name = restParts.join(':');
        return { type: type ?? '', name, actions: full ? actions : actions.filter((a) => a === 'pull') };
      });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.origin);
    const body = req.method === 'POST' && url.pathname.startsWith('/oauth2/') ? await readBody(req) : undefined;
    const json = (code: number, o: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(code, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(o));
    };
    // token endpoints
    if (this.opts.mode === 'ghcr' && url.pathname === '/token') {
      this.stats.token++;
      const basic = this.basicUser(req);
      const authed = !!basic && this.opts.users?.[basic.user] === basic.pass;
      if (basic && !authed) return json(401, { errors: [{ code: 'UNAUTHORIZED', message: 'bad credentials' }] });
      const token = this.jwt(authed ? basic!.user : 'anonymous', this.grant(url.searchParams.getAll('scope'), authed));
      return json(200, { token, access_token: token, expires_in: 300, issued_at: new Date().toISOString() });
    }
    if (this.opts.mode === 'acr' && url.pathname === '/oauth2/exchange' && req.method === 'POST') {
      this.stats.exchange++;
      const form = new URLSearchParams(body ?? '');
      if (form.get('grant_type') !== 'access_token' || form.get('access_token') !== this.opts.aadToken) {
        return json(401, { errors: [{ code: 'UNAUTHORIZED', message: 'invalid AAD access token' }] });
      }
      return json(200, { refresh_token: this.jwt('aad-user', [], 3600) });
    }
    if (this.opts.mode === 'acr' && url.pathname === '/oauth2/token') {
      this.stats.token++;
      let ok = false;
      let scopes: string[];
      if (req.method === 'POST') {
        const form = new URLSearchParams(body ?? '');
        scopes = [form.get('scope') ?? ''];
        const rt = form.get('refresh_token') ?? '';
        ok = form.get('grant_type') === 'refresh_token' ? this.validRefresh(rt) : form.get('grant_type') === 'password' && !!rt && this.validRefresh(rt);
      } else {
        scopes = url.searchParams.getAll('scope');
        const basic = this.basicUser(req);
        ok =
          !!basic && (this.opts.users?.[basic.user] === basic.pass || (basic.user === '00000000-0000-0000-0000-000000000000' && this.validRefresh(basic.pass)));
      }
      if (!ok) return json(401, { errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] });
      const token = this.jwt('acr-user', this.grant(scopes, true));
      return json(200, { access_token: token, token, expires_in: 300 });
    }
    if (this.opts.mode === 'acr' && url.pathname === '/acr/v1/_catalog') url.pathname = '/v2/_catalog';
    const tagApi = this.opts.mode === 'acr' ? /^\/acr\/v1\/(.+)\/_tags\/([^/]+)$/.exec(url.pathname) : null;
    if (tagApi) return this.tagProperties(req, res, decodeURIComponent(tagApi[1] as string), tagApi[2] as string, json);
    // a locked tag refuses writes, as ACR does
    const put = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(url.pathname);
    if (req.method === 'PUT' && put && this.tags.get(`${put[1]}:${put[2]}`)?.writeEnabled === false) {
      req.resume();
      return json(405, { errors: [{ code: 'DENIED', message: 'The operation is disallowed on this registry, repository or image.' }] });
    }

    // faults
    for (const f of this.faults) {
      if (f.method !== req.method || !f.path.test(url.pathname)) continue;
      f.seen++;
      if (f.seen % f.every !== 0 || (f.times !== undefined && f.fired >= f.times)) continue;
      f.fired++;
      this.stats.injected++;
      this.log.push(`fault ${req.method} ${url.pathname} ${JSON.stringify(f.kind)}`);
      if ('status' in f.kind) {
        req.resume();
        return json(
          f.kind.status,
          { errors: [{ code: f.kind.status === 429 ? 'TOOMANYREQUESTS' : 'UNAVAILABLE', message: 'injected' }] },
          f.kind.retryAfter !== undefined ? { 'retry-after': String(f.kind.retryAfter) } : {},
        );
      }
      return this.proxy(req, res, url, f.kind);
    }
    return this.proxy(req, res, url);
  }

  /** ACR's tag properties API (GET / PATCH /acr/v1/{name}/_tags/{reference}), as the Azure SDK calls it. */
  private async tagProperties(
    req: IncomingMessage,
    res: ServerResponse,
    repo: string,
    tag: string,
    json: (c: number, o: unknown, h?: Record<string, string>) => void,
  ): Promise<void> {
    const action = req.method === 'GET' ? 'metadata_read' : 'metadata_write';
    const body = req.method === 'PATCH' ? (JSON.parse((await readBody(req)) || '{}') as { writeEnabled?: boolean; deleteEnabled?: boolean }) : undefined;
    const auth = req.headers.authorization ?? '';
    const claims = auth.startsWith('Bearer ') ? this.claims(auth.slice(7)) : undefined;
    const granted = claims?.access?.some((a) => a.type === 'repository' && a.name === repo && a.actions.includes(action));
    if (!granted) {
      return json(
        401,
        { errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] },
        {
          'www-authenticate': `Bearer realm="${this.realm}",service="${this.opts.service}",scope="repository:${repo}:${action}"`,
        },
      );
    }
    // the tag's digest, asked of the registry with a token minted here
    const head = await new Promise<string | undefined>((resolve) => {
      const r = httpRequest(
        {
          host: '127.0.0.1',
          port: this.upstreamPort,
          method: 'HEAD',
          path: `/v2/${repo}/manifests/${tag}`,
          headers: {
            authorization: `Bearer ${this.jwt('acr-front', [{ type: 'repository', name: repo, actions: ['pull'] }])}`,
            accept:
              'application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json, application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.docker.distribution.manifest.v2+json',
          },
        },
        (u) => {
          u.resume();
          resolve(u.statusCode === 200 ? String(u.headers['docker-content-digest']) : undefined);
        },
      );
      r.on('error', () => resolve(undefined));
      r.end();
    });
    if (!head) return json(404, { errors: [{ code: 'TAG_UNKNOWN', message: `the specified tag does not exist: ${tag}` }] });
    const attrs = this.tags.get(`${repo}:${tag}`) ?? { writeEnabled: true, deleteEnabled: true };
    if (body) {
      if (typeof body.writeEnabled === 'boolean') attrs.writeEnabled = body.writeEnabled;
      if (typeof body.deleteEnabled === 'boolean') attrs.deleteEnabled = body.deleteEnabled;
      this.tags.set(`${repo}:${tag}`, attrs);
    }
    const now = new Date().toISOString();
    return json(200, {
      registry: this.opts.service,
      imageName: repo,
      tag: {
        name: tag,
        digest: head,
        createdTime: now,
        lastUpdateTime: now,
        signed: false,
        changeableAttributes: { ...attrs, readEnabled: true, listEnabled: true },
      },
    });
  }

  private claims(jwt: string): { iss?: string; access?: { type: string; name: string; actions: string[] }[] } | undefined {
    const [h, p, sig] = jwt.split('.');
    if (!h || !p || !sig) return undefined;
    const ok = createVerify('RSA-SHA256').update(`${h}.${p}`).verify(this.opts.pki.tokenCertPem, Buffer.from(sig, 'base64url'));
    if (!ok) return undefined;
    return JSON.parse(Buffer.from(p, 'base64url').toString()) as { iss?: string; access?: { type: string; name: string; actions: string[] }[] };
  }

  private validRefresh(t: string): boolean {
    const [, payload] = t.split('.');
    try {
      const p = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as { iss?: string; exp?: number };
      return p.iss === `fake-${this.opts.mode}` && (p.exp ?? 0) > Date.now() / 1000;
    } catch {
      return false;
    }
  }

  private proxy(req: IncomingMessage, res: ServerResponse, url: URL, fault?: { reset: true; afterBytes: number } | { tamper: true }): void {
    this.stats.proxied++;
    this.log.push(`${req.method} ${url.pathname}${url.search}`);
    if (req.method === 'PUT' && /\/blobs\/uploads\//.test(url.pathname)) {
      this.uploads.peak = Math.max(this.uploads.peak, ++this.uploads.active);
      res.once('close', () => this.uploads.active--);
    }
    const headers = { ...req.headers, host: `127.0.0.1:${this.upstreamPort}` };
    const up = httpRequest({ host: '127.0.0.1', port: this.upstreamPort, method: req.method, path: url.pathname + url.search, headers }, (ures) => {
      const h = { ...ures.headers };
      // The registry's challenges name the public realm already (config); keep Location relative.
      res.writeHead(ures.statusCode ?? 502, h);
      if (!fault) {
        ures.pipe(res);
        return;
      }
      let sent = 0;
      let flipped = false;
      ures.on('data', (chunk: Buffer) => {
        if ('reset' in fault) {
          if (sent + chunk.length > fault.afterBytes) {
            res.write(chunk.subarray(0, Math.max(0, fault.afterBytes - sent)));
            res.socket?.destroy();
            ures.destroy();
            return;
          }
        } else if (!flipped && chunk.length > 0) {
          chunk = Buffer.from(chunk);
          chunk[chunk.length - 1] = (chunk[chunk.length - 1] as number) ^ 0xff;
          flipped = true;
        }
        sent += chunk.length;
        res.write(chunk);
      });
      ures.on('end', () => res.end());
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  }
}
