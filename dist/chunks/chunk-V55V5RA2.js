import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  ConfigurationError
} from "./chunk-HPEVLKEG.js";

// src/linkerd/version.ts
var EDGE_LINES = [
  [21, 1, 1, 10],
  [21, 9, 1, 11],
  [22, 8, 1, 12],
  [23, 3, 1, 13],
  [23, 8, 1, 14],
  [24, 2, 4, 15],
  [24, 8, 2, 16],
  [24, 11, 8, 17],
  [25, 4, 4, 18],
  [25, 10, 7, 19],
  [26, 6, 3, 20]
];
var VERSION_FORMS = "stable-2.X.Y, edge-YY.M.N, enterprise-2.X.Y or 2.X";
function parseLinkerdVersion(input, value) {
  const parsed = parse(input, value);
  if (parsed.minor < 10) {
    throw new ConfigurationError(`Input '${input}' names Linkerd '${value}': meshci supports Linkerd 2.10 and later`);
  }
  return parsed;
}
function parse(input, value) {
  const v = value.trim();
  let m = /^(stable|enterprise)-2\.(\d+)\.(\d+)$/.exec(v);
  if (m) return { raw: v, channel: m[1], minor: Number(m[2]) };
  m = /^2\.(\d+)(?:\.(\d+))?$/.exec(v);
  if (m) return { raw: `stable-2.${m[1]}.${m[2] ?? "0"}`, channel: "stable", minor: Number(m[1]) };
  m = /^edge-(\d{2})\.(\d{1,2})\.(\d+)$/.exec(v);
  if (m) {
    const key = [Number(m[1]), Number(m[2]), Number(m[3])];
    let minor = 9;
    for (const [yy, mm, nn, line] of EDGE_LINES) {
      if (cmp(key, [yy, mm, nn]) >= 0) minor = line;
    }
    return { raw: v, channel: "edge", minor };
  }
  throw new ConfigurationError(`Input '${input}' has invalid Linkerd version '${value}': expected ${VERSION_FORMS}`);
}
function cmp(a, b) {
  for (let i = 0; i < a.length; i++) {
    const d = a[i] - b[i];
    if (d !== 0) return d;
  }
  return 0;
}
function linkerdHelmRepo(appVersion) {
  if (appVersion.startsWith("enterprise-")) return "https://helm.buoyant.cloud";
  if (appVersion.startsWith("edge-")) return "https://helm.linkerd.io/edge";
  return "https://helm.linkerd.io/stable";
}

export {
  parseLinkerdVersion,
  linkerdHelmRepo
};
