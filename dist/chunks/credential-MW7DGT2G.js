import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  azureCredential
} from "./chunk-FMN4R5ST.js";
import "./chunk-JNG3YJ3A.js";
import "./chunk-DUMW2BTP.js";
import "./chunk-IJBNDBFA.js";
import "./chunk-J36IR65A.js";
export {
  azureCredential
};
