import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  ContainerRegistryManagementClient
} from "./chunk-3CBBJ6SQ.js";
import "./chunk-UQJXNKHO.js";
import "./chunk-WJ76UHR5.js";
import "./chunk-UCA5YLGM.js";
import "./chunk-KXPCIG6P.js";
import "./chunk-66V3226W.js";
import "./chunk-ZMHKH2QP.js";
import "./chunk-I44RZBWV.js";
import "./chunk-Z7OIAV7A.js";
import {
  formatReference
} from "./chunk-QXHXWAPQ.js";
import "./chunk-QCOQAGNQ.js";
import "./chunk-TC7UFU3S.js";
import "./chunk-GGNHL6HF.js";
import {
  getErrorMessage
} from "./chunk-HPEVLKEG.js";
import "./chunk-J36IR65A.js";

// src/azure/acr-import.ts
function parseAcrId(id) {
  const m = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.ContainerRegistry\/registries\/([^/]+)$/i.exec(id);
  if (!m) throw new Error(`not an ACR resource id: ${id}`);
  return { subscription: m[1], resourceGroup: m[2], name: m[3] };
}
var AcrImporter = class {
  constructor(acr, credential, endpoint = process.env["MESHCI_ARM_ENDPOINT"]) {
    this.acr = acr;
    this.client = new ContainerRegistryManagementClient(credential, acr.subscription, endpoint ? { endpoint } : {});
  }
  acr;
  client;
  async importImage(src, dst, opts) {
    const sourceImage = `${src.repository}${src.tag ? `:${src.tag}` : ""}${src.digest && !src.tag ? `@${src.digest}` : ""}`;
    const target = `${dst.repository}:${dst.tag ?? src.tag ?? "latest"}`;
    const signal = AbortSignal.timeout(opts.timeoutMs);
    try {
      await this.client.registries.importImage(
        this.acr.resourceGroup,
        this.acr.name,
        {
          source: {
            registryUri: src.registry,
            sourceImage,
            ...opts.credentials ? { credentials: { username: opts.credentials.username, password: opts.credentials.password } } : {}
          },
          targetTags: [target],
          mode: "Force"
        },
        { abortSignal: signal, updateIntervalInMs: 1e3 }
      );
    } catch (e) {
      if (signal.aborted) throw new Error(`ACR import of ${formatReference(src)} did not finish within ${Math.round(opts.timeoutMs / 1e3)} s`);
      const status = e.statusCode;
      const code = e.code;
      throw new Error(
        `ACR import of ${formatReference(src)} into ${this.acr.name} failed${status ? ` (HTTP ${status}${code ? ` ${code}` : ""})` : ""}: ${getErrorMessage(e).split("\n")[0]}`
      );
    }
  }
};
export {
  AcrImporter,
  parseAcrId
};
