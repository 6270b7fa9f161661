import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  azureCredential
} from "./chunk-HCHNJHQ3.js";
import "./chunk-N5Y5YZAH.js";
import "./chunk-IU4OZ2FF.js";
import "./chunk-6FP52NG6.js";
import "./chunk-HEUQPERK.js";
import "./chunk-ZMHKH2QP.js";
import "./chunk-J36IR65A.js";
export {
  azureCredential
};
