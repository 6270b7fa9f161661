import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { ArmEnvServer, type ArmError } from './arm-env-server.js';

/**
 * ACR's `importImage` on the ARM double: POST answers 202 with `Azure-AsyncOperation` and
 * `Location`; the operation (polled like every ARM operation of the double) does the import the
 * way ACR does it server-side — here with skopeo, registry to registry — and reports Succeeded, or
 * Failed with an ARM error body. Bearer auth and ARM error shapes come from the double.
 */
export interface ArmOpts {
  cert: string;
  key: string;
  token: string;
  registries: Record<string, { host: string; user: string; pass: string }>;
  certDir: string;
  /** Make every import fail with this ARM error. */
  fail?: ArmError;
}

export class ArmServer {
  private readonly arm: ArmEnvServer;
  constructor(readonly opts: ArmOpts) {
    this.arm = new ArmEnvServer(opts.token, undefined, { cert: opts.cert, key: opts.key });
    this.arm.routes.push(({ method, path, body }, { json, err, lro }) => {
      const imp = /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)\/providers\/Microsoft\.ContainerRegistry\/registries\/([^/]+)\/importImage$/i.exec(path);
      if (method !== 'POST' || !imp) return false;
      const reg = opts.registries[imp[2] as string];
      if (!reg) {
        err(404, 'ResourceNotFound', `The Resource 'Microsoft.ContainerRegistry/registries/${imp[2]}' under resource group '${imp[1]}' was not found.`);
        return true;
      }
      const p = (body ?? {}) as { source?: { registryUri: string; sourceImage: string }; targetTags?: string[] };
      if (!p.source?.sourceImage || !p.targetTags?.length) {
        err(400, 'InvalidParameters', 'source.sourceImage and targetTags are required');
        return true;
      }
      const { registryUri, sourceImage } = p.source;
      const target = p.targetTags[0] as string;
      const op = lro(async () => {
        if (opts.fail) return; // the operation fails without importing anything
        await promisify(execFile)('skopeo', [
          'copy',
          '--all',
          '--src-cert-dir',
          opts.certDir,
          '--dest-cert-dir',
          opts.certDir,
          '--dest-creds',
          `${reg.user}:${reg.pass}`,
          `docker://${registryUri}/${sourceImage}`,
          `docker://${reg.host}/${target}`,
        ]);
      }, opts.fail);
      json(202, undefined, { 'azure-asyncoperation': op, location: `${op}&kind=location`, 'retry-after': '0' });
      return true;
    });
  }

  get origin(): string {
    return this.arm.origin;
  }

  get calls(): string[] {
    return this.arm.calls;
  }

  async start(): Promise<this> {
    await this.arm.start();
    return this;
  }

  stop(): Promise<void> {
    return this.arm.stop();
  }
}
