import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  getIDToken
} from "./chunk-O36P7VPO.js";

// src/runtime/oidc.ts
var githubIdToken = (audience) => getIDToken(audience);

export {
  githubIdToken
};
