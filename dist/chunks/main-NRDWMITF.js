import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  kindUp,
  requireDocker
} from "./chunk-BCI7ROTO.js";
import {
  commentMarker,
  postStickyComment
} from "./chunk-5HNRJI5W.js";
import {
  writeFilesAtomically
} from "./chunk-BU62BDGV.js";
import {
  githubIdToken
} from "./chunk-3I4BTNHB.js";
import "./chunk-67WZVKMT.js";
import {
  cacheFile,
  downloadTool,
  ensureTool,
  find,
  sha256File
} from "./chunk-JP7LG4UF.js";
import "./chunk-N5Y5YZAH.js";
import "./chunk-KXPCIG6P.js";
import "./chunk-Z7OIAV7A.js";
import "./chunk-W2G57EYB.js";
import {
  getInputs
} from "./chunk-VGKSJQ3M.js";
import {
  DEFAULT_REGISTRY_IMAGE,
  calicoManifestUrl
} from "./chunk-WDMZS4AW.js";
import "./chunk-GVPJXP3T.js";
import "./chunk-QXHXWAPQ.js";
import "./chunk-V55V5RA2.js";
import {
  describeRecord,
  registryCreatedBefore,
  writeRecord
} from "./chunk-NNUI2ZJU.js";
import "./chunk-6MFHYSBY.js";
import "./chunk-4Y25PLLA.js";
import {
  environmentComment,
  kindClusterName,
  namesFor,
  tagsFor
} from "./chunk-FTMT34VG.js";
import "./chunk-BB6DVLOI.js";
import "./chunk-BN3KMUHI.js";
import {
  actionsLogger,
  exportVariable,
  group,
  info,
  setOutput,
  summary
} from "./chunk-O36P7VPO.js";
import "./chunk-QCOQAGNQ.js";
import "./chunk-VUJ4TZHV.js";
import "./chunk-WK2HTM6I.js";
import {
  formatDuration
} from "./chunk-YICLTDNQ.js";
import "./chunk-6OIT7D33.js";
import {
  maskSecret
} from "./chunk-ZE2P5GGQ.js";
import "./chunk-TC7UFU3S.js";
import "./chunk-GGNHL6HF.js";
import "./chunk-U5AVLZRE.js";
import {
  require_fs,
  require_path
} from "./chunk-LRYOYDRT.js";
import {
  getErrorMessage
} from "./chunk-HPEVLKEG.js";
import {
  __toESM
} from "./chunk-J36IR65A.js";

// src/actions/provision/main.ts
var import_node_path2 = __toESM(require_path(), 1);

// src/runtime/manifest-install.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_node_path = __toESM(require_path(), 1);
async function ensureManifest(spec) {
  const cacheVersion = spec.version.replace(/^v/, "");
  const cached = find(spec.name, cacheVersion);
  if (cached) {
    const path = (0, import_node_path.join)(cached, spec.file);
    const got = (0, import_node_fs.existsSync)(path) ? await sha256File(path) : "missing";
    if (got !== spec.sha256) {
      throw new Error(
        `${path}: the tool cache's ${spec.file} ${spec.version} has sha256 ${got}, not the pinned ${spec.sha256}; refusing to apply it (it may have been planted: remove ${cached} and ${cached}.complete to download it again)`
      );
    }
    info(`${spec.file} ${spec.version} from the tool cache (sha256 re-verified)`);
    return path;
  }
  const download = await downloadTool(spec.url);
  try {
    const got = await sha256File(download);
    if (got !== spec.sha256) throw new Error(`${spec.url}: sha256 ${got} does not match the pinned ${spec.sha256}; refusing to apply it`);
    const dir = await cacheFile(download, spec.file, spec.name, cacheVersion);
    info(`downloaded ${spec.file} ${spec.version} (sha256 ${got.slice(0, 16)}\u2026 verified) to ${dir}`);
    return (0, import_node_path.join)(dir, spec.file);
  } finally {
    (0, import_node_fs.rmSync)(download, { force: true });
  }
}

// src/actions/provision/main.ts
async function main(inputs = getInputs()) {
  setOutput("environment", inputs.name);
  setOutput("provider", inputs.provider);
  setOutput("expires-at", inputs.expiresAt.toISOString().replace(/\.\d{3}Z$/, "Z"));
  setOutput("record", inputs.recordPath);
  const t0 = Date.now();
  if (inputs.provider === "aks") await aks(inputs);
  else await kind(inputs);
  info(`environment ${inputs.name} ready in ${formatDuration(Date.now() - t0)}`);
}
function record(inputs, rec) {
  writeRecord(inputs.recordPath, rec);
  info(`recorded for teardown (${inputs.recordPath}): ${describeRecord(rec)}`);
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
  const [{ AzureEnvironments }, { loadAzureCredential }, { explainAuthError }] = await Promise.all([
    import("./environments-5NWIZBQU.js"),
    import("./lazy-ALOTCXAR.js"),
    import("./auth-hint-HWHXVA3K.js")
  ]);
  const envs = new AzureEnvironments(await loadAzureCredential(githubIdToken), subscription, actionsLogger);
  let result;
  try {
    result = await group(
      `AKS environment ${inputs.name} in ${inputs.location} (resource group ${names.resourceGroup})`,
      () => envs.provision({
        names,
        location: inputs.location,
        kubernetesVersion: inputs.kubernetesVersion,
        nodeCount: inputs.nodeCount,
        vmSize: inputs.vmSize,
        tags,
        acr: inputs.acr,
        maxEnvironments: inputs.maxEnvironments,
        repository: inputs.repository,
        timeoutMs: inputs.timeoutMs,
        beforeCreate: () => record(inputs, {
          provider: "aks",
          name: inputs.name,
          subscription,
          repository: inputs.repository,
          resourceGroup: names.resourceGroup,
          cluster: names.cluster,
          ...inputs.acr ? { acr: names.acr } : {}
        })
      })
    );
  } catch (e) {
    const hint = await explainAuthError(e, githubIdToken);
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
    [
      { data: "AKS" },
      { data: `${result.cluster} (Kubernetes ${result.kubernetesVersion ?? "?"}, ${inputs.nodeCount} \xD7 ${inputs.vmSize}, Azure CNI + Calico)` }
    ],
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
      lines: [
        ["resource group", result.resourceGroup],
        ["cluster", `${result.cluster}: Kubernetes ${result.kubernetesVersion ?? "?"}, ${inputs.nodeCount} \xD7 ${inputs.vmSize}, Azure CNI + Calico`],
        ["registry", result.acrLoginServer ?? "(none)"],
        ["expires", tags["expires-at"] ?? ""]
      ],
      connect: `az aks get-credentials --resource-group ${result.resourceGroup} --name ${result.cluster}`,
      expiresAt: tags["expires-at"]
    })
  });
}
async function kind(inputs) {
  const cluster = kindClusterName(inputs.name);
  setOutput("cluster-name", cluster);
  await requireDocker(actionsLogger);
  const [kindBin, kubectlBin, calicoManifest] = await group(
    "kind, kubectl and the Calico manifest",
    () => Promise.all([
      ensureTool({ name: "kind", version: inputs.kindVersion, mirror: inputs.toolsMirror }),
      ensureTool({ name: "kubectl", version: inputs.kubectlVersion, mirror: inputs.toolsMirror }),
      ensureManifest({
        name: "calico-manifest",
        version: inputs.calicoVersion,
        url: calicoManifestUrl(inputs.calicoVersion, inputs.toolsMirror),
        sha256: inputs.calicoSha256,
        file: "calico.yaml"
      })
    ])
  );
  const kindRecord = (created) => ({
    provider: "kind",
    name: inputs.name,
    cluster,
    registry: { container: "kind-registry", port: inputs.registryPort, created }
  });
  const before = registryCreatedBefore(inputs.recordPath, kindRecord(true));
  record(inputs, kindRecord(before));
  const up = await group(
    `kind cluster ${cluster} with Calico and a local registry`,
    () => kindUp(
      {
        cluster,
        nodeImage: inputs.kindNodeImage,
        calicoVersion: inputs.calicoVersion,
        calicoManifest,
        workers: inputs.nodeCount,
        registryName: "kind-registry",
        registryPort: inputs.registryPort,
        registryImage: DEFAULT_REGISTRY_IMAGE,
        kubeconfig: inputs.kubeconfigPath,
        timeoutSeconds: Math.round(inputs.timeoutMs / 1e3),
        kind: kindBin,
        kubectl: kubectlBin
      },
      actionsLogger,
      {
        // meshci runs the registry container (recorded first): teardown removes it, and only then
        registry: (created) => record(inputs, kindRecord(created || before))
      }
    )
  );
  exportKubeconfig(inputs.kubeconfigPath);
  setOutput("acr-login-server", `localhost:${inputs.registryPort}`);
  setOutput("reused", String(!up.created));
  await summary.addHeading(`meshci provision: ${inputs.name} (kind)`, 2).addList([
    `cluster ${cluster} ${up.created ? "created" : "reused"}: ${up.nodes.join(", ")}`,
    `Calico ${inputs.calicoVersion}`,
    `registry localhost:${inputs.registryPort} (kind-registry)${up.registryCreated || before ? ": started by meshci, teardown removes it" : ": not started by meshci, teardown leaves it"}`
  ]).write();
  await postStickyComment({
    mode: inputs.comment,
    token: inputs.githubToken,
    marker: commentMarker(inputs.name, "env"),
    body: environmentComment({
      env: inputs.name,
      provider: "kind on the job runner",
      lines: [
        ["cluster", `${cluster}: ${up.nodes.length} nodes, Calico ${inputs.calicoVersion}`],
        ["registry", `localhost:${inputs.registryPort}`]
      ]
    })
  });
}
export {
  main
};
