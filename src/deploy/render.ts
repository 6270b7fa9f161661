import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { Helm } from '../tools/helm/helm.js';
import { imagesFromManifests, renderedNamespaces } from '../linkerd/chart-images.js';
import type { Plan, Release } from './linkerd-plan.js';
import { releaseValues, withHaValues, type ValueInputs } from './values.js';
import { postRenderer } from './post-render.js';

/**
 * A deploy plan rendered with `helm template` instead of installed: the same plan, the same
 * values (releaseValues, HA files under them) as the deploy action installs, against chart folders
 * given by name. The render check (scripts/render-check.ts, test/render) proves with it that the
 * real charts accept what meshci generates. `previous` plays the cluster of a second run: the values
 * each release was installed with, and the Gateway API CRDs present after the first.
 */
export interface RenderedRelease {
  release: Release;
  values: Record<string, unknown>;
  manifests: string;
  images: string[];
  /** Namespaces the chart rendered itself. */
  namespaces: string[];
}

export async function renderPlan(
  helm: Helm,
  plan: Plan,
  inputs: ValueInputs,
  o: { chartDir: (r: Release) => string; work: string; kubeVersion: string; previous?: Map<string, Record<string, unknown>>; postRenderScript: string },
): Promise<RenderedRelease[]> {
  const out: RenderedRelease[] = [];
  const post = postRenderer(inputs.helmValues, { work: o.work, script: o.postRenderScript });
  for (const r of plan.releases) {
    const prior = o.previous?.get(r.release);
    const values = await releaseValues(inputs, r, { current: async () => prior, hasGatewayApi: async () => !!o.previous });
    const dir = o.chartDir(r);
    const file = join(o.work, `${r.release}.values.yaml`);
    writeFileSync(file, yaml.dump(values, { lineWidth: -1 }), { mode: 0o600 });
    const ha = r.haValuesFile && existsSync(join(dir, 'values-ha.yaml')) ? join(dir, 'values-ha.yaml') : undefined;
    const effective = withHaValues(values, ha);
    const manifests = await helm.template({
      release: r.release,
      chart: dir,
      namespace: r.namespace,
      valuesFiles: ha ? [ha, file] : [file],
      kubeVersion: o.kubeVersion,
      includeCrds: true,
      ...(post ? { postRenderer: post } : {}),
    });
    out.push({
      release: r,
      values: effective,
      manifests,
      images: imagesFromManifests(manifests),
      namespaces: renderedNamespaces(manifests).map((n) => n.name),
    });
  }
  return out;
}
