import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  parseReference
} from "./chunk-QXHXWAPQ.js";
import {
  jsYaml
} from "./chunk-U5AVLZRE.js";
import {
  ConfigurationError
} from "./chunk-HPEVLKEG.js";

// src/linkerd/chart-images.ts
var isObj = (v) => !!v && typeof v === "object" && !Array.isArray(v);
function normalizeImage(ref) {
  const r = parseReference(ref, "a chart");
  return `${r.registry}/${r.repository}${r.digest ? `@${r.digest}` : `:${r.tag ?? "latest"}`}`;
}
function imagesFromManifests(text) {
  const out = /* @__PURE__ */ new Set();
  const walk = (v) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!isObj(v)) return;
    for (const key of ["containers", "initContainers", "ephemeralContainers"]) {
      const list = v[key];
      if (Array.isArray(list)) {
        for (const c of list) if (isObj(c) && typeof c["image"] === "string" && c["image"]) out.add(normalizeImage(c["image"]));
      }
    }
    for (const child of Object.values(v)) walk(child);
  };
  for (const doc of jsYaml.loadAll(text, void 0, { json: true })) {
    walk(doc);
    if (isObj(doc) && doc["kind"] === "ConfigMap" && isObj(doc["metadata"]) && doc["metadata"]["name"] === "linkerd-config" && isObj(doc["data"])) {
      for (const i of injectorImages(doc["data"])) out.add(i);
    }
  }
  return [...out].sort();
}
function hookImages(text) {
  const out = /* @__PURE__ */ new Set();
  for (const doc of jsYaml.loadAll(text, void 0, { json: true })) {
    const ann = isObj(doc) && isObj(doc["metadata"]) && isObj(doc["metadata"]["annotations"]) ? doc["metadata"]["annotations"] : {};
    if ("helm.sh/hook" in ann) for (const i of imagesFromManifests(jsYaml.dump(doc))) out.add(i);
  }
  return [...out].sort();
}
function injectorImages(data) {
  const raw = data["values"];
  if (typeof raw !== "string" || !raw) return [];
  const v = jsYaml.load(raw, { json: true });
  if (!isObj(v)) return [];
  const version = typeof v["linkerdVersion"] === "string" ? v["linkerdVersion"] : void 0;
  const out = [];
  for (const path of [
    ["proxy", "image"],
    ["proxyInit", "image"],
    ["debugContainer", "image"]
  ]) {
    let cur = v;
    for (const p of path) cur = isObj(cur) ? cur[p] : void 0;
    if (!isObj(cur) || typeof cur["name"] !== "string" || !cur["name"]) continue;
    const tag = typeof cur["version"] === "string" && cur["version"] ? cur["version"] : version;
    if (tag) out.push(normalizeImage(`${cur["name"]}:${tag}`));
  }
  return out;
}
function imageValuePaths(valuesYaml, repositories) {
  const wanted = new Set(repositories);
  const out = {};
  const add = (repo, v) => {
    if (!wanted.has(repo)) return;
    const list = out[repo] ??= [];
    if (!list.some((x) => x.name === v.name && x.repository === v.repository)) list.push(v);
  };
  const repoOf = (s) => {
    try {
      const r = parseReference(s, "a chart");
      return `${r.registry}/${r.repository}`;
    } catch (e) {
      if (e instanceof ConfigurationError) return void 0;
      throw e;
    }
  };
  const root = jsYaml.load(valuesYaml, { json: true });
  const fallback = isObj(root) && typeof root["defaultRegistry"] === "string" ? root["defaultRegistry"] : void 0;
  const walk = (v, path) => {
    if (!isObj(v)) return;
    const at = (k) => [...path, k].join(".");
    const own = typeof v["registry"] === "string" ? v["registry"] : void 0;
    const registry = own === "" && fallback ? fallback : own;
    for (const [k, val] of Object.entries(v)) {
      if (isObj(val)) {
        walk(val, [...path, k]);
        continue;
      }
      if (typeof val !== "string" || !val || /\s/.test(val)) continue;
      const sibling = (names) => names.find((n) => n in v && (typeof v[n] === "string" || v[n] === null || typeof v[n] === "number"));
      if (k === "repository" && registry !== void 0 && registry !== "") {
        const repo = repoOf(`${registry}/${val}`);
        const tag = sibling(["tag", "version"]);
        const digest = sibling(["digest"]);
        if (repo)
          add(repo, { registry: at("registry"), repository: at("repository"), ...tag ? { tag: at(tag) } : {}, ...digest ? { digest: at(digest) } : {} });
      } else if (k === "name" && registry !== void 0) {
        const repo = repoOf(`${registry}/${val}`);
        const tag = sibling(["tag", "version"]);
        const digest = sibling(["digest"]);
        if (repo) add(repo, { registry: at("registry"), name: at("name"), ...tag ? { tag: at(tag) } : {}, ...digest ? { digest: at(digest) } : {} });
      } else if ((k === "name" || k === "repository" || /Image$/.test(k)) && val.includes("/")) {
        const repo = repoOf(val);
        const tag = k.endsWith("Image") ? sibling([k.replace(/Image$/, "Version")]) : sibling(["tag", "version"]);
        const digest = k.endsWith("Image") ? void 0 : sibling(["digest"]);
        if (repo && !/[:@]/.test(val.split("/").pop() ?? ""))
          add(repo, { name: at(k), ...tag ? { tag: at(tag) } : {}, ...digest ? { digest: at(digest) } : {} });
      }
    }
  };
  walk(root, []);
  return out;
}
function apiKinds(text) {
  const out = /* @__PURE__ */ new Set();
  for (const doc of jsYaml.loadAll(text, void 0, { json: true })) {
    if (isObj(doc) && typeof doc["apiVersion"] === "string" && typeof doc["kind"] === "string") out.add(`${doc["apiVersion"]} ${doc["kind"]}`);
  }
  return [...out].sort();
}
function crdVersions(text, name) {
  for (const doc of jsYaml.loadAll(text, void 0, { json: true })) {
    if (!isObj(doc) || doc["kind"] !== "CustomResourceDefinition" || !isObj(doc["metadata"]) || doc["metadata"]["name"] !== name) continue;
    const spec = doc["spec"];
    const versions = isObj(spec) && Array.isArray(spec["versions"]) ? spec["versions"] : [];
    return versions.filter((x) => isObj(x) && x["served"] !== false && typeof x["name"] === "string").map((x) => x["name"]);
  }
  return [];
}
function renderedNamespaces(text) {
  const out = [];
  const strings = (v) => isObj(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, String(x)])) : {};
  for (const doc of jsYaml.loadAll(text, void 0, { json: true })) {
    if (isObj(doc) && doc["kind"] === "Namespace" && isObj(doc["metadata"]) && typeof doc["metadata"]["name"] === "string") {
      out.push({ name: doc["metadata"]["name"], labels: strings(doc["metadata"]["labels"]), annotations: strings(doc["metadata"]["annotations"]) });
    }
  }
  return out;
}
var REMOVED = [
  ["extensions/v1beta1", "1.16"],
  ["apps/v1beta1", "1.16"],
  ["apps/v1beta2", "1.16"],
  ["admissionregistration.k8s.io/v1beta1", "1.22"],
  ["apiextensions.k8s.io/v1beta1", "1.22"],
  ["apiregistration.k8s.io/v1beta1", "1.22"],
  ["rbac.authorization.k8s.io/v1beta1", "1.22"],
  ["scheduling.k8s.io/v1beta1", "1.22"],
  ["networking.k8s.io/v1beta1", "1.22"],
  ["batch/v1beta1", "1.25"],
  ["policy/v1beta1", "1.25"],
  ["autoscaling/v2beta1", "1.25"],
  ["autoscaling/v2beta2", "1.26"],
  ["flowcontrol.apiserver.k8s.io/v1beta1", "1.26"]
];
function removedApis(kinds) {
  const out = [];
  for (const k of kinds) {
    const [api, kind] = k.split(" ");
    const hit = REMOVED.find(([a]) => a === api);
    if (hit) out.push({ api, kind, removedIn: hit[1] });
  }
  return out;
}

export {
  normalizeImage,
  imagesFromManifests,
  hookImages,
  imageValuePaths,
  apiKinds,
  crdVersions,
  renderedNamespaces,
  removedApis
};
