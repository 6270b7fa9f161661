import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  loadAnchorVault,
  loadAzureCredential
} from "./chunk-CSIXSPU3.js";
import "./chunk-J36IR65A.js";
export {
  loadAnchorVault,
  loadAzureCredential
};
