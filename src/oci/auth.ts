import type { TokenCredential } from '@azure/identity';
import type { HttpTransport } from './http.js';
import { maskSecret } from '../lib/logger.js';

/**
 * Registry authentication: the Bearer challenge flow every registry speaks (anonymous tokens for
 * GHCR / Docker Hub / cr.l5d.io pulls, Basic credentials for private ones) and ACR's AAD exchange
 * (POST /oauth2/exchange then /oauth2/token on the registry's own origin, as the Azure SDK does).
 */
export type RegistryAuth =
  | { kind: 'anonymous' }
  | { kind: 'basic'; username: string; password: string; describe: string }
  | { kind: 'azure'; credential: TokenCredential; describe: string };

export interface Challenge {
  scheme: 'bearer' | 'basic';
  realm?: string;
  service?: string;
  scope?: string;
}

export function parseChallenge(header: string | string[] | undefined): Challenge | undefined {
  const h = Array.isArray(header) ? header[0] : header;
  if (!h) return undefined;
  const m = /^\s*(\w+)\s*(.*)$/.exec(h);
  if (!m) return undefined;
  const scheme = (m[1] as string).toLowerCase();
  if (scheme !== 'bearer' && scheme !== 'basic') return undefined;
  const params: Record<string, string> = {};
  for (const p of (m[2] as string).matchAll(/(\w+)="([^"]*)"/g)) params[(p[1] as string).toLowerCase()] = p[2] as string;
  return { scheme, realm: params['realm'], service: params['service'], scope: params['scope'] };
}

export class AuthError extends Error {
  override readonly name = 'AuthError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

const ACR_SCOPE = 'https://containerregistry.azure.net/.default';

/** `repository:a/b:pull,push` → resource `repository:a/b` with actions {pull, push}. */
function parseScope(s: string): { resource: string; actions: Set<string> } {
  const i = s.lastIndexOf(':');
  return { resource: s.slice(0, i), actions: new Set(s.slice(i + 1).split(',')) };
}

interface Grant {
  scopes: Map<string, Set<string>>;
  header: string;
  expires: number;
}

export class TokenSource {
  private readonly grants: Grant[] = [];
  private refresh?: { token: string; expires: number };
  /** The registry's last challenge: later scopes are authorized without another 401 round trip. */
  challenge?: Challenge;
  constructor(
    private readonly origin: string,
    private readonly auth: RegistryAuth,
    private readonly http: HttpTransport,
  ) {}

  describe(): string {
    return this.auth.kind === 'anonymous' ? 'anonymous access' : this.auth.describe;
  }

  /** A cached Authorization header whose grant covers every requested scope. */
  cached(scopes: string[]): string | undefined {
    const now = Date.now();
    const want = scopes.map(parseScope);
    for (let i = this.grants.length - 1; i >= 0; i--) {
      const g = this.grants[i] as Grant;
      if (g.expires <= now) continue;
      if (want.every((w) => [...w.actions].every((a) => g.scopes.get(w.resource)?.has(a)))) return g.header;
    }
    return undefined;
  }

  /** The Authorization header value for a challenge and the scopes the caller needs. */
  async authorize(ch: Challenge, scopes: string[]): Promise<string> {
    this.challenge = { scheme: ch.scheme, realm: ch.realm, service: ch.service };
    const key = scopes;
    if (ch.scheme === 'basic') {
      if (this.auth.kind !== 'basic') throw new AuthError(`the registry wants a username and password (${this.describe()} given)`, 401);
      return this.remember(key, 'Basic ' + Buffer.from(`${this.auth.username}:${this.auth.password}`).toString('base64'), 3600);
    }
    if (!ch.realm) throw new AuthError('the registry sent a Bearer challenge without a realm');
    if (this.auth.kind === 'azure') return this.remember(key, `Bearer ${await this.acrAccessToken(ch, scopes)}`, 240);
    const u = new URL(ch.realm);
    if (ch.service) u.searchParams.set('service', ch.service);
    for (const s of scopes) u.searchParams.append('scope', s);
    const headers: Record<string, string> = {};
    if (this.auth.kind === 'basic') headers['authorization'] = 'Basic ' + Buffer.from(`${this.auth.username}:${this.auth.password}`).toString('base64');
    const res = await this.http.request(u, { headers });
    const body = (await res.body.text()) || '{}';
    if (res.status !== 200) throw new AuthError(`token request to ${u.origin}${u.pathname} failed with HTTP ${res.status} (${this.describe()})`, res.status);
    const json = JSON.parse(body) as { token?: string; access_token?: string; expires_in?: number };
    const token = json.token ?? json.access_token;
    if (!token) throw new AuthError(`token response from ${u.origin} holds no token`);
    maskSecret(token);
    return this.remember(key, `Bearer ${token}`, Math.max(30, (json.expires_in ?? 60) - 15));
  }

  private remember(scopes: string[], header: string, ttlSeconds: number): string {
    const map = new Map<string, Set<string>>();
    for (const s of scopes) {
      const p = parseScope(s);
      const have = map.get(p.resource) ?? new Set<string>();
      for (const a of p.actions) have.add(a);
      map.set(p.resource, have);
    }
    // A Basic header is good for any scope.
    if (header.startsWith('Basic ')) map.set('*', new Set());
    this.grants.push({ scopes: map, header, expires: Date.now() + ttlSeconds * 1000 });
    return header;
  }

  /** ACR: AAD token → refresh token (exchange) → access token for the scopes. */
  private async acrAccessToken(ch: Challenge, scopes: string[]): Promise<string> {
    if (this.auth.kind !== 'azure') throw new Error('unreachable');
    const service = ch.service ?? new URL(this.origin).host;
    if (!this.refresh || this.refresh.expires - 300_000 < Date.now()) {
      const aad = await this.auth.credential.getToken(ACR_SCOPE);
      if (!aad) throw new AuthError(`no Azure AD token for ${ACR_SCOPE} (${this.describe()})`);
      maskSecret(aad.token);
      const res = await this.http.request(`${this.origin}/oauth2/exchange?api-version=2021-07-01`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'access_token', service, access_token: aad.token }).toString(),
      });
      const text = await res.body.text();
      if (res.status !== 200)
        throw new AuthError(`ACR token exchange at ${this.origin}/oauth2/exchange failed with HTTP ${res.status} (${this.describe()})`, res.status);
      const rt = (JSON.parse(text) as { refresh_token?: string }).refresh_token ?? '';
      maskSecret(rt);
      const payload = JSON.parse(Buffer.from(rt.split('.')[1] ?? '', 'base64url').toString() || '{}') as { exp?: number };
      this.refresh = { token: rt, expires: (payload.exp ?? Date.now() / 1000 + 600) * 1000 };
    }
    const res = await this.http.request(`${this.origin}/oauth2/token?api-version=2021-07-01`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', service, scope: scopes.join(' '), refresh_token: this.refresh.token }).toString(),
    });
    const text = await res.body.text();
    if (res.status !== 200) throw new AuthError(`ACR access token request failed with HTTP ${res.status} (${this.describe()})`, res.status);
    const at = (JSON.parse(text) as { access_token?: string }).access_token ?? '';
    maskSecret(at);
    return at;
  }
}
