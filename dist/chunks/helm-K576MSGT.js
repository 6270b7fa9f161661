import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  Helm,
  helmVersionProblem,
  linkerdHelmRepo
} from "./chunk-D25NA6WD.js";
import "./chunk-CHYFC4LX.js";
import "./chunk-RHYV5NPW.js";
import "./chunk-G6WOPJDF.js";
import "./chunk-QCOQAGNQ.js";
import "./chunk-K7FT2D2V.js";
import "./chunk-VUJ4TZHV.js";
import "./chunk-TC7UFU3S.js";
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
