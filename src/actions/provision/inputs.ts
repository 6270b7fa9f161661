import { pullRequestNumber } from '../../lib/event.js';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseLinkerdVersion } from '../../linkerd/version.js';
import {
  getBool,
  getDuration,
  getEnum,
  enumRefused,
  getInt,
  getOptional,
  getSecret,
  validatePinnedRelease,
  validateWritableFile,
  readInputs,
  attempt,
  inputProblem,
} from '../../runtime/inputs.js';
import { KIND_VERSION, KUBECTL_VERSION } from '../../tools/versions.js';
import { CALICO_MANIFEST_SHA256, CURRENT_NODE_IMAGE, DEFAULT_CALICO, DEFAULT_NODE_IMAGE, kindNodeImageFor } from '../../kind/plan.js';
import { validateImageInput } from '../../oci/reference.js';
import {
  validateSubscription,
  defaultName,
  expiresAt,
  validateKubernetesVersion,
  validateName,
  validateRegion,
  validateVmSize,
  validateResourceGroup,
} from '../../env/spec.js';

export const PROVIDERS = ['aks', 'kind'] as const;

export interface Inputs {
  provider: (typeof PROVIDERS)[number];
  name: string;
  subscription?: string;
  resourceGroup?: string;
  location: string;
  kubernetesVersion?: string;
  nodeCount: number;
  vmSize: string;
  acr: boolean;
  expiresAt: Date;
  maxEnvironments: number;
  owner?: string;
  repository: string;
  pr?: number;
  kubeconfigPath: string;
  /** where the environment record goes, written before anything is created (teardown's 'record') */
  recordPath: string;
  kindNodeImage: string;
  kindVersion: string;
  kubectlVersion: string;
  calicoVersion: string;
  /** sha256 the Calico manifest must have: the `calico-sha256` input, else meshci's pin for the version */
  calicoSha256: string;
  registryPort: number;
  timeoutMs: number;
  toolsMirror?: string;
  comment: 'auto' | 'never';
  githubToken?: string;
}

/** The only place the provision action reads its inputs: everything is checked before any Azure or Docker call, every problem reported at once. */
export function getInputs(now = new Date()): Inputs {
  return readInputs(() => read(now));
}

function read(now: Date): Inputs {
  const provider = getEnum('provider', PROVIDERS, 'aks');
  const pr = pullRequestNumber();
  const name = attempt(() => validateName('name', getOptional('name') ?? defaultName(pr, process.env['GITHUB_RUN_ID'])), 'invalid-name');
  const ttl = getOptional('ttl') ?? '24h';
  const nodeCount = getInt('node-count', provider === 'kind' ? 1 : 3, provider === 'kind' ? { min: 0, max: 5 } : { min: 1, max: 100 });
  const rg = attempt(() => validateResourceGroup('resource-group', getOptional('resource-group')), undefined);
  // a refused provider has said so; its default's needs (a subscription for aks) would be a second, false problem
  const subscription = enumRefused('provider', PROVIDERS)
    ? undefined
    : attempt(() => validateSubscription('subscription-id', getOptional('subscription-id'), provider), undefined);
  const versionText = getOptional('linkerd-version')?.trim();
  const linkerdVersion = versionText ? attempt(() => parseLinkerdVersion('linkerd-version', versionText).raw, undefined) : undefined;
  // the node image by digest, with the kind release it was built for, unless both are given
  const pinned = linkerdVersion ? kindNodeImageFor(linkerdVersion) : CURRENT_NODE_IMAGE;
  const nodeImageGiven = getOptional('kind-node-image');
  const nodeImage = attempt(() => validateImageInput('kind-node-image', nodeImageGiven ?? pinned.image, DEFAULT_NODE_IMAGE), DEFAULT_NODE_IMAGE);
  const kindVersionGiven = getOptional('kind-version');
  return {
    provider,
    name,
    subscription,
    resourceGroup: rg,
    location: attempt(() => validateRegion('location', getOptional('location') ?? 'westeurope'), 'westeurope'),
    kubernetesVersion: attempt(() => validateKubernetesVersion('kubernetes-version', getOptional('kubernetes-version')), undefined),
    nodeCount,
    vmSize: attempt(() => validateVmSize('vm-size', getOptional('vm-size') ?? 'Standard_D4s_v5'), 'Standard_D4s_v5'),
    acr: getBool('acr', true),
    expiresAt: attempt(() => expiresAt('ttl', ttl, now), now),
    maxEnvironments: getInt('max-environments', 0, { min: 0, max: 1000 }),
    owner: getOptional('owner') ?? process.env['GITHUB_ACTOR'],
    repository: process.env['GITHUB_REPOSITORY'] ?? 'local/meshci',
    pr,
    kubeconfigPath: validateWritableFile(
      'kubeconfig-path',
      getOptional('kubeconfig-path') ?? join(process.env['RUNNER_TEMP'] ?? tmpdir(), `meshci-${name}.kubeconfig`),
    ),
    recordPath: validateWritableFile('record', getOptional('record') ?? join(process.env['RUNNER_TEMP'] ?? tmpdir(), `meshci-${name}.record.json`)),
    kindNodeImage: nodeImage,
    kindVersion: validatePinnedRelease('kind-version', kindVersionGiven, nodeImageGiven ? KIND_VERSION : pinned.kind),
    kubectlVersion: validatePinnedRelease('kubectl-version', getOptional('kubectl-version'), KUBECTL_VERSION),
    ...calico(),
    registryPort: getInt('registry-port', 5001, { min: 1024, max: 65535 }),
    timeoutMs: getDuration('timeout', '45m', { min: 60_000, max: 6 * 3_600_000 }),
    toolsMirror: getOptional('tools-mirror'),
    comment: getEnum('comment', ['auto', 'never'] as const, 'auto'),
    githubToken: getSecret('github-token'),
  };
}

/**
 * The Calico release and the sha256 its manifest must have: meshci's pin for the versions it knows
 * (CALICO_MANIFEST_SHA256), or the `calico-sha256` input, which another version requires — the
 * manifest is applied as cluster-admin, so it is never applied unchecked.
 */
function calico(): { calicoVersion: string; calicoSha256: string } {
  const calicoVersion = validatePinnedRelease('calico-version', getOptional('calico-version'), DEFAULT_CALICO);
  const given = getOptional('calico-sha256')?.trim().toLowerCase();
  if (given !== undefined && !/^[0-9a-f]{64}$/.test(given)) {
    inputProblem(`Input 'calico-sha256' has invalid value '${given}': expected the 64 hex digits of the sha256 of Calico's manifests/calico.yaml`);
    return { calicoVersion, calicoSha256: '' };
  }
  const pinned = CALICO_MANIFEST_SHA256[calicoVersion];
  if (given === undefined && pinned === undefined) {
    inputProblem(
      `Input 'calico-version' is ${calicoVersion}, for which meshci pins no manifest checksum (it pins ${Object.keys(CALICO_MANIFEST_SHA256).join(', ')}): ` +
        `set 'calico-sha256' to the sha256 of manifests/calico.yaml at projectcalico/calico ${calicoVersion}`,
    );
  }
  return { calicoVersion, calicoSha256: given ?? pinned ?? '' };
}
