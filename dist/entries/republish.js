import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  getInputs
} from "../chunks/chunk-EFN5PFDH.js";
import "../chunks/chunk-PP5RWU6X.js";
import "../chunks/chunk-IJ4TUR3A.js";
import "../chunks/chunk-5PFT33RB.js";
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

// src/actions/republish/index.ts
await runLazily("republish", getInputs, () => import("../chunks/main-MUPIGG4Q.js"));
