import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { ConfigurationError, getErrorMessage } from '../../lib/errors.js';
import {
  getBool,
  getDuration,
  getEnum,
  getInt,
  getList,
  getOptional,
  getPemOrFile,
  validateDnsLabel,
  validatePinnedRelease,
  getKubeconfig,
  readInputs,
  inputProblem,
  attempt,
} from '../../runtime/inputs.js';
import { maskSecret } from '../../runtime/log.js';
import { parseLinkerdVersion, type LinkerdVersion } from '../../linkerd/version.js';
import { HELM_VERSION } from '../../tools/versions.js';
import { helmVersionProblem } from '../../tools/helm/helm.js';

export const APPS = ['dgraph', 'none'] as const;
export const ROUTES = ['auto', 'service-profile', 'grpc-route', 'none'] as const;
export const AUTHZ = ['none', 'all-authenticated'] as const;
export const IDENTITY_MODES = ['keep', 'replace'] as const;

export interface Pem {
  text: string;
  source: string;
}

export interface Inputs {
  linkerdVersion: LinkerdVersion;
  namespace: string;
  viz: boolean;
  jaeger: boolean;
  cni: boolean;
  ha: boolean;
  trustAnchor: Pem;
  issuer: Pem;
  issuerKey: Pem;
  identityMode: (typeof IDENTITY_MODES)[number];
  /** Chart name → your values for Linkerd's charts; they win over helm-values. */
  linkerdValues: Record<string, Record<string, unknown>>;
  /** Chart repository for Linkerd's charts (default: Linkerd's stable or edge repository). */
  chartRepo?: string;
  /** Chart name → values, from the republish action's helm-values (or any file of that shape). */
  helmValues: Record<string, Record<string, unknown>>;
  app: (typeof APPS)[number];
  appNamespace: string;
  appRelease: string;
  dgraphChartVersion: string;
  /** Helm repository of the dgraph chart (default https://charts.dgraph.io; a mirror for air-gapped runners). */
  dgraphChartRepo?: string;
  appValues?: Record<string, unknown>;
  manifests: { path: string; text: string }[];
  networkPolicy: boolean;
  authorization: (typeof AUTHZ)[number];
  routes: (typeof ROUTES)[number];
  proto?: { path: string; text: string };
  routeService?: string;
  routePort: number;
  kubeconfig?: string;
  timeoutMs: number;
  diagnosticsDir?: string;
  helmVersion: string;
  helmSha256?: string;
  toolsMirror?: string;
  linkerdCli: boolean;
}

const NO_PEM: Pem = { text: '', source: '' };

/** The only place the deploy action reads its inputs; every problem is reported at once (readInputs). */
export function getInputs(): Inputs {
  return readInputs(read);
}

// eslint-disable-next-line max-lines-per-function -- reads every input once, in action.yml's order, so every bad input is reported in one pass
function read(): Inputs {
  const identityDir = getOptional('identity-dir');
  const pem = (given: Pem | undefined, name: string, file: string, secret: boolean): Pem =>
    attempt(() => {
      if (given) return given;
      if (identityDir) {
        const p = join(identityDir, file);
        if (!existsSync(identityDir))
          throw new ConfigurationError(
            `Input 'identity-dir' names '${identityDir}', which does not exist (give the certs action's output-dir: ca.crt, issuer.crt, issuer.key)`,
          );
        if (!existsSync(p))
          throw new ConfigurationError(`Input 'identity-dir' folder '${identityDir}' has no ${file} (the certs action writes ca.crt, issuer.crt, issuer.key)`);
        const text = readFileSync(p, 'utf8');
        if (secret) maskSecret(text);
        return { text, source: `file '${p}' (input 'identity-dir')` };
      }
      // said once for all three below; an input given but unreadable has said its own problem
      if (getOptional(name) === undefined) missing.push(name);
      return NO_PEM;
    }, NO_PEM);
  const missing: string[] = [];
  const namespace = getOptional('namespace') ?? 'linkerd';
  const appNamespace = getOptional('app-namespace') ?? 'dgraph';
  const appRelease = getOptional('app-release') ?? 'dgraph';
  for (const [k, v] of [
    ['namespace', namespace],
    ['app-namespace', appNamespace],
    ['app-release', appRelease],
  ] as const) {
    validateDnsLabel(k, v);
  }
  // Helm refuses release names over 53 characters (they become label values with suffixes)
  if (appRelease.length > 53)
    inputProblem(`Input 'app-release' has invalid value '${appRelease}': ${appRelease.length} characters, Helm allows at most 53 in a release name`);
  const routes = getEnum('routes', ROUTES, 'auto');
  const protoPath = getOptional('proto');
  const inputs: Inputs = {
    linkerdVersion: attempt(
      () => parseLinkerdVersion('linkerd-version', getOptional('linkerd-version') ?? 'edge-26.8.3'),
      parseLinkerdVersion('linkerd-version', 'edge-26.8.3'),
    ),
    namespace,
    viz: getBool('viz', true),
    jaeger: getBool('jaeger', false),
    cni: getBool('cni', false),
    ha: getBool('ha', false),
    trustAnchor: pem(getPemOrFile('trust-anchor', { secret: false }), 'trust-anchor', 'ca.crt', false),
    issuer: pem(getPemOrFile('issuer', { secret: false }), 'issuer', 'issuer.crt', false),
    issuerKey: pem(getPemOrFile('issuer-key', { secret: true }), 'issuer-key', 'issuer.key', true),
    identityMode: getEnum('identity-mode', IDENTITY_MODES, 'keep'),
    helmValues: attempt(() => yamlMap('helm-values', getOptional('helm-values')), {}) as Record<string, Record<string, unknown>>,
    linkerdValues: attempt(() => yamlMap('linkerd-values', getOptional('linkerd-values')), {}) as Record<string, Record<string, unknown>>,
    chartRepo: getOptional('chart-repo')?.trim(),
    app: getEnum('app', APPS, 'dgraph'),
    appNamespace,
    appRelease,
    dgraphChartVersion: getOptional('dgraph-chart-version') ?? '24.1.1',
    dgraphChartRepo: getOptional('dgraph-chart-repo')?.trim(),
    appValues: getOptional('app-values') ? attempt(() => yamlMap('app-values', getOptional('app-values')), {}) : undefined,
    manifests: getList('manifests').flatMap((p) => {
      if (existsSync(p)) return [{ path: p, text: readFileSync(p, 'utf8') }];
      inputProblem(`Input 'manifests' names '${p}', which does not exist`);
      return [];
    }),
    networkPolicy: getBool('network-policy', true),
    authorization: getEnum('authorization', AUTHZ, 'none'),
    routes,
    proto: protoPath ? attempt(() => readProto(protoPath), undefined) : undefined,
    routeService: getOptional('route-service'),
    routePort: getInt('route-port', 9080, { min: 1, max: 65535 }),
    kubeconfig: getKubeconfig('kubeconfig'),
    timeoutMs: getDuration('timeout', '15m', { min: 10_000, max: 6 * 3_600_000 }),
    diagnosticsDir: getOptional('diagnostics-dir'),
    helmVersion: validatePinnedRelease('helm-version', getOptional('helm-version'), HELM_VERSION),
    helmSha256: getOptional('helm-sha256'),
    toolsMirror: getOptional('tools-mirror'),
    linkerdCli: getBool('linkerd-cli', false),
  };
  if (missing.length) {
    const list = missing.map((n) => `'${n}'`);
    inputProblem(
      `Missing Linkerd identity: give 'identity-dir' (the certs action's output-dir) or ${list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list.at(-1)}` : list[0]}`,
    );
  }
  if (inputs.linkerdCli && inputs.linkerdVersion.channel === 'enterprise') {
    inputProblem("Input 'linkerd-cli': meshci installs the open-source CLI only; put Buoyant Enterprise's CLI on PATH for enterprise versions");
  }
  const helmProblem = helmVersionProblem(inputs.helmVersion);
  if (helmProblem) inputProblem(`Input 'helm-version' has value '${inputs.helmVersion}': ${helmProblem}`);
  if (inputs.helmSha256 && !/^[0-9a-f]{64}$/.test(inputs.helmSha256))
    inputProblem(`Input 'helm-sha256' has invalid value '${inputs.helmSha256}': expected 64 hex digits`);
  if (inputs.routes !== 'none' && inputs.app === 'none' && !inputs.routeService) {
    inputProblem("Input 'routes' needs 'route-service' (the gRPC Service) when 'app' is none");
  }
  return inputs;
}

function readProto(p: string): { path: string; text: string } {
  if (!existsSync(p)) throw new ConfigurationError(`Input 'proto' names '${p}', which does not exist`);
  return { path: p, text: readFileSync(p, 'utf8') };
}

/** YAML given inline or as a file path; errors name the input (or file) and the line. */
function yamlMap(input: string, value: string | undefined): Record<string, unknown> {
  if (!value || !value.trim()) return {};
  const isFile = !value.includes('\n') && existsSync(value.trim());
  // one line ending in .yaml/.yml/.json that is not there is a file the user meant, not inline YAML
  if (!isFile && !value.includes('\n') && /\.(ya?ml|json)$/i.test(value.trim())) {
    throw new ConfigurationError(`Input '${input}' names '${value.trim()}', which does not exist (give a values file, or the values themselves as YAML)`);
  }
  const text = isFile ? readFileSync(value.trim(), 'utf8') : value;
  const where = isFile ? `file '${value.trim()}' (input '${input}')` : `input '${input}'`;
  let doc: unknown;
  try {
    doc = yaml.load(text);
  } catch (e) {
    const mark = (e as { mark?: { line: number; column: number }; reason?: string }).mark;
    throw new ConfigurationError(
      `${where}: YAML error${mark ? ` at line ${mark.line + 1}, column ${mark.column + 1}` : ''}: ${(e as { reason?: string }).reason ?? getErrorMessage(e)}`,
    );
  }
  if (doc === null || doc === undefined) return {};
  if (typeof doc !== 'object' || Array.isArray(doc)) throw new ConfigurationError(`${where}: expected a YAML mapping`);
  return doc as Record<string, unknown>;
}
