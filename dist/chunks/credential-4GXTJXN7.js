import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  azureCredential
} from "./chunk-VF73URUX.js";
import "./chunk-JNG3YJ3A.js";
import "./chunk-XPAAK3UB.js";
import "./chunk-5KHRL6DH.js";
import "./chunk-J36IR65A.js";
export {
  azureCredential
};
