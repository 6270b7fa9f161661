import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  Cancel,
  RUNNER_GRACE,
  maskAll,
  runAction,
  wholeLines
} from "./chunk-SFJMT2DW.js";
import "./chunk-PPIGJDAK.js";
import "./chunk-W2G57EYB.js";
import {
  getInputs
} from "./chunk-BCXGWVLJ.js";
import {
  recordPath,
  runPipeline,
  teardownInputs
} from "./chunk-3E5XYWK3.js";
import "./chunk-V55V5RA2.js";
import {
  describeRecord,
  readRecordFile,
  validateRecord
} from "./chunk-NNUI2ZJU.js";
import {
  pullRequestNumber
} from "./chunk-6MFHYSBY.js";
import {
  defaultName
} from "./chunk-FTMT34VG.js";
import {
  escapeHtml
} from "./chunk-BB6DVLOI.js";
import "./chunk-BN3KMUHI.js";
import {
  getState,
  info,
  saveState,
  setOutput,
  summary,
  warning
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
import {
  require_os
} from "./chunk-GGNHL6HF.js";
import "./chunk-U5AVLZRE.js";
import {
  require_fs,
  require_path
} from "./chunk-LRYOYDRT.js";
import "./chunk-HPEVLKEG.js";
import {
  __toESM
} from "./chunk-J36IR65A.js";

// src/actions/meshci/main.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_node_os = __toESM(require_os(), 1);
var import_node_path = __toESM(require_path(), 1);
var passThrough = () => wholeLines((text, stream) => (stream === "stdout" ? process.stdout : process.stderr).write(text));
async function main(inputs = getInputs()) {
  const name = inputs.name ?? defaultName(pullRequestNumber(), process.env["GITHUB_RUN_ID"]);
  const dir = (0, import_node_path.join)(process.env["RUNNER_TEMP"] ?? (0, import_node_os.tmpdir)(), `meshci-${name}`);
  saveState("certs-dir", (0, import_node_path.join)(dir, "certs"));
  const secrets = [];
  const token = inputs.githubToken ? { "github-token": inputs.githubToken } : {};
  const cancel = new Cancel();
  let running;
  const onSignal = (sig) => {
    const first = !cancel.requested;
    cancel.send(sig);
    const what = running ? `${running.stage}${running.pid ? ` (pid ${running.pid})` : ""}` : "the pipeline";
    info(
      `\u2500\u2500 meshci: ${sig} received: ${first ? `cancelling; ${cancel.current} passed to ${what}, SIGTERM after ${RUNNER_GRACE.termMs / 1e3} s, SIGKILL ${RUNNER_GRACE.killMs / 1e3} s later` : `${cancel.current} passed to ${what}`} \u2500\u2500`
    );
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const runner = (action, opts) => {
    const out = passThrough();
    return runAction(action, {
      ...opts,
      node: process.execPath,
      inheritGithubEnv: true,
      signalTarget: "group",
      onOutput: out.feed,
      onSpawn: (pid) => {
        if (running) running.pid = pid;
      }
    }).then((r) => {
      secrets.push(...r.secrets);
      return r;
    }).finally(out.flush);
  };
  const record = recordPath(dir);
  const mirror = inputs.toolsMirror ? { toolsMirror: inputs.toolsMirror } : {};
  const pending = (p) => saveState("teardown", p ? JSON.stringify(p) : "");
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
        toolsMirror: inputs.toolsMirror,
        cancel,
        inputs: stageInputs(inputs, token)
      },
      runner,
      {
        start: (stage) => {
          running = { stage };
          if (stage === "provision" && !inputs.keep) pending({ file: record, ...mirror });
          info(`
\u2500\u2500 meshci ${stage} \u2500\u2500`);
        },
        end: (stage, r, ms) => {
          running = void 0;
          const how = r.signal ? `stopped by ${r.signal}` : r.exitCode === 0 ? "done" : cancel.requested ? "cancelled" : "failed";
          info(`\u2500\u2500 meshci ${stage}: ${how} in ${formatDuration(ms)}${cancel.requested && r.pid ? ` (pid ${r.pid} exited)` : ""} \u2500\u2500`);
          if (stage === "provision" && !inputs.keep) {
            const rec = readRecordFile(record);
            pending(rec ? { file: record, record: rec, ...mirror } : void 0);
          }
          if (stage === "teardown" && r.exitCode === 0) pending(void 0);
        },
        skip: (stage, why) => info(`\u2500\u2500 meshci ${stage}: skipped (${why}) \u2500\u2500`)
      }
    );
  } finally {
    (0, import_node_fs.rmSync)((0, import_node_path.join)(dir, "certs"), { recursive: true, force: true });
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
  const mask = (v) => maskAll(v, secrets);
  setOutputs(res, inputs, name, mask);
  await summary2(res, Date.now() - t0, mask);
  if (res.cancelled) {
    const left = !res.record ? "nothing was created" : inputs.keep ? `${describeRecord(res.record)} is kept (keep: true)` : `the post step tears down ${describeRecord(res.record)}`;
    throw new Error(`cancelled (${res.cancelled.signal}) during ${res.cancelled.stage}; ${left}`);
  }
  if (!res.ok) {
    throw new Error(
      res.failedAt === "verify" && res.verdict === "fail" ? `verify found problems (verdict fail): see the report in the summary${res.stages.some((s) => s.stage === "teardown") ? "; the environment was torn down" : ""}` : `stopped at ${res.failedAt ?? "teardown"} (its error is above)`
    );
  }
}
function stageInputs(inputs, token) {
  const comment = inputs.keep ? "auto" : "never";
  return {
    provision: { ...inputs.provision, ...token, comment },
    verify: { "github-token": "", ...inputs.verify },
    deploy: inputs.deploy,
    teardown: { ...token, comment }
  };
}
function setOutputs(res, inputs, name, mask) {
  const stageOutputs = {};
  for (const s of res.stages)
    stageOutputs[s.stage] = {
      exitCode: s.exitCode,
      seconds: Math.round(s.ms / 100) / 10,
      outputs: Object.fromEntries(Object.entries(s.outputs).map(([k, v]) => [k, mask(v)]))
    };
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
  setOutput("record", res.record ? JSON.stringify(res.record) : "");
}
async function summary2(res, ms, mask) {
  const icon = res.ok ? "\u2705" : "\u274C";
  const rows = [
    [
      { data: "stage", header: true },
      { data: "result", header: true },
      { data: "time", header: true }
    ],
    ...res.stages.map((s2) => [{ data: s2.stage }, { data: s2.exitCode === 0 ? "\u2705 done" : "\u274C failed" }, { data: formatDuration(s2.ms) }]),
    ...res.skipped.map((s2) => [{ data: s2.stage }, { data: `\u23ED\uFE0F ${escapeHtml(s2.why)}` }, { data: "" }])
  ];
  const title = res.ok ? `mesh verified${res.verdict ? ` (${res.verdict})` : ""}` : res.cancelled ? `cancelled during ${res.cancelled.stage}` : `stopped at ${res.failedAt ?? "teardown"}`;
  const s = summary.addHeading(`${icon} meshci: ${title}`, 2).addTable(rows).addRaw(`<p>${formatDuration(ms)} in all</p>`, true);
  if (res.record) {
    const tornDown = res.stages.some((st) => st.stage === "teardown" && st.exitCode === 0);
    const fate = tornDown ? "torn down" : res.cancelled ? "left for the post step to tear down" : res.skipped.some((k) => k.stage === "teardown") ? "kept" : "teardown failed: the post step tries again";
    s.addRaw(
      `<p>environment: ${escapeHtml(describeRecord(res.record))}: ${escapeHtml(fate)}${tornDown && res.failedAt === "provision" ? " (provision failed after creating it)" : ""}</p>`,
      true
    );
  }
  for (const st of res.stages) if (st.summary.trim()) s.addRaw(mask(st.summary.replace(/<h2>/g, "<h3>").replace(/<\/h2>/g, "</h3>")), true);
  await s.write();
}
async function post() {
  const certsDir = getState("certs-dir");
  if (certsDir && (0, import_node_fs.existsSync)(certsDir)) {
    (0, import_node_fs.rmSync)(certsDir, { recursive: true, force: true });
    info(`removed ${certsDir}, which the main step did not get to remove`);
  }
  const state = getState("teardown");
  if (!state) return;
  const pending = JSON.parse(state);
  const rec = pending.record ? validateRecord("the post-step state", pending.record) : (0, import_node_fs.existsSync)(pending.file) ? readRecordFile(pending.file) : void 0;
  if (!rec) {
    info("the run ended before provision created anything: nothing to tear down");
    return;
  }
  info(`the run ended before its teardown: deleting environment ${rec.name}: ${describeRecord(rec)}`);
  const out = passThrough();
  const r = await runAction("teardown", {
    inputs: { ...teardownInputs(rec), ...pending.toolsMirror ? { "tools-mirror": pending.toolsMirror } : {} },
    node: process.execPath,
    inheritGithubEnv: true,
    onOutput: out.feed
  }).finally(out.flush);
  if (r.exitCode !== 0) warning(`teardown of ${rec.name} failed: delete it with meshci/meshci/teardown (the reaper deletes it after its ttl)`);
}
export {
  main,
  post
};
