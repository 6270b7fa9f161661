import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  parseCertificate,
  splitCertificates
} from "./chunk-E2UNMLHA.js";
import {
  maskSecret
} from "./chunk-PQWGC63K.js";
import {
  ConfigurationError
} from "./chunk-HPEVLKEG.js";
import {
  js_yaml_default
} from "./chunk-YB4FYT7K.js";

// src/linkerd/identity-cluster.ts
var ISSUER_SECRET = "linkerd-identity-issuer";
var TRUST_ROOTS_CM = "linkerd-identity-trust-roots";
var CONFIG_CM = "linkerd-config";
var PENDING_ANCHOR_SECRET = "meshci-pending-trust-anchor";
var PROXY_TRUST_ENV = "LINKERD2_PROXY_IDENTITY_TRUST_ANCHORS";
var CONTROL_PLANE_NS_LABEL = "linkerd.io/control-plane-ns";
var toBase64 = (s) => Buffer.from(s, "utf8").toString("base64");
var fromBase64 = (s) => Buffer.from(s, "base64").toString("utf8");
var b64 = (s) => s === void 0 ? void 0 : fromBase64(s);
async function readIdentityState(cluster, namespace) {
  const config = await cluster.get({ apiVersion: "v1", kind: "ConfigMap", namespace, name: CONFIG_CM });
  if (!config) {
    throw new ConfigurationError(`Linkerd is not installed in namespace '${namespace}': ConfigMap ${CONFIG_CM} not found (input 'namespace')`);
  }
  const values = js_yaml_default.load(config.data?.["values"] ?? "") ?? {};
  const identity = values["identity"] ?? {};
  const scheme = identity.issuer?.scheme === "kubernetes.io/tls" ? "kubernetes.io/tls" : "linkerd.io/tls";
  const externalCA = identity.externalCA === true;
  const roots = await cluster.get({ apiVersion: "v1", kind: "ConfigMap", namespace, name: TRUST_ROOTS_CM });
  let bundlePem;
  let bundleSource;
  if (roots?.data?.["ca-bundle.crt"]) {
    bundlePem = roots.data["ca-bundle.crt"];
    bundleSource = `ConfigMap ${namespace}/${TRUST_ROOTS_CM} key ca-bundle.crt`;
  } else if (typeof values["identityTrustAnchorsPEM"] === "string" && values["identityTrustAnchorsPEM"]) {
    bundlePem = values["identityTrustAnchorsPEM"];
    bundleSource = `ConfigMap ${namespace}/${CONFIG_CM} values.identityTrustAnchorsPEM`;
  } else {
    throw new ConfigurationError(`No trust bundle found in namespace '${namespace}': neither ${TRUST_ROOTS_CM} nor identityTrustAnchorsPEM in ${CONFIG_CM}`);
  }
  const secret = await cluster.get({ apiVersion: "v1", kind: "Secret", namespace, name: ISSUER_SECRET });
  if (!secret) throw new ConfigurationError(`Secret ${namespace}/${ISSUER_SECRET} not found: the identity issuer is missing`);
  const [crtKey, keyKey] = scheme === "kubernetes.io/tls" ? ["tls.crt", "tls.key"] : ["crt.pem", "key.pem"];
  const issuerPem = b64(secret.data?.[crtKey]);
  const issuerKeyPem = b64(secret.data?.[keyKey]);
  const external = scheme === "kubernetes.io/tls";
  if (!issuerPem) throw new ConfigurationError(`key ${crtKey} containing the issuer certificate needs to exist in secret ${ISSUER_SECRET} if --identity-external-issuer=${external}`);
  if (!issuerKeyPem) throw new ConfigurationError(`key ${keyKey} containing the issuer private key needs to exist in secret ${ISSUER_SECRET} if --identity-external-issuer=${external}`);
  maskSecret(issuerKeyPem);
  if (external && secret.data?.["ca.crt"] && !roots) {
    bundlePem = b64(secret.data["ca.crt"]) ?? bundlePem;
    bundleSource = `Secret ${namespace}/${ISSUER_SECRET} key ca.crt`;
  }
  const labels = config.metadata.labels ?? {};
  const ann = config.metadata.annotations ?? {};
  const helm = labels["app.kubernetes.io/managed-by"] === "Helm" && ann["meta.helm.sh/release-name"] ? { release: ann["meta.helm.sh/release-name"], namespace: ann["meta.helm.sh/release-namespace"] ?? namespace } : void 0;
  return {
    namespace,
    scheme,
    externalCA,
    legacyConfig: !roots,
    bundlePem,
    bundleSource,
    issuerPem,
    issuerKeyPem,
    issuerSource: `Secret ${namespace}/${ISSUER_SECRET} key ${crtKey}`,
    helm,
    values,
    linkerdVersion: typeof values["linkerdVersion"] === "string" ? values["linkerdVersion"] : void 0
  };
}
var WORKLOAD_LABELS = [
  ["linkerd.io/proxy-deployment", "Deployment"],
  ["linkerd.io/proxy-statefulset", "StatefulSet"],
  ["linkerd.io/proxy-daemonset", "DaemonSet"]
];
async function listMeshedPods(cluster, controlPlaneNs) {
  const pods = await cluster.list("v1", "Pod", { labelSelector: `${CONTROL_PLANE_NS_LABEL}=${controlPlaneNs}` });
  return pods.filter((p) => !p.metadata?.deletionTimestamp).map((p) => {
    const labels = p.metadata?.labels ?? {};
    const spec = p["spec"] ?? {};
    const proxy = [...spec.containers ?? [], ...spec.initContainers ?? []].find((c) => c?.name === "linkerd-proxy");
    const env = (proxy?.env ?? []).find((e) => e.name === PROXY_TRUST_ENV);
    const wl = WORKLOAD_LABELS.find(([l]) => labels[l]);
    let anchors;
    if (env?.value) {
      try {
        anchors = splitCertificates(env.value).map(parseCertificate);
      } catch {
        anchors = [];
      }
    }
    return {
      namespace: p.metadata?.namespace ?? "",
      name: p.metadata?.name ?? "",
      workload: wl ? { kind: wl[1], name: labels[wl[0]] } : void 0,
      anchors,
      byReference: !env?.value && !!env?.valueFrom
    };
  });
}
function carriesAnchor(pod, anchor) {
  return !!pod.anchors?.some((a) => a.fingerprintSha256 === anchor.fingerprintSha256);
}
function podsLacking(pods, anchor, controlPlaneNs) {
  return pods.filter((p) => p.namespace !== controlPlaneNs && !p.byReference && !carriesAnchor(p, anchor));
}
function parseBundle(pem) {
  return splitCertificates(pem).map(parseCertificate);
}

export {
  ISSUER_SECRET,
  TRUST_ROOTS_CM,
  CONFIG_CM,
  PENDING_ANCHOR_SECRET,
  toBase64,
  fromBase64,
  readIdentityState,
  listMeshedPods,
  podsLacking,
  parseBundle
};
