import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  INDEX_MAX_BYTES,
  versionFacts
} from "./chunk-DS5M52UG.js";
import "./chunk-AOG2E45L.js";
import "./chunk-ITZIBZIF.js";
import "./chunk-KH4FICE4.js";
import "./chunk-WI2BN6TR.js";
import "./chunk-CSWX4WLO.js";
import "./chunk-KG4E6MI3.js";
import "./chunk-GVPJXP3T.js";
import "./chunk-IJ4TUR3A.js";
import "./chunk-V55V5RA2.js";
import "./chunk-K7FT2D2V.js";
import "./chunk-6OIT7D33.js";
import "./chunk-TC7UFU3S.js";
import "./chunk-GGNHL6HF.js";
import "./chunk-U5AVLZRE.js";
import "./chunk-LRYOYDRT.js";
import "./chunk-HPEVLKEG.js";
import "./chunk-J36IR65A.js";
export {
  INDEX_MAX_BYTES,
  versionFacts
};
