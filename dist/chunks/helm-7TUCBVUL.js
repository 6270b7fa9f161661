import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  Helm,
  helmVersionProblem,
  linkerdHelmRepo
} from "./chunk-BJ2FLMAC.js";
import "./chunk-55QV2S6P.js";
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
  Helm,
  helmVersionProblem,
  linkerdHelmRepo
};
