import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);

// src/lib/html.ts
function escapeHtml(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// src/azure/lazy.ts
async function loadAzureCredential() {
  const { azureCredential } = await import("./credential-OY4FZ3PO.js");
  return azureCredential();
}
async function loadAnchorVault(url, secret) {
  const [{ AnchorVault: Vault }, credential] = await Promise.all([import("./keyvault-VRKX6CVX.js"), loadAzureCredential()]);
  return new Vault(url, secret, credential);
}

export {
  escapeHtml,
  loadAzureCredential,
  loadAnchorVault
};
