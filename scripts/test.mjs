// The test command README.md and .ci/run use: type-check, lint (zero warnings), run vitest against
// the committed dist/ entries (a test checks dist/ is fresh), then print one plain closing line.
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync, rmSync } from 'node:fs';

function step(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  return r.status ?? 1;
}

if (step('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']) !== 0) {
  console.error('type-check failed');
  process.exit(1);
}
if (step('npx', ['eslint', '.', '--max-warnings=0']) !== 0) {
  console.error('lint failed');
  process.exit(1);
}
rmSync('test-results/vitest.json', { force: true });
const code = step('npx', ['vitest', 'run', ...process.argv.slice(2)]);
if (existsSync('test-results/vitest.json')) {
  const r = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + (r.numTodoTests ?? 0)} skipped`);
}
process.exit(code);
