import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  kindDown
} from "./chunk-PPLQPUX6.js";
import {
  commentMarker,
  postStickyComment
} from "./chunk-EVQ6KFMU.js";
import {
  ensureTool
} from "./chunk-CCNLC4NR.js";
import "./chunk-N5Y5YZAH.js";
import "./chunk-Z7OIAV7A.js";
import "./chunk-ISBT75G3.js";
import "./chunk-737JVGF2.js";
import "./chunk-KXPCIG6P.js";
import "./chunk-LVKPNJEK.js";
import "./chunk-YB4FYT7K.js";
import "./chunk-PP5RWU6X.js";
import {
  getInputs
} from "./chunk-I3336OFQ.js";
import "./chunk-VX5QRBWR.js";
import "./chunk-4Y25PLLA.js";
import {
  deletedComment,
  kindClusterName,
  namesFor
} from "./chunk-EYHPZM6V.js";
import {
  escapeHtml
} from "./chunk-BB6DVLOI.js";
import "./chunk-GQXCIXW5.js";
import {
  actionsLogger
} from "./chunk-DJJ7SQNY.js";
import {
  formatDuration
} from "./chunk-K7FT2D2V.js";
import {
  group,
  info,
  setOutput,
  summary
} from "./chunk-QNMAJCP6.js";
import "./chunk-TC7UFU3S.js";
import "./chunk-G6WOPJDF.js";
import "./chunk-QCOQAGNQ.js";
import "./chunk-XMOBR7DB.js";
import "./chunk-VUJ4TZHV.js";
import "./chunk-6OIT7D33.js";
import "./chunk-GGNHL6HF.js";
import {
  getErrorMessage
} from "./chunk-HPEVLKEG.js";
import "./chunk-LRYOYDRT.js";
import "./chunk-J36IR65A.js";

// src/actions/teardown/main.ts
async function main(inputs = getInputs()) {
  const t0 = Date.now();
  if (inputs.provider === "kind") await kind(inputs);
  else if (inputs.mode === "reap") await reap(inputs);
  else await remove(inputs);
  info(`done in ${formatDuration(Date.now() - t0)}`);
}
async function environments(inputs) {
  const [{ AzureEnvironments }, { loadAzureCredential }, { explainAuthError }] = await Promise.all([import("./environments-WJY7VBDA.js"), import("./lazy-SROPYHHJ.js"), import("./auth-hint-4XUBDNJ4.js")]);
  const envs = new AzureEnvironments(await loadAzureCredential(), inputs.subscription, actionsLogger);
  const explained = async (f) => {
    try {
      return await f();
    } catch (e) {
      const hint = await explainAuthError(e);
      if (hint) throw new Error(`${getErrorMessage(e)} \u2014 ${hint}`);
      throw e;
    }
  };
  return { envs, explained };
}
async function remove(inputs) {
  const rg = inputs.resourceGroup ?? namesFor(inputs.name, inputs.repository, inputs.subscription).resourceGroup;
  const { envs, explained } = await environments(inputs);
  const r = await group(`Delete resource group ${rg}${inputs.wait ? " and verify it is gone" : ""}`, () => explained(() => envs.teardown(rg, { wait: inputs.wait, timeoutMs: inputs.timeoutMs, repository: inputs.repository })));
  setOutput("existed", String(r.existed));
  setOutput("deleted", JSON.stringify(r.existed ? [rg] : []));
  const line = !r.existed ? `resource group ${rg} does not exist: nothing to delete` : r.verified ? `deleted ${rg}${r.nodeResourceGroups.length ? ` and verified it and ${r.nodeResourceGroups.join(", ")} are gone` : " and verified it is gone"}` : `deleting ${rg} (not waiting: wait is false)`;
  info(line);
  await summary.addHeading("meshci teardown", 2).addRaw(`<p>${escapeHtml(line)}</p>`).write();
  if (r.existed && inputs.name) await markDeleted(inputs, inputs.name, `resource group ${rg} ${r.verified ? "deleted and verified gone" : "deletion started"}`);
}
async function markDeleted(inputs, env, what, prNumber) {
  await postStickyComment({ mode: inputs.comment, token: inputs.githubToken, prNumber, marker: commentMarker(env, "env"), body: deletedComment(env, what, /* @__PURE__ */ new Date()), onlyUpdate: true });
}
async function reap(inputs) {
  const { envs, explained } = await environments(inputs);
  const now = /* @__PURE__ */ new Date();
  const rows = await group(`Reap environments past expires-at${inputs.allRepositories ? "" : ` of ${inputs.repository}`}${inputs.dryRun ? " (dry run)" : ""}`, () => explained(() => envs.reap(now, { dryRun: inputs.dryRun, repository: inputs.allRepositories ? void 0 : inputs.repository })));
  for (const r of rows) info(`${r.resourceGroup} (${r.env}): ${r.state}${r.expiresAt ? `, expires ${r.expiresAt.toISOString()}` : ""} \u2192 ${r.action}`);
  setOutput("deleted", JSON.stringify(rows.filter((r) => r.action === "deleted").map((r) => r.resourceGroup)));
  setOutput("report", JSON.stringify(rows.map((r) => ({ ...r, expiresAt: r.expiresAt?.toISOString() ?? null }))));
  await summary.addHeading(`meshci reap${inputs.dryRun ? " (dry run)" : ""}`, 2).addRaw(`<p>${rows.length} environment(s) at ${now.toISOString()}; ${rows.filter((r) => r.state === "expired").length} expired.</p>`).addTable([
    ["resource group", "environment", "repository", "expires-at", "state", "action"].map((h) => ({ data: h, header: true })),
    ...rows.map((r) => [r.resourceGroup, r.env, r.repository ?? "", r.expiresAt?.toISOString() ?? "(none)", r.state, r.action].map((d) => ({ data: escapeHtml(d) })))
  ]).write();
  for (const r of rows) {
    if (r.action === "deleted" && r.pr && r.repository === inputs.repository) {
      await markDeleted(inputs, r.env, `deleted by the reaper: it expired at ${r.expiresAt?.toISOString() ?? "?"}`, r.pr);
    }
  }
}
async function kind(inputs) {
  const cluster = kindClusterName(inputs.name ?? "");
  const kindBin = await group("kind", () => ensureTool({ name: "kind", version: inputs.kindVersion, mirror: inputs.toolsMirror }));
  const r = await group(`Delete kind cluster ${cluster}`, () => kindDown({ cluster, kind: kindBin, registryName: "kind-registry" }, inputs.removeRegistry, actionsLogger));
  setOutput("existed", String(r.existed));
  setOutput("deleted", JSON.stringify(r.existed ? [cluster] : []));
  await summary.addHeading("meshci teardown", 2).addRaw(`<p>${r.existed ? `deleted kind cluster ${escapeHtml(cluster)}` : `kind cluster ${escapeHtml(cluster)} does not exist: nothing to delete`}</p>`).write();
  if (r.existed && inputs.name) await markDeleted(inputs, inputs.name, `kind cluster ${cluster} deleted`);
}
export {
  main
};
