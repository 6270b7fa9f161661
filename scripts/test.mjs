// The test command README.md and .ci/run use: type-check, lint (zero warnings), then two vitest
// projects — `unit` (loopback servers only, against the committed dist/ entries; a test checks dist/
// is fresh) and `real-cluster` (test/real, against the local Kubernetes built from upstream: started
// with `npm run cluster -- up`, run inside its network namespace, stopped after) — and one plain
// closing line for both. MESHCI_REAL_CLUSTER=0 leaves the second out and says so.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, existsSync, rmSync } from 'node:fs';
import { runnerCommands } from './lib/runner-commands.mjs';

function step(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  return r.status ?? 1;
}

/**
 * A vitest run, its output passed on as it comes and read for workflow commands: a GitHub runner
 * acts on a `::add-mask::` or `::error::` line in the log, so a run whose log carries one fails
 * (test/helpers/quiet-runner-commands.ts keeps those library code writes inside the workers).
 */
let commandsInLog = [];
async function vitest(cmd, args) {
  const child = spawn(cmd, args, { stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) } });
  let text = '';
  child.stdout.on('data', (b) => {
    process.stdout.write(b);
    text += b.toString('utf8');
  });
  const code = await new Promise((res) => child.on('close', (c) => res(c ?? 1)));
  commandsInLog = commandsInLog.concat(runnerCommands(text.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '')));
  return code;
}

function results(file) {
  if (!existsSync(file)) return { passed: 0, failed: 0, skipped: 0, ran: false };
  const r = JSON.parse(readFileSync(file, 'utf8'));
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + (r.numTodoTests ?? 0), ran: true };
}

if (step('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) !== 0) {
  console.error('type-check failed');
  process.exit(1);
}
if (step('npx', ['eslint', '.', '--max-warnings=0']) !== 0) {
  console.error('lint failed');
  process.exit(1);
}
// one format for the code (.prettierrc.json); `npm run format` writes it
if (step('npx', ['prettier', '--check', '--log-level', 'warn', '**/*.{ts,mts,mjs,js,cjs}']) !== 0) {
  console.error("format check failed: run 'npm run format'");
  process.exit(1);
}
const args = process.argv.slice(2);
rmSync('test-results/vitest.json', { force: true });
rmSync('test-results/real-cluster.json', { force: true });
let code = await vitest('npx', ['vitest', 'run', '--project', 'unit', ...args]);
const unit = results('test-results/vitest.json');
let real = { passed: 0, failed: 0, skipped: 0, ran: false };
if (process.env['MESHCI_REAL_CLUSTER'] === '0') {
  console.log('real-cluster suite: not run (MESHCI_REAL_CLUSTER=0)');
} else {
  const t0 = Date.now();
  // built (or found built) here, outside the namespace: inside it no module proxy is reachable
  const built = step('npm', ['run', '--silent', 'cluster', '--', 'build']);
  let up = built === 0 ? step('npm', ['run', '--silent', 'cluster', '--', 'up']) : built;
  if (up !== 0) {
    console.error('real-cluster suite: the local cluster was not built or did not start (npm run cluster -- build / up failed)');
    code = code || 1;
  } else {
    console.log(`real-cluster suite: cluster up after ${((Date.now() - t0) / 1000).toFixed(0)} s (build included when the pins changed)`);
    const c = await vitest('npm', [
      'run',
      '--silent',
      'cluster',
      '--',
      'exec',
      '--',
      'npx',
      'vitest',
      'run',
      '--project',
      'real-cluster',
      '--outputFile.json=test-results/real-cluster.json',
      ...args,
    ]);
    code = code || c;
    real = results('test-results/real-cluster.json');
    step('npm', ['run', '--silent', 'cluster', '--', 'down']);
  }
}
if (commandsInLog.length) {
  console.error(
    `the test log carries workflow commands a runner would act on (keep them out: test/helpers/quiet-runner-commands.ts):\n${commandsInLog.map((l) => `  - ${l.replace(/^(::add-mask::).*/, '$1***')}`).join('\n')}`,
  );
  code = code || 1;
}
console.log(
  `unit: ${unit.passed} passed, ${unit.failed} failed, ${unit.skipped} skipped; real-cluster: ${real.passed} passed, ${real.failed} failed, ${real.skipped} skipped`,
);
console.log(`${unit.passed + real.passed} passed, ${unit.failed + real.failed} failed, ${unit.skipped + real.skipped} skipped`);
process.exit(code);
