import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  linkerd_images_default
} from "./chunk-GVPJXP3T.js";
import {
  parseDestination,
  parseReference
} from "./chunk-QXHXWAPQ.js";
import {
  parseLinkerdVersion
} from "./chunk-V55V5RA2.js";
import {
  attempt,
  getBool,
  getEnum,
  getInt,
  getList,
  getOptional,
  getRequired,
  getSecret,
  inputProblem,
  readInputs
} from "./chunk-BN3KMUHI.js";
import {
  maskSecret
} from "./chunk-ZE2P5GGQ.js";
import {
  ConfigurationError
} from "./chunk-HPEVLKEG.js";

// src/republish/images.ts
var EXTENSIONS = ["viz", "jaeger", "cni"];
var apps = linkerd_images_default.apps;
function appEntry(app) {
  return apps[app];
}
function linkerdImages(entry, version, extensions) {
  const out = [...entry.core];
  for (const e of extensions) {
    const list = entry[e];
    if (!list) {
      throw new ConfigurationError(
        `Input 'extensions' asks for '${e}', which Linkerd ${version} does not have${e === "jaeger" ? " (the jaeger extension was removed in edge-25.10.1 / 2.19)" : ""}`
      );
    }
    out.push(...list);
  }
  return [...new Set(out)];
}
function appImages(app, version) {
  if (app === "none") return [];
  const a = apps[app];
  if (!a) throw new ConfigurationError(`Input 'app' has invalid value '${app}': allowed values are ${[...Object.keys(apps), "none"].join(", ")}`);
  return a.images.map((i) => i.replace("{version}", version ?? a.default));
}

// src/actions/republish/inputs.ts
var MODES = ["copy", "import", "auto", "plan"];
var DEST_AUTH = ["auto", "azure", "basic", "anonymous"];
function addImages(inputs, list, origin) {
  for (const text of list) {
    const r = parseReference(text, origin);
    const key = `${r.registry}/${r.repository}${r.tag ? `:${r.tag}` : ""}${r.digest ? `@${r.digest}` : ""}`;
    if (inputs.origins.has(key)) continue;
    inputs.origins.set(key, origin);
    inputs.images.push(r);
  }
}
function getInputs() {
  return readInputs(read);
}
function read() {
  const acc = { origins: /* @__PURE__ */ new Map(), images: [] };
  attempt(() => addImages(acc, getList("images"), "input 'images'"), void 0);
  const { origins, images: refs } = acc;
  const versionText = getOptional("linkerd-version")?.trim();
  const linkerdVersion = versionText ? attempt(() => parseLinkerdVersion("linkerd-version", versionText).raw, void 0) : void 0;
  const extensions = getList("extensions").flatMap((e) => {
    if (EXTENSIONS.includes(e)) return [e];
    inputProblem(`Input 'extensions' has invalid value '${e}': allowed values are ${EXTENSIONS.join(", ")}`);
    return [];
  });
  if (extensions.length && !linkerdVersion && !versionText) inputProblem("Input 'extensions' needs 'linkerd-version'");
  const app = getOptional("app")?.trim() ?? (linkerdVersion ? "dgraph" : "none");
  attempt(() => addImages(acc, appImages(app, getOptional("app-version")?.trim()), `app ${app}`), void 0);
  if (refs.length === 0 && !versionText && !getOptional("images"))
    inputProblem("Nothing to republish: give 'images' (one reference per line) and/or 'linkerd-version'");
  const mapping = {};
  for (const line of getList("mapping")) {
    const [from, to] = line.split("=").map((s) => s.trim());
    if (from && to) mapping[from] = to;
    else inputProblem(`Input 'mapping' line '${line}' is not 'source-repository=destination-repository'`);
  }
  const sourceCredentials = /* @__PURE__ */ new Map();
  for (const line of getList("source-credentials")) {
    const eq = line.indexOf("=");
    const colon = line.indexOf(":", eq + 1);
    if (eq <= 0 || colon < 0) {
      inputProblem("Input 'source-credentials' lines must be 'registry=username:password' (the line is not shown: it may hold a password)");
      continue;
    }
    const password = line.slice(colon + 1);
    maskSecret(password);
    sourceCredentials.set(line.slice(0, eq).trim(), { username: line.slice(eq + 1, colon), password });
  }
  const mode = getEnum("mode", MODES, "copy");
  const acrResourceId = getOptional("acr-resource-id")?.trim();
  if ((mode === "import" || mode === "auto") && !acrResourceId) {
    inputProblem(
      `Input 'mode' is '${mode}', which needs 'acr-resource-id' (/subscriptions/\u2026/resourceGroups/\u2026/providers/Microsoft.ContainerRegistry/registries/\u2026)`
    );
  }
  if (acrResourceId && !/^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.ContainerRegistry\/registries\/[^/]+$/i.test(acrResourceId)) {
    inputProblem(
      `Input 'acr-resource-id' has invalid value '${acrResourceId}': expected /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.ContainerRegistry/registries/<name>`
    );
  }
  const platforms = getList("platforms");
  for (const p of platforms) {
    if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(p))
      inputProblem(`Input 'platforms' has invalid value '${p}': expected os/arch[/variant], e.g. linux/amd64`);
  }
  const importTimeout = getInt("import-timeout-seconds", 600, { min: 10, max: 7200 });
  return {
    images: refs,
    origins,
    linkerdVersion,
    extensions,
    app,
    chartRepo: getOptional("chart-repo")?.trim(),
    destination: ((d) => d ? attempt(() => parseDestination(d), { registry: "", prefix: "" }) : { registry: "", prefix: "" })(getRequired("destination")),
    mapping,
    mode,
    platforms,
    signatures: getEnum("signatures", ["true", "false", "refresh"], "true"),
    concurrency: getInt("concurrency", 4, { min: 1, max: 32 }),
    sourceCredentials,
    destinationAuth: getEnum("destination-auth", DEST_AUTH, "auto"),
    destinationUsername: getOptional("destination-username"),
    destinationPassword: getSecret("destination-password"),
    plainHttp: new Set(getList("plain-http")),
    acrResourceId,
    importTimeoutMs: importTimeout * 1e3,
    lockTags: getBool("lock-tags", false)
  };
}

export {
  appEntry,
  linkerdImages,
  addImages,
  getInputs
};
