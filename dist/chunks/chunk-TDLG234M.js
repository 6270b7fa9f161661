import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  normalizeImage
} from "./chunk-EINNNFTN.js";
import {
  require_fs,
  require_path
} from "./chunk-LRYOYDRT.js";
import {
  ConfigurationError
} from "./chunk-HPEVLKEG.js";
import {
  __toESM
} from "./chunk-J36IR65A.js";

// src/deploy/post-render.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_node_path = __toESM(require_path(), 1);
function rewriteImages(manifests, map) {
  let rewritten = 0;
  const text = manifests.replace(
    /^(\s*(?:-\s+)?image:\s*)(["']?)([^"'\s#]+)\2([ \t]*(?:#.*)?)$/gm,
    (line, head, q, ref, tail) => {
      let key;
      try {
        key = normalizeImage(ref);
      } catch (e) {
        if (e instanceof ConfigurationError) return line;
        throw e;
      }
      const to = map[key];
      if (!to) return line;
      rewritten++;
      return `${head}${q}${to}${q}${tail}`;
    }
  );
  return { text, rewritten };
}
function postRenderer(helmValues, o) {
  const images = helmValues["meshci"]?.images;
  if (!images || !Object.keys(images).length) return void 0;
  const file = (0, import_node_path.join)(o.work, "post-render-images.json");
  (0, import_node_fs.writeFileSync)(file, JSON.stringify(images));
  return { bin: process.execPath, args: [o.script, file] };
}

export {
  rewriteImages,
  postRenderer
};
