import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  INDEX_MAX_BYTES,
  versionFacts
} from "./chunk-G5YORME5.js";
import "./chunk-7YDNRYS6.js";
import "./chunk-UA7VOI7Z.js";
import "./chunk-KH4FICE4.js";
import "./chunk-WI2BN6TR.js";
import "./chunk-BJ2FLMAC.js";
import "./chunk-55QV2S6P.js";
import "./chunk-PP5RWU6X.js";
import "./chunk-IJ4TUR3A.js";
import "./chunk-5PFT33RB.js";
import "./chunk-K7FT2D2V.js";
import "./chunk-UDYVSBIQ.js";
import "./chunk-TC7UFU3S.js";
import "./chunk-TWJB54GE.js";
import "./chunk-6OIT7D33.js";
import "./chunk-GGNHL6HF.js";
import "./chunk-U5AVLZRE.js";
import "./chunk-HPEVLKEG.js";
import "./chunk-LRYOYDRT.js";
import "./chunk-J36IR65A.js";
export {
  INDEX_MAX_BYTES,
  versionFacts
};
