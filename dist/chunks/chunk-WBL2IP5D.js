import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);

// src/azure/lazy.ts
async function loadAzureCredential() {
  const { azureCredential } = await import("./credential-W6PSTQG3.js");
  return azureCredential();
}
async function loadAnchorVault(url, secret) {
  const [{ AnchorVault: Vault }, credential] = await Promise.all([import("./keyvault-2L5K2KG5.js"), loadAzureCredential()]);
  return new Vault(url, secret, credential);
}

export {
  loadAzureCredential,
  loadAnchorVault
};
