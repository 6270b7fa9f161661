import type { TokenCredential } from '@azure/identity';
import type { AnchorVault } from './keyvault.js';

/**
 * The Azure SDKs are most of a bundle's size: actions load them only when a run uses Azure
 * (esbuild puts each dynamic import in its own chunk).
 */
export async function loadAzureCredential(): Promise<TokenCredential> {
  const { azureCredential } = await import('./credential.js');
  return azureCredential();
}

export async function loadAnchorVault(url: string, secret: string): Promise<AnchorVault> {
  const [{ AnchorVault: Vault }, credential] = await Promise.all([import('./keyvault.js'), loadAzureCredential()]);
  return new Vault(url, secret, credential);
}
