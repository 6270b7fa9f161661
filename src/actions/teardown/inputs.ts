import { pullRequestNumber } from '../../lib/event.js';
import {
  getBool,
  getDuration,
  getEnum,
  enumRefused,
  getKubeconfig,
  getOptional,
  getSecret,
  validatePinnedRelease,
  readInputs,
  inputProblem,
  attempt,
} from '../../runtime/inputs.js';
import { KIND_VERSION } from '../../tools/versions.js';
import { validateName, validateSubscription, validateResourceGroup } from '../../env/spec.js';
import { parseRecordInput, type EnvironmentRecord } from '../../env/record.js';

export const PROVIDERS = ['aks', 'kind', 'existing'] as const;
export const MODES = ['delete', 'reap'] as const;

export interface Inputs {
  provider: (typeof PROVIDERS)[number];
  /** provider existing: the cluster whose meshci-made releases, namespaces and objects are removed */
  kubeconfig?: string;
  /** what provision recorded: when given, exactly this is removed (provider, name, subscription, group from it) */
  record?: EnvironmentRecord;
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
  const mode = getEnum('mode', MODES, 'delete');
  const recordText = getOptional('record');
  const record = recordText === undefined ? undefined : attempt(() => parseRecordInput('record', recordText), undefined);
  // a record says what to remove; the inputs that would say it otherwise must agree with it
  const providerGiven = getEnum('provider', PROVIDERS, 'aks');
  const provider = record?.provider ?? providerGiven;
  if (record && mode === 'reap')
    inputProblem("Input 'record' is for mode delete (it names one environment); mode reap finds expired environments by their tags");
  const pr = pullRequestNumber();
  const given = getOptional('name');
  if (record && given !== undefined && given !== record.name)
    inputProblem(`Input 'name' is '${given}' but the record names environment '${record.name}': give one of them`);
  const name = record ? record.name : given !== undefined ? attempt(() => validateName('name', given), given) : pr ? `pr-${pr}` : undefined;
  const groupGiven = attempt(() => validateResourceGroup('resource-group', getOptional('resource-group')), undefined);
  if (record && groupGiven !== undefined && (record.provider !== 'aks' || groupGiven.toLowerCase() !== record.resourceGroup.toLowerCase())) {
    inputProblem(
      `Input 'resource-group' is '${groupGiven}' but the record names ${record.provider === 'aks' ? `resource group ${record.resourceGroup}` : 'a kind environment'}: give one of them`,
    );
  }
  const resourceGroup = record ? (record.provider === 'aks' ? record.resourceGroup : undefined) : groupGiven;
  // a record that did not parse, or a refused provider, has said so: what it would have said is not asked for again
  const unsaid = (recordText !== undefined && !record) || enumRefused('provider', PROVIDERS);
  if (!unsaid && mode === 'delete' && provider !== 'existing' && !name && !resourceGroup)
    inputProblem("Input 'name' is required for mode delete outside a pull request (or give 'resource-group' or 'record')");
  if (!unsaid && provider === 'kind' && !name) inputProblem("Input 'name' is required for provider kind (the environment whose kind cluster to delete)");
  if (mode === 'reap' && provider !== 'aks') inputProblem("Input 'mode' reap works with provider aks (kind clusters live as long as their Docker host)");
  const subscriptionGiven = getOptional('subscription-id');
  if (record?.provider === 'aks' && subscriptionGiven !== undefined && subscriptionGiven.toLowerCase() !== record.subscription.toLowerCase()) {
    inputProblem(`Input 'subscription-id' is '${subscriptionGiven}' but the record names subscription ${record.subscription}: give one of them`);
  }
  const subscription =
    record?.provider === 'aks'
      ? record.subscription
      : provider === 'existing'
        ? undefined
        : unsaid
          ? undefined
          : attempt(() => validateSubscription('subscription-id', subscriptionGiven, provider), undefined);
  const kindVersion = validatePinnedRelease('kind-version', getOptional('kind-version'), KIND_VERSION);
  const removeRegistry = getBool('remove-registry', false);
  return {
    provider,
    ...(provider === 'existing' ? { kubeconfig: getKubeconfig('kubeconfig') } : {}),
    record,
    mode,
    name,
    subscription,
    resourceGroup,
    wait: getBool('wait', true),
    dryRun: getBool('dry-run', false),
    allRepositories: getBool('all-repositories', false),
    // with a record, the registry container goes only when meshci started it
    removeRegistry: record?.provider === 'kind' ? record.registry.created : removeRegistry,
    kindVersion,
    timeoutMs: getDuration('timeout', '30m', { min: 60_000, max: 6 * 3_600_000 }),
    toolsMirror: getOptional('tools-mirror'),
    repository: process.env['GITHUB_REPOSITORY'] ?? 'local/meshci',
    comment: getEnum('comment', ['auto', 'never'] as const, 'auto'),
    githubToken: getSecret('github-token'),
  };
}
