import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  getInputs
} from "../chunks/chunk-DUTJ3EON.js";
import "../chunks/chunk-A2JWSXZ5.js";
import "../chunks/chunk-VX5QRBWR.js";
import "../chunks/chunk-4Y25PLLA.js";
import "../chunks/chunk-PABPBL5T.js";
import "../chunks/chunk-BB6DVLOI.js";
import {
  runLazily
} from "../chunks/chunk-AJZIIX2S.js";
import "../chunks/chunk-VN3UR5SQ.js";
import "../chunks/chunk-FWNKXM44.js";
import "../chunks/chunk-XMOBR7DB.js";
import "../chunks/chunk-K7FT2D2V.js";
import "../chunks/chunk-UDYVSBIQ.js";
import "../chunks/chunk-TC7UFU3S.js";
import "../chunks/chunk-TWJB54GE.js";
import "../chunks/chunk-6OIT7D33.js";
import "../chunks/chunk-GGNHL6HF.js";
import "../chunks/chunk-U5AVLZRE.js";
import "../chunks/chunk-HPEVLKEG.js";
import "../chunks/chunk-LRYOYDRT.js";
import "../chunks/chunk-J36IR65A.js";

// src/actions/teardown/index.ts
await runLazily("teardown", getInputs, () => import("../chunks/main-QRHSA6NC.js"));
