import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  acquireLease,
  holderIdentity,
  setTempDir,
  tempDir
} from "./chunk-GVVPLWTN.js";
import {
  LinkerdNotInstalled,
  checkIdentity,
  errorList,
  parseBundle,
  readIdentityState,
  rfc3339
} from "./chunk-KZQW2P72.js";
import {
  versionFacts
} from "./chunk-EI2NWJGN.js";
import "./chunk-Q3S7GP2E.js";
import {
  ensureTool
} from "./chunk-JP7LG4UF.js";
import {
  DGRAPH_API_PROTO,
  grpcRoutes,
  rpcsFromProto,
  serviceProfile
} from "./chunk-MHPBN5UQ.js";
import {
  Cluster,
  describe
} from "./chunk-KNRVHQCN.js";
import "./chunk-X62AGHVA.js";
import "./chunk-N5Y5YZAH.js";
import {
  parseCertificate
} from "./chunk-ITZIBZIF.js";
import "./chunk-KH4FICE4.js";
import "./chunk-KXPCIG6P.js";
import "./chunk-ZMHKH2QP.js";
import "./chunk-Z7OIAV7A.js";
import {
  require_url
} from "./chunk-PPIGJDAK.js";
import {
  postRenderer
} from "./chunk-TDLG234M.js";
import "./chunk-EINNNFTN.js";
import {
  getInputs
} from "./chunk-BRI7RJP7.js";
import {
  Helm
} from "./chunk-OYMQQ6BH.js";
import "./chunk-W2G57EYB.js";
import "./chunk-GVPJXP3T.js";
import "./chunk-QXHXWAPQ.js";
import {
  linkerdHelmRepo
} from "./chunk-V55V5RA2.js";
import "./chunk-4Y25PLLA.js";
import "./chunk-BN3KMUHI.js";
import {
  actionsLogger,
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
import "./chunk-ZE2P5GGQ.js";
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

// src/actions/deploy/main.ts
var import_node_fs2 = __toESM(require_fs(), 1);
var import_node_os = __toESM(require_os(), 1);
var import_node_path = __toESM(require_path(), 1);
var import_node_url = __toESM(require_url(), 1);

// src/k8s/manifests.ts
function parseManifests(text, file) {
  let docs;
  try {
    docs = jsYaml.loadAll(text);
  } catch (e) {
    if (e instanceof jsYaml.YAMLException && e.mark) {
      throw new ConfigurationError(`${file}:${e.mark.line + 1}:${e.mark.column + 1}: ${e.reason}`);
    }
    throw new ConfigurationError(`${file}: ${getErrorMessage(e)}`);
  }
  const out = [];
  const starts = docStartLines(text);
  docs.forEach((d, i) => {
    if (d === null || d === void 0) return;
    const items = d.kind === "List" ? d.items ?? [] : [d];
    for (const o of items) {
      const m = o;
      const where = `${file}:${starts[i] ?? 1}: document ${i + 1}`;
      if (typeof o !== "object" || Array.isArray(o)) throw new ConfigurationError(`${where} is not a Kubernetes object`);
      if (!m.apiVersion || !m.kind) throw new ConfigurationError(`${where} has no apiVersion/kind`);
      if (!m.metadata?.name) throw new ConfigurationError(`${where} (${m.kind}) has no metadata.name`);
      out.push(m);
    }
  });
  return out;
}
function docStartLines(text) {
  const lines = text.split("\n");
  const starts = [1];
  lines.forEach((l, i) => {
    if (/^---(\s|$)/.test(l)) starts.push(i + 2);
  });
  if (lines[0] !== void 0 && /^---(\s|$)/.test(lines[0])) starts.shift();
  return starts;
}
var ORDER = [
  "CustomResourceDefinition",
  "Namespace",
  "ServiceAccount",
  "ClusterRole",
  "ClusterRoleBinding",
  "Role",
  "RoleBinding",
  "Secret",
  "ConfigMap",
  "Service"
];
function applyOrder(objs) {
  const rank = (o) => {
    const i = ORDER.indexOf(o.kind);
    if (i >= 0) return i;
    return /Webhook/.test(o.kind) ? ORDER.length + 2 : ORDER.length + 1;
  };
  return objs.map((o, i) => ({ o, i })).sort((a, b) => rank(a.o) - rank(b.o) || a.i - b.i).map((x) => x.o);
}
async function applyManifests(cluster, objs, opts) {
  const ordered = applyOrder(objs);
  const applied = [];
  let changed = false;
  const crds = ordered.filter((o) => o.kind === "CustomResourceDefinition");
  for (const o of crds) changed = await applyOne(cluster, o, opts, applied) || changed;
  await Promise.all(crds.map((c) => waitEstablished(cluster, c.metadata.name, opts.timeoutMs)));
  for (const o of ordered) if (o.kind !== "CustomResourceDefinition") changed = await applyOne(cluster, o, opts, applied) || changed;
  return { applied, changed };
}
async function applyOne(cluster, o, opts, applied) {
  const obj = structuredClone(o);
  if (!obj.metadata.namespace && opts.defaultNamespace && !CLUSTER_SCOPED.has(obj.kind)) obj.metadata.namespace = opts.defaultNamespace;
  const before = (await cluster.get({ apiVersion: obj.apiVersion, kind: obj.kind, namespace: obj.metadata.namespace, name: obj.metadata.name }))?.metadata?.resourceVersion;
  const after = await cluster.apply(obj);
  applied.push(describe({ apiVersion: obj.apiVersion, kind: obj.kind, namespace: obj.metadata.namespace, name: obj.metadata.name }));
  return before !== after.metadata?.resourceVersion;
}
var CLUSTER_SCOPED = /* @__PURE__ */ new Set([
  "Namespace",
  "CustomResourceDefinition",
  "ClusterRole",
  "ClusterRoleBinding",
  "MutatingWebhookConfiguration",
  "ValidatingWebhookConfiguration",
  "APIService",
  "PriorityClass",
  "StorageClass"
]);
function crdState(o) {
  const conditions = o.status?.conditions ?? [];
  return {
    done: conditions.some((x) => x.type === "Established" && x.status === "True"),
    text: conditions.map((c) => `${c.type}=${c.status}${c.message ? ` (${c.message})` : ""}`).join(", ") || "no conditions"
  };
}
async function waitEstablished(cluster, name, timeoutMs) {
  await cluster.waitFor({ apiVersion: "apiextensions.k8s.io/v1", kind: "CustomResourceDefinition", name }, crdState, {
    timeoutMs,
    verb: "wait for",
    notDone: "not Established"
  });
}

// src/deploy/linkerd-plan.ts
function linkerdPlan(entry, version, opts) {
  const ns = opts.namespace ?? "linkerd";
  const repo = opts.repo ?? linkerdHelmRepo(version);
  const releases = [];
  const warnings = [];
  const facts = (chart) => entry.charts[chart];
  const release = (chart, namespace, extra = {}) => {
    const f = facts(chart);
    if (!f) throw new ConfigurationError(`Linkerd ${version} has no ${chart} chart`);
    const values = { ...extra.values ?? {} };
    let namespaceObject;
    if (f.keys.includes("namespace")) values["namespace"] = namespace;
    if (f.keys.includes("linkerdNamespace")) values["linkerdNamespace"] = ns;
    if (f.createsNamespace && f.keys.includes("installNamespace")) {
      values["installNamespace"] = false;
      const swap = (v) => v === f.createsNamespace.name ? namespace : v === "linkerd" ? ns : v;
      namespaceObject = {
        name: namespace,
        labels: Object.fromEntries(Object.entries(f.createsNamespace.labels).map(([k, v]) => [k, swap(v)])),
        annotations: { ...f.createsNamespace.annotations }
      };
    }
    return {
      release: chart,
      chart,
      version: f.version,
      repo,
      namespace,
      ...extra,
      ...Object.keys(values).length ? { values } : {},
      ...opts.ha && f.haValues ? { haValuesFile: true } : {},
      ...namespaceObject ? { namespaceObject } : {}
    };
  };
  if (opts.cni) {
    if (!facts("linkerd2-cni")) throw new ConfigurationError(`Input 'cni': Linkerd ${version} has no linkerd2-cni chart`);
    releases.push(release("linkerd2-cni", "linkerd-cni"));
  }
  const cp = entry.chart;
  if (cp !== "linkerd2") {
    const crds = facts("linkerd-crds");
    releases.push(
      release(
        "linkerd-crds",
        ns,
        crds?.gatewayAPI === "optional" ? { gatewayApiOptional: true } : crds?.keys.includes("enableHttpRoutes") ? { httpRoutesToggle: true } : {}
      )
    );
  }
  releases.push(release(cp, ns, { identity: true, ...opts.cni && facts(cp)?.keys.includes("cniEnabled") ? { values: { cniEnabled: true } } : {} }));
  if (opts.viz) releases.push(release("linkerd-viz", "linkerd-viz"));
  if (opts.jaeger) {
    if (facts("linkerd-jaeger")) releases.push(release("linkerd-jaeger", "linkerd-jaeger"));
    else
      warnings.push(
        `jaeger is skipped: Linkerd ${version} has no linkerd-jaeger chart (the extension was removed in edge-25.10.1 / 2.19; use OpenTelemetry directly)`
      );
  }
  const grpc = facts("linkerd-crds")?.grpcRoute ?? [];
  const grpcRouteVersion = grpc.includes("v1") ? "v1" : grpc[0];
  return { releases, warnings, ...grpcRouteVersion ? { grpcRouteVersion } : {} };
}
function compatibilityProblems(entry, version, cluster) {
  const out = [];
  for (const r of entry.removedApis ?? []) {
    const [maj, min2] = r.removedIn.split(".").map(Number);
    if (cluster.major > maj || cluster.major === maj && cluster.minor >= min2) {
      out.push(
        `Linkerd ${version}'s ${r.chart} chart creates ${r.api} ${r.kind}, which Kubernetes removed in ${r.removedIn}; the cluster runs ${cluster.gitVersion} (use Kubernetes ${maj}.${min2 - 1} or older \u2014 provider kind: node-image kindest/node:v${maj}.${min2 - 1}.x \u2014 or a newer Linkerd)`
      );
    }
  }
  const min = /^>=\s*(\d+)\.(\d+)/.exec(entry.kubeVersion);
  if (min && (cluster.major < Number(min[1]) || cluster.major === Number(min[1]) && cluster.minor < Number(min[2]))) {
    out.push(
      `Linkerd ${version} needs Kubernetes ${min[1]}.${min[2]} or newer (its chart's kubeVersion ${entry.kubeVersion}); the cluster runs ${cluster.gitVersion}`
    );
  }
  return [...new Set(out)];
}
var DGRAPH_REPO = "https://charts.dgraph.io";
function dgraphRelease(o) {
  return { release: o.release, chart: "dgraph", version: o.version, repo: o.repo ?? DGRAPH_REPO, namespace: o.namespace, values: dgraphMeshValues() };
}
function dgraphMeshValues() {
  return {
    alpha: {
      extraAnnotations: { "linkerd.io/inject": "enabled", "config.linkerd.io/skip-inbound-ports": "7080", "config.linkerd.io/skip-outbound-ports": "7080" }
    },
    zero: {
      extraAnnotations: { "linkerd.io/inject": "enabled", "config.linkerd.io/skip-inbound-ports": "5080", "config.linkerd.io/skip-outbound-ports": "5080" }
    }
  };
}

// src/deploy/values.ts
var import_node_fs = __toESM(require_fs(), 1);
async function releaseValues(inputs, r, cluster) {
  let values = { ...r.values ?? {} };
  values = merge(values, inputs.helmValues[r.chart] ?? {});
  const user = r.chart === "dgraph" ? inputs.appValues ?? {} : inputs.linkerdValues[r.chart] ?? {};
  if (r.gatewayApiOptional && !("installGatewayAPI" in user)) {
    const current = await cluster.current();
    if (current?.["installGatewayAPI"] === true || !await cluster.hasGatewayApi()) values = merge(values, { installGatewayAPI: true });
  }
  if (r.httpRoutesToggle && !("enableHttpRoutes" in user) && cluster.hasHttpRoutes) {
    const current = await cluster.current();
    if (current ? current["enableHttpRoutes"] === false : await cluster.hasHttpRoutes()) {
      values = merge(values, { enableHttpRoutes: false });
      if (!current)
        cluster.note?.(
          `${r.release}: the cluster already has Gateway API's HTTPRoute CRD, which this release does not own: installing with enableHttpRoutes: false (set it in linkerd-values to override)`
        );
    }
  }
  values = merge(values, user);
  if (r.identity) {
    values = merge(values, {
      identityTrustAnchorsPEM: inputs.trustAnchor.text.trim(),
      identity: { issuer: { tls: { crtPEM: inputs.issuer.text.trim(), keyPEM: inputs.issuerKey.text.trim() } } }
    });
    if (r.chart === "linkerd2") values = merge(values, { identity: { issuer: { crtExpiry: rfc3339(parseCertificate(inputs.issuer.text).notAfter) } } });
  }
  return values;
}
function withHaValues(values, haFile) {
  return haFile ? merge(jsYaml.load((0, import_node_fs.readFileSync)(haFile, "utf8")) ?? {}, values) : values;
}
function merge(a, b) {
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const cur = out[k];
    out[k] = cur && typeof cur === "object" && !Array.isArray(cur) && v && typeof v === "object" && !Array.isArray(v) ? merge(cur, v) : v;
  }
  return out;
}

// src/deploy/network-policy.ts
var PROXY_INBOUND_PORT = 4143;
function meshOnlyNetworkPolicy(o) {
  const from = [{ namespaceSelector: {}, podSelector: { matchLabels: { "linkerd.io/control-plane-ns": o.linkerdNamespace } } }];
  const ports = o.ports?.length ? [.../* @__PURE__ */ new Set([...o.ports, PROXY_INBOUND_PORT])].sort((a, b) => a - b).map((port) => ({ protocol: "TCP", port })) : void 0;
  return {
    apiVersion: "networking.k8s.io/v1",
    kind: "NetworkPolicy",
    metadata: { name: o.name, namespace: o.namespace, labels: { "app.kubernetes.io/managed-by": "meshci" } },
    spec: {
      podSelector: o.podSelector && Object.keys(o.podSelector).length ? { matchLabels: o.podSelector } : {},
      policyTypes: ["Ingress"],
      ingress: [{ from, ...ports ? { ports } : {} }]
    }
  };
}
function allAuthenticatedNamespacePatch(namespace) {
  return {
    apiVersion: "v1",
    kind: "Namespace",
    metadata: { name: namespace, annotations: { "config.linkerd.io/default-inbound-policy": "all-authenticated" } }
  };
}

// src/deploy/pull-events.ts
var PULLED = /^Successfully pulled image "([^"]+)" in (\S+?)(?: \((\S+) including waiting\))?(?:\. Image size: (\d+) bytes)?\.?$/;
var PRESENT = /^Container image "([^"]+)" already present on machine$/;
function parseGoDuration(text) {
  const units = { h: 3600, m: 60, s: 1, ms: 1e-3, us: 1e-6, \u00B5s: 1e-6, \u03BCs: 1e-6, ns: 1e-9 };
  if (text === "0s") return 0;
  const re = /(\d+(?:\.\d+)?)(h|ms|m|s|us|µs|μs|ns)/gy;
  let total = 0;
  let matched = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    total += Number(m[1]) * units[m[2]];
    matched = re.lastIndex;
  }
  return matched === text.length && matched > 0 ? total : void 0;
}
function parsePullEvent(e) {
  if (e.reason !== "Pulled" || !e.message) return void 0;
  const where = { pod: e.involvedObject?.name ?? "", namespace: e.involvedObject?.namespace ?? "" };
  const msg = e.message.trim();
  const present = PRESENT.exec(msg);
  if (present) return { image: present[1], ...where, seconds: 0, cached: true };
  const m = PULLED.exec(msg);
  if (!m) return void 0;
  const seconds = parseGoDuration(m[2]);
  if (seconds === void 0) return void 0;
  const waiting = m[3] ? parseGoDuration(m[3]) : void 0;
  return {
    image: m[1],
    ...where,
    seconds,
    ...waiting !== void 0 ? { waitingSeconds: waiting } : {},
    ...m[4] ? { bytes: Number(m[4]) } : {},
    cached: false
  };
}
function summarizePulls(rows) {
  const by = /* @__PURE__ */ new Map();
  for (const r of rows) {
    const s = by.get(r.image) ?? { image: r.image, pulls: 0, cached: 0, maxSeconds: 0, totalSeconds: 0 };
    if (r.cached) s.cached++;
    else {
      s.pulls++;
      const t = r.waitingSeconds ?? r.seconds;
      s.maxSeconds = Math.max(s.maxSeconds, t);
      s.totalSeconds += t;
      if (r.bytes) s.bytes = r.bytes;
    }
    by.set(r.image, s);
  }
  return [...by.values()].sort((a, b) => b.maxSeconds - a.maxSeconds);
}

// src/deploy/headless-lint.ts
function headlessLint(services, pods, linkerdNamespace) {
  const out = [];
  for (const s of services) {
    if (s.spec?.clusterIP !== "None" || !s.spec.selector || Object.keys(s.spec.selector).length === 0) continue;
    const selector = s.spec.selector;
    const selected = pods.filter((p) => Object.entries(selector).every(([k, v]) => p.metadata?.labels?.[k] === v));
    const meshed = selected.filter((p) => p.metadata?.labels?.["linkerd.io/control-plane-ns"] === linkerdNamespace);
    if (meshed.length === 0) continue;
    const skipped = new Set(
      (meshed[0]?.metadata?.annotations?.["config.linkerd.io/skip-inbound-ports"] ?? "").split(",").map((p) => Number(p.trim())).filter((n) => n > 0)
    );
    const ports = (s.spec.ports ?? []).map((p) => typeof p.targetPort === "number" ? p.targetPort : p.port ?? 0).filter((p) => p > 0 && !skipped.has(p));
    if (ports.length === 0) continue;
    const name = `${s.metadata?.namespace ?? ""}/${s.metadata?.name ?? ""}`;
    out.push({
      service: name,
      ports,
      pods: meshed.length,
      message: `headless Service ${name} fronts ${meshed.length} meshed pod(s) on port(s) ${ports.join(", ")}: traffic sent to it is not load-balanced by Linkerd and no route applies; use a ClusterIP Service, or skip those ports (config.linkerd.io/skip-inbound-ports) if they carry the app's own cluster protocol`
    });
  }
  return out;
}

// src/actions/deploy/main.ts
var import_node_os2 = __toESM(require_os(), 1);
var DEPLOY_LEASE = "meshci-deploy";
async function main(given = getInputs()) {
  await group("Check the identity", async () => {
    const report = checkIdentity(
      { anchors: given.trustAnchor, issuer: given.issuer, issuerKey: given.issuerKey },
      { version: given.linkerdVersion, now: /* @__PURE__ */ new Date(), minValidityMs: 0 }
    );
    const errors = errorList(report.checks);
    if (errors) throw new ConfigurationError(`the identity would not start Linkerd: ${errors}`);
    info(`identity ok: issuer ${report.issuer?.subjectCN} valid until ${report.issuer?.notAfter.toISOString()}`);
  });
  const cluster = Cluster.connect({ kubeconfig: given.kubeconfig, input: "kubeconfig", log: actionsLogger });
  const server = await cluster.serverVersion();
  const inputs = await group("Identity already in the cluster", () => keepIdentity(cluster, given));
  const helmBin = await group("helm", () => ensureTool({ name: "helm", version: inputs.helmVersion, sha256: inputs.helmSha256, mirror: inputs.toolsMirror }));
  const entry = await group(`Linkerd ${inputs.linkerdVersion.raw}: its charts`, async () => {
    const e = await versionFacts(inputs.linkerdVersion.raw, { helm: async () => helmBin, repo: inputs.chartRepo, log: actionsLogger });
    info(`facts from ${e.resolvedFrom}`);
    return e;
  });
  const problems = compatibilityProblems(entry, inputs.linkerdVersion.raw, server);
  if (problems.length) throw new ConfigurationError(`Input 'linkerd-version': ${problems.join("; ")}`);
  const plan = linkerdPlan(entry, inputs.linkerdVersion.raw, {
    viz: inputs.viz,
    jaeger: inputs.jaeger,
    cni: inputs.cni,
    ha: inputs.ha,
    namespace: inputs.namespace,
    ...inputs.chartRepo ? { repo: inputs.chartRepo } : {}
  });
  for (const w of plan.warnings) warning(w);
  warnHardcoded(plan, entry, inputs);
  const helm = new Helm({ binPath: helmBin, kubeconfig: inputs.kubeconfig, log: actionsLogger });
  if (inputs.linkerdCli) {
    const cli = await group("linkerd CLI", () => ensureTool({ name: "linkerd", version: inputs.linkerdVersion.raw, mirror: inputs.toolsMirror }));
    setOutput("linkerd-cli", cli);
  }
  const work = (0, import_node_fs2.mkdtempSync)((0, import_node_path.join)(process.env["RUNNER_TEMP"] ?? (0, import_node_os.tmpdir)(), "meshci-deploy-"));
  setTempDir(work);
  const installed = [];
  const started = /* @__PURE__ */ new Date();
  const lock = await group("Take the deploy lock", () => takeDeployLock(cluster, inputs));
  try {
    await group(`Linkerd ${inputs.linkerdVersion.raw} (${plan.releases.map((r) => r.chart).join(", ")})`, async () => {
      for (const r of plan.releases) installed.push(await installRelease(helm, cluster, inputs, r, work));
    });
    if (inputs.app === "dgraph") {
      await group(`Dgraph (${inputs.appRelease} in ${inputs.appNamespace})`, async () => {
        installed.push(await installRelease(helm, cluster, inputs, appRelease(inputs), work));
      });
    }
    const applied = await group("Mesh policy, routes and manifests", () => applyExtras(cluster, inputs, plan));
    await group("Lint: traffic Linkerd cannot balance", () => lintHeadless(cluster, inputs));
    const changed = installed.some((i) => i.changed) || applied.changed;
    setOutput("charts", JSON.stringify(Object.fromEntries(installed.map((i) => [i.release, `${i.chart}@${i.version}`]))));
    setOutput("namespaces", JSON.stringify([.../* @__PURE__ */ new Set([inputs.namespace, ...installed.map((i) => i.namespace), inputs.appNamespace])]));
    setOutput("changed", String(changed));
    const pulls = await group(
      "Image pull times (kubelet Pulled events)",
      () => pullTimes(cluster, [...new Set(installed.map((i) => i.namespace).concat(inputs.appNamespace))])
    );
    setOutput("pull-times", JSON.stringify(pulls));
    await summary2(inputs, installed, applied.applied, pulls, Date.now() - started.getTime());
  } catch (e) {
    if (inputs.diagnosticsDir) {
      await diagnostics(cluster, inputs, [.../* @__PURE__ */ new Set([inputs.namespace, inputs.appNamespace, ...installed.map((i) => i.namespace)])]).catch(
        (d) => warning(`diagnostics: ${getErrorMessage(d)}`)
      );
    }
    throw e;
  } finally {
    (0, import_node_fs2.rmSync)(work, { recursive: true, force: true });
    await lock.release();
  }
}
async function ensureNamespace(cluster, name) {
  if (await cluster.get({ apiVersion: "v1", kind: "Namespace", name })) return;
  await cluster.create({ apiVersion: "v1", kind: "Namespace", metadata: { name, labels: { "app.kubernetes.io/managed-by": "meshci" } } });
}
async function keepIdentity(cluster, inputs) {
  let current;
  try {
    current = await readIdentityState(cluster, inputs.namespace);
  } catch (e) {
    if (e instanceof LinkerdNotInstalled) {
      info(`no Linkerd identity in namespace ${inputs.namespace} yet: installing the given one`);
      return inputs;
    }
    throw new Error(`cannot read the Linkerd identity already in namespace '${inputs.namespace}' (${getErrorMessage(e)}): refusing to install one over it`);
  }
  const fingerprints = (pem) => parseBundle(pem).map((c) => c.fingerprintSha256).sort().join(",");
  if (fingerprints(current.bundlePem) === fingerprints(inputs.trustAnchor.text)) {
    info("the cluster already trusts the given anchor");
    return inputs;
  }
  if (inputs.identityMode === "replace") {
    warning(`identity-mode replace: Linkerd in ${inputs.namespace} gets a new trust anchor; meshed pods keep distrusting it until they restart`);
    return inputs;
  }
  info(
    `Linkerd in ${inputs.namespace} already has a different trust anchor (${current.bundleSource}): keeping the cluster's identity, not the given one (identity-mode keep; rotate with meshci/certs)`
  );
  const kept = checkIdentity(
    {
      anchors: { text: current.bundlePem, source: current.bundleSource },
      issuer: { text: current.issuerPem, source: current.issuerSource },
      issuerKey: { text: current.issuerKeyPem, source: current.issuerSource }
    },
    { version: inputs.linkerdVersion, now: /* @__PURE__ */ new Date(), minValidityMs: 0 }
  );
  const keptErrors = errorList(kept.checks);
  if (keptErrors)
    throw new Error(
      `the identity running in ${inputs.namespace} fails Linkerd's checks: ${keptErrors} \u2014 rotate it with meshci/certs (mode rotate-issuer / rotate-anchor) or deploy with identity-mode replace`
    );
  return {
    ...inputs,
    trustAnchor: { text: current.bundlePem, source: current.bundleSource },
    issuer: { text: current.issuerPem, source: current.issuerSource },
    issuerKey: { text: current.issuerKeyPem, source: current.issuerSource.replace(/key \S+$/, "key (issuer key)") }
  };
}
async function post() {
  if (tempDir) (0, import_node_fs2.rmSync)(tempDir, { recursive: true, force: true });
}
function warnHardcoded(plan, entry, inputs) {
  for (const r of plan.releases) {
    const f = entry.charts[r.chart];
    const mapped = inputs.helmValues["meshci"]?.images ?? {};
    const fixed = (f?.hardcoded ?? []).filter((i) => (inputs.cni || !f?.cniImages?.includes(i)) && (!mapped[i] || f?.hardcodedInHooks?.includes(i)));
    if (fixed.length)
      warning(
        `${r.chart} ${r.version} names ${fixed.join(", ")} in its templates, with no value to point elsewhere: the cluster pulls ${fixed.length === 1 ? "it" : "them"} from the origin (republish's helm-values map literal images for meshci's post-renderer, but helm post-renders no hooks; a registry mirror on the nodes covers ${fixed.length === 1 ? "it" : "them"})`
      );
  }
}
async function takeDeployLock(cluster, inputs) {
  await ensureNamespace(cluster, inputs.namespace);
  return acquireLease(cluster, {
    namespace: inputs.namespace,
    name: DEPLOY_LEASE,
    holder: holderIdentity(process.env, (0, import_node_os2.hostname)()),
    what: "meshci deploy",
    durationSeconds: 30,
    log: actionsLogger
  });
}
function appRelease(inputs) {
  return dgraphRelease({
    release: inputs.appRelease,
    version: inputs.dgraphChartVersion,
    namespace: inputs.appNamespace,
    ...inputs.dgraphChartRepo ? { repo: inputs.dgraphChartRepo } : {}
  });
}
async function lintHeadless(cluster, inputs) {
  const findings = headlessLint(
    await cluster.list("v1", "Service", { namespace: inputs.appNamespace }),
    await cluster.list("v1", "Pod", { namespace: inputs.appNamespace }),
    inputs.namespace
  );
  for (const f of findings) warning(f.message);
  if (!findings.length) info(`no headless Service in ${inputs.appNamespace} fronts meshed pods on proxied ports`);
}
async function installRelease(helm, cluster, inputs, r, work) {
  const values = await releaseValues(inputs, r, {
    current: () => helm.getValues(r.namespace, r.release),
    hasGatewayApi: async () => !!await cluster.get({ apiVersion: "apiextensions.k8s.io/v1", kind: "CustomResourceDefinition", name: "grpcroutes.gateway.networking.k8s.io" }),
    hasHttpRoutes: async () => !!await cluster.get({ apiVersion: "apiextensions.k8s.io/v1", kind: "CustomResourceDefinition", name: "httproutes.gateway.networking.k8s.io" }),
    note: (line) => info(line)
  });
  await ensureNamespace(cluster, r.namespaceObject?.name ?? r.namespace);
  if (r.namespaceObject) {
    await cluster.apply({
      apiVersion: "v1",
      kind: "Namespace",
      metadata: { name: r.namespaceObject.name, labels: r.namespaceObject.labels, annotations: r.namespaceObject.annotations }
    });
  }
  const recovered = await helm.recoverPending(r.namespace, r.release, inputs.timeoutMs);
  if (recovered) warning(recovered);
  const haFile = r.haValuesFile ? (0, import_node_path.join)(await helm.pull({ chart: r.chart, version: r.version, repo: r.repo, dir: (0, import_node_path.join)(work, "charts") }), "values-ha.yaml") : void 0;
  const effective = withHaValues(values, haFile);
  const current = await helm.getValues(r.namespace, r.release);
  const listed = current ? await helm.list(r.namespace, r.release) : void 0;
  if (current && listed && listed.chart === `${r.chart}-${r.version}` && listed.status === "deployed" && sameValues(current, effective)) {
    info(`${r.release}: ${r.chart} ${r.version} already deployed with these values`);
    return { release: r.release, chart: r.chart, version: r.version, namespace: r.namespace, changed: false };
  }
  const file = (0, import_node_path.join)(work, `${r.release}.values.yaml`);
  (0, import_node_fs2.writeFileSync)(file, jsYaml.dump(values, { lineWidth: -1 }), { mode: 384 });
  const valuesFiles = haFile ? [haFile, file] : [file];
  const t0 = Date.now();
  const post2 = postRenderer(inputs.helmValues, { work, script: (0, import_node_url.fileURLToPath)(new URL("../post-render.js", import.meta.url)) });
  const res = await helm.install({
    release: r.release,
    chart: r.chart,
    version: r.version,
    repo: r.repo,
    namespace: r.namespace,
    createNamespace: true,
    valuesFiles,
    wait: true,
    timeoutMs: inputs.timeoutMs,
    ...post2 ? { postRenderer: post2 } : {}
  });
  (0, import_node_fs2.rmSync)(file, { force: true });
  info(
    `${r.release}: ${r.chart} ${r.version} ${current ? "upgraded" : "installed"} (revision ${res.revision ?? "?"}, ${res.status ?? "unknown"}) in ${formatDuration(Date.now() - t0)}`
  );
  return { release: r.release, chart: r.chart, version: r.version, namespace: r.namespace, changed: true };
}
async function applyExtras(cluster, inputs, plan) {
  const objs = [];
  const ns = inputs.appNamespace;
  if (inputs.manifests.length) {
    objs.push({ apiVersion: "v1", kind: "Namespace", metadata: { name: ns, annotations: { "linkerd.io/inject": "enabled" } } });
    for (const m of inputs.manifests) objs.push(...parseManifests(m.text, m.path));
  }
  const nsExists = inputs.app !== "none" || inputs.manifests.length > 0 || !!await cluster.get({ apiVersion: "v1", kind: "Namespace", name: ns });
  if (inputs.networkPolicy && !nsExists) warning(`no NetworkPolicy: namespace '${ns}' does not exist and neither 'app' nor 'manifests' creates it`);
  if (inputs.networkPolicy && nsExists) {
    objs.push(meshOnlyNetworkPolicy({ name: "meshci-mesh-only", namespace: ns, linkerdNamespace: inputs.namespace }));
  }
  if (inputs.authorization === "all-authenticated" && nsExists) objs.push(allAuthenticatedNamespacePatch(ns));
  if (inputs.routes !== "none") {
    const rpcs = rpcsFromProto(inputs.proto?.text ?? DGRAPH_API_PROTO, inputs.proto?.path ?? "built-in Dgraph api.proto");
    const service = inputs.routeService ?? `${`${inputs.appRelease}-dgraph`.slice(0, 24)}-alpha`;
    const kind = inputs.routes === "auto" ? inputs.linkerdVersion.minor >= 16 && plan.grpcRouteVersion ? "grpc-route" : "service-profile" : inputs.routes;
    if (kind === "service-profile") objs.push(serviceProfile(rpcs, { service, namespace: ns }));
    else objs.push(...grpcRoutes(rpcs, { service, namespace: ns, port: inputs.routePort, apiVersion: plan.grpcRouteVersion ?? "v1" }));
  }
  if (!objs.length) return { applied: [], changed: false };
  const r = await applyManifests(cluster, objs, { defaultNamespace: ns, timeoutMs: inputs.timeoutMs, log: actionsLogger });
  for (const a of r.applied) info(`applied ${a}`);
  for (const o of objs) {
    if (o.kind === "Deployment" || o.kind === "StatefulSet" || o.kind === "DaemonSet") {
      await cluster.waitRollout(o.kind, o.metadata.namespace ?? ns, o.metadata.name, inputs.timeoutMs);
    } else if (o.kind === "Job" && o.apiVersion === "batch/v1") {
      await cluster.waitJob(o.metadata.namespace ?? ns, o.metadata.name, inputs.timeoutMs);
    }
  }
  return r;
}
async function pullTimes(cluster, namespaces) {
  const rows = [];
  for (const ns of namespaces) {
    const events = await cluster.list("v1", "Event", { namespace: ns, fieldSelector: "reason=Pulled" }).catch(() => []);
    for (const e of events) {
      const r = parsePullEvent(e);
      if (r) rows.push(r);
    }
  }
  const s = summarizePulls(rows);
  for (const p of s) info(`${p.image}: ${p.pulls} pull(s), slowest ${p.maxSeconds.toFixed(1)} s${p.cached ? `, ${p.cached} already on the node` : ""}`);
  return s;
}
async function summary2(inputs, installed, applied, pulls, ms) {
  const s = summary.addHeading("meshci deploy", 2).addRaw(`<p>Linkerd ${inputs.linkerdVersion.raw} and ${inputs.app === "none" ? "no app" : inputs.app} in ${formatDuration(ms)}.</p>`);
  s.addTable([
    ["release", "chart", "namespace", "result"].map((h) => ({ data: h, header: true })),
    ...installed.map((i) => [
      { data: i.release },
      { data: `${i.chart} ${i.version}` },
      { data: i.namespace },
      { data: i.changed ? "installed / upgraded" : "unchanged" }
    ])
  ]);
  if (applied.length) s.addHeading("Applied", 3).addList(applied);
  if (pulls.length) {
    s.addHeading("Image pulls (kubelet)", 3).addTable([
      ["image", "pulls", "slowest", "total", "cached"].map((h) => ({ data: h, header: true })),
      ...pulls.map((p) => [
        { data: `<code>${p.image}</code>` },
        { data: String(p.pulls) },
        { data: `${p.maxSeconds.toFixed(1)} s` },
        { data: `${p.totalSeconds.toFixed(1)} s` },
        { data: String(p.cached) }
      ])
    ]);
  }
  await s.write();
}
async function diagnostics(cluster, inputs, namespaces) {
  const dir = inputs.diagnosticsDir;
  (0, import_node_fs2.mkdirSync)(dir, { recursive: true });
  for (const ns of namespaces) {
    const events = await cluster.list("v1", "Event", { namespace: ns }).catch(() => []);
    const pods = await cluster.list("v1", "Pod", { namespace: ns }).catch(() => []);
    (0, import_node_fs2.writeFileSync)((0, import_node_path.join)(dir, `${ns}-events.json`), JSON.stringify(events, null, 1));
    (0, import_node_fs2.writeFileSync)(
      (0, import_node_path.join)(dir, `${ns}-pods.json`),
      JSON.stringify(
        pods.map((p) => ({ name: p.metadata?.name, status: p["status"] })),
        null,
        1
      )
    );
  }
  setOutput("diagnostics-dir", dir);
  info(`diagnostics written to ${dir}`);
}
function sameValues(a, b) {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
function canonical(v) {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === "object")
    return Object.fromEntries(
      Object.keys(v).sort().map((k) => [k, canonical(v[k])])
    );
  return v;
}
export {
  DEPLOY_LEASE,
  main,
  post
};
