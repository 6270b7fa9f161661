import type { IdTokenSource } from './credential.js';
import { getErrorMessage } from '../lib/errors.js';

/**
 * The most common azure/login failure is a federated credential whose subject does not match the
 * token GitHub issued (AADSTS700213 / AADSTS70021). The error names neither side clearly, so meshci
 * prints the subject (and audience, issuer) of this job's OIDC token next to it.
 */
const FEDERATION = /AADSTS70021|AADSTS700213|AADSTS700211|AADSTS700212|No matching federated identity record|federated/i;

export function decodeJwtClaims(jwt: string): Record<string, unknown> | undefined {
  const part = jwt.split('.')[1];
  if (!part) return undefined;
  try {
    return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

export async function explainAuthError(e: unknown, idToken: IdTokenSource, env: NodeJS.ProcessEnv = process.env): Promise<string | undefined> {
  const text = `${e instanceof Error ? `${e.name}: ` : ''}${getErrorMessage(e)}`;
  // ChainedTokenCredential's own error (AggregateAuthenticationError): no source in the chain had a credential
  const noneFound = /ChainedTokenCredential authentication failed|AggregateAuthenticationError/.test(text);
  if (!FEDERATION.test(text) && !/CredentialUnavailableError|ClientAssertionCredential/.test(text) && !noneFound) return undefined;
  if (!env['ACTIONS_ID_TOKEN_REQUEST_URL']) {
    // a terminal (meshci provision / up): no workflow, so no OIDC token to ask for
    if (!env['GITHUB_RUN_ID'])
      return 'no Azure credential was found here: az login, or a service principal in AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET (meshci doctor --provider aks shows what it finds)';
    return "no GitHub OIDC token is available to this job: give it 'permissions: id-token: write' (pull requests from forks never get one)";
  }
  let token: string;
  try {
    token = await idToken('api://AzureADTokenExchange');
  } catch (err) {
    return `and GitHub would not issue an OIDC token either: ${getErrorMessage(err)}`;
  }
  const c = decodeJwtClaims(token);
  if (!c) return undefined;
  return `this job's GitHub OIDC token has subject '${String(c['sub'])}' (audience ${String(c['aud'])}, issuer ${String(c['iss'])}${c['job_workflow_ref'] ? `, job_workflow_ref ${String(c['job_workflow_ref'])}` : ''}): the app registration's federated credential must match the subject exactly`;
}
