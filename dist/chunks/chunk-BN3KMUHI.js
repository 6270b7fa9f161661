import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  getInput
} from "./chunk-O36P7VPO.js";
import {
  didYouMean
} from "./chunk-WK2HTM6I.js";
import {
  parseDuration
} from "./chunk-YICLTDNQ.js";
import {
  maskSecret
} from "./chunk-ZE2P5GGQ.js";
import {
  require_os
} from "./chunk-GGNHL6HF.js";
import {
  jsYaml
} from "./chunk-U5AVLZRE.js";
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

// src/runtime/inputs.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_node_os = __toESM(require_os(), 1);
var import_node_path = __toESM(require_path(), 1);
var problems;
function inputProblem(message) {
  if (problems) problems.push(message);
  else throw new ConfigurationError(message);
}
function invalid(message, fallback) {
  inputProblem(message);
  return fallback;
}
function attempt(parse, fallback) {
  try {
    return parse();
  } catch (e) {
    if (!(e instanceof ConfigurationError) || !problems) throw e;
    problems.push(e.message);
    return fallback;
  }
}
function readInputs(read) {
  const outer = problems;
  const mine = [];
  problems = mine;
  try {
    const result = attempt(read, void 0);
    const found = [...new Set(mine)];
    if (found.length === 1) throw new ConfigurationError(found[0]);
    if (found.length > 1) throw new ConfigurationError(`${found.length} problems with the inputs:
${found.map((m) => `  - ${m}`).join("\n")}`);
    return result;
  } finally {
    problems = outer;
  }
}
function getOptional(name) {
  const v = getInput(name);
  return v === "" ? void 0 : v;
}
function getKubeconfig(name = "kubeconfig", opts = {}) {
  const v = getInput(name, { trimWhitespace: false });
  if (!v.trim()) return void 0;
  const single = v.trim();
  if (readablePath(v)) return opts.unused ? void 0 : single;
  maskSecret(v);
  maskSecret(single);
  if (opts.unused) return void 0;
  const looksLikeContent = /\n/.test(single) || /^[{[]/.test(single) || /^\s*["']?(apiVersion|kind|clusters|users|contexts|current-context)["']?\s*:/m.test(single);
  for (const m of v.matchAll(
    /^\s*-?\s*["']?(?:token|password|client-key-data|client-certificate-data|id-token|refresh-token|access-token)["']?\s*:\s*["']?([^"'\s,}]+)["']?\s*,?\s*$/gm
  ))
    maskSecret(m[1]);
  for (const m of v.matchAll(/"(?:token|password|client-key-data|client-certificate-data|id-token|refresh-token|access-token)"\s*:\s*"((?:[^"\\]|\\.)*)"/g))
    maskSecret(m[1]);
  if (!looksLikeContent) {
    return invalid(`Input '${name}' is neither a readable file nor a kubeconfig (YAML or JSON); its value is not shown, as it may hold credentials`, void 0);
  }
  let doc;
  try {
    doc = jsYaml.load(v, { json: true });
  } catch (e) {
    const line = e.mark?.line;
    return invalid(
      `Input '${name}' holds text that is not valid YAML or JSON${line !== void 0 ? ` (line ${line + 1})` : ""}; its value is not shown, as it may hold credentials`,
      void 0
    );
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc) || !Array.isArray(doc.clusters)) {
    return invalid(
      `Input '${name}' holds YAML or JSON that is not a kubeconfig (no 'clusters' list); its value is not shown, as it may hold credentials`,
      void 0
    );
  }
  for (const u of doc.users ?? []) maskLeaves(u?.user);
  const dir = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)(process.env["RUNNER_TEMP"] ?? (0, import_node_os.tmpdir)(), "meshci-kubeconfig-"));
  const file = (0, import_node_path.join)(dir, "kubeconfig");
  (0, import_node_fs.writeFileSync)(file, v, { mode: 384 });
  return file;
}
function readablePath(v) {
  const t = v.trim();
  return t.length <= 4096 && !/[\r\n]/.test(t) && readableFile(t) ? t : void 0;
}
function readableFile(path) {
  try {
    const p = (0, import_node_path.resolve)(path);
    if (!(0, import_node_fs.statSync)(p).isFile()) return false;
    (0, import_node_fs.accessSync)(p, import_node_fs.constants.R_OK);
    return true;
  } catch {
    return false;
  }
}
function maskLeaves(o) {
  if (typeof o === "string") {
    if (o.length >= 4) maskSecret(o);
  } else if (Array.isArray(o)) {
    for (const x of o) maskLeaves(x);
  } else if (o && typeof o === "object") {
    for (const x of Object.values(o)) maskLeaves(x);
  }
}
function getSecret(name) {
  const v = getInput(name);
  if (v === "") return void 0;
  maskSecret(v);
  return v;
}
function getRequired(name) {
  const v = getInput(name);
  if (v === "") return invalid(`Input '${name}' is required and was not supplied`, "");
  return v;
}
var TRUE = ["true", "True", "TRUE"];
var FALSE = ["false", "False", "FALSE"];
function getBool(name, dflt) {
  const v = getInput(name);
  if (v === "") return dflt;
  if (TRUE.includes(v)) return true;
  if (FALSE.includes(v)) return false;
  return invalid(`Input '${name}' has invalid value '${v}': expected true or false`, dflt);
}
function getEnum(name, allowed, dflt) {
  const v = getInput(name).trim();
  if (v === "") return dflt;
  const hit = enumMatch(allowed, v);
  if (!hit) return invalid(`Input '${name}' has invalid value '${v}': allowed values are ${allowed.join(", ")}${didYouMean(v, allowed)}`, dflt);
  return hit;
}
function enumRefused(name, allowed) {
  const v = getInput(name).trim();
  return v !== "" && !enumMatch(allowed, v);
}
function enumMatch(allowed, v) {
  return allowed.find((a) => a === v.toLowerCase());
}
function getInt(name, dflt, range) {
  const v = getInput(name).trim();
  if (v === "") return dflt;
  if (!/^-?\d+$/.test(v)) return invalid(`Input '${name}' has invalid value '${v}': expected a whole number`, dflt);
  const n = Number(v);
  if (n < range.min || n > range.max) return invalid(`Input '${name}' has invalid value '${v}': allowed range is ${range.min} to ${range.max}`, dflt);
  return n;
}
function getDuration(name, dflt, opts = {}) {
  const v = getInput(name).trim();
  return attempt(() => parseDuration(name, v === "" ? dflt : v, opts), parseDuration(name, dflt, {}));
}
function getList(name) {
  return getInput(name).split(/\r?\n|,/).map((s) => s.replace(/\s+#.*$/, "").trim()).filter((s) => s !== "" && !s.startsWith("#"));
}
function getPemOrFile(name, opts) {
  const v = getInput(name, { trimWhitespace: false });
  if (v.trim() === "") return void 0;
  if (opts.secret && !readablePath(v)) maskSecret(v.trim());
  if (v.includes("-----BEGIN")) {
    if (opts.secret) maskSecret(v);
    return { text: v, source: `input '${name}'` };
  }
  const compact = v.replace(/\s+/g, "");
  if (compact.length >= 40 && /^[A-Za-z0-9+/]+=*$/.test(compact)) {
    const decoded = Buffer.from(compact, "base64").toString("utf8");
    if (decoded.includes("-----BEGIN")) {
      if (opts.secret) maskSecret(decoded);
      return { text: decoded, source: `input '${name}' (base64)` };
    }
  }
  const path = (0, import_node_path.resolve)(v.trim());
  if (!(0, import_node_fs.existsSync)(path) || !(0, import_node_fs.statSync)(path).isFile()) {
    return invalid(
      opts.secret ? `Input '${name}' is neither PEM text (or its base64) nor a readable file; its value is not shown, as it may hold a key` : `Input '${name}' is neither PEM text nor a readable file: '${v.trim()}' does not exist or is not a file`,
      void 0
    );
  }
  const text = (0, import_node_fs.readFileSync)(path, "utf8");
  if (opts.secret) maskSecret(text);
  return { text, source: `file '${v.trim()}' (input '${name}')` };
}
function validateWritableFile(name, path) {
  const abs = (0, import_node_path.resolve)(path);
  if ((0, import_node_fs.existsSync)(abs) && (0, import_node_fs.statSync)(abs).isDirectory()) return invalid(`Input '${name}' names '${path}', which is a folder: give a file path`, abs);
  let dir = (0, import_node_path.dirname)(abs);
  while (!(0, import_node_fs.existsSync)(dir)) dir = (0, import_node_path.dirname)(dir);
  const cannot = () => invalid(`Input '${name}' names '${path}': '${dir}' is not a folder meshci can write in`, abs);
  if (!(0, import_node_fs.statSync)(dir).isDirectory()) return cannot();
  try {
    (0, import_node_fs.accessSync)(dir, import_node_fs.constants.W_OK);
  } catch (e) {
    if (["EACCES", "EPERM", "EROFS"].includes(e.code ?? "")) return cannot();
    throw e;
  }
  return abs;
}
function validateKeyFolder(name, path) {
  const abs = (0, import_node_path.resolve)(path);
  const roots = [process.env["GITHUB_WORKSPACE"], process.env["RUNNER_TEMP"]].filter((r) => !!r).map((r) => (0, import_node_path.resolve)(r));
  if (process.env["GITHUB_WORKSPACE"] && !roots.some((r) => abs === r || abs.startsWith(`${r}/`))) {
    return invalid(`Input '${name}' names '${path}', outside the workspace and RUNNER_TEMP: key files are written only there`, path);
  }
  return path;
}
var DNS_LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
function validateDnsLabel(name, value) {
  if (!DNS_LABEL.test(value))
    return invalid(`Input '${name}' has invalid value '${value}': expected a lowercase DNS label (a Kubernetes namespace or object name)`, value);
  return value;
}
function validateCommentKey(name, value) {
  if (/^[\w.-]{1,64}$/.test(value)) return value;
  return invalid(`Input '${name}' has invalid value '${value}': letters, digits, '.', '_' and '-' only`, "default");
}
function validatePinnedRelease(name, value, example) {
  const v = value ?? example;
  if (!/^v\d+\.\d+\.\d+$/.test(v))
    return invalid(`Input '${name}' has invalid value '${v}': expected a pinned release like ${example} (never latest)`, example);
  return v;
}

export {
  inputProblem,
  attempt,
  readInputs,
  getOptional,
  getKubeconfig,
  getSecret,
  getRequired,
  getBool,
  getEnum,
  enumRefused,
  getInt,
  getDuration,
  getList,
  getPemOrFile,
  validateWritableFile,
  validateKeyFolder,
  validateDnsLabel,
  validateCommentKey,
  validatePinnedRelease
};
