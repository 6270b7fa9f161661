import type { Server, ServerResponse } from 'node:http';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { randomUUID } from 'node:crypto';
import { closeServer, listenLoopback, readBody, sendJson } from './http-double.js';

/**
 * An Azure Resource Manager double for ACR's `importImage` long-running operation: POST answers 202
 * with `Azure-AsyncOperation` and `Location`; the operation reports InProgress, then does the
 * import the way ACR does it server-side (here with skopeo, registry to registry) and reports
 * Succeeded, or Failed with an ARM error body. Bearer auth, ARM error shapes for 401/404/400.
 */
export interface ArmOpts {
  cert: string;
  key: string;
  token: string;
  registries: Record<string, { host: string; user: string; pass: string }>;
  certDir: string;
  /** Make every import fail with this ARM error. */
  fail?: { code: string; message: string };
}

export class ArmServer {
  private server!: Server;
  readonly calls: string[] = [];
  readonly ops = new Map<string, { state: 'InProgress' | 'Succeeded' | 'Failed'; polls: number; run: () => Promise<void>; error?: { code: string; message: string } }>();
  origin = '';
  constructor(readonly opts: ArmOpts) {}

  async start(): Promise<this> {
    const { server, port } = await listenLoopback((req, res) => {
      void readBody(req).then((body) => this.handle(req.method ?? 'GET', new URL(req.url ?? '/', 'https://x'), req.headers.authorization, body, res));
    }, this.opts);
    this.server = server;
    this.origin = `https://127.0.0.1:${port}`;
    return this;
  }

  stop(): Promise<void> {
    return closeServer(this.server);
  }

  private async handle(method: string, url: URL, auth: string | undefined, body: string, res: ServerResponse): Promise<void> {
    const json = (code: number, o: unknown, headers: Record<string, string> = {}) => sendJson(res, code, o, { 'x-ms-request-id': randomUUID(), ...headers });
    this.calls.push(`${method} ${url.pathname}`);
    if (auth !== `Bearer ${this.opts.token}`) {
      return json(401, { error: { code: 'AuthenticationFailed', message: 'Authentication failed. The Authorization header is missing.' } }, { 'www-authenticate': 'Bearer authorization_uri="https://login.microsoftonline.com/common", error="invalid_token"' });
    }
    if (!url.searchParams.get('api-version')) return json(400, { error: { code: 'MissingApiVersionParameter', message: "The api-version query parameter (?api-version=) is required for all requests." } });
    const imp = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.ContainerRegistry\/registries\/([^/]+)\/importImage$/i.exec(url.pathname);
    if (method === 'POST' && imp) {
      const reg = this.opts.registries[imp[3] as string];
      if (!reg) return json(404, { error: { code: 'ResourceNotFound', message: `The Resource 'Microsoft.ContainerRegistry/registries/${imp[3]}' under resource group '${imp[2]}' was not found.` } });
      const p = JSON.parse(body) as { source: { registryUri: string; sourceImage: string }; targetTags: string[]; mode?: string };
      if (!p.source?.sourceImage || !p.targetTags?.length) return json(400, { error: { code: 'InvalidParameters', message: 'source.sourceImage and targetTags are required' } });
      const id = randomUUID();
      const run = async () => {
        await promisify(execFile)('skopeo', ['copy', '--all', '--src-cert-dir', this.opts.certDir, '--dest-cert-dir', this.opts.certDir, '--dest-creds', `${reg.user}:${reg.pass}`,
          `docker://${p.source.registryUri}/${p.source.sourceImage}`, `docker://${reg.host}/${p.targetTags[0]}`]);
      };
      this.ops.set(id, { state: 'InProgress', polls: 0, run, error: this.opts.fail });
      const op = `${this.origin}/subscriptions/${imp[1]}/providers/Microsoft.ContainerRegistry/locations/eastus/operationResults/${id}?api-version=${url.searchParams.get('api-version')}`;
      return json(202, undefined, { 'azure-asyncoperation': `${op}&kind=async`, location: `${op}&kind=location`, 'retry-after': '0' });
    }
    const opm = /\/operationResults\/([^/]+)$/.exec(url.pathname);
    if (method === 'GET' && opm) {
      const op = this.ops.get(opm[1] as string);
      if (!op) return json(404, { error: { code: 'NotFound', message: 'operation not found' } });
      op.polls++;
      if (op.state === 'InProgress' && op.polls >= 2) {
        if (op.error) op.state = 'Failed';
        else {
          try {
            await op.run();
            op.state = 'Succeeded';
          } catch (e) {
            op.state = 'Failed';
            op.error = { code: 'ImportFailed', message: (e as Error).message.split('\n')[0] ?? 'failed' };
          }
        }
      }
      if (url.searchParams.get('kind') === 'location') {
        return op.state === 'InProgress' ? json(202, undefined, { location: url.toString(), 'retry-after': '0' }) : op.state === 'Succeeded' ? json(200, {}) : json(400, { error: op.error });
      }
      return json(200, { status: op.state, ...(op.state === 'Failed' ? { error: op.error } : {}) });
    }
    return json(404, { error: { code: 'NotFound', message: `no route ${method} ${url.pathname}` } });
  }
}
