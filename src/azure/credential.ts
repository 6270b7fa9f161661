import {
  AzureCliCredential,
  ChainedTokenCredential,
  ClientAssertionCredential,
  EnvironmentCredential,
  ManagedIdentityCredential,
  WorkloadIdentityCredential,
  type TokenCredential,
} from '@azure/identity';

/**
 * The Azure credential every meshci action uses, in this order:
 * 1. GitHub OIDC (workload identity federation) when AZURE_CLIENT_ID + AZURE_TENANT_ID are set and
 *    the job has `id-token: write` — the federated token comes from core.getIDToken;
 * 2. a federated token file (AKS workload identity, self-hosted runners);
 * 3. a service principal from the environment (AZURE_CLIENT_SECRET / certificate);
 * 4. a managed identity, only when the host advertises one (IDENTITY_ENDPOINT / MSI_ENDPOINT) or
 *    MESHCI_AZURE_MANAGED_IDENTITY=true — never a blind probe of the instance metadata address;
 * 5. the Azure CLI session left by `azure/login`.
 * Unlike DefaultAzureCredential this never probes endpoints that are not configured.
 */
/** The job's GitHub OIDC token for an audience (the runtime glue gives @actions/core's getIDToken). */
export type IdTokenSource = (audience: string) => Promise<string>;

export function azureCredential(idToken: IdTokenSource, env: NodeJS.ProcessEnv = process.env): TokenCredential {
  const chain: TokenCredential[] = [];
  const clientId = env['AZURE_CLIENT_ID'];
  const tenantId = env['AZURE_TENANT_ID'];
  if (clientId && tenantId && env['ACTIONS_ID_TOKEN_REQUEST_URL']) {
    chain.push(new ClientAssertionCredential(tenantId, clientId, () => idToken('api://AzureADTokenExchange')));
  }
  if (env['AZURE_FEDERATED_TOKEN_FILE'] && clientId && tenantId) chain.push(new WorkloadIdentityCredential());
  if (tenantId && clientId && (env['AZURE_CLIENT_SECRET'] || env['AZURE_CLIENT_CERTIFICATE_PATH'])) chain.push(new EnvironmentCredential());
  if (env['IDENTITY_ENDPOINT'] || env['MSI_ENDPOINT'] || env['MESHCI_AZURE_MANAGED_IDENTITY'] === 'true') {
    chain.push(clientId ? new ManagedIdentityCredential({ clientId }) : new ManagedIdentityCredential());
  }
  chain.push(new AzureCliCredential());
  return new ChainedTokenCredential(...chain);
}
