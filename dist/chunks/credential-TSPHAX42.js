import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  azureCredential
} from "./chunk-DJ5RMRDE.js";
import "./chunk-JNG3YJ3A.js";
import "./chunk-6FP52NG6.js";
import "./chunk-HEUQPERK.js";
import "./chunk-ZMHKH2QP.js";
import "./chunk-J36IR65A.js";
export {
  azureCredential
};
