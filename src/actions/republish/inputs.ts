import { getBool, getEnum, getInt, getList, getOptional, getRequired, getSecret, readInputs, inputProblem, attempt } from '../../runtime/inputs.js';
import { maskSecret } from '../../runtime/log.js';
import { parseDestination, parseReference, type ImageRef } from '../../oci/reference.js';
import { appImages, EXTENSIONS, type Extension } from '../../republish/images.js';
import { parseLinkerdVersion } from '../../linkerd/version.js';

export const MODES = ['copy', 'import', 'auto', 'plan'] as const;
export const DEST_AUTH = ['auto', 'azure', 'basic', 'anonymous'] as const;

export interface Inputs {
  images: ImageRef[];
  /** Where each image came from: the input line, or the Linkerd/app list. */
  origins: Map<string, string>;
  linkerdVersion?: string;
  extensions: Extension[];
  /** The app whose images were added (its chart's value paths go into helm-values). */
  app: string;
  /** Chart repository to resolve a Linkerd version the data file lacks (default: Linkerd's, by channel). */
  chartRepo?: string;
  destination: { registry: string; prefix: string };
  mapping: Record<string, string>;
  mode: (typeof MODES)[number];
  platforms: string[];
  /** true: with each copied image; refresh: also for images already up to date; false: never. */
  signatures: 'true' | 'false' | 'refresh';
  concurrency: number;
  sourceCredentials: Map<string, { username: string; password: string }>;
  destinationAuth: (typeof DEST_AUTH)[number];
  destinationUsername?: string;
  destinationPassword?: string;
  plainHttp: Set<string>;
  acrResourceId?: string;
  importTimeoutMs: number;
  lockTags: boolean;
}

/** Add images to the run (deduplicated), each with where it came from. */
export function addImages(inputs: Pick<Inputs, 'images' | 'origins'>, list: readonly string[], origin: string): void {
  for (const text of list) {
    const r = parseReference(text, origin);
    const key = `${r.registry}/${r.repository}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
    if (inputs.origins.has(key)) continue;
    inputs.origins.set(key, origin);
    inputs.images.push(r);
  }
}

/** The only place the republish action reads its inputs; every problem is reported at once. */
export function getInputs(): Inputs {
  return readInputs(read);
}

function read(): Inputs {
  const acc = { origins: new Map<string, string>(), images: [] as ImageRef[] };
  attempt(() => addImages(acc, getList('images'), "input 'images'"), undefined);
  const { origins, images: refs } = acc;
  const versionText = getOptional('linkerd-version')?.trim();
  const linkerdVersion = versionText ? attempt(() => parseLinkerdVersion('linkerd-version', versionText).raw, undefined) : undefined;
  const extensions = getList('extensions').flatMap((e) => {
    if ((EXTENSIONS as readonly string[]).includes(e)) return [e as Extension];
    inputProblem(`Input 'extensions' has invalid value '${e}': allowed values are ${EXTENSIONS.join(', ')}`);
    return [];
  });
  if (extensions.length && !linkerdVersion && !versionText) inputProblem("Input 'extensions' needs 'linkerd-version'");
  const app = getOptional('app')?.trim() ?? (linkerdVersion ? 'dgraph' : 'none');
  attempt(() => addImages(acc, appImages(app, getOptional('app-version')?.trim()), `app ${app}`), undefined);
  if (refs.length === 0 && !versionText && !getOptional('images'))
    inputProblem("Nothing to republish: give 'images' (one reference per line) and/or 'linkerd-version'");

  const mapping: Record<string, string> = {};
  for (const line of getList('mapping')) {
    const [from, to] = line.split('=').map((s) => s.trim());
    if (from && to) mapping[from] = to;
    else inputProblem(`Input 'mapping' line '${line}' is not 'source-repository=destination-repository'`);
  }
  const sourceCredentials = new Map<string, { username: string; password: string }>();
  for (const line of getList('source-credentials')) {
    const eq = line.indexOf('=');
    const colon = line.indexOf(':', eq + 1);
    if (eq <= 0 || colon < 0) {
      inputProblem("Input 'source-credentials' lines must be 'registry=username:password' (the line is not shown: it may hold a password)");
      continue;
    }
    const password = line.slice(colon + 1);
    maskSecret(password);
    sourceCredentials.set(line.slice(0, eq).trim(), { username: line.slice(eq + 1, colon), password });
  }
  const mode = getEnum('mode', MODES, 'copy');
  const acrResourceId = getOptional('acr-resource-id')?.trim();
  if ((mode === 'import' || mode === 'auto') && !acrResourceId) {
    inputProblem(
      `Input 'mode' is '${mode}', which needs 'acr-resource-id' (/subscriptions/…/resourceGroups/…/providers/Microsoft.ContainerRegistry/registries/…)`,
    );
  }
  if (acrResourceId && !/^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/Microsoft\.ContainerRegistry\/registries\/[^/]+$/i.test(acrResourceId)) {
    inputProblem(
      `Input 'acr-resource-id' has invalid value '${acrResourceId}': expected /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.ContainerRegistry/registries/<name>`,
    );
  }
  const platforms = getList('platforms');
  for (const p of platforms) {
    if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(p))
      inputProblem(`Input 'platforms' has invalid value '${p}': expected os/arch[/variant], e.g. linux/amd64`);
  }
  const importTimeout = getInt('import-timeout-seconds', 600, { min: 10, max: 7200 });
  return {
    images: refs,
    origins,
    linkerdVersion,
    extensions,
    app,
    chartRepo: getOptional('chart-repo')?.trim(),
    destination: ((d) => (d ? attempt(() => parseDestination(d), { registry: '', prefix: '' }) : { registry: '', prefix: '' }))(getRequired('destination')),
    mapping,
    mode,
    platforms,
    signatures: getEnum('signatures', ['true', 'false', 'refresh'] as const, 'true'),
    concurrency: getInt('concurrency', 4, { min: 1, max: 32 }),
    sourceCredentials,
    destinationAuth: getEnum('destination-auth', DEST_AUTH, 'auto'),
    destinationUsername: getOptional('destination-username'),
    destinationPassword: getSecret('destination-password'),
    plainHttp: new Set(getList('plain-http')),
    acrResourceId,
    importTimeoutMs: importTimeout * 1000,
    lockTags: getBool('lock-tags', false),
  };
}
