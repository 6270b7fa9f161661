import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  rewriteImages
} from "../chunks/chunk-TDLG234M.js";
import "../chunks/chunk-EINNNFTN.js";
import "../chunks/chunk-QXHXWAPQ.js";
import "../chunks/chunk-U5AVLZRE.js";
import {
  require_fs
} from "../chunks/chunk-LRYOYDRT.js";
import "../chunks/chunk-HPEVLKEG.js";
import {
  __toESM
} from "../chunks/chunk-J36IR65A.js";

// src/post-render.ts
var import_node_fs = __toESM(require_fs(), 1);
var mapFile = process.argv[2];
if (!mapFile) {
  process.stderr.write("usage: post-render <image map JSON file> < manifests\n");
  process.exit(2);
}
var map = JSON.parse((0, import_node_fs.readFileSync)(mapFile, "utf8"));
var chunks = [];
process.stdin.on("data", (c) => chunks.push(c));
process.stdin.on("end", () => {
  process.stdout.write(rewriteImages(Buffer.concat(chunks).toString("utf8"), map).text);
});
