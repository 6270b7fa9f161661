import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  getInputs
} from "../chunks/chunk-6Y3O42HY.js";
import "../chunks/chunk-ZT57ULKA.js";
import "../chunks/chunk-ZCIHLU3Y.js";
import "../chunks/chunk-5PFT33RB.js";
import "../chunks/chunk-4Y25PLLA.js";
import {
  runLazily
} from "../chunks/chunk-NW5NRERU.js";
import "../chunks/chunk-QQXACYSQ.js";
import "../chunks/chunk-WTVJOVFC.js";
import "../chunks/chunk-XMOBR7DB.js";
import "../chunks/chunk-K7FT2D2V.js";
import "../chunks/chunk-3ELFL4IQ.js";
import "../chunks/chunk-G6WOPJDF.js";
import "../chunks/chunk-TC7UFU3S.js";
import "../chunks/chunk-TWJB54GE.js";
import "../chunks/chunk-6OIT7D33.js";
import "../chunks/chunk-GGNHL6HF.js";
import "../chunks/chunk-U5AVLZRE.js";
import "../chunks/chunk-HPEVLKEG.js";
import "../chunks/chunk-LRYOYDRT.js";
import "../chunks/chunk-J36IR65A.js";

// src/actions/deploy/index.ts
await runLazily("deploy", getInputs, () => import("../chunks/main-CWTQXZ7T.js"));
