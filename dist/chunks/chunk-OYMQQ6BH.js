import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  exec
} from "./chunk-W2G57EYB.js";

// src/tools/helm/helm.ts
var Helm = class _Helm {
  constructor(opts = {}) {
    this.opts = opts;
  }
  opts;
  get bin() {
    return this.opts.binPath ?? "helm";
  }
  /** helm through the exec wrapper, its argv debug-logged to the injected Logger. */
  run(args, o = {}) {
    return exec(this.bin, args, { ...o, log: this.opts.log });
  }
  async list(namespace, release) {
    const args = ["list", "--namespace", namespace, "--filter", `^${escapeRegex(release)}$`, "--output", "json", ...kube(this.opts.kubeconfig)];
    const res = await this.run(args);
    return _Helm.parseList(res.stdout).find((r) => r.name === release);
  }
  /** Every release (any namespace, any state) whose release labels match `selector`. */
  async listLabelled(selector) {
    const res = await this.run(["list", "--all-namespaces", "--all", "--selector", selector, "--output", "json", ...kube(this.opts.kubeconfig)]);
    return _Helm.parseList(res.stdout);
  }
  async uninstall(namespace, release, timeoutMs) {
    await this.run(["uninstall", release, "--namespace", namespace, "--wait", "--timeout", `${Math.ceil(timeoutMs / 1e3)}s`, ...kube(this.opts.kubeconfig)]);
  }
  /** A release in any state (pending and failed ones included), or undefined when there is none. */
  async status(namespace, release) {
    const args = ["list", "--namespace", namespace, "--all", "--filter", `^${escapeRegex(release)}$`, "--output", "json", ...kube(this.opts.kubeconfig)];
    const res = await this.run(args);
    return _Helm.parseList(res.stdout).find((r) => r.name === release);
  }
  /**
   * A release a run that died left `pending-*` blocks every later upgrade ("another operation
   * (install/upgrade/rollback) is in progress"). Called only while this run holds the deploy lock,
   * so no live meshci run owns that operation: a first install that never finished is uninstalled
   * (it has no good revision), a pending upgrade or rollback is rolled back to the last deployed
   * revision. Returns the one line saying what was done, or undefined when nothing was pending.
   */
  async recoverPending(namespace, release, timeoutMs) {
    const r = await this.status(namespace, release);
    if (!r?.status.startsWith("pending-")) return void 0;
    const wait = ["--wait", "--timeout", `${Math.ceil(timeoutMs / 1e3)}s`, ...kube(this.opts.kubeconfig)];
    if (r.status === "pending-install") {
      await this.run(["uninstall", release, "--namespace", namespace, ...wait]);
      return `release ${namespace}/${release} was left pending-install (revision ${r.revision}) by a run that did not finish: uninstalled it, installing again`;
    }
    const history = await this.run(["history", release, "--namespace", namespace, "--output", "json", ...kube(this.opts.kubeconfig)]);
    const good = _Helm.lastGoodRevision(history.stdout);
    if (good === void 0) {
      await this.run(["uninstall", release, "--namespace", namespace, ...wait]);
      return `release ${namespace}/${release} was left ${r.status} with no deployed revision to go back to: uninstalled it, installing again`;
    }
    await this.run(["rollback", release, String(good), "--namespace", namespace, ...wait]);
    return `release ${namespace}/${release} was left ${r.status} (revision ${r.revision}) by a run that did not finish: rolled back to revision ${good}, upgrading again`;
  }
  /** `helm history -o json` → the newest revision that was deployed (deployed, else superseded). */
  static lastGoodRevision(json) {
    const rows = JSON.parse(json.trim() || "[]");
    const sorted = [...rows].sort((a, b) => b.revision - a.revision);
    return (sorted.find((h) => h.status === "deployed") ?? sorted.find((h) => h.status === "superseded"))?.revision;
  }
  /** The user-supplied values of a release, or undefined when it is not installed. */
  async getValues(namespace, release) {
    const res = await this.run(["get", "values", release, "--namespace", namespace, "--output", "json", ...kube(this.opts.kubeconfig)], { check: false });
    if (res.exitCode !== 0) {
      if (/not found/i.test(res.stderr)) return void 0;
      throw new Error(`helm get values ${release}: ${res.stderr.trim().split("\n").pop() ?? `exit ${res.exitCode}`}`);
    }
    return JSON.parse(res.stdout.trim() || "null") ?? {};
  }
  async install(o) {
    const res = await this.run(_Helm.installArgs({ ...o, kubeconfig: o.kubeconfig ?? this.opts.kubeconfig }));
    try {
      const j = JSON.parse(res.stdout);
      return { revision: j.version, status: j.info?.status };
    } catch {
      return {};
    }
  }
  /** `helm pull --untar` a chart into `dir` (to read its own values files, e.g. values-ha.yaml). */
  async pull(o) {
    await this.run(["pull", o.chart, "--version", o.version, ...o.repo ? ["--repo", o.repo] : [], "--untar", "--untardir", o.dir]);
    return `${o.dir}/${o.chart}`;
  }
  /**
   * `helm template`: the manifests a release would install, rendered locally (no cluster). `chart`
   * is a folder, or a chart name with `repo` and `version`. `kubeVersion` sets .Capabilities.
   */
  async template(o) {
    const res = await this.run(_Helm.templateArgs(o));
    return res.stdout;
  }
  static templateArgs(o) {
    const args = ["template", o.release, o.chart, "--namespace", o.namespace];
    if (o.version) args.push("--version", o.version);
    if (o.repo) args.push("--repo", o.repo);
    for (const f of o.valuesFiles ?? []) args.push("--values", f);
    if (o.kubeVersion) args.push("--kube-version", o.kubeVersion);
    if (o.includeCrds) args.push("--include-crds");
    if (o.postRenderer) args.push("--post-renderer", o.postRenderer.bin, ...o.postRenderer.args.flatMap((a) => ["--post-renderer-args", a]));
    return args;
  }
  async upgrade(o) {
    await this.run(_Helm.upgradeArgs({ ...o, kubeconfig: o.kubeconfig ?? this.opts.kubeconfig }));
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
    const args = [
      "upgrade",
      "--install",
      o.release,
      o.chart,
      "--namespace",
      o.namespace,
      "--version",
      o.version,
      "--labels",
      "app.kubernetes.io/managed-by=meshci"
    ];
    if (o.repo) args.push("--repo", o.repo);
    if (o.createNamespace) args.push("--create-namespace");
    for (const f of o.valuesFiles ?? []) args.push("--values", f);
    for (const [k, v] of Object.entries(o.setFile ?? {})) args.push("--set-file", `${k}=${v}`);
    if (o.postRenderer) args.push("--post-renderer", o.postRenderer.bin, ...o.postRenderer.args.flatMap((a) => ["--post-renderer-args", a]));
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
function helmVersionProblem(version) {
  const major = Number(/^v(\d+)\./.exec(version)?.[1]);
  if (!Number.isFinite(major) || major === 3) return void 0;
  if (major >= 4)
    return `meshci runs helm 3 (v3.x.y): helm ${major} takes --post-renderer only as the name of an installed plugin, not the executable meshci passes to point the images charts name literally at the mirror`;
  return `meshci runs helm 3 (v3.x.y): helm ${major} needs Tiller`;
}
function kube(kubeconfig) {
  return kubeconfig ? ["--kubeconfig", kubeconfig] : [];
}
function escapeRegex(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export {
  Helm,
  helmVersionProblem
};
