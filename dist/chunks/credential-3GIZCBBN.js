import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  azureCredential
} from "./chunk-7ACDKV5Y.js";
import "./chunk-JNG3YJ3A.js";
import "./chunk-6S4WG5MD.js";
import "./chunk-J36IR65A.js";
export {
  azureCredential
};
