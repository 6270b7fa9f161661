import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  exec
} from "./chunk-IU7VDR4R.js";
import {
  parseCertificate,
  require_x509_cjs
} from "./chunk-UA7VOI7Z.js";
import {
  require_crypto
} from "./chunk-TC7UFU3S.js";
import {
  __toESM
} from "./chunk-J36IR65A.js";

// src/certs/generate.ts
var x509 = __toESM(require_x509_cjs(), 1);
var import_node_crypto = __toESM(require_crypto(), 1);
var ANCHOR_CN = "root.linkerd.cluster.local";
var ISSUER_CN = "identity.linkerd.cluster.local";
var EC_P256 = { name: "ECDSA", namedCurve: "P-256" };
var SIGN_ALG = { name: "ECDSA", hash: "SHA-256" };
var CLOCK_SKEW_MS = 1e4;
async function generateAnchor(opts) {
  const keys = await newKeyPair();
  const name = `CN=${opts.commonName ?? ANCHOR_CN}`;
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: name,
    issuer: name,
    ...window(opts),
    signingAlgorithm: SIGN_ALG,
    publicKey: keys.publicKey,
    signingKey: keys.privateKey,
    extensions: [
      new x509.BasicConstraintsExtension(true, 1, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(keys.publicKey)
    ]
  });
  return { cert: parseCertificate(cert.toString("pem")), keyPem: await sec1Pem(keys.privateKey), key: keys };
}
async function generateIssuer(opts) {
  const keys = await newKeyPair();
  const signingKey = await importSigningKey(opts.anchorKey);
  const anchorPublic = await new x509.X509Certificate(opts.anchor.pem).publicKey.export(SIGN_ALG_IMPORT, ["verify"]);
  const w = window(opts);
  if (w.notAfter > opts.anchor.notAfter) w.notAfter = opts.anchor.notAfter;
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: `CN=${opts.commonName ?? ISSUER_CN}`,
    issuer: new x509.X509Certificate(opts.anchor.pem).subjectName,
    ...w,
    signingAlgorithm: SIGN_ALG,
    publicKey: keys.publicKey,
    signingKey,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(anchorPublic)
    ]
  });
  return { cert: parseCertificate(cert.toString("pem")), keyPem: await sec1Pem(keys.privateKey) };
}
var SIGN_ALG_IMPORT = { name: "ECDSA", namedCurve: "P-256" };
async function newKeyPair() {
  return await import_node_crypto.webcrypto.subtle.generateKey(EC_P256, true, ["sign", "verify"]);
}
async function importSigningKey(key) {
  const details = key.asymmetricKeyDetails;
  if (key.asymmetricKeyType !== "ec" || details?.namedCurve !== "prime256v1") {
    throw new Error("the trust anchor key must be ECDSA P-256 to sign an issuer");
  }
  return import_node_crypto.webcrypto.subtle.importKey("pkcs8", key.export({ type: "pkcs8", format: "der" }), EC_P256, false, [
    "sign"
  ]);
}
async function sec1Pem(key) {
  return import_node_crypto.KeyObject.from(key).export({ type: "sec1", format: "pem" }).toString();
}
function window(opts) {
  const now = opts.now ?? /* @__PURE__ */ new Date();
  const nb = Math.floor((now.getTime() - CLOCK_SKEW_MS) / 1e3) * 1e3;
  const na = Math.floor((now.getTime() + opts.validityMs) / 1e3) * 1e3;
  return { notBefore: new Date(nb), notAfter: new Date(na) };
}
function randomSerial() {
  const b = (0, import_node_crypto.randomBytes)(16);
  b[0] = b[0] & 127 | 64;
  return b.toString("hex");
}
function bundlePem(certs) {
  return certs.map((c) => c.pem.trim()).join("\n") + "\n";
}

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
  /** A release in any state (pending and failed ones included), or undefined when there is none. */
  async status(namespace, release) {
    const args = ["list", "--namespace", namespace, "--all", "--filter", `^${escapeRegex(release)}$`, "--output", "json", ...kube(this.opts.kubeconfig)];
    const res = await exec(this.bin, args);
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
      await exec(this.bin, ["uninstall", release, "--namespace", namespace, ...wait]);
      return `release ${namespace}/${release} was left pending-install (revision ${r.revision}) by a run that did not finish: uninstalled it, installing again`;
    }
    const history = await exec(this.bin, ["history", release, "--namespace", namespace, "--output", "json", ...kube(this.opts.kubeconfig)]);
    const good = _Helm.lastGoodRevision(history.stdout);
    if (good === void 0) {
      await exec(this.bin, ["uninstall", release, "--namespace", namespace, ...wait]);
      return `release ${namespace}/${release} was left ${r.status} with no deployed revision to go back to: uninstalled it, installing again`;
    }
    await exec(this.bin, ["rollback", release, String(good), "--namespace", namespace, ...wait]);
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
  /**
   * `helm template`: the manifests a release would install, rendered locally (no cluster). `chart`
   * is a folder, or a chart name with `repo` and `version`. `kubeVersion` sets .Capabilities.
   */
  async template(o) {
    const res = await exec(this.bin, _Helm.templateArgs(o));
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

export {
  generateAnchor,
  generateIssuer,
  bundlePem,
  Helm,
  linkerdHelmRepo
};
