import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  getInputs
} from "../chunks/chunk-QWZTDME6.js";
import "../chunks/chunk-NNUI2ZJU.js";
import "../chunks/chunk-6MFHYSBY.js";
import "../chunks/chunk-4Y25PLLA.js";
import "../chunks/chunk-FTMT34VG.js";
import "../chunks/chunk-BB6DVLOI.js";
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

// src/actions/teardown/index.ts
await runLazily("teardown", getInputs, () => import("../chunks/main-WLE7GGEZ.js"));
