import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  kindDown,
  requireDocker
} from "./chunk-BCI7ROTO.js";
import {
  commentMarker,
  postStickyComment
} from "./chunk-5HNRJI5W.js";
import {
  githubIdToken
} from "./chunk-3I4BTNHB.js";
import "./chunk-67WZVKMT.js";
import {
  ensureTool
} from "./chunk-JP7LG4UF.js";
import "./chunk-N5Y5YZAH.js";
import "./chunk-KXPCIG6P.js";
import "./chunk-Z7OIAV7A.js";
import "./chunk-W2G57EYB.js";
import "./chunk-WDMZS4AW.js";
import "./chunk-GVPJXP3T.js";
import {
  getInputs
} from "./chunk-QWZTDME6.js";
import {
  describeRecord
} from "./chunk-NNUI2ZJU.js";
import "./chunk-6MFHYSBY.js";
import {
  HELM_VERSION
} from "./chunk-4Y25PLLA.js";
import {
  deletedComment,
  kindClusterName,
  namesFor
} from "./chunk-FTMT34VG.js";
import {
  escapeHtml
} from "./chunk-BB6DVLOI.js";
import "./chunk-BN3KMUHI.js";
import {
  actionsLogger,
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
import "./chunk-ZE2P5GGQ.js";
import "./chunk-TC7UFU3S.js";
import "./chunk-GGNHL6HF.js";
import "./chunk-U5AVLZRE.js";
import "./chunk-LRYOYDRT.js";
import {
  getErrorMessage
} from "./chunk-HPEVLKEG.js";
import "./chunk-J36IR65A.js";

// src/actions/teardown/main.ts
async function main(inputs = getInputs()) {
  const t0 = Date.now();
  if (inputs.provider === "kind") await kind(inputs);
  else if (inputs.provider === "existing") await existing(inputs);
  else if (inputs.mode === "reap") await reap(inputs);
  else await remove(inputs);
  info(`done in ${formatDuration(Date.now() - t0)}`);
}
async function environments(inputs) {
  const [{ AzureEnvironments }, { loadAzureCredential }, { explainAuthError }] = await Promise.all([
    import("./environments-5NWIZBQU.js"),
    import("./lazy-ALOTCXAR.js"),
    import("./auth-hint-HWHXVA3K.js")
  ]);
  const envs = new AzureEnvironments(await loadAzureCredential(githubIdToken), inputs.subscription, actionsLogger);
  const explained = async (f) => {
    try {
      return await f();
    } catch (e) {
      const hint = await explainAuthError(e, githubIdToken);
      if (hint) throw new Error(`${getErrorMessage(e)} \u2014 ${hint}`);
      throw e;
    }
  };
  return { envs, explained };
}
async function remove(inputs) {
  const rec = inputs.record?.provider === "aks" ? inputs.record : void 0;
  const rg = rec?.resourceGroup ?? inputs.resourceGroup ?? namesFor(inputs.name, inputs.repository, inputs.subscription).resourceGroup;
  if (rec) info(`removing what provision recorded: ${describeRecord(rec)}`);
  const { envs, explained } = await environments(inputs);
  const r = await group(
    `Delete resource group ${rg}${inputs.wait ? " and verify it is gone" : ""}`,
    () => explained(() => envs.teardown(rg, { wait: inputs.wait, timeoutMs: inputs.timeoutMs, repository: inputs.repository, env: rec?.name }))
  );
  setOutput("existed", String(r.existed));
  setOutput("deleted", JSON.stringify(r.existed ? [rg] : []));
  const inside = [...r.clusters.map((c) => `AKS ${c}`), ...r.registries.map((a) => `ACR ${a}`)];
  const withIt = `; ${inside.length ? `with it ${inside.join(", ")}` : "it held no cluster or registry"}`;
  const line = !r.existed ? `resource group ${rg} does not exist: nothing to delete` : r.verified ? `deleted ${rg} and verified it${r.nodeResourceGroups.length ? ` and ${r.nodeResourceGroups.join(", ")} are` : " is"} gone${withIt}` : `deleting ${rg} (not waiting: wait is false)${withIt}`;
  info(line);
  await summary.addHeading("meshci teardown", 2).addRaw(`<p>${escapeHtml(line)}</p>`).write();
  if (r.existed && inputs.name) await markDeleted(inputs, inputs.name, `resource group ${rg} ${r.verified ? "deleted and verified gone" : "deletion started"}`);
}
async function markDeleted(inputs, env, what, prNumber) {
  await postStickyComment({
    mode: inputs.comment,
    token: inputs.githubToken,
    prNumber,
    marker: commentMarker(env, "env"),
    body: deletedComment(env, what, /* @__PURE__ */ new Date()),
    onlyUpdate: true
  });
}
async function reap(inputs) {
  const { envs, explained } = await environments(inputs);
  const now = /* @__PURE__ */ new Date();
  const rows = await group(
    `Reap environments past expires-at${inputs.allRepositories ? "" : ` of ${inputs.repository}`}${inputs.dryRun ? " (dry run)" : ""}`,
    () => explained(() => envs.reap(now, { dryRun: inputs.dryRun, repository: inputs.allRepositories ? void 0 : inputs.repository }))
  );
  for (const r of rows) info(`${r.resourceGroup} (${r.env}): ${r.state}${r.expiresAt ? `, expires ${r.expiresAt.toISOString()}` : ""} \u2192 ${r.action}`);
  setOutput("deleted", JSON.stringify(rows.filter((r) => r.action === "deleted").map((r) => r.resourceGroup)));
  setOutput("report", JSON.stringify(rows.map((r) => ({ ...r, expiresAt: r.expiresAt?.toISOString() ?? null }))));
  await summary.addHeading(`meshci reap${inputs.dryRun ? " (dry run)" : ""}`, 2).addRaw(`<p>${rows.length} environment(s) at ${now.toISOString()}; ${rows.filter((r) => r.state === "expired").length} expired.</p>`).addTable([
    ["resource group", "environment", "repository", "expires-at", "state", "action"].map((h) => ({ data: h, header: true })),
    ...rows.map(
      (r) => [r.resourceGroup, r.env, r.repository ?? "", r.expiresAt?.toISOString() ?? "(none)", r.state, r.action].map((d) => ({ data: escapeHtml(d) }))
    )
  ]).write();
  for (const r of rows) {
    if (r.action === "deleted" && r.pr && r.repository === inputs.repository) {
      await markDeleted(inputs, r.env, `deleted by the reaper: it expired at ${r.expiresAt?.toISOString() ?? "?"}`, r.pr);
    }
  }
}
async function kind(inputs) {
  const rec = inputs.record?.provider === "kind" ? inputs.record : void 0;
  const cluster = rec?.cluster ?? kindClusterName(inputs.name ?? "");
  const registryName = rec?.registry.container ?? "kind-registry";
  if (rec) info(`removing what provision recorded: ${describeRecord(rec)}`);
  await requireDocker(actionsLogger, "delete");
  const kindBin = await group("kind", () => ensureTool({ name: "kind", version: inputs.kindVersion, mirror: inputs.toolsMirror }));
  const r = await group(`Delete kind cluster ${cluster}`, () => kindDown({ cluster, kind: kindBin, registryName }, inputs.removeRegistry, actionsLogger));
  setOutput("existed", String(r.existed));
  setOutput("deleted", JSON.stringify(r.existed ? [cluster] : []));
  const lines = [
    r.existed ? `deleted kind cluster ${cluster}` : `kind cluster ${cluster} does not exist: nothing to delete`,
    ...inputs.removeRegistry ? [`removed registry container ${registryName}${rec ? " (meshci started it)" : ""}`] : rec ? [`left registry container ${registryName} alone: meshci did not start it`] : []
  ];
  for (const l of lines) info(l);
  await summary.addHeading("meshci teardown", 2).addRaw(lines.map((l) => `<p>${escapeHtml(l)}</p>`).join("")).write();
  if (r.existed && inputs.name) await markDeleted(inputs, inputs.name, `kind cluster ${cluster} deleted`);
}
async function existing(inputs) {
  const [{ Cluster }, { Helm }, { removeDeployed }] = await Promise.all([
    import("./cluster-OL3VTEWJ.js"),
    import("./helm-3ILEDDN5.js"),
    import("./remove-FDNQ6DKH.js")
  ]);
  const cluster = Cluster.connect({ kubeconfig: inputs.kubeconfig, input: "kubeconfig", log: actionsLogger });
  await cluster.serverVersion();
  const helmBin = await group("helm", () => ensureTool({ name: "helm", version: HELM_VERSION, mirror: inputs.toolsMirror }));
  const helm = new Helm({ binPath: helmBin, kubeconfig: inputs.kubeconfig, log: actionsLogger });
  const r = await group(
    "Remove what meshci deployed (releases, namespaces and objects with meshci's label)",
    () => removeDeployed(cluster, helm, { log: actionsLogger, timeoutMs: inputs.timeoutMs })
  );
  const deleted = [...r.releases.map((x) => `helm release ${x}`), ...r.namespaces.map((n) => `namespace ${n}`), ...r.objects];
  setOutput("existed", String(deleted.length > 0));
  setOutput("deleted", JSON.stringify(deleted));
  const line = deleted.length ? `removed ${deleted.length}: ${deleted.join(", ")}` : "nothing in this cluster carries meshci's label: nothing to remove";
  info(line);
  await summary.addHeading("meshci teardown", 2).addRaw(
    `<p>${escapeHtml(line)}</p>${r.kept.length ? `<p>kept, as their chart asks (helm.sh/resource-policy: keep): ${escapeHtml(r.kept.join(", "))}</p>` : ""}`
  ).write();
}
export {
  main
};
