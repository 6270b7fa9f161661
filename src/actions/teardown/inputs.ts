import { pullRequestNumber } from '../../lib/event.js';
import { getBool, getDuration, getEnum, getOptional, getSecret, validatePinnedRelease, readInputs, inputProblem, attempt } from '../../lib/inputs.js';
import { KIND_VERSION } from '../../tools/versions.js';
import { validateName, validateSubscription, validateResourceGroup } from '../../env/spec.js';

export const PROVIDERS = ['aks', 'kind'] as const;
export const MODES = ['delete', 'reap'] as const;

export interface Inputs {
  provider: (typeof PROVIDERS)[number];
  mode: (typeof MODES)[number];
  name?: string;
  subscription?: string;
  resourceGroup?: string;
  wait: boolean;
  dryRun: boolean;
  allRepositories: boolean;
  removeRegistry: boolean;
  kindVersion: string;
  timeoutMs: number;
  toolsMirror?: string;
  repository: string;
  comment: 'auto' | 'never';
  githubToken?: string;
}

/** The only place the teardown action reads its inputs; every problem is reported at once. */
export function getInputs(): Inputs {
  return readInputs(read);
}

function read(): Inputs {
  const provider = getEnum('provider', PROVIDERS, 'aks');
  const mode = getEnum('mode', MODES, 'delete');
  const pr = pullRequestNumber();
  const given = getOptional('name');
  const name = given !== undefined ? attempt(() => validateName('name', given), given) : pr ? `pr-${pr}` : undefined;
  const resourceGroup = attempt(() => validateResourceGroup('resource-group', getOptional('resource-group')), undefined);
  if (mode === 'delete' && !name && !resourceGroup) inputProblem("Input 'name' is required for mode delete outside a pull request (or give 'resource-group')");
  if (provider === 'kind' && !name) inputProblem("Input 'name' is required for provider kind (the environment whose kind cluster to delete)");
  if (mode === 'reap' && provider !== 'aks') inputProblem("Input 'mode' reap works with provider aks (kind clusters live as long as their Docker host)");
  const subscription = attempt(() => validateSubscription('subscription-id', getOptional('subscription-id'), provider), undefined);
  const kindVersion = validatePinnedRelease('kind-version', getOptional('kind-version'), KIND_VERSION);
  return {
    provider,
    mode,
    name,
    subscription,
    resourceGroup,
    wait: getBool('wait', true),
    dryRun: getBool('dry-run', false),
    allRepositories: getBool('all-repositories', false),
    removeRegistry: getBool('remove-registry', false),
    kindVersion,
    timeoutMs: getDuration('timeout', '30m', { min: 60_000, max: 6 * 3_600_000 }),
    toolsMirror: getOptional('tools-mirror'),
    repository: process.env['GITHUB_REPOSITORY'] ?? 'local/meshci',
    comment: getEnum('comment', ['auto', 'never'] as const, 'auto'),
    githubToken: getSecret('github-token'),
  };
}
