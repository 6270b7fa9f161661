/**
 * Benchmark (not a test): how long each action takes to report a configuration error — the whole
 * start-up a user waits for after a typo — on the Node.js the actions declare (node24), beside
 * Azure/k8s-deploy's, the peer a user of these actions already runs. Median of 10 runs after one
 * warm-up (Node's compile cache on, as the dist loaders turn it on), and the JavaScript each entry
 * links before it runs (its static import graph: a figure that does not move with machine load).
 *
 *   npx tsx bench/startup.ts [--runs 10] [--node PATH] [--peer /path/to/k8s-deploy/lib/index.js]
 *
 * The peer: `git archive` of Azure/k8s-deploy, `npm ci && npm run build` (its esbuild bundle,
 * lib/index.js); without --peer the figure from issue 14 (77 ms) is printed for comparison.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { node24OrThis } from '../test/helpers/node24.js';
import { staticGraph } from '../test/helpers/bundle-graph.js';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const opt = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(opt('runs') ?? 10);
const NODE = opt('node') ?? node24OrThis();

/** One bad input per action: each must end in "configuration error". */
const BAD: Record<string, Record<string, string>> = {
  meshci: { INPUT_PROVIDER: 'gke' },
  provision: { INPUT_PROVIDER: 'gke' },
  certs: { INPUT_MODE: 'generat' },
  republish: { INPUT_CONCURRENCY: '99', INPUT_DESTINATION: 'x' },
  deploy: { 'INPUT_LINKERD-VERSION': 'stable-9' },
  verify: { 'INPUT_BALANCE-MAX-RATIO': '0' },
  teardown: { INPUT_PROVIDER: 'gke' },
};

function time(entry: string, env: Record<string, string>, expect: RegExp): number {
  const dir = mkdtempSync(join(tmpdir(), 'meshci-startup-'));
  try {
    const files = Object.fromEntries(['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STEP_SUMMARY'].map((k) => [k, join(dir, k)]));
    for (const f of Object.values(files)) writeFileSync(f, '');
    const base = { PATH: process.env['PATH'] ?? '', RUNNER_TEMP: dir, NODE_COMPILE_CACHE: join(tmpdir(), 'meshci-bench-compile-cache'), ...files, ...env };
    const times: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(NODE, [entry], { env: base, encoding: 'utf8' });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (!expect.test(r.stdout + r.stderr)) throw new Error(`${entry}: no configuration error:\n${(r.stdout + r.stderr).slice(-400)}`);
      if (i > 0) times.push(ms); // run 0 warms the compile cache
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)]!;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const chunkBytes = (names: string[]) => names.reduce((n, f) => n + statSync(join(ROOT, 'dist', f)).size, 0);
const baseline = time(join(ROOT, 'bench', 'empty.mjs'), {}, /^$/);
console.log(`node ${spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim()}: an empty script ${baseline.toFixed(0)} ms (median of ${RUNS})`);
console.log('configuration error in (median of %d):', RUNS);
for (const [a, env] of Object.entries(BAD)) {
  const ms = time(join(ROOT, 'dist', `${a}.js`), env, /configuration error/);
  const bytes = staticGraph(join(ROOT, 'dist', 'entries', `${a}.js`)).reduce((n, f) => n + statSync(f).size, 0);
  console.log(`  ${a.padEnd(10)} ${ms.toFixed(0).padStart(4)} ms  ${(bytes / 1e6).toFixed(2)} MB of JavaScript linked`);
}
const peer = opt('peer');
if (peer) {
  const ms = time(peer, { INPUT_ACTION: 'nope', INPUT_MANIFESTS: 'x.yaml' }, /.+/);
  console.log(`  ${'Azure/k8s-deploy'.padEnd(10)} ${ms.toFixed(0).padStart(4)} ms  ${(statSync(peer).size / 1e6).toFixed(2)} MB (${peer}, one bundle)`);
} else console.log("  Azure/k8s-deploy   77 ms (issue 14's figure; --peer lib/index.js measures it here)");
console.log(
  `dist: ${(chunkBytes(readdirSync(join(ROOT, 'dist', 'chunks')).map((c) => join('chunks', c))) / 1e6).toFixed(1)} MB of shared chunks, loaded only as far as a run reaches`,
);
