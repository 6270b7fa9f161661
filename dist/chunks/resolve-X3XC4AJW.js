import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  versionFacts
} from "./chunk-GRR2BCLM.js";
import "./chunk-OCAN74AC.js";
import "./chunk-IU7VDR4R.js";
import "./chunk-UA7VOI7Z.js";
import "./chunk-KH4FICE4.js";
import "./chunk-HTUB5TGK.js";
import "./chunk-YB4FYT7K.js";
import "./chunk-PP5RWU6X.js";
import "./chunk-IJ4TUR3A.js";
import "./chunk-5PFT33RB.js";
import "./chunk-3OS4J6L7.js";
import "./chunk-G6WOPJDF.js";
import "./chunk-QCOQAGNQ.js";
import "./chunk-VUJ4TZHV.js";
import "./chunk-TC7UFU3S.js";
import "./chunk-6OIT7D33.js";
import "./chunk-GGNHL6HF.js";
import "./chunk-HPEVLKEG.js";
import "./chunk-LRYOYDRT.js";
import "./chunk-J36IR65A.js";
export {
  versionFacts
};
