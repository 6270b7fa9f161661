import type { TokenCredential } from '@azure/identity';
import type { AnchorVault } from './keyvault.js';
import type { IdTokenSource } from './credential.js';

/**
 * The Azure SDKs are most of a bundle's size: actions load them only when a run uses Azure
 * (esbuild puts each dynamic import in its own chunk).
 */
export async function loadAzureCredential(idToken: IdTokenSource): Promise<TokenCredential> {
  const { azureCredential } = await import('./credential.js');
  return azureCredential(idToken);
}

export async function loadAnchorVault(url: string, secret: string, idToken: IdTokenSource): Promise<AnchorVault> {
  const [{ AnchorVault: Vault }, credential] = await Promise.all([import('./keyvault.js'), loadAzureCredential(idToken)]);
  return new Vault(url, secret, credential);
}
