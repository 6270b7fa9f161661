import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  getInputs
} from "../chunks/chunk-PB7YTFBW.js";
import "../chunks/chunk-GVPJXP3T.js";
import "../chunks/chunk-QXHXWAPQ.js";
import "../chunks/chunk-V55V5RA2.js";
import {
  runLazily
} from "../chunks/chunk-2A2E7CK3.js";
import "../chunks/chunk-BN3KMUHI.js";
import "../chunks/chunk-O36P7VPO.js";
import "../chunks/chunk-QCOQAGNQ.js";
import "../chunks/chunk-VUJ4TZHV.js";
import "../chunks/chunk-WK2HTM6I.js";
import "../chunks/chunk-YICLTDNQ.js";
import "../chunks/chunk-6OIT7D33.js";
import "../chunks/chunk-ZE2P5GGQ.js";
import "../chunks/chunk-TC7UFU3S.js";
import "../chunks/chunk-GGNHL6HF.js";
import "../chunks/chunk-U5AVLZRE.js";
import "../chunks/chunk-LRYOYDRT.js";
import "../chunks/chunk-HPEVLKEG.js";
import "../chunks/chunk-J36IR65A.js";

// src/actions/republish/index.ts
await runLazily("republish", getInputs, () => import("../chunks/main-XUF2AA4F.js"));
