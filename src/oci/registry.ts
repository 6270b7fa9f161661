import { isReplayable, type HttpResponse, type HttpTransport, type RequestBody, type RelayBody } from './http.js';
import type { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import { TokenSource, parseChallenge, AuthError, type RegistryAuth } from './auth.js';
import { DEFAULT_RETRY, RETRY_STATUS, backoffMs, isRetryableError, retryAfterMs, sleep, type RetryPolicy } from './retry.js';
import { MANIFEST_ACCEPT } from './media.js';
import { apiHost } from './reference.js';
import { getErrorMessage } from '../lib/errors.js';

/**
 * meshci's own registry client for the data path (OCI distribution spec v1.1). It exists because the
 * Azure SDK's ContainerRegistryContentClient uploads sequentially in 4 MiB PATCHes, has no blob
 * existence check and no cross-repository mount (docs/reference/registry.md#the-azure-sdk-content-client): a copier built on it re-sends
 * every byte on every run. This client streams each blob from source GET to destination PUT in one
 * request, HEADs before it uploads, mounts across repositories, and retries with backoff.
 */
export class RegistryError extends Error {
  override readonly name = 'RegistryError';
  constructor(
    message: string,
    readonly status?: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

export interface RegistryOpts {
  registry: string;
  auth: RegistryAuth;
  http: HttpTransport;
  plainHttp?: boolean;
  retry?: RetryPolicy;
  onRetry?: (what: string, attempt: number, delayMs: number, why: string) => void;
}

type Body = Buffer | string | undefined;

export class Registry {
  readonly origin: string;
  readonly tokens: TokenSource;
  readonly retry: RetryPolicy;
  constructor(readonly opts: RegistryOpts) {
    this.origin = `${opts.plainHttp ? 'http' : 'https'}://${apiHost(opts.registry)}`;
    this.tokens = new TokenSource(this.origin, opts.auth, opts.http);
    this.retry = opts.retry ?? DEFAULT_RETRY;
  }

  get name(): string {
    return this.opts.registry;
  }

  /**
   * One request with auth and retries. Replayable bodies (buffers) are retried on 429/5xx and
   * network errors; a streamed body is sent once (the caller restarts the whole transfer).
   */
  async send(
    method: string,
    pathOrUrl: string,
    opts: { scopes: string[]; headers?: Record<string, string>; body?: Body | RequestBody; ok: number[]; what: string },
  ): Promise<HttpResponse> {
    const url = pathOrUrl.startsWith('http') ? pathOrUrl : this.origin + pathOrUrl;
    const replayable = isReplayable(opts.body);
    let authed = false;
    for (let attempt = 0; ; attempt++) {
      const headers: Record<string, string> = { ...(opts.headers ?? {}) };
      let auth = this.tokens.cached(opts.scopes);
      if (!auth && this.tokens.challenge && !authed) {
        // The registry told us how it authenticates: get the token now instead of after a 401.
        auth = await this.tokens.authorize(this.tokens.challenge, opts.scopes).catch(() => undefined);
        authed = !!auth;
      }
      if (auth) headers['authorization'] = auth;
      let res: HttpResponse;
      try {
        res = await this.opts.http.request(url, { method, headers, body: opts.body });
      } catch (e) {
        if (replayable && isRetryableError(e) && attempt + 1 < this.retry.attempts) {
          const d = backoffMs(attempt, this.retry);
          this.opts.onRetry?.(opts.what, attempt + 1, d, (e as { code?: string }).code ?? String(e));
          await sleep(d);
          continue;
        }
        throw Object.assign(
          new RegistryError(`${opts.what}: ${getErrorMessage(e)}${(e as { code?: string }).code ? ` (${(e as { code?: string }).code})` : ''}`),
          { cause: e, retryable: isRetryableError(e) },
        );
      }
      if (res.status === 401 && !authed) {
        const ch = parseChallenge(res.headers['www-authenticate']);
        await res.body.dump();
        if (!ch) throw new RegistryError(`${opts.what}: HTTP 401 without a challenge`, 401);
        await this.tokens.authorize(ch, opts.scopes).catch((e: unknown) => {
          if (e instanceof AuthError) throw new RegistryError(`${opts.what}: ${e.message}${hint(this.name, e.status)}`, e.status ?? 401);
          throw e;
        });
        authed = true;
        if (!replayable) {
          // A stream cannot be sent twice; the caller restarts with the token now cached.
          throw Object.assign(new RegistryError(`${opts.what}: authorization needed; retrying the transfer`, 401), { retryable: true });
        }
        attempt--;
        continue;
      }
      if (opts.ok.includes(res.status)) return res;
      if (RETRY_STATUS.has(res.status) && replayable && attempt + 1 < this.retry.attempts) {
        const d = backoffMs(attempt, this.retry, retryAfterMs(res.headers['retry-after']));
        await res.body.dump();
        this.opts.onRetry?.(opts.what, attempt + 1, d, `HTTP ${res.status}`);
        await sleep(d);
        continue;
      }
      throw await this.failure(res, opts.what);
    }
  }

  private async failure(res: HttpResponse, what: string): Promise<RegistryError> {
    let code: string | undefined;
    let message = '';
    try {
      const j = JSON.parse(await res.body.text()) as { errors?: { code?: string; message?: string }[] };
      code = j.errors?.[0]?.code;
      message = j.errors?.[0]?.message ?? '';
    } catch {
      // not a registry error body
    }
    const err = new RegistryError(
      `${what}: HTTP ${res.status}${code ? ` ${code}` : ''}${message ? `: ${message}` : ''}${hint(this.name, res.status, this.tokens.describe())}`,
      res.status,
      code,
    );
    if (RETRY_STATUS.has(res.status)) (err as { retryable?: boolean }).retryable = true;
    return err;
  }

  /**
   * Learn the registry's challenge and get one token for many scopes at once (token servers accept
   * repeated `scope`), so a run over many repositories does not pay a 401 and a token request per
   * repository. Best effort: on any problem the lazy per-request path still works.
   */
  async prefetch(scopes: string[]): Promise<void> {
    if (scopes.length === 0 || this.tokens.cached(scopes)) return;
    try {
      if (!this.tokens.challenge) {
        const r = await this.opts.http.request(`${this.origin}/v2/`);
        await r.body.dump();
        const ch = r.status === 401 ? parseChallenge(r.headers['www-authenticate']) : undefined;
        if (!ch) return;
        this.tokens.challenge = ch;
      }
      await this.tokens.authorize(this.tokens.challenge, scopes);
    } catch {
      // fall back to per-request authorization
    }
  }

  // ------------------------------------------------------------- manifests

  /** Digest and media type of a manifest, or undefined when it does not exist. */
  async headManifest(repo: string, ref: string, scope = 'pull'): Promise<{ digest: string; mediaType: string; size: number } | undefined> {
    try {
      const r = await this.send('HEAD', `/v2/${repo}/manifests/${ref}`, {
        scopes: [`repository:${repo}:${scope}`],
        headers: { accept: MANIFEST_ACCEPT },
        ok: [200],
        what: `HEAD ${this.name}/${repo}:${ref}`,
      });
      await r.body.dump();
      const digest = String(r.headers['docker-content-digest'] ?? '');
      if (!digest) return undefined;
      return { digest, mediaType: String(r.headers['content-type'] ?? ''), size: Number(r.headers['content-length'] ?? 0) };
    } catch (e) {
      if (e instanceof RegistryError && e.status === 404) return undefined;
      throw e;
    }
  }

  async getManifest(repo: string, ref: string): Promise<{ bytes: Buffer; digest: string; mediaType: string }> {
    const r = await this.send('GET', `/v2/${repo}/manifests/${ref}`, {
      scopes: [`repository:${repo}:pull`],
      headers: { accept: MANIFEST_ACCEPT },
      ok: [200],
      what: `GET manifest ${this.name}/${repo}:${ref}`,
    });
    const bytes = await r.body.bytes();
    const digest = 'sha256:' + createHash('sha256').update(bytes).digest('hex');
    if (ref.startsWith('sha256:') && digest !== ref) throw new RegistryError(`manifest ${this.name}/${repo}@${ref} does not match its digest (got ${digest})`);
    const header = r.headers['docker-content-digest'];
    if (header && String(header) !== digest)
      throw new RegistryError(`manifest ${this.name}/${repo}:${ref}: body digest ${digest} differs from Docker-Content-Digest ${header}`);
    const mediaType = String(r.headers['content-type'] ?? '').split(';')[0] || (JSON.parse(bytes.toString()) as { mediaType?: string }).mediaType || '';
    return { bytes, digest, mediaType };
  }

  async putManifest(repo: string, ref: string, bytes: Buffer, mediaType: string): Promise<string> {
    const r = await this.send('PUT', `/v2/${repo}/manifests/${ref}`, {
      scopes: [`repository:${repo}:pull,push`],
      headers: { 'content-type': mediaType },
      body: bytes,
      ok: [201, 200],
      what: `PUT manifest ${this.name}/${repo}:${ref}`,
    });
    await r.body.dump();
    return String(r.headers['docker-content-digest'] ?? '');
  }

  // ------------------------------------------------------------- blobs

  async blobExists(repo: string, digest: string, scope = 'pull'): Promise<boolean> {
    try {
      const r = await this.send('HEAD', `/v2/${repo}/blobs/${digest}`, {
        scopes: [`repository:${repo}:${scope}`],
        ok: [200],
        what: `HEAD blob ${this.name}/${repo}@${digest}`,
      });
      await r.body.dump();
      return true;
    } catch (e) {
      if (e instanceof RegistryError && e.status === 404) return false;
      throw e;
    }
  }

  /** A blob's body as a stream, following the redirects registries use for storage (307 to a CDN). */
  async getBlob(repo: string, digest: string): Promise<Readable> {
    let r = await this.send('GET', `/v2/${repo}/blobs/${digest}`, {
      scopes: [`repository:${repo}:pull`],
      ok: [200, 307, 302, 303],
      what: `GET blob ${this.name}/${repo}@${digest}`,
    });
    for (let hops = 0; r.status >= 300 && hops < 5; hops++) {
      await r.body.dump();
      const loc = new URL(String(r.headers['location']), this.origin).toString();
      // Storage URLs carry their own signature: never send the registry token there.
      r = await this.opts.http.request(loc);
    }
    if (r.status !== 200) throw await this.failure(r, `GET blob ${this.name}/${repo}@${digest}`);
    return r.body.stream;
  }

  /** Try a cross-repository mount; returns true when mounted, else the upload location to use. */
  async startUpload(repo: string, mount?: { digest: string; from: string }): Promise<{ mounted: true } | { mounted: false; location: string }> {
    const scopes = [`repository:${repo}:pull,push`, ...(mount ? [`repository:${mount.from}:pull`] : [])];
    const q = mount ? `?mount=${encodeURIComponent(mount.digest)}&from=${encodeURIComponent(mount.from)}` : '';
    const r = await this.send('POST', `/v2/${repo}/blobs/uploads/${q}`, { scopes, ok: [201, 202], what: `start upload ${this.name}/${repo}` });
    await r.body.dump();
    if (r.status === 201) return { mounted: true };
    return { mounted: false, location: String(r.headers['location'] ?? '') };
  }

  /** Monolithic streaming PUT of a whole blob to an upload location (a relayed download, or a stream). */
  async putBlob(repo: string, location: string, digest: string, size: number, body: RelayBody | Readable | AsyncIterable<Buffer>): Promise<void> {
    const url = new URL(location, this.origin);
    url.searchParams.set('digest', digest);
    const r = await this.send('PUT', url.toString(), {
      scopes: [`repository:${repo}:pull,push`],
      headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) },
      body,
      ok: [201, 204],
      what: `upload ${digest} to ${this.name}/${repo}`,
    });
    await r.body.dump();
    const got = r.headers['docker-content-digest'];
    if (got && String(got) !== digest) throw new RegistryError(`upload ${digest} to ${this.name}/${repo}: registry stored ${got}`);
  }

  /** OCI 1.1 referrers of a digest, or [] where the registry has no referrers API. */
  async referrers(repo: string, digest: string): Promise<{ digest: string; mediaType: string; artifactType?: string }[]> {
    try {
      const r = await this.send('GET', `/v2/${repo}/referrers/${digest}`, {
        scopes: [`repository:${repo}:pull`],
        headers: { accept: 'application/vnd.oci.image.index.v1+json' },
        ok: [200],
        what: `GET referrers ${this.name}/${repo}@${digest}`,
      });
      const j = JSON.parse(await r.body.text()) as { manifests?: { digest: string; mediaType: string; artifactType?: string }[] };
      return j.manifests ?? [];
    } catch (e) {
      if (e instanceof RegistryError && (e.status === 404 || e.status === 400 || e.status === 405)) return [];
      throw e;
    }
  }
}

function hint(registry: string, status: number | undefined, credential?: string): string {
  if (status !== 401 && status !== 403) return '';
  const who = credential ? ` (tried ${credential})` : '';
  if (/\.azurecr\.(io|cn|us)$/.test(registry)) {
    return `${who}; the identity needs the AcrPush role on the registry (AcrPull to read)`;
  }
  return `${who}; check the credentials for ${registry} and that they may push there`;
}
