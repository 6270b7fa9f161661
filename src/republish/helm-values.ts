import yaml from 'js-yaml';
import { parseReference, type ImageRef } from '../oci/reference.js';

/**
 * Helm value overrides that point every chart at the republished images. Linkerd's charts take an
 * image *name* per component and add the version themselves, and have no single registry value
 * (linkerd2#11672), so each component is set (linkerd-facts §3.3). Third-party images (Prometheus,
 * Jaeger, the OpenTelemetry collector, Dgraph) are pinned by digest through their tag value
 * (`tag@sha256:…` renders as `repo:tag@sha256:…`, which Kubernetes pulls by digest). Linkerd's own
 * images keep their version tags, because the charts reuse those versions in labels and checks.
 */
export interface Mapped {
  source: string;
  destination: string;
  digest?: string;
}

type Values = Record<string, unknown>;

const repoPath = (r: ImageRef) => `${r.registry}/${r.repository}`;

export function helmValues(images: readonly Mapped[], controlPlaneChart: string): Record<string, Values> {
  const by = new Map<string, { dst: ImageRef; digest?: string }>();
  for (const m of images) {
    const s = parseReference(m.source);
    by.set(`${s.registry}/${s.repository}`, { dst: parseReference(m.destination), digest: m.digest });
  }
  const name = (src: string) => {
    const hit = by.get(src);
    return hit ? repoPath(hit.dst) : undefined;
  };
  const pinnedTag = (src: string) => {
    const hit = by.get(src);
    if (!hit) return undefined;
    return hit.digest ? `${hit.dst.tag}@${hit.digest}` : hit.dst.tag;
  };
  const out: Record<string, Values> = {};
  const set = (chart: string, path: string[], value: string | undefined) => {
    if (value === undefined) return;
    let cur = (out[chart] ??= {}) as Values;
    for (const p of path.slice(0, -1)) cur = (cur[p] ??= {}) as Values;
    cur[path.at(-1) as string] = value;
  };
  const l5d = (n: string) => `cr.l5d.io/linkerd/${n}`;

  set(controlPlaneChart, ['controllerImage'], name(l5d('controller')));
  set(controlPlaneChart, ['policyController', 'image', 'name'], name(l5d('policy-controller')));
  set(controlPlaneChart, ['proxy', 'image', 'name'], name(l5d('proxy')));
  set(controlPlaneChart, ['proxyInit', 'image', 'name'], name(l5d('proxy-init')));
  set(controlPlaneChart, ['debugContainer', 'image', 'name'], name(l5d('debug')));

  // linkerd-viz builds `{registry}/{name}:{tag}` per component
  for (const [key, img] of [['metricsAPI', 'metrics-api'], ['tap', 'tap'], ['tapInjector', 'tap'], ['dashboard', 'web'], ['grafana', 'grafana']] as const) {
    const hit = by.get(l5d(img));
    if (hit) {
      const i = hit.dst.repository.lastIndexOf('/');
      set('linkerd-viz', [key, 'image', 'registry'], `${hit.dst.registry}/${hit.dst.repository.slice(0, i)}`);
      set('linkerd-viz', [key, 'image', 'name'], hit.dst.repository.slice(i + 1));
    }
  }
  const ext = by.get(l5d('extension-init'));
  if (ext) {
    const i = ext.dst.repository.lastIndexOf('/');
    for (const chart of ['linkerd-viz', 'linkerd-jaeger']) {
      if (out[chart] || chart === 'linkerd-viz') {
        set(chart, ['namespaceMetadata', 'image', 'registry'], `${ext.dst.registry}/${ext.dst.repository.slice(0, i)}`);
        set(chart, ['namespaceMetadata', 'image', 'name'], ext.dst.repository.slice(i + 1));
      }
    }
  }
  const prom = by.get('docker.io/prom/prometheus');
  if (prom) {
    const i = prom.dst.repository.lastIndexOf('/');
    set('linkerd-viz', ['prometheus', 'image', 'registry'], `${prom.dst.registry}/${prom.dst.repository.slice(0, i)}`);
    set('linkerd-viz', ['prometheus', 'image', 'name'], prom.dst.repository.slice(i + 1));
    set('linkerd-viz', ['prometheus', 'image', 'tag'], pinnedTag('docker.io/prom/prometheus'));
  }

  set('linkerd-jaeger', ['webhook', 'image', 'name'], name(l5d('jaeger-webhook')));
  for (const [src, key] of [['docker.io/otel/opentelemetry-collector', 'collector'], ['docker.io/omnition/opencensus-collector', 'collector'], ['docker.io/jaegertracing/all-in-one', 'jaeger']] as const) {
    if (by.has(src)) {
      set('linkerd-jaeger', [key, 'image', 'name'], name(src));
      set('linkerd-jaeger', [key, 'image', 'version'], pinnedTag(src));
    }
  }

  set('linkerd2-cni', ['image', 'name'], name(l5d('cni-plugin')));

  const dg = by.get('docker.io/dgraph/dgraph');
  if (dg) {
    set('dgraph', ['image', 'registry'], dg.dst.registry);
    set('dgraph', ['image', 'repository'], dg.dst.repository);
    set('dgraph', ['image', 'tag'], pinnedTag('docker.io/dgraph/dgraph'));
  }
  return out;
}

export function helmValuesYaml(values: Record<string, Values>): string {
  return yaml.dump(values, { lineWidth: -1, noRefs: true, sortKeys: false });
}
