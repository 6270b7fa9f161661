import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  formatDuration
} from "./chunk-YICLTDNQ.js";
import {
  ClusterError
} from "./chunk-HPEVLKEG.js";
import "./chunk-J36IR65A.js";

// src/deploy/remove.ts
var MESHCI_LABEL = "app.kubernetes.io/managed-by=meshci";
var LABELLED = [
  { apiVersion: "v1", kind: "ConfigMap" },
  { apiVersion: "v1", kind: "Secret" },
  { apiVersion: "coordination.k8s.io/v1", kind: "Lease" },
  { apiVersion: "batch/v1", kind: "Job" },
  { apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy" }
];
function uninstallOrder(releases) {
  const rank = (r) => {
    const chart = r.chart.replace(/-\d.*$/, "");
    if (chart === "linkerd-crds") return 3;
    if (chart === "linkerd-control-plane" || chart === "linkerd2") return 2;
    if (chart === "linkerd2-cni") return 1.5;
    return 1;
  };
  return [...releases].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name));
}
async function removeDeployed(cluster, helm, o) {
  const out = { releases: [], namespaces: [], objects: [], kept: [] };
  for (const r of uninstallOrder(await helm.listLabelled(MESHCI_LABEL))) {
    await helm.uninstall(r.namespace, r.name, o.timeoutMs);
    out.releases.push(`${r.namespace}/${r.name} (${r.chart})`);
    o.log.info(`uninstalled Helm release ${r.namespace}/${r.name} (${r.chart}, ${r.status})`);
  }
  const namespaces = await cluster.list("v1", "Namespace", { labelSelector: MESHCI_LABEL });
  for (const ns of namespaces) {
    const name = ns.metadata.name;
    await cluster.delete({ apiVersion: "v1", kind: "Namespace", name });
    out.namespaces.push(name);
  }
  const t0 = Date.now();
  for (const name of out.namespaces) {
    await waitGone(cluster, name, Math.max(1e3, o.timeoutMs - (Date.now() - t0)));
    o.log.info(`deleted namespace ${name}`);
  }
  for (const kind of LABELLED) {
    for (const obj of await cluster.list(kind.apiVersion, kind.kind, { labelSelector: MESHCI_LABEL })) {
      const ref = { apiVersion: kind.apiVersion, kind: kind.kind, namespace: obj.metadata?.namespace, name: obj.metadata.name };
      if (await cluster.delete(ref, { propagation: "Background" }))
        out.objects.push(`${kind.kind.toLowerCase()}/${ref.name}${ref.namespace ? ` in ${ref.namespace}` : ""}`);
    }
  }
  const crds = await cluster.list("apiextensions.k8s.io/v1", "CustomResourceDefinition", {});
  for (const c of crds) {
    const a = c.metadata?.annotations ?? {};
    if (a["helm.sh/resource-policy"] === "keep" && out.releases.some((r) => r.startsWith(`${a["meta.helm.sh/release-namespace"]}/${a["meta.helm.sh/release-name"]} `)))
      out.kept.push(`crd/${c.metadata.name}`);
  }
  if (out.kept.length) o.log.info(`kept, as their chart asks (helm.sh/resource-policy: keep): ${out.kept.join(", ")}`);
  o.log.info(
    `removed ${out.releases.length} release(s), ${out.namespaces.length} namespace(s), ${out.objects.length} other object(s) in ${formatDuration(Date.now() - t0)}`
  );
  return out;
}
async function waitGone(cluster, name, timeoutMs) {
  const ref = { apiVersion: "v1", kind: "Namespace", name };
  const cur = await cluster.get(ref);
  if (!cur) return;
  const gone = await cluster.watch(
    { apiVersion: "v1", kind: "Namespace" },
    { fieldSelector: `metadata.name=${name}`, resourceVersion: cur.metadata?.resourceVersion, timeoutMs },
    (ev) => ev.type === "DELETED" ? true : void 0
  );
  if (gone || !await cluster.get(ref)) return;
  const phase = cur["status"]?.phase ?? "Active";
  throw new ClusterError(
    "wait for deletion of",
    `namespace/${name}`,
    void 0,
    `still there after ${formatDuration(timeoutMs)} (${phase}): its finalizers have not run \u2014 kubectl get namespace ${name} -o yaml shows the conditions`
  );
}
export {
  MESHCI_LABEL,
  removeDeployed,
  uninstallOrder
};
