import type { Server } from 'node:http';
import { join } from 'node:path';
import { stubAz } from './stub-az.js';
import { closeServer, listenLoopback, loopbackCert, readBody, sendJson } from './http-double.js';

/**
 * An Azure Key Vault double for the secrets API (api-version 7.x): challenge authentication (401 with
 * `WWW-Authenticate: Bearer authorization=…, resource=…` to an unauthenticated request, as the SDK
 * expects), GET /secrets/{name}/, PUT /secrets/{name}, DELETE /secrets/{name}, Key Vault error
 * bodies, and a switch to answer 403. Served over HTTPS as `https://meshci.vault.test:<port>`.
 * A stub `az` (stub-az.ts) hands AzureCliCredential the token this double accepts.
 */
export interface StoredSecret {
  value: string;
  contentType?: string;
  tags?: Record<string, string>;
  version: string;
}

export class KeyVaultServer {
  private server!: Server;
  readonly secrets = new Map<string, StoredSecret>();
  readonly deleted: string[] = [];
  /** Soft-deleted secrets (recoverable), and the names recovered. */
  readonly deletedSecrets = new Map<string, StoredSecret>();
  readonly recovered: string[] = [];
  readonly calls: string[] = [];
  forbidden = false;
  readonly token = 'kv-test-access-token-7f3e';
  private readonly tls = loopbackCert('meshci.vault.test', 'DNS:meshci.vault.test');
  /** PATH prefix with a stub `az` that hands AzureCliCredential this vault's token. */
  private azPath = '';
  url = '';

  async start(): Promise<this> {
    const { server, port } = await listenLoopback((req, res) => {
      void readBody(req).then((text) => {
        const url = new URL(req.url ?? '/', 'https://x');
        const send = sendJson.bind(null, res);
        if (!url.searchParams.get('api-version'))
          return send(400, {
            error: { code: 'MissingApiVersionParameter', message: 'The api-version query parameter (?api-version=) is required for all requests.' },
          });
        if (req.headers.authorization !== `Bearer ${this.token}`) {
          return send(
            401,
            { error: { code: 'Unauthorized', message: 'AKV10000: Request is missing a Bearer or PoP token.' } },
            {
              'www-authenticate':
                'Bearer authorization="https://login.microsoftonline.com/00000000-0000-0000-0000-000000000001", resource="https://vault.test"',
            },
          );
        }
        this.calls.push(`${req.method} ${url.pathname}`); // authenticated calls only
        if (this.forbidden) {
          return send(403, {
            error: { code: 'Forbidden', message: 'Caller is not authorized to perform action on resource.', innererror: { code: 'ForbiddenByRbac' } },
          });
        }
        // soft delete, as every vault has since 2021: deleted secrets are kept (recoverable) for the retention period
        const rec = /^\/deletedsecrets\/([0-9A-Za-z-]+)\/recover\/?$/.exec(url.pathname);
        if (rec && req.method === 'POST') {
          const d = this.deletedSecrets.get(rec[1] as string);
          if (!d) return send(404, { error: { code: 'DeletedSecretNotFound', message: `Deleted Secret not found: ${rec[1]}` } });
          this.deletedSecrets.delete(rec[1] as string);
          this.secrets.set(rec[1] as string, d);
          this.recovered.push(rec[1] as string);
          return send(200, {
            value: undefined,
            contentType: d.contentType,
            tags: d.tags,
            id: `${this.url}/secrets/${rec[1]}/${d.version}`,
            attributes: { enabled: true, created: 1764000000, updated: 1764000000, recoveryLevel: 'Recoverable+Purgeable' },
          });
        }
        const m = /^\/secrets\/([0-9A-Za-z-]+)\/?$/.exec(url.pathname);
        if (!m) return send(404, { error: { code: 'NotFound', message: 'Not found' } });
        const name = m[1] as string;
        const bundle = (s: StoredSecret) => ({
          value: s.value,
          contentType: s.contentType,
          tags: s.tags,
          id: `${this.url}/secrets/${name}/${s.version}`,
          attributes: { enabled: true, created: 1764000000, updated: 1764000000, recoveryLevel: 'Recoverable+Purgeable' },
        });
        const notFound = () =>
          send(404, {
            error: {
              code: 'SecretNotFound',
              message: `A secret with (name/id) ${name} was not found in this key vault. If you recently deleted this secret you may be able to recover it using the correct recovery command.`,
            },
          });
        if (req.method === 'GET') {
          const s = this.secrets.get(name);
          return s ? send(200, bundle(s)) : notFound();
        }
        if (req.method === 'PUT') {
          if (this.deletedSecrets.has(name)) {
            return send(409, {
              error: {
                code: 'Conflict',
                message: `Secret ${name} is currently in a deleted but recoverable state, and its name cannot be reused; in this state, the secret can only be recovered or purged.`,
                innererror: { code: 'ObjectIsDeletedButRecoverable' },
              },
            });
          }
          const body = JSON.parse(text) as { value: string; contentType?: string; tags?: Record<string, string> };
          const s = { value: body.value, contentType: body.contentType, tags: body.tags, version: Math.random().toString(16).slice(2) };
          this.secrets.set(name, s);
          return send(200, bundle(s));
        }
        if (req.method === 'DELETE') {
          const s = this.secrets.get(name);
          if (!s) return notFound();
          this.secrets.delete(name);
          this.deleted.push(name);
          this.deletedSecrets.set(name, s);
          return send(200, { ...bundle(s), recoveryId: `${this.url}/deletedsecrets/${name}`, deletedDate: 1764000000, scheduledPurgeDate: 1771776000 });
        }
        return send(405, { error: { code: 'MethodNotAllowed', message: 'method not allowed' } });
      });
    }, this.tls);
    this.server = server;
    this.url = `https://meshci.vault.test:${port}`;
    this.azPath = stubAz({ 'https://vault.test': this.token });
    return this;
  }

  /** Environment for an action process that talks to this vault. */
  env(): Record<string, string> {
    return {
      PATH: `${this.azPath}:${process.env['PATH']}`,
      NODE_EXTRA_CA_CERTS: this.tls.certFile,
      NODE_OPTIONS: `--require ${join(__dirnameOf(), 'preload-dns.cjs')}`,
    };
  }

  stop(): Promise<void> {
    return closeServer(this.server);
  }
}

function __dirnameOf(): string {
  return new URL('.', import.meta.url).pathname;
}
