import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  Cluster,
  FIELD_MANAGER,
  clusterError,
  collectionPath,
  describe,
  jobState,
  rolloutState
} from "./chunk-KNRVHQCN.js";
import "./chunk-X62AGHVA.js";
import "./chunk-KXPCIG6P.js";
import "./chunk-ZMHKH2QP.js";
import "./chunk-PPIGJDAK.js";
import "./chunk-QCOQAGNQ.js";
import "./chunk-YICLTDNQ.js";
import "./chunk-6OIT7D33.js";
import "./chunk-ZE2P5GGQ.js";
import "./chunk-GGNHL6HF.js";
import "./chunk-U5AVLZRE.js";
import "./chunk-LRYOYDRT.js";
import "./chunk-HPEVLKEG.js";
import "./chunk-J36IR65A.js";
export {
  Cluster,
  FIELD_MANAGER,
  clusterError,
  collectionPath,
  describe,
  jobState,
  rolloutState
};
