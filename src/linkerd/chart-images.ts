import { ConfigurationError } from '../lib/errors.js';
import yaml from 'js-yaml';
import { parseReference } from '../oci/reference.js';

/**
 * What a Linkerd version's charts pull and where their values name each image, read from the
 * charts themselves (linkerd2 #11672: Linkerd publishes no image list and has no single registry
 * value). Pure functions over what `helm template` printed and what a chart's values.yaml holds;
 * `scripts/linkerd-images.ts` uses them to generate src/data/linkerd-images.json from the upstream
 * charts, and `src/republish/resolve.ts` at run time for a version the data file does not list.
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/** `registry/repository:tag` (or `@digest`), Docker Hub names written out in full. */
export function normalizeImage(ref: string): string {
  const r = parseReference(ref, 'a chart');
  return `${r.registry}/${r.repository}${r.digest ? `@${r.digest}` : `:${r.tag ?? 'latest'}`}`;
}

/**
 * Every image a rendered manifest stream pulls: the containers, init containers and ephemeral
 * containers of every pod template (Deployments, DaemonSets, StatefulSets, Jobs — hooks included —,
 * CronJobs, Pods), and the images the proxy injector adds to meshed pods, which live in the
 * `linkerd-config` ConfigMap's values (proxy, proxy-init, debug container).
 */
export function imagesFromManifests(text: string): string[] {
  const out = new Set<string>();
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!isObj(v)) return;
    for (const key of ['containers', 'initContainers', 'ephemeralContainers']) {
      const list = v[key];
      if (Array.isArray(list)) for (const c of list) if (isObj(c) && typeof c['image'] === 'string' && c['image']) out.add(normalizeImage(c['image']));
    }
    for (const child of Object.values(v)) walk(child);
  };
  for (const doc of yaml.loadAll(text, undefined, { json: true })) {
    walk(doc);
    if (isObj(doc) && doc['kind'] === 'ConfigMap' && isObj(doc['metadata']) && doc['metadata']['name'] === 'linkerd-config' && isObj(doc['data'])) {
      for (const i of injectorImages(doc['data'])) out.add(i);
    }
  }
  return [...out].sort();
}

/** Images of hook objects (annotation helm.sh/hook): helm's post-renderers never see those. */
export function hookImages(text: string): string[] {
  const out = new Set<string>();
  for (const doc of yaml.loadAll(text, undefined, { json: true })) {
    const ann = isObj(doc) && isObj(doc['metadata']) && isObj(doc['metadata']['annotations']) ? doc['metadata']['annotations'] : {};
    if ('helm.sh/hook' in ann) for (const i of imagesFromManifests(yaml.dump(doc))) out.add(i);
  }
  return [...out].sort();
}

/**
 * The proxy, proxy-init and debug images the injector adds, from linkerd-config's `values` (2.12+;
 * 2.10/2.11 render those images in their own pods, which the walk already finds). Values that do
 * not parse throw: an image list with holes would let images escape the mirror unnoticed.
 */
function injectorImages(data: Obj): string[] {
  const raw = data['values'];
  if (typeof raw !== 'string' || !raw) return [];
  const v: unknown = yaml.load(raw, { json: true });
  if (!isObj(v)) return [];
  const version = typeof v['linkerdVersion'] === 'string' ? v['linkerdVersion'] : undefined;
  const out: string[] = [];
  for (const path of [
    ['proxy', 'image'],
    ['proxyInit', 'image'],
    ['debugContainer', 'image'],
  ]) {
    let cur: unknown = v;
    for (const p of path) cur = isObj(cur) ? cur[p] : undefined;
    if (!isObj(cur) || typeof cur['name'] !== 'string' || !cur['name']) continue;
    const tag = typeof cur['version'] === 'string' && cur['version'] ? cur['version'] : version;
    if (tag) out.push(normalizeImage(`${cur['name']}:${tag}`));
  }
  return out;
}

/**
 * Where a chart's values name an image repository, so republish's overrides land where the chart
 * reads them: `{ name: 'proxy.image.name' }` when the value holds the whole repository
 * (`cr.l5d.io/linkerd/proxy`), `{ registry: 'tap.image.registry', name: 'tap.image.name' }` when the
 * chart joins registry and name (linkerd-viz, prometheus), plus the sibling tag value when there is
 * one (`version`, `tag`, or `<x>Version` beside `<x>Image` as in the 2.10 CNI chart) and a digest
 * value when the chart reads one. Keyed by the repository the default values resolve to.
 */
export interface ImageValue {
  /** The value holding the repository name: the whole path, or (with `registry`) its last component. */
  name?: string;
  /** With `registry`: the value holding the repository path (`dgraph/dgraph`), bitnami style. */
  repository?: string;
  registry?: string;
  tag?: string;
  digest?: string;
}

export function imageValuePaths(valuesYaml: string, repositories: readonly string[]): Record<string, ImageValue[]> {
  const wanted = new Set(repositories);
  const out: Record<string, ImageValue[]> = {};
  const add = (repo: string, v: ImageValue) => {
    if (!wanted.has(repo)) return;
    const list = (out[repo] ??= []);
    if (!list.some((x) => x.name === v.name && x.repository === v.repository)) list.push(v);
  };
  const repoOf = (s: string): string | undefined => {
    try {
      const r = parseReference(s, 'a chart');
      return `${r.registry}/${r.repository}`;
    } catch (e) {
      if (e instanceof ConfigurationError) return undefined; // a value that is no image reference
      throw e;
    }
  };
  const root = yaml.load(valuesYaml, { json: true });
  // linkerd-viz/jaeger: a component's empty `registry` falls back to the chart's `defaultRegistry`
  const fallback = isObj(root) && typeof root['defaultRegistry'] === 'string' ? root['defaultRegistry'] : undefined;
  const walk = (v: unknown, path: string[]) => {
    if (!isObj(v)) return;
    const at = (k: string) => [...path, k].join('.');
    const own = typeof v['registry'] === 'string' ? v['registry'] : undefined;
    const registry = own === '' && fallback ? fallback : own;
    for (const [k, val] of Object.entries(v)) {
      if (isObj(val)) {
        walk(val, [...path, k]);
        continue;
      }
      if (typeof val !== 'string' || !val || /\s/.test(val)) continue;
      const sibling = (names: string[]) => names.find((n) => n in v && (typeof v[n] === 'string' || v[n] === null || typeof v[n] === 'number'));
      if (k === 'repository' && registry !== undefined && registry !== '') {
        const repo = repoOf(`${registry}/${val}`);
        const tag = sibling(['tag', 'version']);
        const digest = sibling(['digest']);
        if (repo)
          add(repo, { registry: at('registry'), repository: at('repository'), ...(tag ? { tag: at(tag) } : {}), ...(digest ? { digest: at(digest) } : {}) });
      } else if (k === 'name' && registry !== undefined) {
        const repo = repoOf(`${registry}/${val}`);
        const tag = sibling(['tag', 'version']);
        const digest = sibling(['digest']);
        if (repo) add(repo, { registry: at('registry'), name: at('name'), ...(tag ? { tag: at(tag) } : {}), ...(digest ? { digest: at(digest) } : {}) });
      } else if ((k === 'name' || k === 'repository' || /Image$/.test(k)) && val.includes('/')) {
        const repo = repoOf(val);
        const tag = k.endsWith('Image') ? sibling([k.replace(/Image$/, 'Version')]) : sibling(['tag', 'version']);
        const digest = k.endsWith('Image') ? undefined : sibling(['digest']);
        if (repo && !/[:@]/.test(val.split('/').pop() ?? ''))
          add(repo, { name: at(k), ...(tag ? { tag: at(tag) } : {}), ...(digest ? { digest: at(digest) } : {}) });
      }
    }
  };
  walk(root, []);
  return out;
}

/** The apiVersion/kind pairs a rendered manifest stream creates, e.g. `policy/v1beta1 PodDisruptionBudget`. */
export function apiKinds(text: string): string[] {
  const out = new Set<string>();
  for (const doc of yaml.loadAll(text, undefined, { json: true })) {
    if (isObj(doc) && typeof doc['apiVersion'] === 'string' && typeof doc['kind'] === 'string') out.add(`${doc['apiVersion']} ${doc['kind']}`);
  }
  return [...out].sort();
}

/** Served versions of a CRD the stream defines (e.g. grpcroutes.gateway.networking.k8s.io → v1alpha2). */
export function crdVersions(text: string, name: string): string[] {
  for (const doc of yaml.loadAll(text, undefined, { json: true })) {
    if (!isObj(doc) || doc['kind'] !== 'CustomResourceDefinition' || !isObj(doc['metadata']) || doc['metadata']['name'] !== name) continue;
    const spec = doc['spec'];
    const versions = isObj(spec) && Array.isArray(spec['versions']) ? spec['versions'] : [];
    return versions.filter((x): x is Obj => isObj(x) && x['served'] !== false && typeof x['name'] === 'string').map((x) => x['name'] as string);
  }
  return [];
}

/** Namespaces a rendered stream creates itself (charts with installNamespace: true), with their labels and annotations. */
export function renderedNamespaces(text: string): { name: string; labels: Record<string, string>; annotations: Record<string, string> }[] {
  const out: { name: string; labels: Record<string, string>; annotations: Record<string, string> }[] = [];
  const strings = (v: unknown) => (isObj(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, String(x)])) : {});
  for (const doc of yaml.loadAll(text, undefined, { json: true })) {
    if (isObj(doc) && doc['kind'] === 'Namespace' && isObj(doc['metadata']) && typeof doc['metadata']['name'] === 'string') {
      out.push({ name: doc['metadata']['name'], labels: strings(doc['metadata']['labels']), annotations: strings(doc['metadata']['annotations']) });
    }
  }
  return out;
}

/**
 * APIs a rendered stream uses that Kubernetes removed, with the release that removed them (the
 * Kubernetes deprecation guide): what makes an old Linkerd chart fail on a new cluster.
 */
const REMOVED: [api: string, removedIn: string][] = [
  ['extensions/v1beta1', '1.16'],
  ['apps/v1beta1', '1.16'],
  ['apps/v1beta2', '1.16'],
  ['admissionregistration.k8s.io/v1beta1', '1.22'],
  ['apiextensions.k8s.io/v1beta1', '1.22'],
  ['apiregistration.k8s.io/v1beta1', '1.22'],
  ['rbac.authorization.k8s.io/v1beta1', '1.22'],
  ['scheduling.k8s.io/v1beta1', '1.22'],
  ['networking.k8s.io/v1beta1', '1.22'],
  ['batch/v1beta1', '1.25'],
  ['policy/v1beta1', '1.25'],
  ['autoscaling/v2beta1', '1.25'],
  ['autoscaling/v2beta2', '1.26'],
  ['flowcontrol.apiserver.k8s.io/v1beta1', '1.26'],
];

export function removedApis(kinds: readonly string[]): { api: string; kind: string; removedIn: string }[] {
  const out: { api: string; kind: string; removedIn: string }[] = [];
  for (const k of kinds) {
    const [api, kind] = k.split(' ') as [string, string];
    const hit = REMOVED.find(([a]) => a === api);
    if (hit) out.push({ api, kind, removedIn: hit[1] });
  }
  return out;
}
