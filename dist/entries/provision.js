import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  writeFilesAtomically
} from "../chunks/chunk-CFJ2R6CU.js";
import {
  validateImageInput
} from "../chunks/chunk-IJ4TUR3A.js";
import {
  parseLinkerdVersion
} from "../chunks/chunk-5PFT33RB.js";
import {
  DEFAULT_CALICO,
  DEFAULT_NODE_IMAGE,
  DEFAULT_REGISTRY_IMAGE,
  kindNodeImageFor,
  kindUp,
  requireDocker
} from "../chunks/chunk-E2TGTCV7.js";
import {
  KIND_VERSION,
  KUBECTL_VERSION,
  ensureTool
} from "../chunks/chunk-VXQNHGTK.js";
import "../chunks/chunk-N5Y5YZAH.js";
import "../chunks/chunk-Z7OIAV7A.js";
import "../chunks/chunk-F77U4YDI.js";
import {
  defaultName,
  environmentComment,
  expiresAt,
  kindClusterName,
  namesFor,
  tagsFor,
  validateKubernetesVersion,
  validateName,
  validateRegion,
  validateResourceGroup,
  validateSubscription,
  validateVmSize
} from "../chunks/chunk-EYHPZM6V.js";
import {
  commentMarker,
  postStickyComment,
  pullRequestNumber
} from "../chunks/chunk-IXE5SZRZ.js";
import "../chunks/chunk-2RH5WH35.js";
import "../chunks/chunk-PP5RWU6X.js";
import "../chunks/chunk-KXPCIG6P.js";
import "../chunks/chunk-BB6DVLOI.js";
import {
  attempt,
  getBool,
  getDuration,
  getEnum,
  getInt,
  getOptional,
  getSecret,
  readInputs,
  run,
  validatePinnedRelease,
  validateWritableFile
} from "../chunks/chunk-ETOTJUOX.js";
import {
  actionsLogger
} from "../chunks/chunk-YJPDSVXK.js";
import {
  formatDuration
} from "../chunks/chunk-K7FT2D2V.js";
import {
  exportVariable,
  group,
  info,
  setOutput,
  summary
} from "../chunks/chunk-FQS6YOAG.js";
import "../chunks/chunk-G6WOPJDF.js";
import "../chunks/chunk-TC7UFU3S.js";
import "../chunks/chunk-QCOQAGNQ.js";
import {
  maskSecret
} from "../chunks/chunk-XMOBR7DB.js";
import "../chunks/chunk-VUJ4TZHV.js";
import "../chunks/chunk-6OIT7D33.js";
import {
  require_os
} from "../chunks/chunk-GGNHL6HF.js";
import {
  getErrorMessage
} from "../chunks/chunk-HPEVLKEG.js";
import "../chunks/chunk-YB4FYT7K.js";
import {
  require_path
} from "../chunks/chunk-LRYOYDRT.js";
import {
  __toESM
} from "../chunks/chunk-J36IR65A.js";

// src/actions/provision/main.ts
var import_node_path2 = __toESM(require_path(), 1);

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
  const subscription = attempt(() => validateSubscription("subscription-id", getOptional("subscription-id"), provider), void 0);
  const versionText = getOptional("linkerd-version")?.trim();
  const linkerdVersion = versionText ? attempt(() => parseLinkerdVersion("linkerd-version", versionText).raw, void 0) : void 0;
  const nodeImage = attempt(() => validateImageInput("kind-node-image", getOptional("kind-node-image") ?? (linkerdVersion ? kindNodeImageFor(linkerdVersion) : DEFAULT_NODE_IMAGE), DEFAULT_NODE_IMAGE), DEFAULT_NODE_IMAGE);
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
    kubeconfigPath: validateWritableFile("kubeconfig-path", getOptional("kubeconfig-path") ?? (0, import_node_path.join)(process.env["RUNNER_TEMP"] ?? (0, import_node_os.tmpdir)(), `meshci-${name}.kubeconfig`)),
    kindNodeImage: nodeImage,
    kindVersion: validatePinnedRelease("kind-version", getOptional("kind-version"), KIND_VERSION),
    kubectlVersion: validatePinnedRelease("kubectl-version", getOptional("kubectl-version"), KUBECTL_VERSION),
    calicoVersion: validatePinnedRelease("calico-version", getOptional("calico-version"), DEFAULT_CALICO),
    registryPort: getInt("registry-port", 5001, { min: 1024, max: 65535 }),
    timeoutMs: getDuration("timeout", "45m", { min: 6e4, max: 6 * 36e5 }),
    toolsMirror: getOptional("tools-mirror"),
    comment: getEnum("comment", ["auto", "never"], "auto"),
    githubToken: getSecret("github-token")
  };
}

// src/actions/provision/main.ts
async function main() {
  const inputs = getInputs();
  setOutput("environment", inputs.name);
  setOutput("provider", inputs.provider);
  setOutput("expires-at", inputs.expiresAt.toISOString().replace(/\.\d{3}Z$/, "Z"));
  const t0 = Date.now();
  if (inputs.provider === "aks") await aks(inputs);
  else await kind(inputs);
  info(`environment ${inputs.name} ready in ${formatDuration(Date.now() - t0)}`);
}
function saveKubeconfig(path, text) {
  for (const m of text.matchAll(/^\s*(token|client-key-data|client-certificate-data|password):\s*(\S+)\s*$/gm)) maskSecret(m[2]);
  writeFilesAtomically((0, import_node_path2.dirname)(path), [{ name: (0, import_node_path2.basename)(path), content: text, mode: 384 }], { overwrite: true, input: "kubeconfig-path" });
  exportKubeconfig(path);
}
function exportKubeconfig(path) {
  setOutput("kubeconfig", path);
  exportVariable("KUBECONFIG", path);
}
async function aks(inputs) {
  const subscription = inputs.subscription;
  const names = namesFor(inputs.name, inputs.repository, subscription, inputs.resourceGroup);
  const tags = tagsFor({ env: inputs.name, repository: inputs.repository, pr: inputs.pr, owner: inputs.owner, expiresAt: inputs.expiresAt });
  setOutput("resource-group", names.resourceGroup);
  setOutput("cluster-name", names.cluster);
  const [{ AzureEnvironments }, { loadAzureCredential }, { explainAuthError }] = await Promise.all([import("../chunks/environments-VEIHHWR4.js"), import("../chunks/lazy-XXAWYZ4W.js"), import("../chunks/auth-hint-XAI7YFJI.js")]);
  const envs = new AzureEnvironments(await loadAzureCredential(), subscription, actionsLogger);
  let result;
  try {
    result = await group(`AKS environment ${inputs.name} in ${inputs.location} (resource group ${names.resourceGroup})`, () => envs.provision({ names, location: inputs.location, kubernetesVersion: inputs.kubernetesVersion, nodeCount: inputs.nodeCount, vmSize: inputs.vmSize, tags, acr: inputs.acr, maxEnvironments: inputs.maxEnvironments, repository: inputs.repository, timeoutMs: inputs.timeoutMs }));
  } catch (e) {
    const hint = await explainAuthError(e);
    if (hint) throw new Error(`${getErrorMessage(e)} \u2014 ${hint}`);
    throw e;
  }
  for (const c of result.changes) info(c);
  saveKubeconfig(inputs.kubeconfigPath, result.kubeconfig);
  setOutput("node-resource-group", result.nodeResourceGroup ?? "");
  setOutput("acr-login-server", result.acrLoginServer ?? "");
  setOutput("acr-resource-id", result.acrId ?? "");
  setOutput("reused", String(result.reused));
  await summary.addHeading(`meshci provision: ${inputs.name}`, 2).addTable([
    [{ data: "resource group" }, { data: result.resourceGroup }],
    [{ data: "AKS" }, { data: `${result.cluster} (Kubernetes ${result.kubernetesVersion ?? "?"}, ${inputs.nodeCount} \xD7 ${inputs.vmSize}, Azure CNI + Calico)` }],
    [{ data: "ACR" }, { data: result.acrLoginServer ?? "(none)" }],
    [{ data: "expires" }, { data: tags["expires-at"] ?? "" }],
    [{ data: "state" }, { data: result.reused ? "reused" : "created" }]
  ]).addList(result.changes).write();
  await postStickyComment({
    mode: inputs.comment,
    token: inputs.githubToken,
    marker: commentMarker(inputs.name, "env"),
    body: environmentComment({
      env: inputs.name,
      provider: "AKS",
      lines: [["resource group", result.resourceGroup], ["cluster", `${result.cluster}: Kubernetes ${result.kubernetesVersion ?? "?"}, ${inputs.nodeCount} \xD7 ${inputs.vmSize}, Azure CNI + Calico`], ["registry", result.acrLoginServer ?? "(none)"], ["expires", tags["expires-at"] ?? ""]],
      connect: `az aks get-credentials --resource-group ${result.resourceGroup} --name ${result.cluster}`,
      expiresAt: tags["expires-at"]
    })
  });
}
async function kind(inputs) {
  const cluster = kindClusterName(inputs.name);
  setOutput("cluster-name", cluster);
  await requireDocker();
  const [kindBin, kubectlBin] = await group("kind and kubectl", () => Promise.all([
    ensureTool({ name: "kind", version: inputs.kindVersion, mirror: inputs.toolsMirror }),
    ensureTool({ name: "kubectl", version: inputs.kubectlVersion, mirror: inputs.toolsMirror })
  ]));
  const up = await group(`kind cluster ${cluster} with Calico and a local registry`, () => kindUp({
    cluster,
    nodeImage: inputs.kindNodeImage,
    calicoVersion: inputs.calicoVersion,
    workers: inputs.nodeCount,
    registryName: "kind-registry",
    registryPort: inputs.registryPort,
    registryImage: DEFAULT_REGISTRY_IMAGE,
    kubeconfig: inputs.kubeconfigPath,
    timeoutSeconds: Math.round(inputs.timeoutMs / 1e3),
    kind: kindBin,
    kubectl: kubectlBin
  }, actionsLogger));
  exportKubeconfig(inputs.kubeconfigPath);
  setOutput("acr-login-server", `localhost:${inputs.registryPort}`);
  setOutput("reused", String(!up.created));
  await summary.addHeading(`meshci provision: ${inputs.name} (kind)`, 2).addList([`cluster ${cluster} ${up.created ? "created" : "reused"}: ${up.nodes.join(", ")}`, `Calico ${inputs.calicoVersion}`, `registry localhost:${inputs.registryPort} (kind-registry)${up.registryStarted ? ", started" : ""}`]).write();
  await postStickyComment({
    mode: inputs.comment,
    token: inputs.githubToken,
    marker: commentMarker(inputs.name, "env"),
    body: environmentComment({ env: inputs.name, provider: "kind on the job runner", lines: [["cluster", `${cluster}: ${up.nodes.length} nodes, Calico ${inputs.calicoVersion}`], ["registry", `localhost:${inputs.registryPort}`]] })
  });
}

// src/actions/provision/index.ts
await run("provision", main);
