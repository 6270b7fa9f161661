import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  exec
} from "./chunk-RUCZQBIP.js";
import {
  saveState
} from "./chunk-BABBRNUE.js";

// src/tools/helm/helm.ts
var Helm = class _Helm {
  constructor(opts = {}) {
    this.opts = opts;
  }
  opts;
  get bin() {
    return this.opts.binPath ?? "helm";
  }
  async list(namespace, release) {
    const args = ["list", "--namespace", namespace, "--filter", `^${escapeRegex(release)}$`, "--output", "json", ...kube(this.opts.kubeconfig)];
    const res = await exec(this.bin, args);
    return _Helm.parseList(res.stdout).find((r) => r.name === release);
  }
  /** The user-supplied values of a release, or undefined when it is not installed. */
  async getValues(namespace, release) {
    const res = await exec(this.bin, ["get", "values", release, "--namespace", namespace, "--output", "json", ...kube(this.opts.kubeconfig)], { check: false });
    if (res.exitCode !== 0) {
      if (/not found/i.test(res.stderr)) return void 0;
      throw new Error(`helm get values ${release}: ${res.stderr.trim().split("\n").pop() ?? `exit ${res.exitCode}`}`);
    }
    return JSON.parse(res.stdout.trim() || "null") ?? {};
  }
  async install(o) {
    const res = await exec(this.bin, _Helm.installArgs({ ...o, kubeconfig: o.kubeconfig ?? this.opts.kubeconfig }));
    try {
      const j = JSON.parse(res.stdout);
      return { revision: j.version, status: j.info?.status };
    } catch {
      return {};
    }
  }
  /** `helm pull --untar` a chart into `dir` (to read its own values files, e.g. values-ha.yaml). */
  async pull(o) {
    await exec(this.bin, ["pull", o.chart, "--version", o.version, ...o.repo ? ["--repo", o.repo] : [], "--untar", "--untardir", o.dir]);
    return `${o.dir}/${o.chart}`;
  }
  async upgrade(o) {
    await exec(this.bin, _Helm.upgradeArgs({ ...o, kubeconfig: o.kubeconfig ?? this.opts.kubeconfig }));
  }
  static parseList(stdout) {
    const text = stdout.trim();
    if (!text) return [];
    const parsed = JSON.parse(text);
    if (!Array.isArray(parsed)) throw new Error("helm list -o json did not print a JSON array");
    return parsed;
  }
  /** `linkerd-control-plane-1.16.11` → { name: linkerd-control-plane, version: 1.16.11 }. */
  static splitChart(chart) {
    const m = /^(.+?)-(\d+\.\d+\.\d+(?:[-+][\w.-]+)?)$/.exec(chart);
    if (!m) throw new Error(`cannot tell chart name from version in '${chart}'`);
    return { name: m[1], version: m[2] };
  }
  /** `helm upgrade --install`, idempotent: values from files (-f) and --set-file, never key material in argv. */
  static installArgs(o) {
    const args = ["upgrade", "--install", o.release, o.chart, "--namespace", o.namespace, "--version", o.version];
    if (o.repo) args.push("--repo", o.repo);
    if (o.createNamespace) args.push("--create-namespace");
    for (const f of o.valuesFiles ?? []) args.push("--values", f);
    for (const [k, v] of Object.entries(o.setFile ?? {})) args.push("--set-file", `${k}=${v}`);
    if (o.wait) args.push("--wait");
    if (o.timeoutMs) args.push("--timeout", `${Math.ceil(o.timeoutMs / 1e3)}s`);
    args.push("--output", "json", ...kube(o.kubeconfig));
    return args;
  }
  static upgradeArgs(o) {
    const args = ["upgrade", o.release, o.chart, "--namespace", o.namespace, "--version", o.version, "--reuse-values"];
    if (o.repo) args.push("--repo", o.repo);
    for (const [k, v] of Object.entries(o.setFile)) args.push("--set-file", `${k}=${v}`);
    for (const [k, v] of Object.entries(o.set ?? {})) args.push("--set", `${k}=${v}`);
    if (o.timeoutMs) args.push("--timeout", `${Math.ceil(o.timeoutMs / 1e3)}s`);
    args.push(...kube(o.kubeconfig));
    return args;
  }
};
function linkerdHelmRepo(appVersion) {
  if (appVersion.startsWith("enterprise-")) return "https://helm.buoyant.cloud";
  if (appVersion.startsWith("edge-")) return "https://helm.linkerd.io/edge";
  return "https://helm.linkerd.io/stable";
}
function kube(kubeconfig) {
  return kubeconfig ? ["--kubeconfig", kubeconfig] : [];
}
function escapeRegex(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/lib/state.ts
var tempDir = process.env["STATE_tempDir"] ?? "";
function setTempDir(dir) {
  saveState("tempDir", dir);
}

export {
  Helm,
  linkerdHelmRepo,
  tempDir,
  setTempDir
};
