import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  ensureTool,
  parseHelmVersion,
  parseKindVersion,
  parseKubectlVersion,
  parseLinkerdCliVersion,
  sha256File
} from "./chunk-JP7LG4UF.js";
import "./chunk-N5Y5YZAH.js";
import "./chunk-KXPCIG6P.js";
import "./chunk-Z7OIAV7A.js";
import "./chunk-W2G57EYB.js";
import {
  HELM_VERSION,
  KIND_VERSION,
  KUBECTL_VERSION
} from "./chunk-4Y25PLLA.js";
import "./chunk-O36P7VPO.js";
import "./chunk-QCOQAGNQ.js";
import "./chunk-VUJ4TZHV.js";
import "./chunk-YICLTDNQ.js";
import "./chunk-6OIT7D33.js";
import "./chunk-ZE2P5GGQ.js";
import "./chunk-TC7UFU3S.js";
import "./chunk-GGNHL6HF.js";
import "./chunk-LRYOYDRT.js";
import "./chunk-HPEVLKEG.js";
import "./chunk-J36IR65A.js";
export {
  HELM_VERSION,
  KIND_VERSION,
  KUBECTL_VERSION,
  ensureTool,
  parseHelmVersion,
  parseKindVersion,
  parseKubectlVersion,
  parseLinkerdCliVersion,
  sha256File
};
