import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  generateAnchor,
  generateIssuer
} from "./chunk-Q3S7GP2E.js";
import {
  parsePrivateKey
} from "./chunk-ITZIBZIF.js";
import {
  apiKinds,
  crdVersions,
  hookImages,
  imageValuePaths,
  imagesFromManifests,
  removedApis,
  renderedNamespaces
} from "./chunk-EINNNFTN.js";
import {
  Helm
} from "./chunk-OYMQQ6BH.js";
import {
  RENDER_KUBE_VERSION,
  knownEntry,
  nearestVersions
} from "./chunk-GVPJXP3T.js";
import {
  linkerdHelmRepo,
  parseLinkerdVersion
} from "./chunk-V55V5RA2.js";
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

// src/republish/resolve.ts
var import_node_fs2 = __toESM(require_fs(), 1);
var import_node_os = __toESM(require_os(), 1);
var import_node_path2 = __toESM(require_path(), 1);

// src/linkerd/chart-facts.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_node_path = __toESM(require_path(), 1);
var KEYS = ["namespace", "linkerdNamespace", "installNamespace", "cniEnabled", "installGatewayAPI", "enableHttpRoutes"];
var namespaceOf = (chart) => chart.includes("viz") ? "linkerd-viz" : chart.includes("jaeger") ? "linkerd-jaeger" : chart.includes("cni") ? "linkerd-cni" : "linkerd";
async function throwawayIdentity(dir) {
  const anchor = await generateAnchor({ validityMs: 864e5 });
  const issuer = await generateIssuer({ validityMs: 864e5, anchor: anchor.cert, anchorKey: parsePrivateKey(anchor.keyPem) });
  const file = (0, import_node_path.join)(dir, "identity.yaml");
  (0, import_node_fs.writeFileSync)(
    file,
    jsYaml.dump({
      identityTrustAnchorsPEM: anchor.cert.pem,
      identity: { issuer: { crtExpiry: issuer.cert.notAfter.toISOString().replace(/\.\d+Z$/, "Z"), tls: { crtPEM: issuer.cert.pem, keyPEM: issuer.keyPem } } }
    }),
    { mode: 384 }
  );
  return file;
}
async function versionEntryFromCharts(helm, version, charts, o) {
  const entry = {
    source: o.source ?? "",
    chart: "linkerd2" in charts ? "linkerd2" : "linkerd-control-plane",
    kubeVersion: "",
    core: [],
    charts: {}
  };
  for (const [name, chartDir] of Object.entries(charts)) {
    const meta = jsYaml.load((0, import_node_fs.readFileSync)((0, import_node_path.join)(chartDir, "Chart.yaml"), "utf8"));
    const valuesText = (0, import_node_fs.readFileSync)((0, import_node_path.join)(chartDir, "values.yaml"), "utf8");
    const values = jsYaml.load(valuesText, { json: true }) ?? {};
    const identity = name === "linkerd2" || name === "linkerd-control-plane";
    const rendered = await helm.template({
      release: name,
      chart: chartDir,
      namespace: namespaceOf(name),
      valuesFiles: identity ? [o.identityFile] : [],
      kubeVersion: RENDER_KUBE_VERSION,
      includeCrds: true
    });
    const images = imagesFromManifests(rendered);
    let cniImages = [];
    if (identity && "cniEnabled" in values) {
      const cni = (0, import_node_path.join)(o.work, "cni.yaml");
      (0, import_node_fs.writeFileSync)(cni, "cniEnabled: true\n");
      cniImages = imagesFromManifests(
        await helm.template({
          release: name,
          chart: chartDir,
          namespace: "linkerd",
          valuesFiles: [o.identityFile, cni],
          kubeVersion: RENDER_KUBE_VERSION,
          includeCrds: true
        })
      ).filter((i) => !images.includes(i));
    }
    const all = [...images, ...cniImages];
    const paths = imageValuePaths(
      valuesText,
      all.map((i) => i.replace(/[:@][^/]*$/, ""))
    );
    const hardcoded = all.filter((i) => !paths[i.replace(/[:@][^/]*$/, "")]);
    const inHooks = hookImages(rendered);
    const namespace = renderedNamespaces(rendered)[0];
    const facts = {
      version: String(meta["version"]),
      images,
      values: paths,
      ...cniImages.length ? { cniImages } : {},
      ...hardcoded.length ? { hardcoded } : {},
      ...hardcoded.some((i) => inHooks.includes(i)) ? { hardcodedInHooks: hardcoded.filter((i) => inHooks.includes(i)) } : {},
      keys: KEYS.filter((k) => k in values),
      apis: apiKinds(rendered),
      ...namespace ? { createsNamespace: namespace } : {},
      ...(0, import_node_fs.existsSync)((0, import_node_path.join)(chartDir, "values-ha.yaml")) ? { haValues: true } : {}
    };
    if (identity && typeof meta["kubeVersion"] === "string") entry.kubeVersion = meta["kubeVersion"];
    if (name === "linkerd-crds") {
      const grpc = crdVersions(rendered, "grpcroutes.gateway.networking.k8s.io");
      if (grpc.length) Object.assign(facts, { grpcRoute: grpc, gatewayAPI: "bundled" });
      else if ("installGatewayAPI" in values) {
        const on = (0, import_node_path.join)(o.work, "gateway-api.yaml");
        (0, import_node_fs.writeFileSync)(on, "installGatewayAPI: true\n");
        const withGw = await helm.template({
          release: name,
          chart: chartDir,
          namespace: "linkerd",
          valuesFiles: [on],
          kubeVersion: RENDER_KUBE_VERSION,
          includeCrds: true
        });
        Object.assign(facts, { grpcRoute: crdVersions(withGw, "grpcroutes.gateway.networking.k8s.io"), gatewayAPI: "optional" });
      }
    }
    entry.charts[name] = facts;
    const component = name === "linkerd-viz" ? "viz" : name === "linkerd-jaeger" ? "jaeger" : name === "linkerd2-cni" ? "cni" : "core";
    const list = entry[component] ??= [];
    for (const i of images) if (!list.includes(i)) list.push(i);
    if (cniImages.length) {
      for (const i of cniImages) if (!(entry.cni ??= []).includes(i)) entry.cni.push(i);
    }
  }
  const removed = Object.entries(entry.charts).flatMap(([chart, f]) => removedApis(f.apis).map((r) => ({ chart, ...r })));
  if (removed.length) entry.removedApis = removed;
  return entry;
}

// src/republish/resolve.ts
var INDEX_MAX_BYTES = 32 * 1024 * 1024;
async function versionFacts(version, o) {
  const known = knownEntry(version);
  if (known) return { ...known, resolvedFrom: "src/data/linkerd-images.json" };
  const v = parseLinkerdVersion("linkerd-version", version);
  const repo = o.repo ?? linkerdHelmRepo(v.raw);
  o.log.info(`Linkerd ${v.raw} is not in meshci's data file: resolving its images from the charts in ${repo}`);
  const index = await chartIndex(repo, o.timeoutMs ?? 6e4, o.maxIndexBytes ?? INDEX_MAX_BYTES);
  const names = v.minor <= 11 ? ["linkerd2", "linkerd2-cni", "linkerd-viz", "linkerd-jaeger"] : ["linkerd-crds", "linkerd-control-plane", "linkerd2-cni", "linkerd-viz", "linkerd-jaeger"];
  const picked = {};
  for (const n of names) {
    const hit = (index.entries[n] ?? []).find((e) => e.appVersion === v.raw);
    if (hit) picked[n] = hit.version;
  }
  const cp = v.minor <= 11 ? "linkerd2" : "linkerd-control-plane";
  if (!picked[cp]) {
    const near = nearestVersions(v.raw);
    throw new ConfigurationError(
      `Input 'linkerd-version': Linkerd '${v.raw}' exists in no chart of ${repo} (no ${cp} chart has appVersion ${v.raw}). Nearest versions meshci knows: ${near.join(", ") || "none"}`
    );
  }
  if (cp === "linkerd-control-plane") {
    const created = Date.parse((index.entries[cp] ?? []).find((e) => e.version === picked[cp])?.created ?? "");
    const crds = (index.entries["linkerd-crds"] ?? []).filter((e) => Date.parse(e.created ?? "") <= created + 36e5).sort((a, b) => Date.parse(b.created ?? "") - Date.parse(a.created ?? ""))[0];
    if (!crds) throw new Error(`${repo}: no linkerd-crds chart released with ${cp} ${picked[cp]}`);
    picked["linkerd-crds"] = crds.version;
  }
  const helm = new Helm({ binPath: await o.helm(), log: o.log });
  const work = (0, import_node_fs2.mkdtempSync)((0, import_node_path2.join)((0, import_node_os.tmpdir)(), "meshci-resolve-"));
  try {
    const dirs = {};
    for (const [name, chartVersion] of Object.entries(picked))
      dirs[name] = await helm.pull({ chart: name, version: chartVersion, repo, dir: (0, import_node_path2.join)(work, "charts") });
    const entry = await versionEntryFromCharts(helm, v.raw, dirs, {
      identityFile: await throwawayIdentity(work),
      work,
      source: `${repo}: ${Object.entries(picked).map(([n, c]) => `${n}@${c}`).join(", ")}, rendered with their default values`
    });
    return { ...entry, resolvedFrom: entry.source };
  } finally {
    (0, import_node_fs2.rmSync)(work, { recursive: true, force: true });
  }
}
async function chartIndex(repo, timeoutMs, maxBytes) {
  const url = `${repo.replace(/\/+$/, "")}/index.yaml`;
  const tooBig = (n) => new Error(`GET ${url}: the index is ${n} bytes, more than meshci reads from a chart repository (${maxBytes}); refusing it`);
  let text;
  try {
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(new Error(`no complete answer in ${Math.round(timeoutMs / 1e3)} s`)), timeoutMs);
    try {
      const res = await fetch(url, { signal: ac.signal });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const declared = Number(res.headers.get("content-length") ?? NaN);
      if (Number.isFinite(declared) && declared > maxBytes) {
        ac.abort();
        throw tooBig(String(declared));
      }
      const chunks = [];
      let size = 0;
      const reader = res.body?.getReader();
      for (; ; ) {
        const next = await reader?.read();
        if (!next || next.done) break;
        size += next.value.byteLength;
        if (size > maxBytes) {
          await reader?.cancel().catch(() => void 0);
          ac.abort();
          throw tooBig(`more than ${maxBytes}`);
        }
        chunks.push(next.value);
      }
      text = Buffer.concat(chunks).toString("utf8");
    } finally {
      clearTimeout(timer);
    }
  } catch (e) {
    const message = getErrorMessage(e);
    throw new Error(message.startsWith(`GET ${url}`) ? message : `GET ${url}: ${message}`);
  }
  const doc = jsYaml.load(text, { json: true });
  if (!doc?.entries) throw new Error(`${url} is not a Helm repository index (no entries)`);
  return { entries: doc.entries };
}

export {
  INDEX_MAX_BYTES,
  versionFacts
};
