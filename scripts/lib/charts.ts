import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { exec } from '../../src/lib/exec.js';
import { chartVersion } from '../../src/linkerd/versions.js';

/** Where each chart of a version lives in the linkerd2 repository (as exported by export-linkerd-charts.sh). */
export const CHART_DIRS: Record<string, string> = {
  linkerd2: 'charts/linkerd2',
  'linkerd-crds': 'charts/linkerd-crds',
  'linkerd-control-plane': 'charts/linkerd-control-plane',
  'linkerd2-cni': 'charts/linkerd2-cni',
  'linkerd-viz': 'viz/charts/linkerd-viz',
  'linkerd-jaeger': 'jaeger/charts/linkerd-jaeger',
};

/**
 * A version's charts from its git export, copied to `dir` and prepared the way Linkerd's release
 * (bin/helm-build) packages them: `linkerdVersionValue` in values.yaml replaced by the version,
 * appVersion set, the chart version set (see chartVersion), partials vendored with
 * `helm dependency build`. Returns chart name → prepared folder.
 */
export async function prepareCharts(src: string, version: string, dir: string, helmBin: string): Promise<{ dirs: Record<string, string>; commit?: string }> {
  cpSync(src, dir, { recursive: true, verbatimSymlinks: true });
  const dirs: Record<string, string> = {};
  for (const [name, d] of Object.entries(CHART_DIRS)) {
    const chartYaml = join(dir, d, 'Chart.yaml');
    if (!existsSync(chartYaml)) continue;
    const meta = yaml.load(readFileSync(chartYaml, 'utf8')) as Record<string, unknown>;
    writeFileSync(chartYaml, yaml.dump({ ...meta, version: chartVersion(version, String(meta['version'])), appVersion: version }));
    const valuesFile = join(dir, d, 'values.yaml');
    if (existsSync(valuesFile)) writeFileSync(valuesFile, readFileSync(valuesFile, 'utf8').replaceAll('linkerdVersionValue', version));
    dirs[name] = join(dir, d);
  }
  for (const d of Object.values(dirs)) await exec(helmBin, ['dependency', 'build', d]);
  const commitFile = join(src, '.commit');
  return { dirs, ...(existsSync(commitFile) ? { commit: readFileSync(commitFile, 'utf8').trim() } : {}) };
}
