import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec } from '../../src/lib/exec.js';
import { knownEntry } from '../../src/linkerd/versions.js';
import { chartCache, localChartRepo, servedVersions, type LocalChartRepo } from '../helpers/local-charts.js';
import { realHelm } from '../helpers/real-helm.js';

/**
 * The local chart repository (test/helpers/local-charts.ts) with the real helm: a stable and an edge
 * version's charts in one repository, pulled and rendered the way the deploy action asks for them,
 * and the dgraph chart beside them. Runs when the chart cache holds the charts
 * (scripts/chart-cache.sh) and the pinned helm is there.
 */
const VERSIONS = ['stable-2.14.10', 'edge-26.8.3'];
const DGRAPH = '24.1.1'; // the deploy action's default dgraph-chart-version (src/actions/deploy/inputs.ts)
const helm = realHelm();
const cache = chartCache(VERSIONS);
const why = 'missing' in helm ? helm.missing : 'missing' in cache ? cache.missing : '';

describe.skipIf(!!why)(`local chart repository of upstream charts${why ? ` (skipped: ${why})` : ''}`, () => {
  const bin = (helm as { bin: string }).bin;
  let repo: LocalChartRepo;
  let work: string;
  // helm's own cache and config in this run's temporary folder, not the user's
  const run = (args: string[]) =>
    exec(bin, args, {
      env: { HELM_CACHE_HOME: join(work, 'helm-cache'), HELM_CONFIG_HOME: join(work, 'helm-config'), HELM_DATA_HOME: join(work, 'helm-data') },
    });
  const chartOf = (version: string, chart: string) => knownEntry(version)!.charts[chart]!.version;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'meshci-local-charts-'));
    let t = Date.now();
    const first = await localChartRepo({ helm: bin, versions: VERSIONS, dgraph: DGRAPH });
    const firstMs = Date.now() - t;
    await first.stop();
    t = Date.now();
    repo = await localChartRepo({ helm: bin, versions: VERSIONS, dgraph: DGRAPH });
    console.log(`local chart repo: ${firstMs} ms, then ${Date.now() - t} ms from <cache>/packaged`);
  }, 600_000);
  afterAll(async () => {
    await repo?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('serves every chart of both versions at the chart versions Linkerd publishes, in one index', async () => {
    const served = await servedVersions(repo.url);
    for (const version of VERSIONS) {
      for (const chart of Object.keys(knownEntry(version)!.charts)) expect(served[chart], `${version} ${chart}`).toContain(chartOf(version, chart));
    }
    expect(served['dgraph']).toBeUndefined();
    expect(await servedVersions(repo.dgraphUrl!)).toEqual({ dgraph: [DGRAPH] });
  });

  it.each(VERSIONS)('%s: helm pulls linkerd-control-plane and renders linkerd-crds from the repository', async (version) => {
    const dest = mkdtempSync(join(work, 'pull-'));
    const cp = chartOf(version, 'linkerd-control-plane');
    await run(['pull', 'linkerd-control-plane', '--repo', repo.url, '--version', cp, '--destination', dest]);
    expect(readdirSync(dest)).toEqual([`linkerd-control-plane-${cp}.tgz`]);
    expect(repo.requests).toContain(`GET /linkerd-control-plane-${cp}.tgz`);

    const { stdout } = await run([
      'template',
      'linkerd-crds',
      'linkerd-crds',
      '--repo',
      repo.url,
      '--version',
      chartOf(version, 'linkerd-crds'),
      '--namespace',
      'linkerd',
    ]);
    expect(stdout).toContain('kind: CustomResourceDefinition');
    expect(stdout).toContain('name: serviceprofiles.linkerd.io');
  });

  it('serves the dgraph chart, which renders with its defaults', async () => {
    const dest = mkdtempSync(join(work, 'pull-'));
    await run(['pull', 'dgraph', '--repo', repo.dgraphUrl!, '--version', DGRAPH, '--destination', dest]);
    expect(existsSync(join(dest, `dgraph-${DGRAPH}.tgz`))).toBe(true);
    const { stdout } = await run(['template', 'dgraph', 'dgraph', '--repo', repo.dgraphUrl!, '--version', DGRAPH, '--namespace', 'dgraph']);
    expect(stdout).toContain('kind: StatefulSet');
    expect(stdout).toContain(`docker.io/dgraph/dgraph:v${DGRAPH}`);
    expect(repo.requests).toContain('GET /dgraph/index.yaml');
  });
});
