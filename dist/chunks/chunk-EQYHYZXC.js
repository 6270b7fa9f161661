import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);

// src/lib/docs.ts
var DOCS_URL = "https://github.com/meshci/meshci/blob/main/docs";
function docsLink(page) {
  return `${DOCS_URL}/${page}`;
}

export {
  docsLink
};
