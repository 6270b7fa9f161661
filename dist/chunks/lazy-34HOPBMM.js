import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  loadAnchorVault,
  loadAzureCredential
} from "./chunk-IL53W7CH.js";
import "./chunk-J36IR65A.js";
export {
  loadAnchorVault,
  loadAzureCredential
};
