import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  versionFacts
} from "./chunk-NMCQLEIR.js";
import "./chunk-OVJUFLZ7.js";
import "./chunk-XTF3FQSW.js";
import "./chunk-PP5RWU6X.js";
import "./chunk-3QE3C37Q.js";
import "./chunk-KH4FICE4.js";
import "./chunk-IJ4TUR3A.js";
import "./chunk-5PFT33RB.js";
import "./chunk-K33C3MOY.js";
import "./chunk-RYS26PSM.js";
import "./chunk-G6WOPJDF.js";
import "./chunk-FRZVHDKL.js";
import "./chunk-6OIT7D33.js";
import "./chunk-GGNHL6HF.js";
import "./chunk-HPEVLKEG.js";
import "./chunk-YB4FYT7K.js";
import "./chunk-LRYOYDRT.js";
import "./chunk-J36IR65A.js";
export {
  versionFacts
};
