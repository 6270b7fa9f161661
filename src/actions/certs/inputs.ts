import { ConfigurationError } from '../../lib/errors.js';
import {
  getBool,
  getDuration,
  getEnum,
  getOptional,
  getPemOrFile,
  getSecret,
  getKubeconfig,
  validateKeyFolder,
  readInputs,
  inputProblem,
  attempt,
} from '../../runtime/inputs.js';
import { parseLinkerdVersion } from '../../linkerd/version.js';

export const MODES = ['generate', 'check', 'rotate-issuer', 'rotate-anchor'] as const;
export type Mode = (typeof MODES)[number];
export { ROTATION_PHASES as PHASES, type RotationPhase as Phase } from '../../linkerd/phases.js';
import { ROTATION_PHASES as PHASES, type Pem } from '../../linkerd/phases.js';
import type { RotationOptions } from '../../linkerd/rotation.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type { Pem };

/** The certs action's inputs: the rotation procedure's options (src/linkerd/rotation.ts) and the rest. */
export interface Inputs extends Omit<RotationOptions, 'mode'> {
  mode: Mode;
  minValidityMs: number;
  outputPrivateKeys: boolean;
  kubeconfig?: string;
  namespace: string;
  helmRepo?: string;
  keyVault?: { url: string; secret: string };
  openIssue: boolean;
  githubToken?: string;
  issueTitle: string;
}

/** The only place the certs action reads its inputs. Everything is validated before any work starts; every problem is reported at once. */
export function getInputs(): Inputs {
  return readInputs(read);
}

function read(): Inputs {
  const mode = getEnum('mode', MODES, 'generate');
  const inputs: Inputs = {
    mode,
    linkerdVersion: attempt(
      () => parseLinkerdVersion('linkerd-version', getOptional('linkerd-version') ?? 'edge-26.8.3'),
      parseLinkerdVersion('linkerd-version', 'edge-26.8.3'),
    ),
    trustAnchor: getPemOrFile('trust-anchor', { secret: false }),
    trustAnchorKey: getPemOrFile('trust-anchor-key', { secret: true }),
    issuer: getPemOrFile('issuer', { secret: false }),
    issuerKey: getPemOrFile('issuer-key', { secret: true }),
    anchorValidityMs: getDuration('anchor-validity', '87600h', { min: HOUR, max: 100 * 365 * DAY }),
    issuerValidityMs: getDuration('issuer-validity', '8760h', { min: HOUR, max: 100 * 365 * DAY }),
    minValidityMs: getDuration('min-validity', '60d', { min: 0, max: 100 * 365 * DAY }),
    outputDir: ((d) => (d === undefined ? undefined : validateKeyFolder('output-dir', d)))(getOptional('output-dir')),
    outputPrivateKeys: getBool('output-private-keys', false),
    overwrite: getBool('overwrite', false),
    kubeconfig: getKubeconfig('kubeconfig'),
    namespace: getOptional('namespace') ?? 'linkerd',
    phase: getEnum('phase', PHASES, 'auto'),
    timeoutMs: getDuration('timeout', '10m', { min: 1000, max: 6 * HOUR }),
    restartWorkloads: getBool('restart-workloads', true),
    helmRepo: getOptional('helm-repo'),
    keyVault: attempt(() => keyVault(getOptional('key-vault-url'), getOptional('key-vault-secret') ?? 'linkerd-trust-anchor'), undefined),
    openIssue: getBool('open-issue', false),
    githubToken: getSecret('github-token'),
    issueTitle: getOptional('issue-title') ?? 'Linkerd identity certificates need attention',
  };
  validate(inputs);
  return inputs;
}

const supplied = (name: string) => getOptional(name) !== undefined;

function validate(i: Inputs): void {
  if (i.mode === 'generate') {
    // given or not is what the user typed: a file that could not be read is its own problem, already reported
    if (supplied('trust-anchor') !== supplied('trust-anchor-key')) {
      inputProblem(
        "Inputs 'trust-anchor' and 'trust-anchor-key' go together: give both to sign a new issuer under an existing anchor, or neither to create a new anchor",
      );
    }
    if (i.issuerValidityMs > i.anchorValidityMs && !i.trustAnchor) {
      inputProblem("Input 'issuer-validity' is longer than 'anchor-validity': an issuer cannot outlive the trust anchor that signs it");
    }
  }
  if (i.mode === 'check') {
    const given = ['trust-anchor', 'issuer'].filter(supplied).length;
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

function keyVault(url: string | undefined, secret: string): Inputs['keyVault'] {
  if (!url) return undefined;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new ConfigurationError(`Input 'key-vault-url' has invalid value '${url}': expected https://<vault-name>.vault.azure.net`);
  }
  if (u.protocol !== 'https:') throw new ConfigurationError(`Input 'key-vault-url' has invalid value '${url}': Key Vault is reached over https only`);
  if (!/^[0-9A-Za-z-]{1,120}$/.test(secret)) {
    throw new ConfigurationError(`Input 'key-vault-secret' has invalid value '${secret}': Key Vault secret names are 1-120 letters, digits and dashes`);
  }
  return { url: u.origin, secret };
}
