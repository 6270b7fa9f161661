import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { Helm } from '../../src/tools/helm/helm.js';
import { generateAnchor, generateIssuer } from '../../src/certs/generate.js';
import { parsePrivateKey } from '../../src/certs/pem.js';
import { SUPPORTED_VERSIONS, RENDER_KUBE_VERSION, knownEntry } from '../../src/linkerd/versions.js';
import { linkerdHelmRepo } from '../../src/linkerd/version.js';
import { linkerdPlan, dgraphRelease, DGRAPH_REPO, type Release } from '../../src/deploy/linkerd-plan.js';
import { renderPlan } from '../../src/deploy/render.js';
import { helmValues } from '../../src/republish/helm-values.js';
import { appEntry, appImages, linkerdImages, type Extension } from '../../src/republish/images.js';
import { destinationFor, parseReference } from '../../src/oci/reference.js';
import { prepareCharts } from './charts.js';
import { getErrorMessage } from '../../src/lib/errors.js';

export const MIRROR = { registry: 'mirror.example.azurecr.io', prefix: 'mirror' };
/** deploy's post-renderer, as built (npm run build). */
const postRenderScript = fileURLToPath(new URL('../../dist/post-render.js', import.meta.url));

export interface CheckResult {
  version: string;
  variant: string;
  ok: boolean;
  images: number;
  outside: string[];
  /** Images the charts name literally in hooks: helm post-renders no hooks, so they stay at their origin. */
  hookOrigin: string[];
  identity: boolean;
  namespaceClash: string[];
  idempotent: boolean;
  error?: string;
}

const VARIANTS = [
  { name: 'plain', ha: false, cni: false },
  { name: 'ha', ha: true, cni: false },
  { name: 'cni', ha: false, cni: true },
  { name: 'ha+cni', ha: true, cni: true },
];

/** See scripts/render-check.ts. */
// eslint-disable-next-line max-lines-per-function -- one pass over the versions and their chart sets, reporting each as it is rendered
export async function renderCheck(o: {
  helm: string;
  charts?: string;
  dgraph?: string;
  versions?: readonly string[];
  variants?: readonly string[];
}): Promise<CheckResult[]> {
  const helm = new Helm({ binPath: o.helm });
  const work = mkdtempSync(join(tmpdir(), 'meshci-render-'));
  const anchor = await generateAnchor({ validityMs: 86_400_000 });
  const issuer = await generateIssuer({ validityMs: 86_400_000, anchor: anchor.cert, anchorKey: parsePrivateKey(anchor.keyPem) });
  const identity = { trustAnchor: { text: anchor.cert.pem }, issuer: { text: issuer.cert.pem }, issuerKey: { text: issuer.keyPem } };
  const results: CheckResult[] = [];
  const dgraph = appEntry('dgraph');
  try {
    let dgraphDir = o.dgraph;
    if (!dgraphDir && !o.charts && dgraph)
      dgraphDir = await helm.pull({ chart: 'dgraph', version: dgraph.chart, repo: DGRAPH_REPO, dir: join(work, 'dgraph') });
    for (const version of o.versions ?? SUPPORTED_VERSIONS) {
      const entry = knownEntry(version);
      if (!entry) throw new Error(`${version} is not in src/data/linkerd-images.json`);
      let dirs: Record<string, string>;
      if (o.charts) dirs = (await prepareCharts(join(o.charts, version), version, join(work, version), o.helm)).dirs;
      else {
        dirs = {};
        for (const [name, f] of Object.entries(entry.charts))
          dirs[name] = await helm.pull({ chart: name, version: f.version, repo: linkerdHelmRepo(version), dir: join(work, version) });
      }
      // a version whose charts need APIs Kubernetes removed renders for the last Kubernetes it fits
      const removedIn = (entry.removedApis ?? []).map((r) => r.removedIn.split('.').map(Number) as [number, number]).sort((a, b) => a[1] - b[1])[0];
      const kubeVersion = removedIn ? `${removedIn[0]}.${removedIn[1] - 1}.0` : RENDER_KUBE_VERSION;
      for (const v of VARIANTS.filter((x) => !o.variants || o.variants.includes(x.name))) {
        const exts: Extension[] = ['viz', ...(entry.jaeger ? (['jaeger'] as const) : []), ...(v.cni ? (['cni'] as const) : [])];
        const sources = [...linkerdImages(entry, version, exts), ...(dgraph && dgraphDir ? appImages('dgraph') : [])];
        const pairs = sources.map((s) => {
          const d = destinationFor(parseReference(s), MIRROR);
          return { source: s, destination: `${d.registry}/${d.repository}:${d.tag}` };
        });
        const values = helmValues(pairs, { linkerd: entry, ...(dgraph ? { apps: { dgraph } } : {}) });
        const plan = linkerdPlan(entry, version, { viz: true, jaeger: !!entry.jaeger, cni: v.cni, ha: v.ha, namespace: 'linkerd' });
        if (dgraph && dgraphDir) plan.releases.push(dgraphRelease({ release: 'dgraph', version: dgraph.chart, namespace: 'dgraph' }));
        const inputs = { helmValues: values, linkerdValues: {}, ...identity };
        const chartDir = (r: Release) => (r.chart === 'dgraph' ? (dgraphDir as string) : (dirs[r.chart] as string));
        const result: CheckResult = {
          version,
          variant: v.name,
          ok: false,
          images: 0,
          outside: [],
          hookOrigin: [],
          identity: false,
          namespaceClash: [],
          idempotent: false,
        };
        const inHooks = Object.values(entry.charts).flatMap((c) => c.hardcodedInHooks ?? []);
        try {
          const first = await renderPlan(helm, plan, inputs, { chartDir, work, kubeVersion, postRenderScript });
          const images = [...new Set(first.flatMap((r) => r.images))];
          result.images = images.length;
          const off = images.filter((i) => !i.startsWith(`${MIRROR.registry}/${MIRROR.prefix}/`));
          result.hookOrigin = off.filter((i) => inHooks.includes(i));
          result.outside = off.filter((i) => !inHooks.includes(i));
          const cp = first.find((r) => r.release.identity);
          result.identity = !!cp && identityLands(cp.manifests, anchor.cert.pem, issuer.cert.pem);
          result.namespaceClash = first.flatMap((r) => r.namespaces);
          const second = await renderPlan(helm, plan, inputs, {
            chartDir,
            work,
            kubeVersion,
            postRenderScript,
            previous: new Map(first.map((r) => [r.release.release, r.values])),
          });
          result.idempotent = JSON.stringify(first.map((r) => r.values)) === JSON.stringify(second.map((r) => r.values));
          result.ok = !result.outside.length && result.identity && !result.namespaceClash.length && result.idempotent;
        } catch (e) {
          result.error = getErrorMessage(e).split('\n').slice(-3).join(' ').slice(0, 300);
        }
        results.push(result);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return results;
}

/**
 * The anchor in the trust roots Linkerd reads (linkerd-identity-trust-roots, or linkerd-config /
 * the identity env before 2.12) and the issuer certificate in the linkerd-identity-issuer Secret.
 */
export function identityLands(manifests: string, anchorPem: string, issuerPem: string): boolean {
  const body = (pem: string) => pem.split('\n').filter((l) => l && !l.startsWith('-----'));
  let issuerOk = false;
  let anchorOk = false;
  type Doc = { kind?: string; metadata?: { name?: string }; data?: Record<string, string> };
  for (const doc of yaml.loadAll(manifests, undefined, { json: true }) as Doc[]) {
    if (!doc || typeof doc !== 'object') continue;
    if (doc['kind'] === 'Secret' && doc['metadata']?.['name'] === 'linkerd-identity-issuer') {
      const data = (doc['data'] ?? {}) as Record<string, string>;
      const crt = data['crt.pem'] ?? data['tls.crt'];
      issuerOk = !!crt && Buffer.from(crt, 'base64').toString('utf8').trim() === issuerPem.trim();
    }
    if (doc['kind'] === 'ConfigMap' || doc['kind'] === 'Deployment') {
      const text = JSON.stringify(doc);
      if (body(anchorPem).every((l) => text.includes(l))) anchorOk = true;
    }
  }
  return issuerOk && anchorOk;
}
