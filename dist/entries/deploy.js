import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  getInputs
} from "../chunks/chunk-UULQ66CT.js";
import "../chunks/chunk-YB4FYT7K.js";
import "../chunks/chunk-5PFT33RB.js";
import "../chunks/chunk-4Y25PLLA.js";
import {
  runLazily
} from "../chunks/chunk-QTIUYA4N.js";
import "../chunks/chunk-SLVKWOVA.js";
import "../chunks/chunk-HF4B25JP.js";
import "../chunks/chunk-3OS4J6L7.js";
import "../chunks/chunk-G6WOPJDF.js";
import "../chunks/chunk-QCOQAGNQ.js";
import "../chunks/chunk-XMOBR7DB.js";
import "../chunks/chunk-K7FT2D2V.js";
import "../chunks/chunk-VUJ4TZHV.js";
import "../chunks/chunk-TC7UFU3S.js";
import "../chunks/chunk-6OIT7D33.js";
import "../chunks/chunk-GGNHL6HF.js";
import "../chunks/chunk-HPEVLKEG.js";
import "../chunks/chunk-LRYOYDRT.js";
import "../chunks/chunk-J36IR65A.js";

// src/actions/deploy/index.ts
await runLazily("deploy", getInputs, () => import("../chunks/main-VWVSQP4N.js"));
