import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);

// src/azure/lazy.ts
async function loadAzureCredential(idToken) {
  const { azureCredential } = await import("./credential-JNOWNRIU.js");
  return azureCredential(idToken);
}
async function loadAnchorVault(url, secret, idToken) {
  const [{ AnchorVault: Vault }, credential] = await Promise.all([import("./keyvault-UBIBEGO2.js"), loadAzureCredential(idToken)]);
  return new Vault(url, secret, credential);
}

export {
  loadAzureCredential,
  loadAnchorVault
};
