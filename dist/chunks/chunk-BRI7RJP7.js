import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  helmVersionProblem
} from "./chunk-OYMQQ6BH.js";
import {
  parseLinkerdVersion
} from "./chunk-V55V5RA2.js";
import {
  HELM_VERSION
} from "./chunk-4Y25PLLA.js";
import {
  attempt,
  getBool,
  getDuration,
  getEnum,
  getInt,
  getKubeconfig,
  getList,
  getOptional,
  getPemOrFile,
  inputProblem,
  readInputs,
  validateDnsLabel,
  validatePinnedRelease
} from "./chunk-BN3KMUHI.js";
import {
  maskSecret
} from "./chunk-ZE2P5GGQ.js";
import {
  jsYaml
} from "./chunk-U5AVLZRE.js";
import {
  require_fs,
  require_path
} from "./chunk-LRYOYDRT.js";
import {
  ConfigurationError,
  getErrorMessage
} from "./chunk-HPEVLKEG.js";
import {
  __toESM
} from "./chunk-J36IR65A.js";

// src/actions/deploy/inputs.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_node_path = __toESM(require_path(), 1);
var APPS = ["dgraph", "none"];
var ROUTES = ["auto", "service-profile", "grpc-route", "none"];
var AUTHZ = ["none", "all-authenticated"];
var IDENTITY_MODES = ["keep", "replace"];
var NO_PEM = { text: "", source: "" };
function getInputs() {
  return readInputs(read);
}
function read() {
  const identityDir = getOptional("identity-dir");
  const pem = (given, name, file, secret) => attempt(() => {
    if (given) return given;
    if (identityDir) {
      const p = (0, import_node_path.join)(identityDir, file);
      if (!(0, import_node_fs.existsSync)(identityDir))
        throw new ConfigurationError(
          `Input 'identity-dir' names '${identityDir}', which does not exist (give the certs action's output-dir: ca.crt, issuer.crt, issuer.key)`
        );
      if (!(0, import_node_fs.existsSync)(p))
        throw new ConfigurationError(`Input 'identity-dir' folder '${identityDir}' has no ${file} (the certs action writes ca.crt, issuer.crt, issuer.key)`);
      const text = (0, import_node_fs.readFileSync)(p, "utf8");
      if (secret) maskSecret(text);
      return { text, source: `file '${p}' (input 'identity-dir')` };
    }
    if (getOptional(name) === void 0) missing.push(name);
    return NO_PEM;
  }, NO_PEM);
  const missing = [];
  const namespace = getOptional("namespace") ?? "linkerd";
  const appNamespace = getOptional("app-namespace") ?? "dgraph";
  const appRelease = getOptional("app-release") ?? "dgraph";
  for (const [k, v] of [
    ["namespace", namespace],
    ["app-namespace", appNamespace],
    ["app-release", appRelease]
  ]) {
    validateDnsLabel(k, v);
  }
  if (appRelease.length > 53)
    inputProblem(`Input 'app-release' has invalid value '${appRelease}': ${appRelease.length} characters, Helm allows at most 53 in a release name`);
  const routes = getEnum("routes", ROUTES, "auto");
  const protoPath = getOptional("proto");
  const inputs = {
    linkerdVersion: attempt(
      () => parseLinkerdVersion("linkerd-version", getOptional("linkerd-version") ?? "edge-26.8.3"),
      parseLinkerdVersion("linkerd-version", "edge-26.8.3")
    ),
    namespace,
    viz: getBool("viz", true),
    jaeger: getBool("jaeger", false),
    cni: getBool("cni", false),
    ha: getBool("ha", false),
    trustAnchor: pem(getPemOrFile("trust-anchor", { secret: false }), "trust-anchor", "ca.crt", false),
    issuer: pem(getPemOrFile("issuer", { secret: false }), "issuer", "issuer.crt", false),
    issuerKey: pem(getPemOrFile("issuer-key", { secret: true }), "issuer-key", "issuer.key", true),
    identityMode: getEnum("identity-mode", IDENTITY_MODES, "keep"),
    helmValues: attempt(() => yamlMap("helm-values", getOptional("helm-values")), {}),
    linkerdValues: attempt(() => yamlMap("linkerd-values", getOptional("linkerd-values")), {}),
    chartRepo: getOptional("chart-repo")?.trim(),
    app: getEnum("app", APPS, "dgraph"),
    appNamespace,
    appRelease,
    dgraphChartVersion: getOptional("dgraph-chart-version") ?? "24.1.1",
    dgraphChartRepo: getOptional("dgraph-chart-repo")?.trim(),
    appValues: getOptional("app-values") ? attempt(() => yamlMap("app-values", getOptional("app-values")), {}) : void 0,
    manifests: getList("manifests").flatMap((p) => {
      if ((0, import_node_fs.existsSync)(p)) return [{ path: p, text: (0, import_node_fs.readFileSync)(p, "utf8") }];
      inputProblem(`Input 'manifests' names '${p}', which does not exist`);
      return [];
    }),
    networkPolicy: getBool("network-policy", true),
    authorization: getEnum("authorization", AUTHZ, "none"),
    routes,
    proto: protoPath ? attempt(() => readProto(protoPath), void 0) : void 0,
    routeService: getOptional("route-service"),
    routePort: getInt("route-port", 9080, { min: 1, max: 65535 }),
    kubeconfig: getKubeconfig("kubeconfig"),
    timeoutMs: getDuration("timeout", "15m", { min: 1e4, max: 6 * 36e5 }),
    diagnosticsDir: getOptional("diagnostics-dir"),
    helmVersion: validatePinnedRelease("helm-version", getOptional("helm-version"), HELM_VERSION),
    helmSha256: getOptional("helm-sha256"),
    toolsMirror: getOptional("tools-mirror"),
    linkerdCli: getBool("linkerd-cli", false)
  };
  if (missing.length) {
    const list = missing.map((n) => `'${n}'`);
    inputProblem(
      `Missing Linkerd identity: give 'identity-dir' (the certs action's output-dir) or ${list.length > 1 ? `${list.slice(0, -1).join(", ")} and ${list.at(-1)}` : list[0]}`
    );
  }
  if (inputs.linkerdCli && inputs.linkerdVersion.channel === "enterprise") {
    inputProblem("Input 'linkerd-cli': meshci installs the open-source CLI only; put Buoyant Enterprise's CLI on PATH for enterprise versions");
  }
  const helmProblem = helmVersionProblem(inputs.helmVersion);
  if (helmProblem) inputProblem(`Input 'helm-version' has value '${inputs.helmVersion}': ${helmProblem}`);
  if (inputs.helmSha256 && !/^[0-9a-f]{64}$/.test(inputs.helmSha256))
    inputProblem(`Input 'helm-sha256' has invalid value '${inputs.helmSha256}': expected 64 hex digits`);
  if (inputs.routes !== "none" && inputs.app === "none" && !inputs.routeService) {
    inputProblem("Input 'routes' needs 'route-service' (the gRPC Service) when 'app' is none");
  }
  return inputs;
}
function readProto(p) {
  if (!(0, import_node_fs.existsSync)(p)) throw new ConfigurationError(`Input 'proto' names '${p}', which does not exist`);
  return { path: p, text: (0, import_node_fs.readFileSync)(p, "utf8") };
}
function yamlMap(input, value) {
  if (!value || !value.trim()) return {};
  const isFile = !value.includes("\n") && (0, import_node_fs.existsSync)(value.trim());
  if (!isFile && !value.includes("\n") && /\.(ya?ml|json)$/i.test(value.trim())) {
    throw new ConfigurationError(`Input '${input}' names '${value.trim()}', which does not exist (give a values file, or the values themselves as YAML)`);
  }
  const text = isFile ? (0, import_node_fs.readFileSync)(value.trim(), "utf8") : value;
  const where = isFile ? `file '${value.trim()}' (input '${input}')` : `input '${input}'`;
  let doc;
  try {
    doc = jsYaml.load(text);
  } catch (e) {
    const mark = e.mark;
    throw new ConfigurationError(
      `${where}: YAML error${mark ? ` at line ${mark.line + 1}, column ${mark.column + 1}` : ""}: ${e.reason ?? getErrorMessage(e)}`
    );
  }
  if (doc === null || doc === void 0) return {};
  if (typeof doc !== "object" || Array.isArray(doc)) throw new ConfigurationError(`${where}: expected a YAML mapping`);
  return doc;
}

export {
  getInputs
};
