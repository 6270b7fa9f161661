import { ContainerRegistryClient } from '@azure/container-registry';
import type { TokenCredential } from '@azure/identity';
import { getErrorMessage } from '../lib/errors.js';

/**
 * ACR-only operations through `@azure/container-registry`, where the SDK fits: locking the tags
 * meshci published (writeEnabled / deleteEnabled false), so a later push cannot move what a cluster
 * was deployed from. (The data path uses meshci's own client; see src/oci/registry.ts.)
 */
export async function lockTags(registry: string, credential: TokenCredential, tags: { repository: string; tag: string }[]): Promise<void> {
  const client = new ContainerRegistryClient(`https://${registry}`, credential, { audience: 'https://containerregistry.azure.net' });
  for (const t of tags) {
    try {
      await client.getArtifact(t.repository, t.tag).updateTagProperties(t.tag, { canWrite: false, canDelete: false });
    } catch (e) {
      const status = (e as { statusCode?: number }).statusCode;
      throw new Error(`could not lock ${registry}/${t.repository}:${t.tag}${status ? ` (HTTP ${status})` : ''}: ${getErrorMessage(e).split('\n')[0]}`);
    }
  }
}
