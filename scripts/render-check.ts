/**
 * The render check: the deploy action's plan and values (src/deploy/linkerd-plan.ts, values.ts,
 * render.ts) and republish's helm-values (src/republish/helm-values.ts) rendered by the real helm
 * against Linkerd's and Dgraph's upstream charts, for every supported version, plain, with HA,
 * with CNI, and both. For each it checks:
 *   - every chart renders;
 *   - every image of the output (containers, init containers, hook Jobs, the injector's images in
 *     linkerd-config) is under the mirror prefix;
 *   - the trust anchor and the issuer land where Linkerd reads them (trust roots, issuer Secret);
 *   - no chart renders a Namespace meshci also creates;
 *   - a second run with the first run's values in place computes the same values (changes nothing).
 * Charts come from git exports (scripts/export-linkerd-charts.sh; prepared as Linkerd's release
 * does) with --charts, or are pulled from the chart repositories with --pull.
 *
 *   npx tsx scripts/render-check.ts --charts /tmp/linkerd-charts --dgraph <dgraph-io/charts>/charts/dgraph [--helm helm]
 *   npx tsx scripts/render-check.ts --pull [--helm helm]
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { renderCheck } from './lib/render-check.js';

const { values: args } = parseArgs({
  options: { charts: { type: 'string' }, dgraph: { type: 'string' }, pull: { type: 'boolean' }, helm: { type: 'string' }, versions: { type: 'string' } },
});
if (!args.charts && !args.pull) {
  console.error('usage: tsx scripts/render-check.ts (--charts <dir> [--dgraph <chart dir>] | --pull) [--helm <path>] [--versions v1,v2]');
  process.exit(2);
}
const results = await renderCheck({
  helm: args.helm ?? 'helm',
  ...(args.charts ? { charts: resolve(args.charts) } : {}),
  ...(args.dgraph ? { dgraph: resolve(args.dgraph) } : {}),
  ...(args.versions ? { versions: args.versions.split(',') } : {}),
});
console.log('version         variant   result  images  outside-mirror  identity  namespaces  second-run');
for (const r of results) {
  console.log(
    `${r.version.padEnd(15)} ${r.variant.padEnd(9)} ${(r.ok ? 'pass' : 'FAIL').padEnd(7)} ${String(r.images).padEnd(7)} ${String(r.outside.length).padEnd(15)} ${(r.identity ? 'ok' : 'MISSING').padEnd(9)} ${(r.namespaceClash.length ? r.namespaceClash.join(',') : 'ok').padEnd(11)} ${r.idempotent ? 'unchanged' : 'CHANGED'}${r.error ? `  ${r.error}` : ''}${r.outside.length ? `  outside: ${r.outside.join(' ')}` : ''}${r.hookOrigin.length ? `  (hook, not post-rendered by helm: ${r.hookOrigin.join(' ')})` : ''}`,
  );
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
