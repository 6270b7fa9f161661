import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  ensureTool,
  parseHelmVersion,
  parseKindVersion,
  parseKubectlVersion,
  parseLinkerdCliVersion
} from "./chunk-NPKLTO4Z.js";
import "./chunk-N5Y5YZAH.js";
import "./chunk-KXPCIG6P.js";
import "./chunk-Z7OIAV7A.js";
import "./chunk-55QV2S6P.js";
import {
  HELM_VERSION,
  KIND_VERSION,
  KUBECTL_VERSION
} from "./chunk-4Y25PLLA.js";
import "./chunk-K7FT2D2V.js";
import "./chunk-UDYVSBIQ.js";
import "./chunk-TC7UFU3S.js";
import "./chunk-TWJB54GE.js";
import "./chunk-6OIT7D33.js";
import "./chunk-GGNHL6HF.js";
import "./chunk-HPEVLKEG.js";
import "./chunk-LRYOYDRT.js";
import "./chunk-J36IR65A.js";
export {
  HELM_VERSION,
  KIND_VERSION,
  KUBECTL_VERSION,
  ensureTool,
  parseHelmVersion,
  parseKindVersion,
  parseKubectlVersion,
  parseLinkerdCliVersion
};
