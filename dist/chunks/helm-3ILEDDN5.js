import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  Helm,
  helmVersionProblem
} from "./chunk-OYMQQ6BH.js";
import "./chunk-W2G57EYB.js";
import "./chunk-YICLTDNQ.js";
import "./chunk-6OIT7D33.js";
import "./chunk-LRYOYDRT.js";
import "./chunk-HPEVLKEG.js";
import "./chunk-J36IR65A.js";
export {
  Helm,
  helmVersionProblem
};
