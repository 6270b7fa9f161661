import { existsSync } from 'node:fs';
import { getBool, getEnum, getKubeconfig, getOptional, getSecret, readInputs, inputProblem, attempt, validateCommentKey } from '../../runtime/inputs.js';
import { parseLinkerdVersion } from '../../linkerd/version.js';
import { validateName } from '../../env/spec.js';
import { PROVIDERS, type Provider, type Mirror } from '../../local/pipeline.js';

export interface Inputs {
  provider: Provider;
  name?: string;
  linkerdVersion: string;
  kubeconfig?: string;
  mirror?: Mirror;
  keep: boolean;
  republish: boolean;
  /** per-stage inputs handed through (only the ones the user set) */
  provision: Record<string, string>;
  verify: Record<string, string>;
  deploy: Record<string, string>;
  githubToken?: string;
  /** `tools-mirror`: handed to every stage that downloads a tool (and to the post step's teardown) */
  toolsMirror?: string;
}

/** The only place the root action reads its inputs; every problem is reported at once, before any stage runs. */
export function getInputs(): Inputs {
  return readInputs(read);
}

function read(): Inputs {
  const provider = getEnum('provider', PROVIDERS, 'kind');
  const name = ((n) => (n === undefined ? undefined : attempt(() => validateName('name', n), n)))(getOptional('name'));
  const version = getOptional('linkerd-version') ?? 'stable-2.14.10';
  attempt(() => parseLinkerdVersion('linkerd-version', version), undefined);
  const kubeconfig = getKubeconfig('kubeconfig');
  if (provider === 'existing' && !kubeconfig)
    inputProblem("Input 'kubeconfig' is required for provider existing (a path, or the kubeconfig itself as a secret)");
  if (provider !== 'existing' && kubeconfig) inputProblem(`Input 'kubeconfig' is for provider existing; provider ${provider} makes its own cluster`);
  const registry = getOptional('registry')?.trim();
  if (registry && provider !== 'existing') inputProblem(`Input 'registry' is for provider existing; provider ${provider} mirrors into the registry it creates`);
  if (registry && !/^[a-z0-9.-]+(:\d+)?(\/[a-z0-9._/-]+)?$/i.test(registry))
    inputProblem(`Input 'registry' has invalid value '${registry}': expected host[:port][/prefix], e.g. registry.example.com/mirror`);
  const username = getOptional('registry-username');
  const password = getSecret('registry-password');
  if (!!username !== !!password) inputProblem("Inputs 'registry-username' and 'registry-password' go together (the password is not shown)");
  // handed to one stage as they are, when set (the stage validates them before it creates anything)
  const set = (entries: [string, string | undefined][]): Record<string, string> =>
    Object.fromEntries(entries.filter((e): e is [string, string] => e[1] !== undefined));
  const githubToken = getSecret('github-token');
  const comment = getEnum('comment', ['auto', 'never', 'always'] as const, 'auto');
  const commentKey = ((k) => (k === undefined ? undefined : validateCommentKey('comment-key', k)))(getOptional('comment-key'));
  const expectations = getOptional('expectations');
  if (expectations && !existsSync(expectations)) inputProblem(`Input 'expectations' names '${expectations}', which does not exist`);
  return {
    provider,
    name,
    linkerdVersion: version,
    kubeconfig,
    mirror: registry ? { destination: registry, plainHttp: getBool('registry-plain-http', false), username, password } : undefined,
    keep: getBool('keep', false),
    republish: getBool('republish', true),
    provision: set([
      ['subscription-id', getOptional('subscription-id')],
      ['resource-group', getOptional('resource-group')],
      ['location', getOptional('location')],
      ['kubernetes-version', getOptional('kubernetes-version')],
      ['node-count', getOptional('node-count')],
      ['vm-size', getOptional('vm-size')],
      ['ttl', getOptional('ttl')],
      ['max-environments', getOptional('max-environments')],
      ['calico-version', getOptional('calico-version')],
      ['calico-sha256', getOptional('calico-sha256')],
    ]),
    verify: {
      ...set([
        ['expectations', expectations],
        ['comment-key', commentKey],
        ['fail-on-warning', getOptional('fail-on-warning')],
      ]),
      comment,
      ...(githubToken ? { 'github-token': githubToken } : {}),
    },
    deploy: {},
    githubToken,
    toolsMirror: getOptional('tools-mirror'),
  };
}
