import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/action.js';
import { parseActionYml, renderDoc } from '../../scripts/lib/docs.js';

/** docs/<action>.md are generated from action.yml (scripts/docs.ts) and must not drift from it. */
const actions = [
  '.',
  ...readdirSync(ROOT)
    .filter((d) => d !== 'node_modules' && existsSync(join(ROOT, d, 'action.yml')))
    .sort(),
];
const docOf = (a: string) => join(ROOT, 'docs', `${a === '.' ? 'meshci' : a}.md`);

describe('docs from action.yml', () => {
  it.each(actions)('docs for %s match its action.yml: every input and output in the tables, usage first', (a) => {
    const meta = parseActionYml(readFileSync(join(ROOT, a, 'action.yml'), 'utf8'));
    const doc = readFileSync(docOf(a), 'utf8');
    expect(renderDoc(a, meta, doc), `${docOf(a)} is out of date: run npx tsx scripts/docs.ts`).toBe(doc);
    for (const k of Object.keys(meta.inputs ?? {})) expect(doc).toContain(`| \`${k}\` |`);
    for (const k of Object.keys(meta.outputs ?? {})) expect(doc).toContain(`| \`${k}\` |`);
    const order = ['## Usage', '## Permissions', '## Inputs', '## Outputs', '## Examples', '## Troubleshooting'].map((h) => doc.indexOf(h));
    expect(order.every((i, n) => i > 0 && (n === 0 || i > order[n - 1]!))).toBe(true);
    for (const h of ['## Permissions', '## Examples', '## Troubleshooting']) expect(doc.split(h)[1]!.trim().startsWith('#'), `${h} is empty`).toBe(false);
  });

  it('the drift check is live: a changed description makes the page out of date', () => {
    const meta = parseActionYml(readFileSync(join(ROOT, 'certs', 'action.yml'), 'utf8'));
    const doc = readFileSync(docOf('certs'), 'utf8');
    meta.inputs!['mode']!.description = 'something else';
    expect(renderDoc('certs', meta, doc)).not.toBe(doc);
  });

  it('the README links every action page and the Azure set-up guide', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const a of actions) expect(readme).toContain(`docs/${a === '.' ? 'meshci' : a}.md`);
    expect(readme).toContain('docs/azure-setup.md');
    expect(existsSync(join(ROOT, 'docs', 'azure-setup.md'))).toBe(true);
  });
});
