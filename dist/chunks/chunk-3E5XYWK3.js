import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  describeRecord,
  readRecordFile
} from "./chunk-NNUI2ZJU.js";
import {
  require_fs,
  require_path
} from "./chunk-LRYOYDRT.js";
import {
  __toESM
} from "./chunk-J36IR65A.js";

// src/local/pipeline.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_node_path = __toESM(require_path(), 1);
var PROVIDERS = ["kind", "aks", "existing"];
var DOWNLOADING = /* @__PURE__ */ new Set(["provision", "deploy", "verify", "teardown"]);
function prependPath(added, base) {
  const list = [];
  for (const p of added) {
    const i = list.indexOf(p);
    if (i >= 0) list.splice(i, 1);
    list.push(p);
  }
  return [...list.reverse(), ...base ? [base] : []].join(import_node_path.delimiter);
}
function recordPath(dir) {
  return (0, import_node_path.join)((0, import_node_path.resolve)(dir), "environment.json");
}
async function runPipeline(o, runner, hooks = {}) {
  const dir = (0, import_node_path.resolve)(o.dir);
  (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
  const env = {};
  const res = { ok: false, stages: [], skipped: [], evidenceDir: (0, import_node_path.join)(dir, "evidence"), certsDir: (0, import_node_path.join)(dir, "certs") };
  const extra = (s) => o.inputs?.[s] ?? {};
  const skip = (stage, why) => {
    res.skipped.push({ stage, why });
    hooks.skip?.(stage, why);
  };
  const cancelled = (stage) => {
    const signal = o.cancel?.requested;
    if (!signal) return false;
    res.cancelled ??= { signal, stage };
    res.failedAt ??= stage;
    return true;
  };
  const step = async (stage, inputs) => {
    if (cancelled(stage)) {
      skip(stage, `cancelled (${o.cancel?.requested})`);
      return void 0;
    }
    hooks.start?.(stage);
    const t0 = Date.now();
    const tools = o.toolsMirror && DOWNLOADING.has(stage) ? { "tools-mirror": o.toolsMirror } : {};
    const r = await runner(stage, { inputs: { ...inputs, ...tools, ...extra(stage) }, env: { ...env }, ...o.cancel ? { cancel: o.cancel } : {} });
    const ms = Date.now() - t0;
    hooks.end?.(stage, r, ms);
    res.stages.push({ stage, exitCode: r.exitCode, ms, outputs: r.outputs, summary: r.summary });
    if (cancelled(stage)) return void 0;
    if (r.exitCode !== 0) {
      res.failedAt ??= stage;
      return void 0;
    }
    Object.assign(env, r.env);
    if (r.path.length) env["PATH"] = prependPath(r.path, env["PATH"] ?? process.env["PATH"]);
    return r;
  };
  const record = recordPath(dir);
  try {
    let kubeconfig = o.kubeconfig;
    let registry;
    let plainHttp = false;
    if (o.provider === "existing") {
      skip("provision", "provider existing: the cluster of the given kubeconfig");
      registry = o.mirror?.destination;
      plainHttp = o.mirror?.plainHttp ?? false;
    } else {
      kubeconfig = (0, import_node_path.join)(dir, "kubeconfig");
      const prov = await step("provision", { provider: o.provider, name: o.name, "kubeconfig-path": kubeconfig, "linkerd-version": o.linkerdVersion, record });
      res.record = readRecordFile(record);
      if (!prov) return res;
      res.environment = prov.outputs["environment"] ?? o.name;
      const server = prov.outputs["acr-login-server"];
      registry = server ? `${server}/mirror` : void 0;
      plainHttp = o.provider === "kind";
    }
    res.kubeconfig = kubeconfig;
    res.registry = registry;
    if ((0, import_node_fs.existsSync)((0, import_node_path.join)(res.certsDir, "issuer.key"))) skip("certs", `the identity in ${res.certsDir} is reused`);
    else if (!await step("certs", { mode: "generate", "linkerd-version": o.linkerdVersion, "output-dir": res.certsDir })) return res;
    let helmValues = "";
    if (!o.republish) skip("republish", "turned off");
    else if (!registry) skip("republish", "no mirror registry: images are pulled from their origin");
    else {
      const auth = o.provider === "aks" ? { "destination-auth": "azure", mode: "auto", "acr-resource-id": res.stages[0]?.outputs["acr-resource-id"] ?? "" } : o.mirror?.username ? { "destination-auth": "basic", "destination-username": o.mirror.username, "destination-password": o.mirror.password ?? "" } : {};
      const images = await step("republish", {
        "linkerd-version": o.linkerdVersion,
        extensions: "viz",
        destination: registry,
        ...plainHttp ? { "plain-http": registry.split("/")[0] } : {},
        ...auth
      });
      if (!images) return res;
      helmValues = images.outputs["helm-values"] ?? "";
    }
    const deployed = await step("deploy", {
      "linkerd-version": o.linkerdVersion,
      "identity-dir": res.certsDir,
      kubeconfig: kubeconfig ?? "",
      "linkerd-cli": "true",
      viz: "true",
      app: "dgraph",
      "diagnostics-dir": (0, import_node_path.join)(dir, "diagnostics"),
      ...helmValues ? { "helm-values": helmValues } : {}
    });
    if (!deployed) return res;
    if (!o.verify) skip("verify", "turned off");
    else {
      const verified = await step("verify", { kubeconfig: kubeconfig ?? "", "output-dir": res.evidenceDir, comment: "never" });
      res.verdict = verified?.outputs["verdict"] ?? res.stages.at(-1)?.outputs["verdict"];
      if (!verified) return res;
    }
    res.ok = true;
    return res;
  } finally {
    if (o.provider !== "existing") {
      if (!res.record) skip("teardown", "provision created nothing");
      else if (res.cancelled) skip("teardown", `cancelled (${res.cancelled.signal}): ${describeRecord(res.record)} is left for the post step or meshci down`);
      else if (!o.teardown) skip("teardown", "kept (keep: true)");
      else {
        const ok = await step("teardown", teardownInputs(res.record));
        if (!ok) res.ok = false;
      }
    }
  }
}
function teardownInputs(record) {
  return { record: JSON.stringify(record) };
}
async function down(o, runner, hooks = {}) {
  const file = recordPath(o.dir ?? (0, import_node_path.join)(".meshci", o.name));
  const rec = readRecordFile(file);
  const inputs = rec ? teardownInputs(rec) : {
    provider: o.provider,
    name: o.name,
    ...o.provider === "kind" ? { "remove-registry": String(o.removeRegistry) } : {},
    ...o.provider === "aks" && o.subscriptionId ? { "subscription-id": o.subscriptionId } : {}
  };
  hooks.start?.("teardown");
  const t0 = Date.now();
  const r = await runner("teardown", { inputs, ...o.cancel ? { cancel: o.cancel } : {} });
  hooks.end?.("teardown", r, Date.now() - t0);
  if (r.exitCode === 0 && rec) (0, import_node_fs.rmSync)(file, { force: true });
  return r.exitCode === 0;
}

export {
  PROVIDERS,
  prependPath,
  recordPath,
  runPipeline,
  teardownInputs,
  down
};
