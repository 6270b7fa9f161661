// docs/<action>.md from action.yml: `tsx scripts/docs.ts` writes them, `--check` fails when one
// has drifted from its action.yml (the test suite runs the check).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseActionYml, renderDoc } from './lib/docs.js';

const root = join(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const actions = [
  '.',
  ...readdirSync(root)
    .filter((d) => d !== 'node_modules' && existsSync(join(root, d, 'action.yml')))
    .sort(),
];
const drift: string[] = [];
for (const a of actions) {
  const file = join(root, 'docs', `${a === '.' ? 'meshci' : a}.md`);
  const meta = parseActionYml(readFileSync(join(root, a, 'action.yml'), 'utf8'));
  const existing = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  const next = renderDoc(a, meta, existing);
  if (next === existing) continue;
  if (check) drift.push(file);
  else writeFileSync(file, next);
}
if (drift.length) {
  console.error(`out of date with action.yml (run: npx tsx scripts/docs.ts): ${drift.join(', ')}`);
  process.exit(1);
}
