import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-66V3226W.js";
import "./chunk-ZMHKH2QP.js";
import "./chunk-J36IR65A.js";
export default require_dist();
