import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  acquireLease,
  holderIdentity,
  setTempDir,
  tempDir
} from "./chunk-GVVPLWTN.js";
import {
  CONFIG_CM,
  ISSUER_SECRET,
  PENDING_ANCHOR_SECRET,
  TRUST_ROOTS_CM,
  checkIdentity,
  daysLeft,
  errorList,
  fromBase64,
  listMeshedPods,
  oneLine,
  parseBundle,
  podsLacking,
  readIdentityState,
  rfc3339,
  toBase64
} from "./chunk-KZQW2P72.js";
import {
  bundlePem,
  certClock,
  generateAnchor,
  generateIssuer
} from "./chunk-Q3S7GP2E.js";
import {
  assertWritable,
  writeFilesAtomically
} from "./chunk-BU62BDGV.js";
import {
  githubIdToken
} from "./chunk-3I4BTNHB.js";
import {
  getOctokit
} from "./chunk-67WZVKMT.js";
import {
  Cluster
} from "./chunk-KNRVHQCN.js";
import "./chunk-X62AGHVA.js";
import {
  PemError,
  keyMatchesCert,
  parseCertificate,
  parsePrivateKey,
  signedBy,
  splitCertificates
} from "./chunk-ITZIBZIF.js";
import "./chunk-KH4FICE4.js";
import "./chunk-KXPCIG6P.js";
import "./chunk-ZMHKH2QP.js";
import {
  loadAnchorVault
} from "./chunk-CSIXSPU3.js";
import "./chunk-PPIGJDAK.js";
import {
  getInputs
} from "./chunk-2T7Q3AHL.js";
import {
  Helm
} from "./chunk-OYMQQ6BH.js";
import "./chunk-W2G57EYB.js";
import {
  linkerdHelmRepo
} from "./chunk-V55V5RA2.js";
import {
  escapeHtml
} from "./chunk-BB6DVLOI.js";
import "./chunk-BN3KMUHI.js";
import {
  actionsLogger,
  error,
  group,
  info,
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
import {
  maskSecret
} from "./chunk-ZE2P5GGQ.js";
import "./chunk-TC7UFU3S.js";
import {
  require_os
} from "./chunk-GGNHL6HF.js";
import {
  jsYaml
} from "./chunk-U5AVLZRE.js";
import {
  require_fs,
  require_path
} from "./chunk-LRYOYDRT.js";
import {
  ConfigurationError,
  getErrorMessage
} from "./chunk-HPEVLKEG.js";
import {
  __toESM
} from "./chunk-J36IR65A.js";

// src/actions/certs/main.ts
var import_node_fs2 = __toESM(require_fs(), 1);

// src/certs/describe.ts
function describe(role, c, now) {
  return {
    role,
    subject: c.subjectCN,
    serial: c.serial,
    notBefore: c.notBefore.toISOString(),
    notAfter: c.notAfter.toISOString(),
    daysLeft: daysLeft(c, now),
    keyAlgorithm: c.keyAlgorithm === "RSA" ? `RSA ${c.rsaBits}` : `${c.keyAlgorithm} ${c.curve ?? ""}`.trim(),
    signatureAlgorithm: c.signatureAlgorithm,
    fingerprintSha256: c.fingerprintSha256
  };
}
var ICON = { success: "\u2705", warning: "\u26A0\uFE0F", error: "\u274C" };
function checksTable(checks) {
  return [
    [
      { data: "", header: true },
      { data: "category", header: true },
      { data: "check", header: true },
      { data: "detail", header: true }
    ],
    ...checks.map((c) => [{ data: c.skipped ? "\u23ED\uFE0F" : ICON[c.result] }, { data: c.category }, { data: c.description }, { data: escapeHtml(oneLine(c)) }])
  ];
}
function certsTable(certs) {
  return [
    // five columns (the serial and key type are in the log and the report output): fits GitHub's PR column
    ["role", "subject", "not after", "days left", "SHA-256"].map((h) => ({ data: h, header: true })),
    ...certs.map((c) => [
      { data: c.role },
      { data: c.subject },
      { data: c.notAfter.slice(0, 10) },
      { data: String(c.daysLeft) },
      { data: `<code>${c.fingerprintSha256.slice(0, 12)}\u2026</code>` }
    ])
  ];
}

// src/actions/certs/report.ts
function runChecks(inputs, material, now, extra = []) {
  const report = checkIdentity(material, { version: inputs.linkerdVersion, now, minValidityMs: inputs.minValidityMs });
  report.checks.push(...extra);
  if (extra.some((c) => c.result === "error")) report.result = "error";
  else if (extra.some((c) => c.result === "warning") && report.result === "success") report.result = "warning";
  for (const c of report.checks) {
    const line = `${c.category} / ${c.description}`;
    if (c.skipped) info(`\u23ED ${line} (not run)`);
    else if (c.result === "success") info(`\u221A ${line}`);
    else if (c.result === "warning") warning(`${line}: ${c.error}`);
    else error(`${line}: ${c.error}`);
  }
  return report;
}
function setCertOutputs(anchor, issuer, certs, report) {
  const anchors = report.anchors.length > 0 ? report.anchors : [anchor];
  setOutput("trust-anchor", bundlePem(anchors));
  setOutput("issuer", issuer.pem);
  setOutput("anchor-not-after", anchor.notAfter.toISOString());
  setOutput("issuer-not-after", issuer.notAfter.toISOString());
  setOutput("anchor-fingerprint", anchor.fingerprintSha256);
  setOutput("issuer-fingerprint", issuer.fingerprintSha256);
  const anchorDays = Math.min(...certs.filter((c) => c.role === "trust-anchor").map((c) => c.daysLeft));
  setOutput("anchor-days-left", String(anchorDays));
  setOutput("issuer-days-left", String(certs.find((c) => c.role === "issuer")?.daysLeft ?? ""));
  setOutput("result", report.result);
  setOutput("report", JSON.stringify({ result: report.result, checks: report.checks, certificates: certs }));
}
async function writeSummary(mode, certs, report, extra) {
  const run = report.checks.filter((c) => !c.skipped);
  const passed = run.filter((c) => c.result === "success").length;
  const errors = run.filter((c) => c.result === "error").length;
  const warnings = run.filter((c) => c.result === "warning").length;
  const verdict = errors > 0 ? `\u274C meshci certs \u2014 ${mode}: ${errors} check${errors > 1 ? "s" : ""} failed` : warnings > 0 ? `\u26A0\uFE0F meshci certs \u2014 ${mode}: ${warnings} warning${warnings > 1 ? "s" : ""}` : `\u2705 meshci certs \u2014 ${mode}: all ${passed} checks passed`;
  const s = summary.addHeading(verdict, 2);
  if (certs.length) s.addTable(certsTable(certs));
  const notPassed = report.checks.filter((c) => c.skipped || c.result !== "success");
  if (notPassed.some((c) => !c.skipped)) s.addTable(checksTable(notPassed));
  s.addRaw(
    `<p>${passed} of ${run.length} checks passed${report.checks.length > run.length ? `, ${report.checks.length - run.length} not run` : ""} (Linkerd's identity rules, as <code>linkerd check</code> applies them).</p>`,
    true
  );
  extra?.(s);
  await s.write();
}
function failOnErrors(report) {
  const msg = errorList(report.checks, { withInput: true });
  if (msg) throw new ConfigurationError(msg);
}

// src/actions/certs/rotate.ts
var import_node_os2 = __toESM(require_os(), 1);

// src/linkerd/identity-apply.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_node_path = __toESM(require_path(), 1);
var import_node_os = __toESM(require_os(), 1);
function applierFor(cluster, state, opts) {
  const patch = new PatchApplier(cluster, state);
  if (!state.helm) return patch;
  return new HelmApplier(state, patch, opts);
}
var PatchApplier = class {
  constructor(cluster, state) {
    this.cluster = cluster;
    this.state = state;
  }
  cluster;
  state;
  how = "patching the resources Linkerd reads (no Helm release found)";
  async setBundle(pem) {
    const ns = this.state.namespace;
    if (this.state.externalCA) {
      throw new ConfigurationError(
        `the trust bundle in '${ns}' is managed outside Linkerd (identity.externalCA=true, e.g. by trust-manager): rotate the anchor there`
      );
    }
    if (!this.state.legacyConfig) {
      await this.cluster.mergePatch({ apiVersion: "v1", kind: "ConfigMap", namespace: ns, name: TRUST_ROOTS_CM }, { data: { "ca-bundle.crt": pem } });
    } else {
      const dep = await this.cluster.mustGet({ apiVersion: "apps/v1", kind: "Deployment", namespace: ns, name: "linkerd-identity" });
      const spec = dep["spec"];
      const containers = structuredClone(spec?.template?.spec?.containers ?? []);
      for (const c of containers) {
        for (const e of c.env ?? []) {
          if (e.name === "LINKERD2_IDENTITY_TRUST_ANCHORS") e.value = String(e.value ?? "").includes("-----BEGIN") ? pem : toBase64(pem);
        }
      }
      await this.cluster.mergePatch(
        { apiVersion: "apps/v1", kind: "Deployment", namespace: ns, name: "linkerd-identity" },
        { spec: { template: { spec: { containers } } } }
      );
    }
    const values = { ...this.state.values, identityTrustAnchorsPEM: pem };
    await this.cluster.mergePatch(
      { apiVersion: "v1", kind: "ConfigMap", namespace: ns, name: CONFIG_CM },
      { data: { values: jsYaml.dump(values, { lineWidth: -1 }) } }
    );
    this.state.values = values;
    if (this.state.scheme === "kubernetes.io/tls") {
      await this.cluster.mergePatch({ apiVersion: "v1", kind: "Secret", namespace: ns, name: ISSUER_SECRET }, { data: { "ca.crt": toBase64(pem) } });
    }
  }
  async setIssuer(crtPem, keyPem, cert) {
    const ns = this.state.namespace;
    const data = this.state.scheme === "kubernetes.io/tls" ? { "tls.crt": toBase64(crtPem), "tls.key": toBase64(keyPem) } : { "crt.pem": toBase64(crtPem), "key.pem": toBase64(keyPem) };
    const metadata = this.state.legacyConfig ? { annotations: { "linkerd.io/identity-issuer-expiry": rfc3339(cert.notAfter) } } : void 0;
    await this.cluster.mergePatch({ apiVersion: "v1", kind: "Secret", namespace: ns, name: ISSUER_SECRET }, { data, ...metadata ? { metadata } : {} });
  }
};
var HelmApplier = class {
  constructor(state, patch, opts) {
    this.state = state;
    this.patch = patch;
    this.opts = opts;
    this.how = `helm upgrade --reuse-values of release ${state.helm.release} (so a later helm upgrade keeps the rotation)`;
    this.helm = new Helm({ kubeconfig: opts.kubeconfig, log: opts.log });
  }
  state;
  patch;
  opts;
  how;
  helm;
  async setBundle(pem) {
    if (this.state.externalCA) return this.patch.setBundle(pem);
    await this.upgrade({ identityTrustAnchorsPEM: pem }, {});
  }
  async setIssuer(crtPem, keyPem, cert) {
    if (this.state.scheme === "kubernetes.io/tls") return this.patch.setIssuer(crtPem, keyPem, cert);
    const set = this.state.legacyConfig ? { "identity.issuer.crtExpiry": rfc3339(cert.notAfter) } : {};
    await this.upgrade({ "identity.issuer.tls.crtPEM": crtPem, "identity.issuer.tls.keyPEM": keyPem }, set);
  }
  async upgrade(files, set) {
    const { release, namespace } = this.state.helm;
    const rel = await this.helm.list(namespace, release);
    if (!rel)
      throw new ConfigurationError(`Helm release '${release}' not found in namespace '${namespace}' (helm list); is helm pointed at the right cluster?`);
    const chart = Helm.splitChart(rel.chart);
    const root = this.opts.tempRoot ?? (0, import_node_os.tmpdir)();
    (0, import_node_fs.mkdirSync)(root, { recursive: true });
    const dir = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)(root, "meshci-certs-"));
    this.opts.onTempDir?.(dir);
    try {
      const setFile = {};
      let i = 0;
      for (const [k, v] of Object.entries(files)) {
        const p = (0, import_node_path.join)(dir, `value-${i++}.pem`);
        (0, import_node_fs.writeFileSync)(p, v, { mode: 384 });
        setFile[k] = p;
      }
      this.opts.log.info(`helm upgrade ${release} ${chart.name} ${chart.version} --reuse-values (${Object.keys(files).join(", ")} from 0600 files)`);
      await this.helm.upgrade({
        release,
        namespace,
        chart: chart.name,
        version: chart.version,
        repo: this.opts.helmRepo ?? linkerdHelmRepo(rel.app_version),
        setFile,
        set,
        timeoutMs: this.opts.timeoutMs
      });
    } finally {
      (0, import_node_fs.rmSync)(dir, { recursive: true, force: true });
    }
  }
};

// src/linkerd/rotation.ts
var Rotation = class {
  phase = "none";
  changed = false;
  steps = [];
  ctx;
  constructor(opts, env, current) {
    this.ctx = { ...env, opts, anchors: current.anchors, issuer: current.issuer, steps: this.steps, rotation: void 0 };
  }
  async run() {
    const ctx = this.ctx;
    if (ctx.opts.mode === "rotate-issuer") {
      this.changed = await rotateIssuer(ctx);
      return;
    }
    ctx.rotation = await readRotationState(ctx);
    const phase = await choosePhase(ctx);
    this.phase = phase;
    ctx.log.info(`rotate-anchor phase: ${phase}${ctx.opts.phase === "auto" ? " (detected)" : ""}`);
    const step = phase === "bundle" ? phaseBundle : phase === "issuer" ? phaseIssuer : phaseFinalize;
    this.changed = await step(ctx);
    if (this.changed || ctx.rotation?.phase === phase) await markPhase(ctx, phase, "done");
  }
};
var MIN_EVENT_WAIT_MS = 1e3;
var MAX_EVENT_WAIT_MS = 18e4;
var ROTATION_STATE = "meshci-rotation-state";
var ROTATION_LEASE = "meshci-rotation";
async function readRotationState(ctx) {
  const cm = await ctx.cluster.get({
    apiVersion: "v1",
    kind: "ConfigMap",
    namespace: ctx.state.namespace,
    name: ROTATION_STATE
  });
  const phase = cm?.data?.["phase"];
  const status = cm?.data?.["status"];
  const updated = cm?.data?.["updated"];
  if ((phase === "bundle" || phase === "issuer" || phase === "finalize") && (status === "started" || status === "done"))
    return { phase, status, ...updated ? { updated } : {} };
  return void 0;
}
async function markPhase(ctx, phase, status) {
  await ctx.cluster.apply({
    apiVersion: "v1",
    kind: "ConfigMap",
    metadata: { name: ROTATION_STATE, namespace: ctx.state.namespace, labels: { "app.kubernetes.io/managed-by": "meshci" } },
    data: { phase, status, updated: (/* @__PURE__ */ new Date()).toISOString() }
  });
}
async function choosePhase(ctx) {
  if (ctx.opts.phase !== "auto") return ctx.opts.phase;
  if (ctx.rotation?.status === "started") {
    ctx.log.info(`resuming phase '${ctx.rotation.phase}', which did not finish (${ROTATION_STATE})`);
    return ctx.rotation.phase;
  }
  if (ctx.anchors.length < 2) return "bundle";
  const fresh = await newAnchor(ctx, { needKey: false });
  return signedBy(ctx.issuer, fresh.cert) ? "finalize" : "issuer";
}
async function phaseBundle(ctx) {
  if (ctx.anchors.length > 1 && ctx.rotation?.phase === "bundle" && ctx.rotation.status === "started") {
    const fresh = await newAnchor(ctx, { needKey: false });
    ctx.steps.push(`resumed phase bundle: the bundle already holds the new anchor (serial ${fresh.cert.serial})`);
    await restartControlPlane(ctx);
    await rollMeshedWorkloads(ctx, fresh.cert, { required: true });
    return true;
  }
  if (ctx.anchors.length > 1) {
    throw new ConfigurationError(
      `a trust-anchor rotation is already under way: the bundle holds ${ctx.anchors.length} anchors. Run phase 'issuer' or 'finalize' (or 'auto')`
    );
  }
  const {
    cert: anchor,
    keyPem,
    generated
  } = await ctx.log.group("Prepare the new trust anchor", async () => {
    if (ctx.opts.trustAnchor && ctx.opts.trustAnchorKey) {
      const cert = parseCertificate(splitCertificates(ctx.opts.trustAnchor.text)[0]);
      if (!keyMatchesCert(cert, parsePrivateKey(ctx.opts.trustAnchorKey.text))) {
        throw new ConfigurationError(`${ctx.opts.trustAnchorKey.source} does not belong to the certificate in ${ctx.opts.trustAnchor.source}`);
      }
      return { cert, keyPem: ctx.opts.trustAnchorKey.text, generated: false };
    }
    const a = await generateAnchor({ validityMs: ctx.opts.anchorValidityMs });
    ctx.mask(a.keyPem);
    ctx.log.info(`generated trust anchor serial ${a.cert.serial}, valid until ${a.cert.notAfter.toISOString()}`);
    return { cert: a.cert, keyPem: a.keyPem, generated: true };
  });
  if (ctx.anchors.some((a) => a.fingerprintSha256 === anchor.fingerprintSha256)) {
    throw new ConfigurationError(`${ctx.opts.trustAnchor?.source ?? "the new anchor"} is already the cluster's trust anchor`);
  }
  const bundle = [anchor, ...ctx.anchors];
  validate(ctx, bundle, ctx.issuer, "the new bundle (new + current anchors) with the current issuer");
  const pending = await ctx.cluster.get({
    apiVersion: "v1",
    kind: "Secret",
    namespace: ctx.state.namespace,
    name: PENDING_ANCHOR_SECRET
  });
  if (generated && !ctx.vault && pending?.data?.["tls.crt"]) {
    const held = parseCertificate(fromBase64(pending.data["tls.crt"]));
    if (ctx.anchors.some((a) => a.fingerprintSha256 === held.fingerprintSha256)) {
      throw new ConfigurationError(
        `nothing was changed: Secret ${ctx.state.namespace}/${PENDING_ANCHOR_SECRET} holds the key of an anchor in the bundle (serial ${held.serial}), left by a rotation that did not finish: run rotate-anchor phase finalize to finish it (or save and delete that Secret) before a new rotation`
      );
    }
  }
  await markPhase(ctx, "bundle", "started");
  if (ctx.opts.outputDir) {
    const files = [{ name: "ca-new.crt", content: anchor.pem, mode: 420 }];
    if (generated) files.push({ name: "ca-new.key", content: keyPem, mode: 384 });
    writeFilesAtomically(ctx.opts.outputDir, files, { overwrite: ctx.opts.overwrite, input: "output-dir" });
  }
  if (generated && ctx.vault) {
    await ctx.vault.put("next", anchor, keyPem);
    ctx.steps.push(`kept the new anchor in ${ctx.vault.describe("next")} for the next phases`);
  } else if (generated) {
    await ctx.cluster.apply({
      apiVersion: "v1",
      kind: "Secret",
      type: "kubernetes.io/tls",
      metadata: {
        name: PENDING_ANCHOR_SECRET,
        namespace: ctx.state.namespace,
        labels: { "app.kubernetes.io/managed-by": "meshci" },
        annotations: { "meshci.io/purpose": "trust anchor of a rotation in progress; deleted when rotate-anchor finalizes" }
      },
      data: { "tls.crt": toBase64(anchor.pem), "tls.key": toBase64(keyPem) }
    });
    ctx.steps.push(`kept the new anchor's key in Secret ${ctx.state.namespace}/${PENDING_ANCHOR_SECRET} for the next phases`);
  }
  await ctx.log.group("Deploy the bundle (new + current anchors)", async () => {
    await ctx.applier.setBundle(bundlePem(bundle));
    ctx.steps.push(`trust bundle set to ${bundle.length} anchors (new serial ${anchor.serial} first)`);
  });
  await restartControlPlane(ctx);
  await rollMeshedWorkloads(ctx, anchor, { required: true });
  return true;
}
async function phaseIssuer(ctx) {
  if (ctx.anchors.length < 2) {
    throw new ConfigurationError("phase 'issuer' needs a bundle with the new and the old anchor; run phase 'bundle' first");
  }
  const fresh = await newAnchor(ctx, { needKey: true });
  if (signedBy(ctx.issuer, fresh.cert)) {
    if (ctx.rotation?.phase === "issuer" && ctx.rotation.status === "started") {
      ctx.steps.push(`resumed phase issuer: the issuer is already signed by the new anchor (serial ${fresh.cert.serial})`);
      await confirmIssuer(ctx);
      if (ctx.opts.restartWorkloads) await rollMeshedWorkloads(ctx, fresh.cert, { required: false });
      return true;
    }
    ctx.log.info("the issuer is already signed by the new anchor; nothing to do in this phase");
    return false;
  }
  await markPhase(ctx, "issuer", "started");
  await rollMeshedWorkloads(ctx, fresh.cert, { required: true, onlyLacking: true });
  const issuer = await generateIssuer({ validityMs: ctx.opts.issuerValidityMs, anchor: fresh.cert, anchorKey: parsePrivateKey(fresh.keyPem) });
  ctx.mask(issuer.keyPem);
  validate(ctx, ctx.anchors, issuer.cert, "the new issuer against the bundle", issuer.keyPem);
  await applyIssuer(ctx, issuer.cert, issuer.keyPem);
  if (ctx.opts.restartWorkloads) await rollMeshedWorkloads(ctx, fresh.cert, { required: false });
  return true;
}
async function phaseFinalize(ctx) {
  if (ctx.anchors.length < 2 && ctx.rotation?.phase === "finalize" && ctx.rotation.status === "started") {
    const only = ctx.anchors[0];
    ctx.steps.push(`resumed phase finalize: the bundle already holds the new anchor only (serial ${only.serial})`);
    await restartControlPlane(ctx);
    await rollMeshedWorkloads(ctx, only, { required: false });
    await finishCleanup(ctx, only);
    return true;
  }
  if (ctx.anchors.length < 2) {
    ctx.log.info("the bundle holds one anchor: nothing to finalize");
    return false;
  }
  const fresh = await newAnchor(ctx, { needKey: false });
  if (!signedBy(ctx.issuer, fresh.cert)) {
    throw new ConfigurationError(`refusing to finalize: the issuer is still signed by an old anchor (${ctx.issuer.issuerCN}); run phase 'issuer' first`);
  }
  const pods = await listMeshedPods(ctx.cluster, ctx.state.namespace);
  const lacking = podsLacking(pods, fresh.cert, ctx.state.namespace);
  if (lacking.length > 0) {
    throw new ConfigurationError(
      `refusing to finalize: ${lacking.length} meshed pod(s) still lack the new trust anchor (serial ${fresh.cert.serial}) and would lose mTLS: ` + lacking.map((p) => `${p.namespace}/${p.name}`).join(", ") + ". Restart them (or run phase issuer again), then finalize"
    );
  }
  validate(ctx, [fresh.cert], ctx.issuer, "the final bundle (new anchor only) with the current issuer");
  await markPhase(ctx, "finalize", "started");
  await ctx.log.group("Remove the old anchors from the bundle", async () => {
    await ctx.applier.setBundle(bundlePem([fresh.cert]));
    ctx.steps.push(`trust bundle set to the new anchor only (serial ${fresh.cert.serial})`);
  });
  await restartControlPlane(ctx);
  await rollMeshedWorkloads(ctx, fresh.cert, { required: false });
  await finishCleanup(ctx, fresh.cert);
  return true;
}
async function finishCleanup(ctx, anchor) {
  if (await ctx.cluster.delete({ apiVersion: "v1", kind: "Secret", namespace: ctx.state.namespace, name: PENDING_ANCHOR_SECRET })) {
    ctx.steps.push(`deleted Secret ${ctx.state.namespace}/${PENDING_ANCHOR_SECRET}`);
    ctx.log.warning(
      `Secret ${ctx.state.namespace}/${PENDING_ANCHOR_SECRET} held the only copy meshci kept of the new anchor's key (serial ${anchor.serial}); it is deleted now. Later issuer rotations need that key: keep ca-new.key from output-dir, or use key-vault-url`
    );
  }
  if (ctx.vault) {
    const next = await ctx.vault.get("next");
    if (next && next.cert.fingerprintSha256 === anchor.fingerprintSha256) {
      await ctx.vault.put("current", next.cert, next.keyPem);
      await ctx.vault.remove("next");
      ctx.steps.push(`${ctx.vault.describe("current")} now holds the new anchor; '${ctx.vault.secretName("next")}' deleted`);
    }
  }
}
async function rotateIssuer(ctx) {
  let cert;
  let keyPem;
  if (ctx.opts.issuer && ctx.opts.issuerKey) {
    cert = parseCertificate(splitCertificates(ctx.opts.issuer.text)[0]);
    keyPem = ctx.opts.issuerKey.text;
  } else {
    const signer2 = await newAnchor(ctx, { needKey: true, forIssuerRotation: true });
    const made = await generateIssuer({ validityMs: ctx.opts.issuerValidityMs, anchor: signer2.cert, anchorKey: parsePrivateKey(signer2.keyPem) });
    ctx.mask(made.keyPem);
    cert = made.cert;
    keyPem = made.keyPem;
  }
  validate(ctx, ctx.anchors, cert, "the new issuer against the cluster bundle", keyPem);
  const signer = ctx.anchors.find((a) => signedBy(cert, a));
  if (signer) {
    const lacking = podsLacking(await listMeshedPods(ctx.cluster, ctx.state.namespace), signer, ctx.state.namespace);
    if (lacking.length > 0) {
      throw new ConfigurationError(
        `nothing was changed: the new issuer is signed by the anchor with serial ${signer.serial}, which ${lacking.length} meshed pod(s) do not trust yet (` + lacking.map((p) => `${p.namespace}/${p.name}`).join(", ") + "): restart them (rotate-anchor phase 'bundle' does) first"
      );
    }
  }
  await applyIssuer(ctx, cert, keyPem);
  if (ctx.opts.restartWorkloads) await rollMeshedWorkloads(ctx, void 0, { required: false });
  return true;
}
function validate(ctx, anchors, issuer, what, keyPem) {
  const report = checkIdentity(
    {
      anchors: { text: bundlePem(anchors), source: "new bundle" },
      issuer: { text: issuer.pem, source: "new issuer" },
      issuerKey: keyPem ? { text: keyPem, source: "new issuer key" } : void 0
    },
    { version: ctx.opts.linkerdVersion, now: /* @__PURE__ */ new Date(), minValidityMs: 0 }
  );
  const errors = errorList(report.checks);
  if (errors) throw new ConfigurationError(`nothing was changed: ${what} would fail Linkerd's checks: ${errors}`);
}
async function applyIssuer(ctx, cert, keyPem) {
  await ctx.log.group("Deploy the new issuer and confirm the identity controller loaded it", async () => {
    const ns = ctx.state.namespace;
    const { resourceVersion } = await ctx.cluster.listWithVersion("v1", "Event", { namespace: ns, fieldSelector: "involvedObject.name=linkerd-identity" });
    const previous = { crt: ctx.state.issuerPem, key: ctx.state.issuerKeyPem, cert: ctx.issuer };
    await ctx.applier.setIssuer(cert.pem, keyPem, cert);
    ctx.steps.push(`issuer replaced (serial ${cert.serial}, valid until ${cert.notAfter.toISOString()})`);
    const wait = Math.min(MAX_EVENT_WAIT_MS, Math.max(MIN_EVENT_WAIT_MS, Math.floor(ctx.opts.timeoutMs / 2)));
    const t0 = Date.now();
    const outcome = await ctx.cluster.watch(
      { apiVersion: "v1", kind: "Event" },
      { namespace: ns, fieldSelector: "involvedObject.name=linkerd-identity", resourceVersion, timeoutMs: wait },
      (ev) => {
        const reason = String(ev.object["reason"] ?? "");
        if (ev.type !== "DELETED" && (reason === "IssuerUpdated" || reason === "IssuerUpdateSkipped"))
          return { reason, message: String(ev.object["message"] ?? "") };
        return void 0;
      }
    );
    if (outcome?.reason === "IssuerUpdated") {
      ctx.log.info(`identity controller: IssuerUpdated after ${formatDuration(Date.now() - t0)}`);
      ctx.steps.push("confirmed by the IssuerUpdated event");
      return;
    }
    if (outcome?.reason === "IssuerUpdateSkipped") {
      await ctx.applier.setIssuer(previous.crt, previous.key, previous.cert);
      throw new Error(`the identity controller refused the new issuer (IssuerUpdateSkipped: ${outcome.message}); the previous issuer was restored`);
    }
    ctx.log.warning(`no IssuerUpdated event within ${formatDuration(wait)} (linkerd2#15109): restarting deploy/linkerd-identity so it loads the new issuer`);
    await ctx.cluster.rolloutRestart("Deployment", ns, "linkerd-identity");
    await ctx.cluster.waitRollout("Deployment", ns, "linkerd-identity", ctx.opts.timeoutMs);
    ctx.steps.push("no IssuerUpdated event came: restarted deploy/linkerd-identity, which loads the issuer at start-up");
  });
}
async function confirmIssuer(ctx) {
  await ctx.log.group("Confirm the identity controller loaded the new issuer", async () => {
    const ns = ctx.state.namespace;
    const since = Date.parse(ctx.rotation?.updated ?? "") || 0;
    const events = await ctx.cluster.list("v1", "Event", { namespace: ns, fieldSelector: "involvedObject.name=linkerd-identity" });
    const seen = events.find(
      (e) => e["reason"] === "IssuerUpdated" && Date.parse(String(e["lastTimestamp"] ?? e["eventTime"] ?? e.metadata?.creationTimestamp ?? "")) >= since
    );
    if (seen) {
      ctx.log.info("identity controller: IssuerUpdated (before this run resumed the phase)");
      ctx.steps.push("confirmed by the IssuerUpdated event");
      return;
    }
    ctx.log.info("no IssuerUpdated event since the phase started: restarting deploy/linkerd-identity so it loads the new issuer");
    await ctx.cluster.rolloutRestart("Deployment", ns, "linkerd-identity");
    await ctx.cluster.waitRollout("Deployment", ns, "linkerd-identity", ctx.opts.timeoutMs);
    ctx.steps.push("restarted deploy/linkerd-identity, which loads the issuer at start-up");
  });
}
async function restartControlPlane(ctx) {
  await ctx.log.group("Restart the control plane (it reads the trust bundle at start-up)", async () => {
    const ns = ctx.state.namespace;
    const deps = await ctx.cluster.list("apps/v1", "Deployment", { namespace: ns });
    const at = /* @__PURE__ */ new Date();
    for (const d of deps) await ctx.cluster.rolloutRestart("Deployment", ns, d.metadata.name, at);
    await Promise.all(deps.map((d) => ctx.cluster.waitRollout("Deployment", ns, d.metadata.name, ctx.opts.timeoutMs)));
    ctx.steps.push(`restarted ${deps.length} control-plane deployment(s) in ${ns}`);
  });
}
async function rollMeshedWorkloads(ctx, anchor, opts) {
  const cpNs = ctx.state.namespace;
  let pods = await listMeshedPods(ctx.cluster, cpNs);
  const targets = opts.onlyLacking && anchor ? podsLacking(pods, anchor, cpNs) : pods.filter((p) => p.namespace !== cpNs);
  if (targets.length === 0) return;
  if (!ctx.opts.restartWorkloads) {
    if (opts.required && anchor && podsLacking(pods, anchor, cpNs).length > 0) {
      throw new ConfigurationError(
        `'restart-workloads' is false but ${podsLacking(pods, anchor, cpNs).length} meshed pod(s) lack the new anchor; restart them yourself and run again`
      );
    }
    return;
  }
  await ctx.log.group("Restart meshed workloads", async () => {
    const workloads = /* @__PURE__ */ new Map();
    for (const p of targets) if (p.workload) workloads.set(`${p.namespace}/${p.workload.kind}/${p.workload.name}`, { ...p.workload, namespace: p.namespace });
    const at = /* @__PURE__ */ new Date();
    for (const w of workloads.values()) await ctx.cluster.rolloutRestart(w.kind, w.namespace, w.name, at);
    await Promise.all([...workloads.values()].map((w) => ctx.cluster.waitRollout(w.kind, w.namespace, w.name, ctx.opts.timeoutMs)));
    ctx.steps.push(`restarted ${workloads.size} meshed workload(s): ${[...workloads.keys()].join(", ")}`);
    const bare = targets.filter((p) => !p.workload);
    if (bare.length)
      ctx.log.warning(
        `meshed pods without a Deployment/StatefulSet/DaemonSet cannot be restarted by meshci: ${bare.map((p) => `${p.namespace}/${p.name}`).join(", ")}`
      );
  });
  if (!anchor) return;
  pods = await listMeshedPods(ctx.cluster, cpNs);
  const lacking = podsLacking(pods, anchor, cpNs);
  if (lacking.length === 0) {
    ctx.steps.push(`every meshed pod carries the new anchor (serial ${anchor.serial})`);
    return;
  }
  const msg = `${lacking.length} meshed pod(s) still lack the new trust anchor: ${lacking.map((p) => `${p.namespace}/${p.name}`).join(", ")}`;
  if (opts.required) throw new Error(`${msg}; restart them and run this phase again`);
  ctx.log.warning(msg);
}
async function newAnchor(ctx, opts) {
  const inBundle = (c) => ctx.anchors.some((a) => a.fingerprintSha256 === c.fingerprintSha256);
  if (ctx.opts.trustAnchor) {
    const cert = parseCertificate(splitCertificates(ctx.opts.trustAnchor.text)[0]);
    if (!inBundle(cert)) throw new ConfigurationError(`${ctx.opts.trustAnchor.source} (serial ${cert.serial}) is not in the cluster's trust bundle`);
    if (opts.needKey && !ctx.opts.trustAnchorKey) throw new ConfigurationError("input 'trust-anchor-key' is needed to sign a new issuer");
    if (ctx.opts.trustAnchorKey && !keyMatchesCert(cert, parsePrivateKey(ctx.opts.trustAnchorKey.text))) {
      throw new ConfigurationError(`${ctx.opts.trustAnchorKey.source} does not belong to the certificate in ${ctx.opts.trustAnchor.source}`);
    }
    return { cert, keyPem: ctx.opts.trustAnchorKey?.text };
  }
  if (ctx.vault) {
    for (const slot of opts.forIssuerRotation ? ["next", "current"] : ["next"]) {
      const kept = await ctx.vault.get(slot);
      if (kept && inBundle(kept.cert)) return kept;
    }
  }
  const pending = await ctx.cluster.get({
    apiVersion: "v1",
    kind: "Secret",
    namespace: ctx.state.namespace,
    name: PENDING_ANCHOR_SECRET
  });
  if (pending?.data?.["tls.crt"] && pending.data["tls.key"]) {
    const keyPem = fromBase64(pending.data["tls.key"]);
    ctx.mask(keyPem);
    const cert = parseCertificate(fromBase64(pending.data["tls.crt"]));
    if (inBundle(cert)) return { cert, keyPem };
  }
  if (opts.needKey) {
    throw new ConfigurationError(
      opts.forIssuerRotation ? "rotate-issuer needs either 'issuer' + 'issuer-key', or the trust anchor that signs the new issuer ('trust-anchor' + 'trust-anchor-key'): Linkerd does not keep the anchor key in the cluster" : `the new anchor's key is needed to sign the new issuer: pass 'trust-anchor' + 'trust-anchor-key' (Secret ${ctx.state.namespace}/${PENDING_ANCHOR_SECRET} is absent)`
    );
  }
  return { cert: ctx.anchors[0] };
}

// src/actions/certs/rotate.ts
async function readClusterIdentity(inputs) {
  const cluster = Cluster.connect({ kubeconfig: inputs.kubeconfig, input: "kubeconfig", log: actionsLogger });
  await cluster.serverVersion();
  const st = await readIdentityState(cluster, inputs.namespace);
  info(`trust bundle from ${st.bundleSource}; issuer from ${st.issuerSource}${st.helm ? `; Helm release ${st.helm.release}` : ""}`);
  const extra = [];
  let anchors;
  try {
    anchors = parseBundle(st.bundlePem);
  } catch {
  }
  if (anchors) {
    const pods = await listMeshedPods(cluster, inputs.namespace).catch((e) => e);
    extra.push(
      pods instanceof Error ? {
        category: "linkerd-identity-data-plane",
        description: "data plane proxies certificate match CA",
        result: "error",
        error: `cannot tell which pods trust which anchor: ${pods.message}`
      } : dataPlaneCheck(pods, anchors, inputs.namespace)
    );
  }
  return {
    material: {
      anchors: { text: st.bundlePem, source: st.bundleSource },
      issuer: { text: st.issuerPem, source: st.issuerSource },
      issuerKey: { text: st.issuerKeyPem, source: `Secret ${inputs.namespace}/linkerd-identity-issuer key` }
    },
    extra
  };
}
function dataPlaneCheck(pods, anchors, cpNs) {
  const want = new Set(anchors.map((a) => a.fingerprintSha256));
  const stale = pods.filter(
    (p) => p.namespace !== cpNs && !p.byReference && !(p.anchors && p.anchors.length === want.size && p.anchors.every((a) => want.has(a.fingerprintSha256)))
  );
  const entry = { category: "linkerd-identity-data-plane", description: "data plane proxies certificate match CA", result: "success" };
  if (stale.length === 0) return entry;
  return {
    ...entry,
    result: "warning",
    hint: "https://linkerd.io/2/checks/#l5d-identity-data-plane-proxies-certs-match-ca",
    error: `Some pods do not have the current trust bundle and must be restarted:
${stale.map((p) => `	* ${p.namespace}/${p.name}`).join("\n")}`
  };
}
async function rotate(inputs) {
  const cluster = Cluster.connect({ kubeconfig: inputs.kubeconfig, input: "kubeconfig", log: actionsLogger });
  await cluster.serverVersion();
  const lease = await group(
    "Take the rotation lock",
    () => acquireLease(cluster, {
      namespace: inputs.namespace,
      name: ROTATION_LEASE,
      holder: holderIdentity(process.env, (0, import_node_os2.hostname)()),
      what: "meshci certs rotation",
      log: actionsLogger
    })
  );
  try {
    await rotateLocked(inputs, cluster);
  } finally {
    await lease.release();
  }
}
async function rotateLocked(inputs, cluster) {
  const now = certClock();
  const st = await group("Read identity from the cluster", async () => {
    const s = await readIdentityState(cluster, inputs.namespace);
    info(`trust bundle: ${s.bundleSource}`);
    info(`issuer: ${s.issuerSource} (scheme ${s.scheme})`);
    return s;
  });
  const before = await group(
    "Check the current identity",
    async () => runChecks(inputs, { anchors: { text: st.bundlePem, source: st.bundleSource }, issuer: { text: st.issuerPem, source: st.issuerSource } }, now)
  );
  if (before.anchors.length === 0 || !before.issuer) failOnErrors(before);
  const expired = before.anchors.filter((a) => a.notAfter.getTime() < now.getTime());
  if (expired.length === before.anchors.length) {
    throw new ConfigurationError(
      "every trust anchor in the cluster has expired: rotation cannot be zero-downtime. Replace anchor and issuer together (linkerd upgrade --identity-trust-anchors-file \u2026 --identity-issuer-certificate-file \u2026 --force) and restart all meshed workloads (https://linkerd.io/2.14/tasks/replacing_expired_certificates/)"
    );
  }
  const applier = applierFor(cluster, st, {
    kubeconfig: inputs.kubeconfig,
    helmRepo: inputs.helmRepo,
    tempRoot: process.env["RUNNER_TEMP"],
    timeoutMs: inputs.timeoutMs,
    log: actionsLogger,
    onTempDir: (d) => setTempDir(d)
  });
  info(`changes go through ${applier.how}`);
  const vault = inputs.keyVault ? await loadAnchorVault(inputs.keyVault.url, inputs.keyVault.secret, githubIdToken) : void 0;
  const rotation = new Rotation(
    { ...inputs, mode: inputs.mode === "rotate-issuer" ? "rotate-issuer" : "rotate-anchor" },
    { cluster, state: st, applier, vault, log: actionsLogger, mask: maskSecret, now },
    { anchors: before.anchors, issuer: before.issuer }
  );
  try {
    await rotation.run();
  } finally {
    setOutput("rotated", String(rotation.changed));
    if (inputs.mode === "rotate-anchor") setOutput("phase", rotation.phase);
  }
  const after = await readIdentityState(cluster, inputs.namespace);
  const pods = await listMeshedPods(cluster, inputs.namespace);
  const extra = [dataPlaneCheck(pods, parseBundle(after.bundlePem), inputs.namespace)];
  const report = await group(
    "Check the identity after the change",
    async () => runChecks(
      inputs,
      { anchors: { text: after.bundlePem, source: after.bundleSource }, issuer: { text: after.issuerPem, source: after.issuerSource } },
      /* @__PURE__ */ new Date(),
      extra
    )
  );
  const certs = [
    ...report.anchors.map((a) => describe("trust-anchor", a, now)),
    ...report.issuer ? [describe("issuer", report.issuer, now)] : []
  ];
  if (report.issuer && report.anchors[0]) setCertOutputs(report.anchors[0], report.issuer, certs, report);
  await writeSummary(inputs.mode === "rotate-issuer" ? "rotate-issuer" : `rotate-anchor (${rotation.phase})`, certs, report, (s) => {
    s.addHeading("What was done", 3).addList(rotation.steps.length ? rotation.steps : ["nothing: the cluster was already in the requested state"]);
  });
  failOnErrors(report);
}

// src/actions/certs/expiry-issue.ts
var GUARD_LABEL = "meshci-cert-guard";
async function syncExpiryIssue(inputs, report, certs) {
  const repo = process.env["GITHUB_REPOSITORY"] ?? "";
  const [owner, name] = repo.split("/");
  if (!owner || !name) throw new ConfigurationError("Input 'open-issue' needs GITHUB_REPOSITORY (owner/repo) to know where to file the issue");
  const octokit = getOctokit(inputs.githubToken);
  const scope = inputs.trustAnchor ? "files" : `cluster/${inputs.namespace}`;
  const marker = `<!-- meshci:certs-expiry-guard:${scope} -->`;
  const open = await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo: name, state: "open", labels: GUARD_LABEL, per_page: 100 });
  const existing = open.find((i) => !i.pull_request && (i.body ?? "").includes(marker));
  const healthy = report.result === "success";
  if (healthy) {
    if (!existing) {
      info("certificates are healthy; no open expiry-guard issue");
      return void 0;
    }
    await octokit.rest.issues.createComment({
      owner,
      repo: name,
      issue_number: existing.number,
      body: `All identity checks pass again (${(/* @__PURE__ */ new Date()).toISOString()}). Closing.

${table(certs)}`
    });
    await octokit.rest.issues.update({ owner, repo: name, issue_number: existing.number, state: "closed", state_reason: "completed" });
    info(`closed expiry-guard issue #${existing.number}`);
    setOutput("issue", String(existing.number));
    return existing.number;
  }
  const body = render(marker, report, certs);
  if (existing) {
    await octokit.rest.issues.update({ owner, repo: name, issue_number: existing.number, title: inputs.issueTitle, body });
    info(`updated expiry-guard issue #${existing.number}`);
    setOutput("issue", String(existing.number));
    return existing.number;
  }
  const created = await octokit.rest.issues.create({ owner, repo: name, title: inputs.issueTitle, body, labels: [GUARD_LABEL] });
  info(`opened expiry-guard issue #${created.data.number}`);
  setOutput("issue", String(created.data.number));
  return created.data.number;
}
function render(marker, report, certs) {
  const problems = report.checks.filter((c) => c.result !== "success" && !c.skipped);
  const run = process.env["GITHUB_SERVER_URL"] && process.env["GITHUB_RUN_ID"] ? `${process.env["GITHUB_SERVER_URL"]}/${process.env["GITHUB_REPOSITORY"]}/actions/runs/${process.env["GITHUB_RUN_ID"]}` : void 0;
  return [
    marker,
    `Linkerd identity certificates need attention (checked ${(/* @__PURE__ */ new Date()).toISOString()}${run ? `, [run](${run})` : ""}).`,
    "",
    "| result | check | detail |",
    "|---|---|---|",
    ...problems.map((c) => `| ${c.result} | ${c.description} | ${oneLine(c).replace(/\|/g, "\\|")} |`),
    "",
    table(certs),
    "",
    "Rotate with `meshci/meshci/certs@v1` (`mode: rotate-issuer`, or `mode: rotate-anchor` phase by phase). This issue closes itself when every check passes."
  ].join("\n");
}
function table(certs) {
  return [
    "| certificate | subject | not after | days left |",
    "|---|---|---|---|",
    ...certs.map((c) => `| ${c.role} | ${c.subject} | ${c.notAfter} | ${c.daysLeft} |`)
  ].join("\n");
}

// src/actions/certs/main.ts
async function main(inputs = getInputs()) {
  switch (inputs.mode) {
    case "generate":
      return generate(inputs);
    case "check":
      return check(inputs);
    case "rotate-issuer":
    case "rotate-anchor":
      return rotate(inputs);
  }
}
async function post() {
  if (tempDir) {
    await group("Remove temporary key files", async () => {
      (0, import_node_fs2.rmSync)(tempDir, { recursive: true, force: true });
      info(`removed ${tempDir}`);
    });
  }
}
async function generate(inputs) {
  const now = certClock();
  if (inputs.outputDir) {
    const names = ["ca.crt", "issuer.crt", "issuer.key", ...inputs.trustAnchor ? [] : ["ca.key"]];
    assertWritable(inputs.outputDir, names, { overwrite: inputs.overwrite, input: "output-dir" });
  }
  const made = await group("Generate certificates", async () => {
    let anchor;
    let anchorKeyPem;
    let existingKeyPem;
    const vault = inputs.keyVault ? await loadAnchorVault(inputs.keyVault.url, inputs.keyVault.secret, githubIdToken) : void 0;
    const stored = !inputs.trustAnchor && vault ? await vault.get("current") : void 0;
    if (inputs.trustAnchor && inputs.trustAnchorKey) {
      anchor = readExistingAnchor(inputs.trustAnchor, inputs.trustAnchorKey);
      existingKeyPem = inputs.trustAnchorKey.text;
      info(`signing a new issuer under the existing trust anchor ${anchor.subjectCN} (serial ${anchor.serial})`);
    } else if (stored && vault) {
      anchor = readExistingAnchor({ text: stored.cert.pem, source: vault.describe("current") }, { text: stored.keyPem, source: vault.describe("current") });
      existingKeyPem = stored.keyPem;
      info(`signing a new issuer under the trust anchor kept in ${vault.describe("current")} (serial ${anchor.serial})`);
    } else {
      const a = await generateAnchor({ validityMs: inputs.anchorValidityMs, now });
      maskSecret(a.keyPem);
      anchor = a.cert;
      anchorKeyPem = a.keyPem;
      info(`trust anchor ${anchor.subjectCN}: ECDSA P-256, serial ${anchor.serial}, valid until ${anchor.notAfter.toISOString()}`);
    }
    const signingKey = parsePrivateKey(anchorKeyPem ?? existingKeyPem);
    const issuer = await generateIssuer({ validityMs: inputs.issuerValidityMs, now, anchor, anchorKey: signingKey });
    maskSecret(issuer.keyPem);
    info(`issuer ${issuer.cert.subjectCN}: ECDSA P-256, serial ${issuer.cert.serial}, valid until ${issuer.cert.notAfter.toISOString()}`);
    if (issuer.cert.notAfter.getTime() < now.getTime() + inputs.issuerValidityMs - 1e3) {
      warning(`the issuer's validity was cut to the trust anchor's expiry (${anchor.notAfter.toISOString()})`);
    }
    return { anchor, anchorKeyPem, issuer: issuer.cert, issuerKeyPem: issuer.keyPem };
  });
  const report = await group(
    "Check against Linkerd rules",
    async () => runChecks(
      inputs,
      {
        anchors: { text: made.anchor.pem, source: "generated trust anchor" },
        issuer: { text: made.issuer.pem, source: "generated issuer" },
        issuerKey: { text: made.issuerKeyPem, source: "generated issuer key" }
      },
      now
    )
  );
  const certs = [describe("trust-anchor", made.anchor, now), describe("issuer", made.issuer, now)];
  let written;
  if (inputs.outputDir) {
    const files = [
      { name: "ca.crt", content: made.anchor.pem, mode: 420 },
      { name: "issuer.crt", content: made.issuer.pem, mode: 420 },
      { name: "issuer.key", content: made.issuerKeyPem, mode: 384 }
    ];
    if (made.anchorKeyPem) files.push({ name: "ca.key", content: made.anchorKeyPem, mode: 384 });
    written = writeFilesAtomically(inputs.outputDir, files, { overwrite: inputs.overwrite, input: "output-dir" });
    info(`wrote ${written.join(", ")} (keys mode 0600)`);
  }
  if (inputs.keyVault && made.anchorKeyPem && report.result !== "error") {
    const vault = await loadAnchorVault(inputs.keyVault.url, inputs.keyVault.secret, githubIdToken);
    await group("Keep the trust anchor in Key Vault", async () => {
      await vault.put("current", made.anchor, made.anchorKeyPem);
      info(`stored the trust anchor (serial ${made.anchor.serial}) in ${vault.describe("current")}`);
    });
  }
  if (written) setOutput("files", JSON.stringify(written));
  if (inputs.outputPrivateKeys) {
    if (made.anchorKeyPem) setOutput("trust-anchor-key", made.anchorKeyPem);
    setOutput("issuer-key", made.issuerKeyPem);
  }
  setCertOutputs(made.anchor, made.issuer, certs, report);
  await writeSummary("generate", certs, report);
  failOnErrors(report);
}
async function check(inputs) {
  const now = /* @__PURE__ */ new Date();
  let material;
  let extra = [];
  if (inputs.trustAnchor && inputs.issuer) {
    material = { anchors: inputs.trustAnchor, issuer: inputs.issuer, issuerKey: inputs.issuerKey };
  } else {
    ({ material, extra } = await group("Read identity from the cluster", () => readClusterIdentity(inputs)));
  }
  const report = await group("Check against Linkerd rules", async () => runChecks(inputs, material, now, extra));
  const certs = [...report.anchors.map((a) => describe("trust-anchor", a, now)), ...report.issuer ? [describe("issuer", report.issuer, now)] : []];
  if (report.issuer && report.anchors.length > 0) setCertOutputs(report.anchors[0], report.issuer, certs, report);
  else setOutput("result", report.result);
  setOutput("report", JSON.stringify({ result: report.result, checks: report.checks, certificates: certs }));
  let issueError;
  if (inputs.openIssue) {
    try {
      await group("Expiry guard issue", () => syncExpiryIssue(inputs, report, certs));
    } catch (e) {
      const status = e.status;
      issueError = new Error(
        `expiry guard: GitHub API call failed${status ? ` (HTTP ${status})` : ""}: ${getErrorMessage(e)}` + (status === 401 || status === 403 ? "; input 'github-token' needs permission issues: write" : "")
      );
      error(issueError.message);
    }
  }
  await writeSummary("check", certs, report);
  failOnErrors(report);
  if (issueError) throw issueError;
}
function readExistingAnchor(cert, key) {
  let anchor;
  try {
    const blocks = splitCertificates(cert.text);
    if (blocks.length > 1) {
      throw new ConfigurationError(`${cert.source} holds ${blocks.length} certificates: give only the trust anchor that signs the new issuer`);
    }
    anchor = parseCertificate(blocks[0]);
  } catch (e) {
    if (e instanceof PemError) throw new ConfigurationError(`${cert.source}: ${e.message}`);
    throw e;
  }
  let k;
  try {
    k = parsePrivateKey(key.text);
  } catch (e) {
    throw new ConfigurationError(`${key.source}: ${getErrorMessage(e)}`);
  }
  if (!keyMatchesCert(anchor, k)) {
    throw new ConfigurationError(`${key.source} does not belong to the certificate in ${cert.source} (public and private key do not match)`);
  }
  if (anchor.keyAlgorithm !== "ECDSA" || anchor.curve !== "P-256") {
    throw new ConfigurationError(
      `${cert.source}: meshci signs issuers only with an ECDSA P-256 trust anchor, this one is ${anchor.keyAlgorithm} ${anchor.curve ?? anchor.rsaBits ?? ""}`
    );
  }
  if (!anchor.isCA) throw new ConfigurationError(`${cert.source}: the trust anchor is not a CA certificate (basicConstraints CA:TRUE missing)`);
  if (anchor.notAfter.getTime() < Date.now()) {
    throw new ConfigurationError(`${cert.source}: the trust anchor expired on ${anchor.notAfter.toISOString()}; generate a new anchor instead`);
  }
  return anchor;
}
export {
  main,
  post
};
