import { pullRequestNumber } from '../../lib/sticky-comment.js';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parseLinkerdVersion } from '../../linkerd/version.js';
import { kindNodeImageFor } from '../../kind/plan.js';
import { getBool, getDuration, getEnum, getInt, getOptional, getSecret, validatePinnedRelease, validateWritableFile } from '../../lib/inputs.js';
import { KIND_VERSION, KUBECTL_VERSION } from '../../tools/install.js';
import { DEFAULT_CALICO, DEFAULT_NODE_IMAGE } from '../../kind/plan.js';
import { validateImageInput } from '../../oci/reference.js';
import { validateSubscription, defaultName, expiresAt, validateKubernetesVersion, validateName, validateRegion, validateVmSize, validateResourceGroup } from '../../env/spec.js';

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
  kindNodeImage: string;
  kindVersion: string;
  kubectlVersion: string;
  calicoVersion: string;
  registryPort: number;
  timeoutMs: number;
  toolsMirror?: string;
  comment: 'auto' | 'never';
  githubToken?: string;
}

/** The only place the provision action reads its inputs: everything is checked before any Azure or Docker call. */
export function getInputs(now = new Date()): Inputs {
  const provider = getEnum('provider', PROVIDERS, 'aks');
  const pr = pullRequestNumber();
  const name = validateName('name', getOptional('name') ?? defaultName(pr, process.env['GITHUB_RUN_ID']));
  const ttl = getOptional('ttl') ?? '24h';
  const nodeCount = getInt('node-count', provider === 'kind' ? 1 : 3, provider === 'kind' ? { min: 0, max: 5 } : { min: 1, max: 100 });
  const rg = validateResourceGroup('resource-group', getOptional('resource-group'));
  const subscription = validateSubscription('subscription-id', getOptional('subscription-id'), provider);
  const versionText = getOptional('linkerd-version')?.trim();
  const linkerdVersion = versionText ? parseLinkerdVersion('linkerd-version', versionText).raw : undefined;
  const nodeImage = validateImageInput('kind-node-image', getOptional('kind-node-image') ?? (linkerdVersion ? kindNodeImageFor(linkerdVersion) : DEFAULT_NODE_IMAGE), DEFAULT_NODE_IMAGE);
  return {
    provider,
    name,
    subscription,
    resourceGroup: rg,
    location: validateRegion('location', getOptional('location') ?? 'westeurope'),
    kubernetesVersion: validateKubernetesVersion('kubernetes-version', getOptional('kubernetes-version')),
    nodeCount,
    vmSize: validateVmSize('vm-size', getOptional('vm-size') ?? 'Standard_D4s_v5'),
    acr: getBool('acr', true),
    expiresAt: expiresAt('ttl', ttl, now),
    maxEnvironments: getInt('max-environments', 0, { min: 0, max: 1000 }),
    owner: getOptional('owner') ?? process.env['GITHUB_ACTOR'],
    repository: process.env['GITHUB_REPOSITORY'] ?? 'local/meshci',
    pr,
    kubeconfigPath: validateWritableFile('kubeconfig-path', getOptional('kubeconfig-path') ?? join(process.env['RUNNER_TEMP'] ?? tmpdir(), `meshci-${name}.kubeconfig`)),
    kindNodeImage: nodeImage,
    kindVersion: validatePinnedRelease('kind-version', getOptional('kind-version'), KIND_VERSION),
    kubectlVersion: validatePinnedRelease('kubectl-version', getOptional('kubectl-version'), KUBECTL_VERSION),
    calicoVersion: validatePinnedRelease('calico-version', getOptional('calico-version'), DEFAULT_CALICO),
    registryPort: getInt('registry-port', 5001, { min: 1024, max: 65535 }),
    timeoutMs: getDuration('timeout', '45m', { min: 60_000, max: 6 * 3_600_000 }),
    toolsMirror: getOptional('tools-mirror'),
    comment: getEnum('comment', ['auto', 'never'] as const, 'auto'),
    githubToken: getSecret('github-token'),
  };
}
