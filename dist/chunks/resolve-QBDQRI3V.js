import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  INDEX_MAX_BYTES,
  versionFacts
} from "./chunk-EI2NWJGN.js";
import "./chunk-Q3S7GP2E.js";
import "./chunk-ITZIBZIF.js";
import "./chunk-KH4FICE4.js";
import "./chunk-EINNNFTN.js";
import "./chunk-OYMQQ6BH.js";
import "./chunk-W2G57EYB.js";
import "./chunk-GVPJXP3T.js";
import "./chunk-QXHXWAPQ.js";
import "./chunk-V55V5RA2.js";
import "./chunk-YICLTDNQ.js";
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
