import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { renderCheck } from '../../scripts/lib/render-check.js';
import { SUPPORTED_VERSIONS, knownEntry } from '../../src/linkerd/versions.js';
import { realHelm } from '../helpers/real-helm.js';
import { chartCache } from '../helpers/local-charts.js';

/**
 * The render check (scripts/render-check.ts) as a suite: the deploy action's plan and values, and
 * republish's helm-values, rendered by the real helm against the upstream charts of every supported
 * version — plain, HA, CNI, both. Runs when MESHCI_CHARTS names a folder of charts exported with
 * scripts/export-linkerd-charts.sh (MESHCI_DGRAPH_CHART: dgraph-io/charts' charts/dgraph); ci.yml
 * runs it on GitHub against charts pulled from the chart repositories (MESHCI_CHARTS=pull).
 */
// MESHCI_CHARTS, else the chart cache the real-cluster suite uses (scripts/chart-cache.sh) when it is there
const cache = chartCache();
const charts = process.env['MESHCI_CHARTS'] ?? ('dir' in cache ? cache.dir : undefined);
const helm = realHelm();
const why = !charts
  ? `MESHCI_CHARTS is not set (a folder of upstream charts, or "pull") and ${'missing' in cache ? cache.missing : 'no chart cache'}`
  : 'missing' in helm
    ? helm.missing
    : !existsSync(charts) && charts !== 'pull'
      ? `MESHCI_CHARTS=${charts} does not exist`
      : '';

// the dgraph chart: MESHCI_DGRAPH_CHART, else the cache's
const dgraphChart =
  process.env['MESHCI_DGRAPH_CHART'] ??
  ('dir' in cache && existsSync(join(cache.dir, 'dgraph', '24.1.1', 'Chart.yaml')) ? join(cache.dir, 'dgraph', '24.1.1') : undefined);

describe.skipIf(!!why)(`render check against the upstream charts${why ? ` (skipped: ${why})` : ''}`, () => {
  it.each([...SUPPORTED_VERSIONS])(
    '%s: every chart renders, every image under the mirror, identity in place, a second run changes nothing',
    async (version) => {
      const results = await renderCheck({
        helm: (helm as { bin: string }).bin,
        ...(charts !== 'pull' ? { charts } : {}),
        ...(dgraphChart ? { dgraph: dgraphChart } : {}),
        versions: [version],
      });
      expect(results.map((r) => r.variant)).toEqual(['plain', 'ha', 'cni', 'ha+cni']);
      for (const r of results) {
        expect(r.error, `${version} ${r.variant}`).toBeUndefined();
        // images charts name literally are moved by deploy's post-renderer — except in hooks, which
        // helm never post-renders (2.12.6's namespace-metadata Job: curlimages/curl:7.78.0)
        expect(r.outside, `${version} ${r.variant}`).toEqual([]);
        expect(r.hookOrigin).toEqual(
          Object.values(knownEntry(version)!.charts)
            .flatMap((c) => c.hardcodedInHooks ?? [])
            .filter((i, n, a) => a.indexOf(i) === n),
        );
        expect(r.identity).toBe(true);
        expect(r.namespaceClash).toEqual([]);
        expect(r.idempotent).toBe(true);
      }
    },
    300_000,
  );
});
