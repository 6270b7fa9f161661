import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
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
  const step = async (stage, inputs) => {
    hooks.start?.(stage);
    const t0 = Date.now();
    const r = await runner(stage, { inputs: { ...inputs, ...extra(stage) }, env: { ...env } });
    const ms = Date.now() - t0;
    hooks.end?.(stage, r, ms);
    res.stages.push({ stage, exitCode: r.exitCode, ms, outputs: r.outputs, summary: r.summary });
    if (r.exitCode !== 0) {
      res.failedAt ??= stage;
      return void 0;
    }
    Object.assign(env, r.env);
    if (r.path.length) env["PATH"] = [...r.path, env["PATH"] ?? process.env["PATH"] ?? ""].join(":");
    return r;
  };
  let provisioned = false;
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
      const prov = await step("provision", { provider: o.provider, name: o.name, "kubeconfig-path": kubeconfig, "linkerd-version": o.linkerdVersion });
      if (!prov) return res;
      provisioned = true;
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
    if (provisioned && o.teardown && o.provider !== "existing") {
      const ok = await step("teardown", teardownInputs(o.provider, res.environment ?? o.name, true));
      if (!ok) res.ok = false;
    } else if (o.provider !== "existing") skip("teardown", provisioned ? "kept (keep: true)" : "nothing was provisioned");
  }
}
function teardownInputs(provider, name, removeRegistry) {
  return { provider, name, ...provider === "kind" ? { "remove-registry": String(removeRegistry) } : {} };
}
async function down(o, runner, hooks = {}) {
  hooks.start?.("teardown");
  const t0 = Date.now();
  const r = await runner("teardown", { inputs: teardownInputs(o.provider, o.name, o.removeRegistry) });
  hooks.end?.("teardown", r, Date.now() - t0);
  return r.exitCode === 0;
}

export {
  PROVIDERS,
  runPipeline,
  teardownInputs,
  down
};
