import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  maskAll,
  runAction
} from "./chunk-PMQFXE6U.js";
import "./chunk-PPIGJDAK.js";
import {
  getInputs
} from "./chunk-JQPYAWZW.js";
import {
  runPipeline,
  teardownInputs
} from "./chunk-IYXBKDB2.js";
import "./chunk-YB4FYT7K.js";
import "./chunk-5PFT33RB.js";
import {
  pullRequestNumber
} from "./chunk-VX5QRBWR.js";
import {
  defaultName
} from "./chunk-EYHPZM6V.js";
import {
  escapeHtml
} from "./chunk-BB6DVLOI.js";
import "./chunk-GQXCIXW5.js";
import "./chunk-DJJ7SQNY.js";
import {
  formatDuration
} from "./chunk-K7FT2D2V.js";
import {
  getState,
  info,
  saveState,
  setOutput,
  summary,
  warning
} from "./chunk-QNMAJCP6.js";
import "./chunk-TC7UFU3S.js";
import "./chunk-G6WOPJDF.js";
import "./chunk-QCOQAGNQ.js";
import "./chunk-XMOBR7DB.js";
import "./chunk-VUJ4TZHV.js";
import "./chunk-6OIT7D33.js";
import {
  require_os
} from "./chunk-GGNHL6HF.js";
import "./chunk-HPEVLKEG.js";
import {
  require_fs,
  require_path
} from "./chunk-LRYOYDRT.js";
import {
  __toESM
} from "./chunk-J36IR65A.js";

// src/actions/meshci/main.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_node_os = __toESM(require_os(), 1);
var import_node_path = __toESM(require_path(), 1);
async function main(inputs = getInputs()) {
  const name = inputs.name ?? defaultName(pullRequestNumber(), process.env["GITHUB_RUN_ID"]);
  const dir = (0, import_node_path.join)(process.env["RUNNER_TEMP"] ?? (0, import_node_os.tmpdir)(), `meshci-${name}`);
  const secrets = [];
  const token = inputs.githubToken ? { "github-token": inputs.githubToken } : {};
  const runner = (action, opts) => runAction(action, { ...opts, node: process.execPath, inheritGithubEnv: true, onOutput: (chunk) => process.stdout.write(chunk) }).then((r) => {
    secrets.push(...r.secrets);
    return r;
  });
  const t0 = Date.now();
  let res;
  try {
    res = await runPipeline(
      {
        name,
        provider: inputs.provider,
        linkerdVersion: inputs.linkerdVersion,
        dir,
        republish: inputs.republish,
        verify: true,
        teardown: !inputs.keep,
        kubeconfig: inputs.kubeconfig,
        mirror: inputs.mirror,
        // the environment's own sticky comment (how to connect) only for an environment that is kept
        inputs: { provision: { ...inputs.provision, ...token, comment: inputs.keep ? "auto" : "never" }, verify: { "github-token": "", ...inputs.verify }, deploy: inputs.deploy, teardown: { ...token, comment: inputs.keep ? "auto" : "never" } }
      },
      runner,
      {
        start: (stage) => info(`
\u2500\u2500 meshci ${stage} \u2500\u2500`),
        end: (stage, r, ms) => {
          info(`\u2500\u2500 meshci ${stage}: ${r.exitCode === 0 ? "done" : "failed"} in ${formatDuration(ms)} \u2500\u2500`);
          if (stage === "provision" && r.exitCode === 0) {
            saveState("teardown", inputs.keep ? "" : JSON.stringify({ provider: inputs.provider, name: r.outputs["environment"] ?? name }));
          }
          if (stage === "teardown" && r.exitCode === 0) saveState("teardown", "");
        },
        skip: (stage, why) => info(`\u2500\u2500 meshci ${stage}: skipped (${why}) \u2500\u2500`)
      }
    );
  } finally {
    (0, import_node_fs.rmSync)((0, import_node_path.join)(dir, "certs"), { recursive: true, force: true });
  }
  const mask = (v) => maskAll(v, secrets);
  const stageOutputs = {};
  for (const s of res.stages) stageOutputs[s.stage] = { exitCode: s.exitCode, seconds: Math.round(s.ms / 100) / 10, outputs: Object.fromEntries(Object.entries(s.outputs).map(([k, v]) => [k, mask(v)])) };
  const out = (stage, key) => res.stages.find((s) => s.stage === stage)?.outputs[key] ?? "";
  setOutput("environment", res.environment ?? (inputs.provider === "existing" ? "" : name));
  setOutput("verdict", res.verdict ?? "");
  setOutput("failed-stage", res.failedAt ?? "");
  setOutput("kubeconfig", inputs.keep || inputs.provider === "existing" ? res.kubeconfig ?? "" : "");
  setOutput("registry", res.registry ?? "");
  setOutput("expires-at", out("provision", "expires-at"));
  setOutput("report", out("verify", "report"));
  setOutput("evidence-dir", out("verify", "evidence-dir"));
  setOutput("anchor-fingerprint", out("certs", "anchor-fingerprint"));
  setOutput("stages", JSON.stringify(stageOutputs));
  await summary2(res, Date.now() - t0, mask);
  if (!res.ok) {
    throw new Error(res.failedAt === "verify" && res.verdict === "fail" ? `verify found problems (verdict fail): see the report in the summary${res.stages.some((s) => s.stage === "teardown") ? "; the environment was torn down" : ""}` : `stopped at ${res.failedAt ?? "teardown"} (its error is above)`);
  }
}
async function summary2(res, ms, mask) {
  const icon = res.ok ? "\u2705" : "\u274C";
  const rows = [
    [{ data: "stage", header: true }, { data: "result", header: true }, { data: "time", header: true }],
    ...res.stages.map((s2) => [{ data: s2.stage }, { data: s2.exitCode === 0 ? "\u2705 done" : "\u274C failed" }, { data: formatDuration(s2.ms) }]),
    ...res.skipped.map((s2) => [{ data: s2.stage }, { data: `\u23ED\uFE0F ${escapeHtml(s2.why)}` }, { data: "" }])
  ];
  const s = summary.addHeading(`${icon} meshci: ${res.ok ? `mesh verified${res.verdict ? ` (${res.verdict})` : ""}` : `stopped at ${res.failedAt ?? "teardown"}`}`, 2).addTable(rows).addRaw(`<p>${formatDuration(ms)} in all</p>`, true);
  for (const st of res.stages) if (st.summary.trim()) s.addRaw(mask(st.summary.replace(/<h2>/g, "<h3>").replace(/<\/h2>/g, "</h3>")), true);
  await s.write();
}
async function post() {
  const pending = getState("teardown");
  if (!pending) return;
  const { provider, name } = JSON.parse(pending);
  info(`the run ended before its teardown: deleting environment ${name} (${provider})`);
  const r = await runAction("teardown", { inputs: teardownInputs(provider, name, true), node: process.execPath, inheritGithubEnv: true, onOutput: (c) => process.stdout.write(c) });
  if (r.exitCode !== 0) warning(`teardown of ${name} failed: delete it with meshci/meshci/teardown (the reaper deletes it after its ttl)`);
}
export {
  main,
  post
};
