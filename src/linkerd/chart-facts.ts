import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Helm } from '../tools/helm/helm.js';
import { generateAnchor, generateIssuer } from '../certs/generate.js';
import { parsePrivateKey } from '../certs/pem.js';
import { apiKinds, crdVersions, hookImages, imagesFromManifests, imageValuePaths, removedApis, renderedNamespaces } from './chart-images.js';
import { RENDER_KUBE_VERSION, type ChartFacts, type VersionEntry } from './versions.js';

/**
 * A version's facts from its charts, rendered with the real helm and their defaults: shared by the
 * generator of src/data/linkerd-images.json (charts exported from git and prepared as Linkerd's
 * release packages them) and the run-time resolution of a version the data file lacks (charts
 * pulled from the chart repository). `charts` maps chart name → an unpacked chart folder.
 */
const KEYS = ['namespace', 'linkerdNamespace', 'installNamespace', 'cniEnabled', 'installGatewayAPI', 'enableHttpRoutes'];

const namespaceOf = (chart: string) =>
  chart.includes('viz') ? 'linkerd-viz' : chart.includes('jaeger') ? 'linkerd-jaeger' : chart.includes('cni') ? 'linkerd-cni' : 'linkerd';

/** A throwaway identity the control-plane charts need to render (nothing of it is kept); 0600 file. */
export async function throwawayIdentity(dir: string): Promise<string> {
  const anchor = await generateAnchor({ validityMs: 86_400_000 });
  const issuer = await generateIssuer({ validityMs: 86_400_000, anchor: anchor.cert, anchorKey: parsePrivateKey(anchor.keyPem) });
  const file = join(dir, 'identity.yaml');
  writeFileSync(
    file,
    yaml.dump({
      identityTrustAnchorsPEM: anchor.cert.pem,
      identity: { issuer: { crtExpiry: issuer.cert.notAfter.toISOString().replace(/\.\d+Z$/, 'Z'), tls: { crtPEM: issuer.cert.pem, keyPEM: issuer.keyPem } } },
    }),
    { mode: 0o600 },
  );
  return file;
}

// eslint-disable-next-line max-lines-per-function -- one table of facts per chart, in the charts' order
export async function versionEntryFromCharts(
  helm: Helm,
  version: string,
  charts: Record<string, string>,
  o: { identityFile: string; work: string; source?: string },
): Promise<VersionEntry> {
  const entry: VersionEntry = {
    source: o.source ?? '',
    chart: 'linkerd2' in charts ? 'linkerd2' : 'linkerd-control-plane',
    kubeVersion: '',
    core: [],
    charts: {},
  };
  for (const [name, chartDir] of Object.entries(charts)) {
    const meta = yaml.load(readFileSync(join(chartDir, 'Chart.yaml'), 'utf8')) as Record<string, unknown>;
    const valuesText = readFileSync(join(chartDir, 'values.yaml'), 'utf8');
    const values = (yaml.load(valuesText, { json: true }) ?? {}) as Record<string, unknown>;
    const identity = name === 'linkerd2' || name === 'linkerd-control-plane';
    const rendered = await helm.template({
      release: name,
      chart: chartDir,
      namespace: namespaceOf(name),
      valuesFiles: identity ? [o.identityFile] : [],
      kubeVersion: RENDER_KUBE_VERSION,
      includeCrds: true,
    });
    const images = imagesFromManifests(rendered);
    // with the CNI plugin the control plane renders other pods (e.g. 2.12's noop init container)
    let cniImages: string[] = [];
    if (identity && 'cniEnabled' in values) {
      const cni = join(o.work, 'cni.yaml');
      writeFileSync(cni, 'cniEnabled: true\n');
      cniImages = imagesFromManifests(
        await helm.template({
          release: name,
          chart: chartDir,
          namespace: 'linkerd',
          valuesFiles: [o.identityFile, cni],
          kubeVersion: RENDER_KUBE_VERSION,
          includeCrds: true,
        }),
      ).filter((i) => !images.includes(i));
    }
    const all = [...images, ...cniImages];
    const paths = imageValuePaths(
      valuesText,
      all.map((i) => i.replace(/[:@][^/]*$/, '')),
    );
    const hardcoded = all.filter((i) => !paths[i.replace(/[:@][^/]*$/, '')]);
    const inHooks = hookImages(rendered);
    const namespace = renderedNamespaces(rendered)[0];
    const facts: ChartFacts = {
      version: String(meta['version']),
      images,
      values: paths,
      ...(cniImages.length ? { cniImages } : {}),
      ...(hardcoded.length ? { hardcoded } : {}),
      ...(hardcoded.some((i) => inHooks.includes(i)) ? { hardcodedInHooks: hardcoded.filter((i) => inHooks.includes(i)) } : {}),
      keys: KEYS.filter((k) => k in values),
      apis: apiKinds(rendered),
      ...(namespace ? { createsNamespace: namespace } : {}),
      ...(existsSync(join(chartDir, 'values-ha.yaml')) ? { haValues: true } : {}),
    };
    if (identity && typeof meta['kubeVersion'] === 'string') entry.kubeVersion = meta['kubeVersion'];
    if (name === 'linkerd-crds') {
      const grpc = crdVersions(rendered, 'grpcroutes.gateway.networking.k8s.io');
      if (grpc.length) Object.assign(facts, { grpcRoute: grpc, gatewayAPI: 'bundled' });
      else if ('installGatewayAPI' in values) {
        // Gateway API CRDs off by default: render them to learn what they would bundle
        const on = join(o.work, 'gateway-api.yaml');
        writeFileSync(on, 'installGatewayAPI: true\n');
        const withGw = await helm.template({
          release: name,
          chart: chartDir,
          namespace: 'linkerd',
          valuesFiles: [on],
          kubeVersion: RENDER_KUBE_VERSION,
          includeCrds: true,
        });
        Object.assign(facts, { grpcRoute: crdVersions(withGw, 'grpcroutes.gateway.networking.k8s.io'), gatewayAPI: 'optional' });
      }
    }
    entry.charts[name] = facts;
    const component = name === 'linkerd-viz' ? 'viz' : name === 'linkerd-jaeger' ? 'jaeger' : name === 'linkerd2-cni' ? 'cni' : 'core';
    const list = (entry[component] ??= []);
    for (const i of images) if (!list.includes(i)) list.push(i);
    if (cniImages.length) for (const i of cniImages) if (!(entry.cni ??= []).includes(i)) entry.cni.push(i);
  }
  const removed = Object.entries(entry.charts).flatMap(([chart, f]) => removedApis(f.apis).map((r) => ({ chart, ...r })));
  if (removed.length) entry.removedApis = removed;
  return entry;
}

export interface AppEntry {
  source: string;
  /** The chart version these facts come from, and its appVersion: the default app version. */
  chart: string;
  default: string;
  /** Images the chart renders with its defaults; `{version}` stands for the app's version. */
  images: string[];
  values: ChartFacts['values'];
}

/** The app chart's facts (Dgraph): images (the app's own with a `{version}` placeholder) and where its values name them. */
export async function appFactsFromChart(helm: Helm, chartDir: string): Promise<AppEntry> {
  const meta = yaml.load(readFileSync(join(chartDir, 'Chart.yaml'), 'utf8')) as Record<string, unknown>;
  const valuesText = readFileSync(join(chartDir, 'values.yaml'), 'utf8');
  const appVersion = String(meta['appVersion']);
  const rendered = await helm.template({ release: 'dgraph', chart: chartDir, namespace: 'dgraph', kubeVersion: RENDER_KUBE_VERSION });
  const images = imagesFromManifests(rendered);
  return {
    source: `dgraph-io/charts charts/dgraph ${String(meta['version'])}, rendered with its default values`,
    chart: String(meta['version']),
    default: appVersion,
    images: images.map((i) => i.replace(`:${appVersion}`, ':{version}')),
    values: imageValuePaths(
      valuesText,
      images.map((i) => i.replace(/[:@][^/]*$/, '')),
    ),
  };
}
