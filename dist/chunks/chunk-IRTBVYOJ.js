import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  getIDToken
} from "./chunk-EG7YNCLZ.js";

// src/runtime/oidc.ts
var githubIdToken = (audience) => getIDToken(audience);

export {
  githubIdToken
};
