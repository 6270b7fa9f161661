import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  kindDown
} from "../chunks/chunk-E2TGTCV7.js";
import {
  KIND_VERSION,
  ensureTool
} from "../chunks/chunk-VXQNHGTK.js";
import "../chunks/chunk-N5Y5YZAH.js";
import "../chunks/chunk-Z7OIAV7A.js";
import "../chunks/chunk-F77U4YDI.js";
import {
  deletedComment,
  kindClusterName,
  namesFor,
  validateName,
  validateResourceGroup,
  validateSubscription
} from "../chunks/chunk-EYHPZM6V.js";
import {
  commentMarker,
  postStickyComment,
  pullRequestNumber
} from "../chunks/chunk-IXE5SZRZ.js";
import "../chunks/chunk-2RH5WH35.js";
import "../chunks/chunk-PP5RWU6X.js";
import "../chunks/chunk-KXPCIG6P.js";
import {
  escapeHtml
} from "../chunks/chunk-BB6DVLOI.js";
import {
  attempt,
  getBool,
  getDuration,
  getEnum,
  getOptional,
  getSecret,
  inputProblem,
  readInputs,
  run,
  validatePinnedRelease
} from "../chunks/chunk-ETOTJUOX.js";
import {
  actionsLogger
} from "../chunks/chunk-YJPDSVXK.js";
import {
  formatDuration
} from "../chunks/chunk-K7FT2D2V.js";
import {
  group,
  info,
  setOutput,
  summary
} from "../chunks/chunk-FQS6YOAG.js";
import "../chunks/chunk-G6WOPJDF.js";
import "../chunks/chunk-TC7UFU3S.js";
import "../chunks/chunk-QCOQAGNQ.js";
import "../chunks/chunk-XMOBR7DB.js";
import "../chunks/chunk-VUJ4TZHV.js";
import "../chunks/chunk-6OIT7D33.js";
import "../chunks/chunk-GGNHL6HF.js";
import {
  getErrorMessage
} from "../chunks/chunk-HPEVLKEG.js";
import "../chunks/chunk-YB4FYT7K.js";
import "../chunks/chunk-LRYOYDRT.js";
import "../chunks/chunk-J36IR65A.js";

// src/actions/teardown/inputs.ts
var PROVIDERS = ["aks", "kind"];
var MODES = ["delete", "reap"];
function getInputs() {
  return readInputs(read);
}
function read() {
  const provider = getEnum("provider", PROVIDERS, "aks");
  const mode = getEnum("mode", MODES, "delete");
  const pr = pullRequestNumber();
  const given = getOptional("name");
  const name = given !== void 0 ? attempt(() => validateName("name", given), given) : pr ? `pr-${pr}` : void 0;
  const resourceGroup = attempt(() => validateResourceGroup("resource-group", getOptional("resource-group")), void 0);
  if (mode === "delete" && !name && !resourceGroup) inputProblem("Input 'name' is required for mode delete outside a pull request (or give 'resource-group')");
  if (provider === "kind" && !name) inputProblem("Input 'name' is required for provider kind (the environment whose kind cluster to delete)");
  if (mode === "reap" && provider !== "aks") inputProblem("Input 'mode' reap works with provider aks (kind clusters live as long as their Docker host)");
  const subscription = attempt(() => validateSubscription("subscription-id", getOptional("subscription-id"), provider), void 0);
  const kindVersion = validatePinnedRelease("kind-version", getOptional("kind-version"), KIND_VERSION);
  return {
    provider,
    mode,
    name,
    subscription,
    resourceGroup,
    wait: getBool("wait", true),
    dryRun: getBool("dry-run", false),
    allRepositories: getBool("all-repositories", false),
    removeRegistry: getBool("remove-registry", false),
    kindVersion,
    timeoutMs: getDuration("timeout", "30m", { min: 6e4, max: 6 * 36e5 }),
    toolsMirror: getOptional("tools-mirror"),
    repository: process.env["GITHUB_REPOSITORY"] ?? "local/meshci",
    comment: getEnum("comment", ["auto", "never"], "auto"),
    githubToken: getSecret("github-token")
  };
}

// src/actions/teardown/main.ts
async function main() {
  const inputs = getInputs();
  const t0 = Date.now();
  if (inputs.provider === "kind") await kind(inputs);
  else if (inputs.mode === "reap") await reap(inputs);
  else await remove(inputs);
  info(`done in ${formatDuration(Date.now() - t0)}`);
}
async function environments(inputs) {
  const [{ AzureEnvironments }, { loadAzureCredential }, { explainAuthError }] = await Promise.all([import("../chunks/environments-VEIHHWR4.js"), import("../chunks/lazy-XXAWYZ4W.js"), import("../chunks/auth-hint-XAI7YFJI.js")]);
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

// src/actions/teardown/index.ts
await run("teardown", main);
