import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  CALICO_MANIFEST_SHA256,
  CURRENT_NODE_IMAGE,
  DEFAULT_CALICO,
  DEFAULT_NODE_IMAGE,
  kindNodeImageFor
} from "./chunk-WDMZS4AW.js";
import {
  validateImageInput
} from "./chunk-QXHXWAPQ.js";
import {
  parseLinkerdVersion
} from "./chunk-V55V5RA2.js";
import {
  pullRequestNumber
} from "./chunk-6MFHYSBY.js";
import {
  KIND_VERSION,
  KUBECTL_VERSION
} from "./chunk-4Y25PLLA.js";
import {
  defaultName,
  expiresAt,
  validateKubernetesVersion,
  validateName,
  validateRegion,
  validateResourceGroup,
  validateSubscription,
  validateVmSize
} from "./chunk-FTMT34VG.js";
import {
  attempt,
  enumRefused,
  getBool,
  getDuration,
  getEnum,
  getInt,
  getOptional,
  getSecret,
  inputProblem,
  readInputs,
  validatePinnedRelease,
  validateWritableFile
} from "./chunk-BN3KMUHI.js";
import {
  require_os
} from "./chunk-GGNHL6HF.js";
import {
  require_path
} from "./chunk-LRYOYDRT.js";
import {
  __toESM
} from "./chunk-J36IR65A.js";

// src/actions/provision/inputs.ts
var import_node_path = __toESM(require_path(), 1);
var import_node_os = __toESM(require_os(), 1);
var PROVIDERS = ["aks", "kind"];
function getInputs(now = /* @__PURE__ */ new Date()) {
  return readInputs(() => read(now));
}
function read(now) {
  const provider = getEnum("provider", PROVIDERS, "aks");
  const pr = pullRequestNumber();
  const name = attempt(() => validateName("name", getOptional("name") ?? defaultName(pr, process.env["GITHUB_RUN_ID"])), "invalid-name");
  const ttl = getOptional("ttl") ?? "24h";
  const nodeCount = getInt("node-count", provider === "kind" ? 1 : 3, provider === "kind" ? { min: 0, max: 5 } : { min: 1, max: 100 });
  const rg = attempt(() => validateResourceGroup("resource-group", getOptional("resource-group")), void 0);
  const subscription = enumRefused("provider", PROVIDERS) ? void 0 : attempt(() => validateSubscription("subscription-id", getOptional("subscription-id"), provider), void 0);
  const versionText = getOptional("linkerd-version")?.trim();
  const linkerdVersion = versionText ? attempt(() => parseLinkerdVersion("linkerd-version", versionText).raw, void 0) : void 0;
  const pinned = linkerdVersion ? kindNodeImageFor(linkerdVersion) : CURRENT_NODE_IMAGE;
  const nodeImageGiven = getOptional("kind-node-image");
  const nodeImage = attempt(() => validateImageInput("kind-node-image", nodeImageGiven ?? pinned.image, DEFAULT_NODE_IMAGE), DEFAULT_NODE_IMAGE);
  const kindVersionGiven = getOptional("kind-version");
  return {
    provider,
    name,
    subscription,
    resourceGroup: rg,
    location: attempt(() => validateRegion("location", getOptional("location") ?? "westeurope"), "westeurope"),
    kubernetesVersion: attempt(() => validateKubernetesVersion("kubernetes-version", getOptional("kubernetes-version")), void 0),
    nodeCount,
    vmSize: attempt(() => validateVmSize("vm-size", getOptional("vm-size") ?? "Standard_D4s_v5"), "Standard_D4s_v5"),
    acr: getBool("acr", true),
    expiresAt: attempt(() => expiresAt("ttl", ttl, now), now),
    maxEnvironments: getInt("max-environments", 0, { min: 0, max: 1e3 }),
    owner: getOptional("owner") ?? process.env["GITHUB_ACTOR"],
    repository: process.env["GITHUB_REPOSITORY"] ?? "local/meshci",
    pr,
    kubeconfigPath: validateWritableFile(
      "kubeconfig-path",
      getOptional("kubeconfig-path") ?? (0, import_node_path.join)(process.env["RUNNER_TEMP"] ?? (0, import_node_os.tmpdir)(), `meshci-${name}.kubeconfig`)
    ),
    recordPath: validateWritableFile("record", getOptional("record") ?? (0, import_node_path.join)(process.env["RUNNER_TEMP"] ?? (0, import_node_os.tmpdir)(), `meshci-${name}.record.json`)),
    kindNodeImage: nodeImage,
    kindVersion: validatePinnedRelease("kind-version", kindVersionGiven, nodeImageGiven ? KIND_VERSION : pinned.kind),
    kubectlVersion: validatePinnedRelease("kubectl-version", getOptional("kubectl-version"), KUBECTL_VERSION),
    ...calico(),
    registryPort: getInt("registry-port", 5001, { min: 1024, max: 65535 }),
    timeoutMs: getDuration("timeout", "45m", { min: 6e4, max: 6 * 36e5 }),
    toolsMirror: getOptional("tools-mirror"),
    comment: getEnum("comment", ["auto", "never"], "auto"),
    githubToken: getSecret("github-token")
  };
}
function calico() {
  const calicoVersion = validatePinnedRelease("calico-version", getOptional("calico-version"), DEFAULT_CALICO);
  const given = getOptional("calico-sha256")?.trim().toLowerCase();
  if (given !== void 0 && !/^[0-9a-f]{64}$/.test(given)) {
    inputProblem(`Input 'calico-sha256' has invalid value '${given}': expected the 64 hex digits of the sha256 of Calico's manifests/calico.yaml`);
    return { calicoVersion, calicoSha256: "" };
  }
  const pinned = CALICO_MANIFEST_SHA256[calicoVersion];
  if (given === void 0 && pinned === void 0) {
    inputProblem(
      `Input 'calico-version' is ${calicoVersion}, for which meshci pins no manifest checksum (it pins ${Object.keys(CALICO_MANIFEST_SHA256).join(", ")}): set 'calico-sha256' to the sha256 of manifests/calico.yaml at projectcalico/calico ${calicoVersion}`
    );
  }
  return { calicoVersion, calicoSha256: given ?? pinned ?? "" };
}

export {
  getInputs
};
