import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import {
  getBool,
  getDuration,
  getEnum,
  getInt,
  getList,
  getOptional,
  getSecret,
  validateDnsLabel,
  validateCommentKey,
  getKubeconfig,
  readInputs,
  inputProblem,
  attempt,
} from '../../runtime/inputs.js';
import { validateImageInput } from '../../oci/reference.js';
import { GRPC_METHOD, defaultProbes, parseExpectations, type Probe } from '../../verify/expectations.js';

export const COMMENT = ['auto', 'always', 'never'] as const;

export interface Inputs {
  namespace: string;
  namespaces: string[];
  appNamespace: string;
  appService: string;
  probes: Probe[];
  probesSource: string;
  probeNamespace: string;
  curlImage: string;
  connectTimeoutSeconds: number;
  maxTimeSeconds: number;
  retries: number;
  acceptRefused: boolean;
  balanceRequests: number;
  balancePort: number;
  balancePath: string;
  balanceMaxRatio: number;
  minCertValidityMs: number;
  linkerdCli: { mode: 'auto' } | { mode: 'none' } | { mode: 'path'; path: string };
  checkWaitSeconds: number;
  timeoutMs: number;
  nativeSidecar: boolean;
  kubeconfig?: string;
  evidenceDir?: string;
  outputDir: string;
  failOnWarning: boolean;
  comment: (typeof COMMENT)[number];
  commentKey: string;
  prNumber?: number;
  githubToken?: string;
  toolsMirror?: string;
}

/** The only place the verify action reads its inputs; every problem is reported at once. */
export function getInputs(): Inputs {
  return readInputs(read);
}

// eslint-disable-next-line max-lines-per-function -- reads every input once, in action.yml's order, so every bad input is reported in one pass
function read(): Inputs {
  const namespace = validateDnsLabel('namespace', getOptional('namespace') ?? 'linkerd');
  const appNamespace = validateDnsLabel('app-namespace', getOptional('app-namespace') ?? 'dgraph');
  const appService = validateDnsLabel('app-service', getOptional('app-service') ?? 'dgraph-dgraph-alpha');
  const listed = getList('namespaces');
  const namespaces = [...new Set(listed.length ? listed : [appNamespace])].map((n) => validateDnsLabel('namespaces', n));
  const probeNamespace = validateDnsLabel('probe-namespace', getOptional('probe-namespace') ?? 'meshci-probes');
  // probe Jobs are created (and the namespace too) where meshci may touch nothing of the cluster's own
  if (['kube-system', 'kube-public', 'kube-node-lease', 'default', namespace].includes(probeNamespace)) {
    inputProblem(
      `Input 'probe-namespace' '${probeNamespace}' is a namespace of the cluster or the control plane: give a namespace of its own (default meshci-probes)`,
    );
  }
  if (namespaces.includes(probeNamespace)) {
    inputProblem(
      `Input 'probe-namespace' '${probeNamespace}' is also in 'namespaces': the unmeshed probe would fail the data-plane check there; pick another probe namespace`,
    );
  }
  const expectationsPath = getOptional('expectations');
  let probes: Probe[];
  let probesSource: string;
  if (expectationsPath) {
    if (!existsSync(expectationsPath) || !statSync(expectationsPath).isFile()) {
      inputProblem(`Input 'expectations' names '${expectationsPath}', which is not a file`);
      probes = [];
    } else probes = attempt(() => parseExpectations(readFileSync(expectationsPath, 'utf8'), expectationsPath), []);
    probesSource = expectationsPath;
  } else {
    probes = defaultProbes(appService, appNamespace);
    probesSource = `the default probes — unmeshed client blocked, meshed client allowed, HTTP and gRPC — against ${appService}.${appNamespace}`;
  }
  const method = getOptional('balance-method') ?? 'api.Dgraph/CheckVersion';
  if (!GRPC_METHOD.test(method))
    inputProblem(`Input 'balance-method' has invalid value '${method}': expected package.Service/Method, e.g. api.Dgraph/CheckVersion`);
  const ratioText = getOptional('balance-max-ratio') ?? '3';
  const ratio = Number(ratioText);
  if (!/^\d+(\.\d+)?$/.test(ratioText) || ratio < 1 || ratio > 100)
    inputProblem(`Input 'balance-max-ratio' has invalid value '${ratioText}': expected a number from 1 to 100`);
  const cli = getOptional('linkerd-cli') ?? 'auto';
  let linkerdCli: Inputs['linkerdCli'];
  if (cli === 'auto' || cli === 'none') linkerdCli = { mode: cli };
  else {
    if (!existsSync(cli)) inputProblem(`Input 'linkerd-cli' has invalid value '${cli}': expected auto, none or the path of a linkerd binary (no such file)`);
    linkerdCli = { mode: 'path', path: cli };
  }
  const connect = getDuration('connect-timeout', '3s', { min: 1000, max: 60_000 });
  const maxTime = getDuration('max-time', '10s', { min: 1000, max: 300_000 });
  if (maxTime < connect) inputProblem(`Input 'max-time' (${maxTime / 1000}s) is shorter than 'connect-timeout' (${connect / 1000}s)`);
  const prText = getOptional('pr-number');
  if (prText !== undefined && !/^[1-9]\d*$/.test(prText)) inputProblem(`Input 'pr-number' has invalid value '${prText}': expected a pull request number`);
  return {
    namespace,
    namespaces,
    appNamespace,
    appService,
    probes,
    probesSource,
    probeNamespace,
    curlImage: attempt(
      () => validateImageInput('curl-image', getOptional('curl-image') ?? 'curlimages/curl:8.11.1', 'curlimages/curl:8.11.1'),
      'curlimages/curl:8.11.1',
    ),
    acceptRefused: getBool('accept-refused', false),
    connectTimeoutSeconds: Math.ceil(connect / 1000),
    maxTimeSeconds: Math.ceil(maxTime / 1000),
    retries: getInt('retries', 2, { min: 0, max: 10 }),
    balanceRequests: getInt('balance-requests', 100, { min: 0, max: 1000 }),
    balancePort: getInt('balance-port', 9080, { min: 1, max: 65535 }),
    balancePath: `/${method}`,
    balanceMaxRatio: ratio,
    minCertValidityMs: getDuration('min-cert-validity', '60d', { min: 0 }),
    linkerdCli,
    checkWaitSeconds: Math.ceil(getDuration('check-wait', '2m', { min: 1000, max: 3_600_000 }) / 1000),
    timeoutMs: getDuration('timeout', '5m', { min: 10_000, max: 3_600_000 }),
    nativeSidecar: getBool('native-sidecar', false),
    // re-analysing a saved bundle connects to no cluster: the kubeconfig input is then only masked
    kubeconfig: getKubeconfig('kubeconfig', { unused: getOptional('evidence-dir') !== undefined }),
    evidenceDir: getOptional('evidence-dir'),
    outputDir: getOptional('output-dir') ?? join(process.env['RUNNER_TEMP'] ?? tmpdir(), 'meshci-verify'),
    failOnWarning: getBool('fail-on-warning', false),
    comment: getEnum('comment', COMMENT, 'auto'),
    commentKey: validateCommentKey('comment-key', getOptional('comment-key') ?? 'default'),
    prNumber: prText ? Number(prText) : undefined,
    githubToken: getSecret('github-token'),
    toolsMirror: getOptional('tools-mirror'),
  };
}
