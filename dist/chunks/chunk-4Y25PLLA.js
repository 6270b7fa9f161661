import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);

// src/tools/versions.ts
var HELM_VERSION = "v3.17.3";
var KIND_VERSION = "v0.27.0";
var KUBECTL_VERSION = "v1.32.3";

export {
  HELM_VERSION,
  KIND_VERSION,
  KUBECTL_VERSION
};
