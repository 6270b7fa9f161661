import { ContainerRegistryManagementClient } from '@azure/arm-containerregistry';
import type { TokenCredential } from '@azure/identity';
import { formatReference, type ImageRef } from '../oci/reference.js';
import { getErrorMessage } from '../lib/errors.js';

/**
 * ACR's server-side import (`POST …/registries/{name}/importImage`, a long-running operation polled
 * through Azure-AsyncOperation / Location): ACR pulls from the source itself, so no byte passes
 * through the runner. Through the management SDK; MESHCI_ARM_ENDPOINT points it at another cloud
 * (or a test server).
 */
export interface AcrId {
  subscription: string;
  resourceGroup: string;
  name: string;
}

export function parseAcrId(id: string): AcrId {
  const m = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.ContainerRegistry\/registries\/([^/]+)$/i.exec(id);
  if (!m) throw new Error(`not an ACR resource id: ${id}`);
  return { subscription: m[1] as string, resourceGroup: m[2] as string, name: m[3] as string };
}

export class AcrImporter {
  private readonly client: ContainerRegistryManagementClient;
  constructor(
    readonly acr: AcrId,
    credential: TokenCredential,
    endpoint = process.env['MESHCI_ARM_ENDPOINT'],
  ) {
    this.client = new ContainerRegistryManagementClient(credential, acr.subscription, endpoint ? { endpoint } : {});
  }

  async importImage(src: ImageRef, dst: ImageRef, opts: { timeoutMs: number; credentials?: { username: string; password: string } }): Promise<void> {
    const sourceImage = `${src.repository}${src.tag ? `:${src.tag}` : ''}${src.digest && !src.tag ? `@${src.digest}` : ''}`;
    const target = `${dst.repository}:${dst.tag ?? src.tag ?? 'latest'}`;
    const signal = AbortSignal.timeout(opts.timeoutMs);
    try {
      await this.client.registries.importImage(
        this.acr.resourceGroup,
        this.acr.name,
        {
          source: {
            registryUri: src.registry,
            sourceImage,
            ...(opts.credentials ? { credentials: { username: opts.credentials.username, password: opts.credentials.password } } : {}),
          },
          targetTags: [target],
          mode: 'Force',
        },
        { abortSignal: signal, updateIntervalInMs: 1000 },
      );
    } catch (e) {
      if (signal.aborted) throw new Error(`ACR import of ${formatReference(src)} did not finish within ${Math.round(opts.timeoutMs / 1000)} s`);
      const status = (e as { statusCode?: number }).statusCode;
      const code = (e as { code?: string }).code;
      throw new Error(
        `ACR import of ${formatReference(src)} into ${this.acr.name} failed${status ? ` (HTTP ${status}${code ? ` ${code}` : ''})` : ''}: ${getErrorMessage(e).split('\n')[0]}`,
      );
    }
  }
}
