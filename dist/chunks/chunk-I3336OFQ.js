import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  pullRequestNumber
} from "./chunk-VX5QRBWR.js";
import {
  KIND_VERSION
} from "./chunk-4Y25PLLA.js";
import {
  validateName,
  validateResourceGroup,
  validateSubscription
} from "./chunk-EYHPZM6V.js";
import {
  attempt,
  getBool,
  getDuration,
  getEnum,
  getOptional,
  getSecret,
  inputProblem,
  readInputs,
  validatePinnedRelease
} from "./chunk-GQXCIXW5.js";

// src/actions/teardown/inputs.ts
var PROVIDERS = ["aks", "kind"];
var MODES = ["delete", "reap"];
function getInputs() {
  return readInputs(read);
}
function read() {
  const provider = getEnum("provider", PROVIDERS, "aks");
  const mode = getEnum("mode", MODES, "delete");
  const pr = pullRequestNumber();
  const given = getOptional("name");
  const name = given !== void 0 ? attempt(() => validateName("name", given), given) : pr ? `pr-${pr}` : void 0;
  const resourceGroup = attempt(() => validateResourceGroup("resource-group", getOptional("resource-group")), void 0);
  if (mode === "delete" && !name && !resourceGroup) inputProblem("Input 'name' is required for mode delete outside a pull request (or give 'resource-group')");
  if (provider === "kind" && !name) inputProblem("Input 'name' is required for provider kind (the environment whose kind cluster to delete)");
  if (mode === "reap" && provider !== "aks") inputProblem("Input 'mode' reap works with provider aks (kind clusters live as long as their Docker host)");
  const subscription = attempt(() => validateSubscription("subscription-id", getOptional("subscription-id"), provider), void 0);
  const kindVersion = validatePinnedRelease("kind-version", getOptional("kind-version"), KIND_VERSION);
  return {
    provider,
    mode,
    name,
    subscription,
    resourceGroup,
    wait: getBool("wait", true),
    dryRun: getBool("dry-run", false),
    allRepositories: getBool("all-repositories", false),
    removeRegistry: getBool("remove-registry", false),
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
