import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  getErrorMessage
} from "./chunk-HPEVLKEG.js";
import "./chunk-J36IR65A.js";

// src/azure/auth-hint.ts
var FEDERATION = /AADSTS70021|AADSTS700213|AADSTS700211|AADSTS700212|No matching federated identity record|federated/i;
function decodeJwtClaims(jwt) {
  const part = jwt.split(".")[1];
  if (!part) return void 0;
  try {
    return JSON.parse(Buffer.from(part, "base64url").toString("utf8"));
  } catch {
    return void 0;
  }
}
async function explainAuthError(e, idToken, env = process.env) {
  const text = `${e instanceof Error ? `${e.name}: ` : ""}${getErrorMessage(e)}`;
  const noneFound = /ChainedTokenCredential authentication failed|AggregateAuthenticationError/.test(text);
  if (!FEDERATION.test(text) && !/CredentialUnavailableError|ClientAssertionCredential/.test(text) && !noneFound) return void 0;
  if (!env["ACTIONS_ID_TOKEN_REQUEST_URL"]) {
    if (!env["GITHUB_RUN_ID"])
      return "no Azure credential was found here: az login, or a service principal in AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET (meshci doctor --provider aks shows what it finds)";
    return "no GitHub OIDC token is available to this job: give it 'permissions: id-token: write' (pull requests from forks never get one)";
  }
  let token;
  try {
    token = await idToken("api://AzureADTokenExchange");
  } catch (err) {
    return `and GitHub would not issue an OIDC token either: ${getErrorMessage(err)}`;
  }
  const c = decodeJwtClaims(token);
  if (!c) return void 0;
  return `this job's GitHub OIDC token has subject '${String(c["sub"])}' (audience ${String(c["aud"])}, issuer ${String(c["iss"])}${c["job_workflow_ref"] ? `, job_workflow_ref ${String(c["job_workflow_ref"])}` : ""}): the app registration's federated credential must match the subject exactly`;
}
export {
  decodeJwtClaims,
  explainAuthError
};
