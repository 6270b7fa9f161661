import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  parseRecordInput
} from "./chunk-NNUI2ZJU.js";
import {
  pullRequestNumber
} from "./chunk-6MFHYSBY.js";
import {
  KIND_VERSION
} from "./chunk-4Y25PLLA.js";
import {
  validateName,
  validateResourceGroup,
  validateSubscription
} from "./chunk-FTMT34VG.js";
import {
  attempt,
  enumRefused,
  getBool,
  getDuration,
  getEnum,
  getKubeconfig,
  getOptional,
  getSecret,
  inputProblem,
  readInputs,
  validatePinnedRelease
} from "./chunk-BN3KMUHI.js";

// src/actions/teardown/inputs.ts
var PROVIDERS = ["aks", "kind", "existing"];
var MODES = ["delete", "reap"];
function getInputs() {
  return readInputs(read);
}
function read() {
  const mode = getEnum("mode", MODES, "delete");
  const recordText = getOptional("record");
  const record = recordText === void 0 ? void 0 : attempt(() => parseRecordInput("record", recordText), void 0);
  const providerGiven = getEnum("provider", PROVIDERS, "aks");
  const provider = record?.provider ?? providerGiven;
  if (record && mode === "reap")
    inputProblem("Input 'record' is for mode delete (it names one environment); mode reap finds expired environments by their tags");
  const pr = pullRequestNumber();
  const given = getOptional("name");
  if (record && given !== void 0 && given !== record.name)
    inputProblem(`Input 'name' is '${given}' but the record names environment '${record.name}': give one of them`);
  const name = record ? record.name : given !== void 0 ? attempt(() => validateName("name", given), given) : pr ? `pr-${pr}` : void 0;
  const groupGiven = attempt(() => validateResourceGroup("resource-group", getOptional("resource-group")), void 0);
  if (record && groupGiven !== void 0 && (record.provider !== "aks" || groupGiven.toLowerCase() !== record.resourceGroup.toLowerCase())) {
    inputProblem(
      `Input 'resource-group' is '${groupGiven}' but the record names ${record.provider === "aks" ? `resource group ${record.resourceGroup}` : "a kind environment"}: give one of them`
    );
  }
  const resourceGroup = record ? record.provider === "aks" ? record.resourceGroup : void 0 : groupGiven;
  const unsaid = recordText !== void 0 && !record || enumRefused("provider", PROVIDERS);
  if (!unsaid && mode === "delete" && provider !== "existing" && !name && !resourceGroup)
    inputProblem("Input 'name' is required for mode delete outside a pull request (or give 'resource-group' or 'record')");
  if (!unsaid && provider === "kind" && !name) inputProblem("Input 'name' is required for provider kind (the environment whose kind cluster to delete)");
  if (mode === "reap" && provider !== "aks") inputProblem("Input 'mode' reap works with provider aks (kind clusters live as long as their Docker host)");
  const subscriptionGiven = getOptional("subscription-id");
  if (record?.provider === "aks" && subscriptionGiven !== void 0 && subscriptionGiven.toLowerCase() !== record.subscription.toLowerCase()) {
    inputProblem(`Input 'subscription-id' is '${subscriptionGiven}' but the record names subscription ${record.subscription}: give one of them`);
  }
  const subscription = record?.provider === "aks" ? record.subscription : provider === "existing" ? void 0 : unsaid ? void 0 : attempt(() => validateSubscription("subscription-id", subscriptionGiven, provider), void 0);
  const kindVersion = validatePinnedRelease("kind-version", getOptional("kind-version"), KIND_VERSION);
  const removeRegistry = getBool("remove-registry", false);
  return {
    provider,
    ...provider === "existing" ? { kubeconfig: getKubeconfig("kubeconfig") } : {},
    record,
    mode,
    name,
    subscription,
    resourceGroup,
    wait: getBool("wait", true),
    dryRun: getBool("dry-run", false),
    allRepositories: getBool("all-repositories", false),
    // with a record, the registry container goes only when meshci started it
    removeRegistry: record?.provider === "kind" ? record.registry.created : removeRegistry,
    kindVersion,
    timeoutMs: getDuration("timeout", "30m", { min: 6e4, max: 6 * 36e5 }),
    toolsMirror: getOptional("tools-mirror"),
    repository: process.env["GITHUB_REPOSITORY"] ?? "local/meshci",
    comment: getEnum("comment", ["auto", "never"], "auto"),
    githubToken: getSecret("github-token")
  };
}

export {
  getInputs
};
