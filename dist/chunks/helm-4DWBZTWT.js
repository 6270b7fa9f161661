import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  Helm,
  helmVersionProblem
} from "./chunk-CSWX4WLO.js";
import "./chunk-KG4E6MI3.js";
import "./chunk-K7FT2D2V.js";
import "./chunk-6OIT7D33.js";
import "./chunk-LRYOYDRT.js";
import "./chunk-HPEVLKEG.js";
import "./chunk-J36IR65A.js";
export {
  Helm,
  helmVersionProblem
};
