import yaml from 'js-yaml';
import { parseReference, type ImageRef } from '../oci/reference.js';
import type { ImageValue } from '../linkerd/chart-images.js';
import type { VersionEntry } from '../linkerd/versions.js';
import type { AppEntry } from '../linkerd/chart-facts.js';

/**
 * Helm value overrides that point every chart at the republished images, at the value paths each
 * chart reads (found in the chart's own values.yaml: src/linkerd/chart-images.ts imageValuePaths,
 * recorded per version in the data file). Linkerd's charts have no single registry value
 * (linkerd2#11672), so each component is set: a whole-repository value (`proxy.image.name`), or a
 * registry + name pair (linkerd-viz, Prometheus), or registry + repository (Dgraph).
 *
 * Tags are left as the charts have them: the mirror holds every image under its source tag,
 * digest-exact (republish copies manifests byte for byte, `lock-tags` keeps the tags from moving).
 * A digest is set only through a value the chart reads as a digest; never as `tag@sha256:…`,
 * which charts that compare versions (Dgraph's semverCompare on image.tag) reject. The app's own
 * image gets its tag set (the version republish copied, a plain tag), whatever the chart's default.
 * Images a chart names literally go under `meshci.images` (source → destination) for deploy's
 * post-renderer (src/deploy/post-render.ts); `meshci` is no chart.
 */
export interface Mapped {
  source: string;
  destination: string;
  digest?: string;
}

type Values = Record<string, unknown>;

export function helmValues(images: readonly Mapped[], o: { linkerd?: VersionEntry; apps?: Record<string, AppEntry> }): Record<string, Values> {
  const by = new Map<string, { src: ImageRef; dst: ImageRef; digest?: string }>();
  for (const m of images) {
    const s = parseReference(m.source);
    by.set(`${s.registry}/${s.repository}`, { src: s, dst: parseReference(m.destination), ...(m.digest ? { digest: m.digest } : {}) });
  }
  const out: Record<string, Values> = {};
  const set = (chart: string, path: string, value: string) => {
    const keys = path.split('.');
    let cur = (out[chart] ??= {}) as Values;
    for (const k of keys.slice(0, -1)) cur = (cur[k] ??= {}) as Values;
    cur[keys.at(-1) as string] = value;
  };
  const point = (chart: string, values: Record<string, ImageValue[]>, tagToo: (repo: string, tag: string | undefined) => boolean) => {
    for (const [repo, paths] of Object.entries(values)) {
      const hit = by.get(repo);
      if (!hit) continue;
      for (const p of paths) {
        if (p.registry && p.repository) {
          set(chart, p.registry, hit.dst.registry);
          set(chart, p.repository, hit.dst.repository);
        } else if (p.registry && p.name) {
          const i = hit.dst.repository.lastIndexOf('/');
          set(chart, p.registry, i < 0 ? hit.dst.registry : `${hit.dst.registry}/${hit.dst.repository.slice(0, i)}`);
          set(chart, p.name, hit.dst.repository.slice(i + 1));
        } else if (p.name) set(chart, p.name, `${hit.dst.registry}/${hit.dst.repository}`);
        if (p.digest && hit.digest) set(chart, p.digest, hit.digest);
        if (p.tag && hit.dst.tag && tagToo(repo, hit.dst.tag)) set(chart, p.tag, hit.dst.tag);
      }
    }
  };
  for (const [chart, facts] of Object.entries(o.linkerd?.charts ?? {})) point(chart, facts.values, () => false);
  // images a chart names literally (no value moves them): for deploy's post-renderer, not a chart
  const fixed = Object.values(o.linkerd?.charts ?? {}).flatMap((f) => f.hardcoded ?? []);
  for (const src of fixed) {
    const hit = by.get(src.replace(/[:@][^/]*$/, ''));
    if (hit && (hit.src.tag ? `${hit.src.registry}/${hit.src.repository}:${hit.src.tag}` : '') === src) {
      ((out['meshci'] ??= { images: {} })['images'] as Record<string, string>)[src] = `${hit.dst.registry}/${hit.dst.repository}:${hit.dst.tag}`;
    }
  }
  for (const [app, a] of Object.entries(o.apps ?? {})) {
    // the app's own image at the version republish copied (the chart version's default may differ)
    point(app, a.values, (repo) => a.images.some((i) => i === `${repo}:{version}`));
  }
  return out;
}

export function helmValuesYaml(values: Record<string, Values>): string {
  return yaml.dump(values, { lineWidth: -1, noRefs: true, sortKeys: false });
}
