import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);

// src/azure/lazy.ts
async function loadAzureCredential() {
  const { azureCredential } = await import("./credential-PAMVOINM.js");
  return azureCredential();
}
async function loadAnchorVault(url, secret) {
  const [{ AnchorVault: Vault }, credential] = await Promise.all([import("./keyvault-PGWI6OM7.js"), loadAzureCredential()]);
  return new Vault(url, secret, credential);
}

export {
  loadAzureCredential,
  loadAnchorVault
};
