import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  getIDToken
} from "./chunk-22CKFV3Q.js";

// src/runtime/oidc.ts
var githubIdToken = (audience) => getIDToken(audience);

export {
  githubIdToken
};
