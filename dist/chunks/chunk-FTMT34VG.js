import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  escapeHtml
} from "./chunk-BB6DVLOI.js";
import {
  nearest
} from "./chunk-WK2HTM6I.js";
import {
  parseDuration
} from "./chunk-YICLTDNQ.js";
import {
  require_crypto
} from "./chunk-TC7UFU3S.js";
import {
  ConfigurationError
} from "./chunk-HPEVLKEG.js";
import {
  __toESM
} from "./chunk-J36IR65A.js";

// src/env/spec.ts
var import_node_crypto = __toESM(require_crypto(), 1);

// src/data/azure-regions.json
var azure_regions_default = {
  _comment: `Azure public-cloud regions that host AKS (az account list-locations --query "[?metadata.regionType=='Physical'].name"). Extend when Azure adds one; the provision action refuses names not listed so a typo fails before any Azure call.`,
  regions: [
    "australiacentral",
    "australiacentral2",
    "australiaeast",
    "australiasoutheast",
    "austriaeast",
    "belgiumcentral",
    "brazilsouth",
    "brazilsoutheast",
    "canadacentral",
    "canadaeast",
    "centralindia",
    "centralus",
    "chilecentral",
    "denmarkeast",
    "eastasia",
    "eastus",
    "eastus2",
    "francecentral",
    "francesouth",
    "germanynorth",
    "germanywestcentral",
    "indonesiacentral",
    "israelcentral",
    "italynorth",
    "japaneast",
    "japanwest",
    "jioindiacentral",
    "jioindiawest",
    "koreacentral",
    "koreasouth",
    "malaysiawest",
    "mexicocentral",
    "newzealandnorth",
    "northcentralus",
    "northeurope",
    "norwayeast",
    "norwaywest",
    "polandcentral",
    "qatarcentral",
    "southafricanorth",
    "southafricawest",
    "southcentralus",
    "southeastasia",
    "southindia",
    "spaincentral",
    "swedencentral",
    "swedensouth",
    "switzerlandnorth",
    "switzerlandwest",
    "uaecentral",
    "uaenorth",
    "uksouth",
    "ukwest",
    "westcentralus",
    "westeurope",
    "westindia",
    "westus",
    "westus2",
    "westus3"
  ]
};

// src/env/spec.ts
var TAG_ENV = "meshci-env";
var TAG_REPOSITORY = "meshci-repository";
var TAG_PR = "meshci-pr";
var TAG_OWNER = "meshci-owner";
var TAG_EXPIRES = "expires-at";
var NAME = /^[a-z0-9]([a-z0-9-]{0,28}[a-z0-9])?$/;
function validateName(input, v) {
  if (!NAME.test(v))
    throw new ConfigurationError(
      `Input '${input}' has invalid value '${v}': expected 1\u201330 lowercase letters, digits and dashes, starting and ending with a letter or digit (e.g. pr-42)`
    );
  return v;
}
function defaultName(pr, runId) {
  if (pr) return `pr-${pr}`;
  return `run-${runId ?? Date.now().toString(36)}`;
}
var slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
function namesFor(env, repository, subscription, resourceGroup) {
  const repo = slug(repository) || "repo";
  const rg = resourceGroup ?? `meshci-${repo}-${env}`.slice(0, 90);
  const hash = (0, import_node_crypto.createHash)("sha256").update(`${subscription}/${rg}`).digest("hex");
  return {
    env,
    resourceGroup: rg,
    cluster: `aks-${env}`.slice(0, 63),
    dnsPrefix: `${`${repo}-${env}`.slice(0, 45).replace(/-+$/, "")}-${hash.slice(0, 6)}`,
    acr: `meshci${(repo + env).replace(/[^a-z0-9]/g, "").slice(0, 32)}${hash.slice(0, 8)}`
  };
}
function validateResourceGroup(input, v) {
  if (v !== void 0 && !/^[-\w._()]{0,89}[-\w_()]$/.test(v))
    throw new ConfigurationError(`Input '${input}' has invalid value '${v}': 1\u201390 letters, digits, '-', '_', '.', '(', ')', not ending in '.'`);
  return v;
}
function validateSubscription(input, given, provider) {
  const v = given ?? process.env["AZURE_SUBSCRIPTION_ID"];
  if (provider !== "aks") return v;
  if (!v) throw new ConfigurationError(`Input '${input}' is required for provider aks (or set AZURE_SUBSCRIPTION_ID)`);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v))
    throw new ConfigurationError(`Input '${input}' has invalid value '${v}': expected a GUID`);
  return v;
}
function kindClusterName(env) {
  return `meshci-${env}`.slice(0, 40);
}
function validateRegion(input, v) {
  const r = v.toLowerCase().replace(/\s+/g, "");
  if (azure_regions_default.regions.includes(r)) return r;
  const near = nearest(r, azure_regions_default.regions, 3);
  throw new ConfigurationError(
    `Input '${input}' has invalid value '${v}': not an Azure region that hosts AKS; did you mean ${near.join(", ")}? (list: az account list-locations -o table)`
  );
}
function validateVmSize(input, v) {
  if (!/^Standard_[A-Z][A-Za-z0-9]*(_[A-Za-z0-9]+)*$/.test(v)) {
    throw new ConfigurationError(
      `Input '${input}' has invalid value '${v}': expected an Azure VM size such as Standard_D4s_v5 or Standard_B4ms (az vm list-sizes -l <region>)`
    );
  }
  return v;
}
function validateKubernetesVersion(input, v) {
  if (v === void 0) return void 0;
  if (!/^1\.\d{1,2}(\.\d{1,3})?$/.test(v))
    throw new ConfigurationError(
      `Input '${input}' has invalid value '${v}': expected 1.<minor> or 1.<minor>.<patch>, e.g. 1.31 (az aks get-versions -l <region>)`
    );
  return v;
}
function expiresAt(input, ttl, now) {
  const ms = parseDuration(input, ttl, { min: 15 * 6e4, max: 30 * 864e5 });
  return new Date(now.getTime() + ms);
}
function tagsFor(o) {
  return {
    [TAG_ENV]: o.env,
    [TAG_REPOSITORY]: o.repository,
    ...o.pr ? { [TAG_PR]: String(o.pr) } : {},
    ...o.owner ? { [TAG_OWNER]: o.owner } : {},
    [TAG_EXPIRES]: o.expiresAt.toISOString().replace(/\.\d{3}Z$/, "Z")
  };
}
function expiryOf(tags) {
  const v = tags?.[TAG_EXPIRES];
  if (!v) return void 0;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? void 0 : d;
}
function environmentComment(o) {
  const rows = o.lines.map(([k, v]) => `<tr><td>${escapeHtml(k)}</td><td>${escapeHtml(v)}</td></tr>`).join("");
  return [
    `<h3>\u{1F7E2} meshci environment <code>${escapeHtml(o.env)}</code> is up (${escapeHtml(o.provider)})</h3>`,
    `<table>${rows}</table>`,
    o.connect ? `<p>Connect: <code>${escapeHtml(o.connect)}</code></p>` : "",
    `<p>Deleted when the pull request closes${o.expiresAt ? `, or by the reaper after ${escapeHtml(o.expiresAt)} (every push extends it)` : ""}.</p>`
  ].filter(Boolean).join("\n");
}
function deletedComment(env, what, at) {
  return `<h3>\u26AA meshci environment <code>${escapeHtml(env)}</code> was deleted</h3>
<p>${escapeHtml(what)} at ${at.toISOString().replace(/\.\d{3}Z$/, "Z")}.</p>`;
}

export {
  TAG_ENV,
  TAG_REPOSITORY,
  TAG_PR,
  NAME,
  validateName,
  defaultName,
  namesFor,
  validateResourceGroup,
  validateSubscription,
  kindClusterName,
  validateRegion,
  validateVmSize,
  validateKubernetesVersion,
  expiresAt,
  tagsFor,
  expiryOf,
  environmentComment,
  deletedComment
};
