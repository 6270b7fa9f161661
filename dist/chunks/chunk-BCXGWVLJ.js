import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  PROVIDERS
} from "./chunk-3E5XYWK3.js";
import {
  parseLinkerdVersion
} from "./chunk-V55V5RA2.js";
import {
  validateName
} from "./chunk-FTMT34VG.js";
import {
  attempt,
  getBool,
  getEnum,
  getKubeconfig,
  getOptional,
  getSecret,
  inputProblem,
  readInputs,
  validateCommentKey
} from "./chunk-BN3KMUHI.js";
import {
  require_fs
} from "./chunk-LRYOYDRT.js";
import {
  __toESM
} from "./chunk-J36IR65A.js";

// src/actions/meshci/inputs.ts
var import_node_fs = __toESM(require_fs(), 1);
function getInputs() {
  return readInputs(read);
}
function read() {
  const provider = getEnum("provider", PROVIDERS, "kind");
  const name = ((n) => n === void 0 ? void 0 : attempt(() => validateName("name", n), n))(getOptional("name"));
  const version = getOptional("linkerd-version") ?? "stable-2.14.10";
  attempt(() => parseLinkerdVersion("linkerd-version", version), void 0);
  const kubeconfig = getKubeconfig("kubeconfig");
  if (provider === "existing" && !kubeconfig)
    inputProblem("Input 'kubeconfig' is required for provider existing (a path, or the kubeconfig itself as a secret)");
  if (provider !== "existing" && kubeconfig) inputProblem(`Input 'kubeconfig' is for provider existing; provider ${provider} makes its own cluster`);
  const registry = getOptional("registry")?.trim();
  if (registry && provider !== "existing") inputProblem(`Input 'registry' is for provider existing; provider ${provider} mirrors into the registry it creates`);
  if (registry && !/^[a-z0-9.-]+(:\d+)?(\/[a-z0-9._/-]+)?$/i.test(registry))
    inputProblem(`Input 'registry' has invalid value '${registry}': expected host[:port][/prefix], e.g. registry.example.com/mirror`);
  const username = getOptional("registry-username");
  const password = getSecret("registry-password");
  if (!!username !== !!password) inputProblem("Inputs 'registry-username' and 'registry-password' go together (the password is not shown)");
  const set = (entries) => Object.fromEntries(entries.filter((e) => e[1] !== void 0));
  const githubToken = getSecret("github-token");
  const comment = getEnum("comment", ["auto", "never", "always"], "auto");
  const commentKey = ((k) => k === void 0 ? void 0 : validateCommentKey("comment-key", k))(getOptional("comment-key"));
  const expectations = getOptional("expectations");
  if (expectations && !(0, import_node_fs.existsSync)(expectations)) inputProblem(`Input 'expectations' names '${expectations}', which does not exist`);
  return {
    provider,
    name,
    linkerdVersion: version,
    kubeconfig,
    mirror: registry ? { destination: registry, plainHttp: getBool("registry-plain-http", false), username, password } : void 0,
    keep: getBool("keep", false),
    republish: getBool("republish", true),
    provision: set([
      ["subscription-id", getOptional("subscription-id")],
      ["resource-group", getOptional("resource-group")],
      ["location", getOptional("location")],
      ["kubernetes-version", getOptional("kubernetes-version")],
      ["node-count", getOptional("node-count")],
      ["vm-size", getOptional("vm-size")],
      ["ttl", getOptional("ttl")],
      ["max-environments", getOptional("max-environments")],
      ["calico-version", getOptional("calico-version")],
      ["calico-sha256", getOptional("calico-sha256")]
    ]),
    verify: {
      ...set([
        ["expectations", expectations],
        ["comment-key", commentKey],
        ["fail-on-warning", getOptional("fail-on-warning")]
      ]),
      comment,
      ...githubToken ? { "github-token": githubToken } : {}
    },
    deploy: {},
    githubToken,
    toolsMirror: getOptional("tools-mirror")
  };
}

export {
  getInputs
};
