import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  keyMatchesCert,
  parseCertificate,
  parsePrivateKey,
  signedBy,
  splitCertificates
} from "./chunk-ITZIBZIF.js";
import {
  maskSecret
} from "./chunk-ZE2P5GGQ.js";
import {
  jsYaml
} from "./chunk-U5AVLZRE.js";
import {
  ConfigurationError,
  getErrorMessage
} from "./chunk-HPEVLKEG.js";

// src/certs/rules.ts
var IDENTITY = "linkerd-identity";
var MESHCI_IDENTITY = "meshci-identity";
var HINT = "https://linkerd.io/2/checks/#";
var DAY = 864e5;
function checkIdentity(m, opts) {
  const ctx = { anchors: [] };
  const legacy = opts.version.minor < 12;
  const days = Math.round(opts.minValidityMs / DAY);
  const steps = [
    {
      description: "certificate config is valid",
      hint: "l5d-identity-cert-config-valid",
      fatal: true,
      run: () => {
        try {
          const blocks = splitCertificates(m.issuer.text);
          ctx.issuer = parseCertificate(blocks[0]);
        } catch (e) {
          return where("issuer", m.issuer.source, e);
        }
        if (m.issuerKey) {
          try {
            ctx.key = parsePrivateKey(m.issuerKey.text);
          } catch (e) {
            return where("issuer-key", m.issuerKey.source, e);
          }
          if (!keyMatchesCert(ctx.issuer, ctx.key)) {
            return `${m.issuerKey.source}: tls: Public and private key do not match (the key does not belong to the issuer certificate in ${m.issuer.source})`;
          }
        }
        try {
          ctx.anchors = splitCertificates(m.anchors.text).map(parseCertificate);
        } catch (e) {
          return where("trust-anchor", m.anchors.source, e);
        }
        return void 0;
      }
    },
    {
      description: "trust anchors are using supported crypto algorithm",
      hint: "l5d-identity-trustAnchors-use-supported-crypto",
      fatal: true,
      input: "trust-anchor",
      run: () => listErrors("Invalid trustAnchors", ctx.anchors, (a) => legacy ? legacyAlgo(a) : anchorAlgo(a))
    },
    {
      description: "trust anchors are within their validity period",
      hint: "l5d-identity-trustAnchors-are-time-valid",
      fatal: true,
      input: "trust-anchor",
      run: () => listErrors("Invalid anchors", ctx.anchors, (a) => validity(a, opts.now))
    },
    {
      description: `trust anchors are valid for at least ${days} days`,
      hint: "l5d-identity-trustAnchors-not-expiring-soon",
      fatal: false,
      warnOnly: true,
      input: "trust-anchor",
      run: () => listErrors("Anchors expiring soon", ctx.anchors, (a) => expiringSoon(a, opts))
    },
    {
      description: "issuer cert is using supported crypto algorithm",
      hint: "l5d-identity-issuer-cert-uses-supported-crypto",
      fatal: true,
      input: "issuer",
      run: () => legacy ? legacyAlgo(ctx.issuer) : issuerAlgo(ctx.issuer)
    },
    {
      description: "issuer cert is within its validity period",
      hint: "l5d-identity-issuer-cert-is-time-valid",
      fatal: true,
      input: "issuer",
      run: () => prefix("issuer certificate is ", validity(ctx.issuer, opts.now))
    },
    {
      description: `issuer cert is valid for at least ${days} days`,
      hint: "l5d-identity-issuer-cert-not-expiring-soon",
      fatal: false,
      warnOnly: true,
      input: "issuer",
      run: () => prefix("issuer certificate ", expiringSoon(ctx.issuer, opts))
    },
    {
      description: "issuer cert is issued by the trust anchor",
      hint: "l5d-identity-issuer-cert-issued-by-trust-anchor",
      fatal: false,
      input: "issuer",
      run: () => verifyChain(ctx.issuer, ctx.anchors, opts.now)
    }
  ];
  const checks = runSteps(IDENTITY, steps);
  if (ctx.issuer && !checks.some((c) => c.result === "error" && c.description === "certificate config is valid")) {
    checks.push(
      ...runSteps(MESHCI_IDENTITY, [
        {
          description: "issuer cert is a CA",
          hint: "",
          fatal: false,
          input: "issuer",
          run: () => ctx.issuer.isCA ? void 0 : "failed to verify issuer certificate: it must be an intermediate-CA, but it is not (the identity controller refuses to start)"
        },
        {
          description: "trust anchors are CA certificates",
          hint: "",
          fatal: false,
          input: "trust-anchor",
          run: () => listErrors(
            "Invalid trustAnchors",
            ctx.anchors,
            (a) => a.basicConstraintsValid && a.isCA ? void 0 : "is not a CA certificate (basicConstraints CA:TRUE is required to sign issuers)"
          )
        },
        {
          description: "trust anchors allow an issuer below them",
          hint: "",
          fatal: false,
          warnOnly: true,
          input: "trust-anchor",
          run: () => listErrors(
            "Anchors with pathlen 0",
            ctx.anchors,
            (a) => a.pathLen === 0 ? "has pathlen:0, so an issuer below it cannot sign proxy certificates for strict verifiers" : void 0
          )
        }
      ])
    );
  }
  const result = checks.some((c) => c.result === "error") ? "error" : checks.some((c) => c.result === "warning") ? "warning" : "success";
  return { checks, anchors: ctx.anchors, issuer: ctx.issuer, issuerKey: ctx.key, result };
}
function runSteps(category, steps) {
  const out = [];
  let stopped = false;
  for (const s of steps) {
    if (stopped) {
      out.push({ category, description: s.description, result: "error", skipped: true, error: "not run: an earlier fatal check failed" });
      continue;
    }
    const err = s.run();
    if (err === void 0) {
      out.push({ category, description: s.description, result: "success" });
      continue;
    }
    const entry = {
      category,
      description: s.description,
      result: s.warnOnly ? "warning" : "error",
      error: err,
      ...s.hint ? { hint: HINT + s.hint } : {},
      ...s.input ? { input: s.input } : {}
    };
    out.push(entry);
    if (s.fatal) stopped = true;
  }
  return out;
}
function where(input, source, e) {
  const msg = getErrorMessage(e);
  return `${source}: ${msg}` + (source.includes(`'${input}'`) ? "" : ` (input '${input}')`);
}
function listErrors(title, certs, f) {
  const errs = certs.map((c) => [c, f(c)]).filter(([, e]) => e !== void 0);
  if (errs.length === 0) return void 0;
  return `${title}:
` + errs.map(([c, e]) => `	* ${c.serial} ${c.subjectCN} ${e}`).join("\n");
}
function prefix(p, msg) {
  return msg === void 0 ? void 0 : p + msg;
}
var rfc3339 = (d) => d.toISOString().replace(/\.\d{3}Z$/, "Z");
function validity(c, now) {
  if (c.notBefore.getTime() > now.getTime()) return `not valid before: ${rfc3339(c.notBefore)}`;
  if (c.notAfter.getTime() < now.getTime()) return `not valid anymore. Expired on ${rfc3339(c.notAfter)}`;
  return void 0;
}
function expiringSoon(c, opts) {
  if (opts.now.getTime() + opts.minValidityMs > c.notAfter.getTime()) return `will expire on ${rfc3339(c.notAfter)}`;
  return void 0;
}
function legacyAlgo(c) {
  if (c.keyAlgorithm !== "ECDSA") return `must use ECDSA for public key algorithm, instead ${c.keyAlgorithm} was used`;
  if (c.curve !== "P-256") return `must use P-256 curve for public key, instead ${c.curve} was used`;
  if (c.signatureAlgorithm !== "ECDSAWithSHA256") {
    return `must be signed by an ECDSA P-256 key, instead ${c.signatureAlgorithm} was used`;
  }
  return void 0;
}
function anchorAlgo(c) {
  if (c.keyAlgorithm === "ECDSA") {
    if (c.curve !== "P-256") return `must use P-256 curve for public key, instead ${c.curve} was used`;
    if (c.signatureAlgorithm !== "ECDSAWithSHA256" && c.signatureAlgorithm !== "SHA256WithRSA") {
      return `must be signed with ECDSAWithSHA256 or SHA256WithRSA, instead ${c.signatureAlgorithm} was used`;
    }
    return void 0;
  }
  if (c.keyAlgorithm === "RSA") {
    if (c.rsaBits !== 2048 && c.rsaBits !== 4096) return `must use RSA 2048 or 4096 bits for public key, instead ${c.rsaBits} bits were used`;
    if (c.signatureAlgorithm !== "SHA256WithRSA") return `must be signed with SHA256WithRSA, instead ${c.signatureAlgorithm} was used`;
    return void 0;
  }
  return `must use ECDSA or RSA for public key algorithm, instead ${c.keyAlgorithm} was used`;
}
function issuerAlgo(c) {
  if (c.keyAlgorithm !== "ECDSA") return `issuer certificate must use ECDSA for public key algorithm, instead ${c.keyAlgorithm} was used`;
  if (c.curve !== "P-256") return `issuer certificate must use P-256 curve for public key, instead ${c.curve} was used`;
  if (c.signatureAlgorithm !== "ECDSAWithSHA256" && c.signatureAlgorithm !== "SHA256WithRSA") {
    return `issuer certificate must be signed with ECDSAWithSHA256 or SHA256WithRSA, instead ${c.signatureAlgorithm} was used`;
  }
  return void 0;
}
function verifyChain(issuer, anchors, now) {
  const candidates = anchors.filter((a) => a.native.subject === issuer.native.issuer);
  const signer = candidates.find((a) => signedBy(issuer, a));
  if (!signer) {
    return "x509: certificate signed by unknown authority" + (candidates.length ? " (an anchor has the right name but its key did not sign this issuer)" : ` (no anchor in the bundle is named '${issuer.issuerCN}')`);
  }
  for (const c of [issuer, signer]) {
    if (validity(c, now)) return `x509: certificate has expired or is not yet valid: ${c.subjectCN} ${validity(c, now)}`;
    if (c.extKeyUsage.length > 0 && !c.extKeyUsage.includes("serverAuth") && !c.extKeyUsage.includes("any")) {
      return `x509: certificate specifies an incompatible key usage (${c.subjectCN} has EKU ${c.extKeyUsage.join(", ")})`;
    }
  }
  return void 0;
}
function oneLine(c) {
  return (c.error ?? "").replace(/\n\t?/g, " ");
}
function errorList(checks, opts = {}) {
  const errors = checks.filter((c) => c.result === "error" && !c.skipped);
  if (errors.length === 0) return void 0;
  return errors.map((c) => `${c.description}${opts.withInput && c.input ? ` (input '${c.input}')` : ""}: ${oneLine(c)}`).join("; ");
}
function daysLeft(c, now) {
  return Math.floor((c.notAfter.getTime() - now.getTime()) / DAY);
}

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
var LinkerdNotInstalled = class extends ConfigurationError {
};
async function readLinkerdConfig(cluster, namespace) {
  const config = await cluster.get({ apiVersion: "v1", kind: "ConfigMap", namespace, name: CONFIG_CM });
  if (!config) {
    throw new LinkerdNotInstalled(`Linkerd is not installed in namespace '${namespace}': ConfigMap ${CONFIG_CM} not found (input 'namespace')`);
  }
  return { config, values: jsYaml.load(config.data?.["values"] ?? "") ?? {} };
}
async function readIdentityState(cluster, namespace) {
  const { config, values } = await readLinkerdConfig(cluster, namespace);
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
  if (!issuerPem)
    throw new ConfigurationError(
      `key ${crtKey} containing the issuer certificate needs to exist in secret ${ISSUER_SECRET} if --identity-external-issuer=${external}`
    );
  if (!issuerKeyPem)
    throw new ConfigurationError(
      `key ${keyKey} containing the issuer private key needs to exist in secret ${ISSUER_SECRET} if --identity-external-issuer=${external}`
    );
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
  checkIdentity,
  rfc3339,
  oneLine,
  errorList,
  daysLeft,
  ISSUER_SECRET,
  TRUST_ROOTS_CM,
  CONFIG_CM,
  PENDING_ANCHOR_SECRET,
  toBase64,
  fromBase64,
  LinkerdNotInstalled,
  readLinkerdConfig,
  readIdentityState,
  listMeshedPods,
  podsLacking,
  parseBundle
};
