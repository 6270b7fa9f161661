import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  parseLinkerdVersion
} from "./chunk-V55V5RA2.js";
import {
  attempt,
  getBool,
  getDuration,
  getEnum,
  getKubeconfig,
  getOptional,
  getPemOrFile,
  getSecret,
  inputProblem,
  readInputs,
  validateKeyFolder
} from "./chunk-BN3KMUHI.js";
import {
  ConfigurationError
} from "./chunk-HPEVLKEG.js";

// src/linkerd/phases.ts
var ROTATION_PHASES = ["auto", "bundle", "issuer", "finalize"];

// src/actions/certs/inputs.ts
var MODES = ["generate", "check", "rotate-issuer", "rotate-anchor"];
var HOUR = 36e5;
var DAY = 24 * HOUR;
function getInputs() {
  return readInputs(read);
}
function read() {
  const mode = getEnum("mode", MODES, "generate");
  const inputs = {
    mode,
    linkerdVersion: attempt(
      () => parseLinkerdVersion("linkerd-version", getOptional("linkerd-version") ?? "edge-26.8.3"),
      parseLinkerdVersion("linkerd-version", "edge-26.8.3")
    ),
    trustAnchor: getPemOrFile("trust-anchor", { secret: false }),
    trustAnchorKey: getPemOrFile("trust-anchor-key", { secret: true }),
    issuer: getPemOrFile("issuer", { secret: false }),
    issuerKey: getPemOrFile("issuer-key", { secret: true }),
    anchorValidityMs: getDuration("anchor-validity", "87600h", { min: HOUR, max: 100 * 365 * DAY }),
    issuerValidityMs: getDuration("issuer-validity", "8760h", { min: HOUR, max: 100 * 365 * DAY }),
    minValidityMs: getDuration("min-validity", "60d", { min: 0, max: 100 * 365 * DAY }),
    outputDir: ((d) => d === void 0 ? void 0 : validateKeyFolder("output-dir", d))(getOptional("output-dir")),
    outputPrivateKeys: getBool("output-private-keys", false),
    overwrite: getBool("overwrite", false),
    kubeconfig: getKubeconfig("kubeconfig"),
    namespace: getOptional("namespace") ?? "linkerd",
    phase: getEnum("phase", ROTATION_PHASES, "auto"),
    timeoutMs: getDuration("timeout", "10m", { min: 1e3, max: 6 * HOUR }),
    restartWorkloads: getBool("restart-workloads", true),
    helmRepo: getOptional("helm-repo"),
    keyVault: attempt(() => keyVault(getOptional("key-vault-url"), getOptional("key-vault-secret") ?? "linkerd-trust-anchor"), void 0),
    openIssue: getBool("open-issue", false),
    githubToken: getSecret("github-token"),
    issueTitle: getOptional("issue-title") ?? "Linkerd identity certificates need attention"
  };
  validate(inputs);
  return inputs;
}
var supplied = (name) => getOptional(name) !== void 0;
function validate(i) {
  if (i.mode === "generate") {
    if (supplied("trust-anchor") !== supplied("trust-anchor-key")) {
      inputProblem(
        "Inputs 'trust-anchor' and 'trust-anchor-key' go together: give both to sign a new issuer under an existing anchor, or neither to create a new anchor"
      );
    }
    if (i.issuerValidityMs > i.anchorValidityMs && !i.trustAnchor) {
      inputProblem("Input 'issuer-validity' is longer than 'anchor-validity': an issuer cannot outlive the trust anchor that signs it");
    }
  }
  if (i.mode === "check") {
    const given = ["trust-anchor", "issuer"].filter(supplied).length;
    if (given === 1) {
      inputProblem("Mode 'check' needs both 'trust-anchor' (the bundle) and 'issuer', or neither to read them from the cluster");
    }
  }
  if (i.openIssue && !i.githubToken) {
    inputProblem("Input 'open-issue' is true but 'github-token' is empty");
  }
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(i.namespace)) {
    inputProblem(`Input 'namespace' has invalid value '${i.namespace}': expected a Kubernetes namespace name`);
  }
}
function keyVault(url, secret) {
  if (!url) return void 0;
  let u;
  try {
    u = new URL(url);
  } catch {
    throw new ConfigurationError(`Input 'key-vault-url' has invalid value '${url}': expected https://<vault-name>.vault.azure.net`);
  }
  if (u.protocol !== "https:") throw new ConfigurationError(`Input 'key-vault-url' has invalid value '${url}': Key Vault is reached over https only`);
  if (!/^[0-9A-Za-z-]{1,120}$/.test(secret)) {
    throw new ConfigurationError(`Input 'key-vault-secret' has invalid value '${secret}': Key Vault secret names are 1-120 letters, digits and dashes`);
  }
  return { url: u.origin, secret };
}

export {
  getInputs
};
