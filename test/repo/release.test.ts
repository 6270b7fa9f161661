import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { ROOT } from '../helpers/action.js';

/**
 * Honest docs (issue 20 §3): what the documents promise exists, and the release checklist
 * (docs/release.md) is what release.yml does — step by step, by name and in order.
 */
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');
const docs = [
  'README.md',
  'SECURITY.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

describe('the release checklist is what release.yml does', () => {
  const steps = (yaml.load(read('.github/workflows/release.yml')) as { jobs: { release: { steps: { name?: string; uses?: string }[] } } }).jobs.release.steps;
  const named = steps.filter((s) => s.name && !s.uses).map((s) => s.name as string);
  const checklist = read('docs/release.md');
  const automated = checklist.slice(checklist.indexOf('## By release.yml'), checklist.indexOf('## After'));
  const items = [...automated.matchAll(/^(\d+)\. \*\*(.+?)\*\*/gm)].map((m) => ({ n: Number(m[1]), name: m[2] as string }));

  it("every run step of release.yml is a numbered step of docs/release.md's automated part, in the same order, and no more", () => {
    expect(named.length).toBeGreaterThan(5);
    expect(items.map((i) => i.name)).toEqual(named);
    expect(items.map((i) => i.n)).toEqual(items.map((_, k) => items[0]!.n + k));
  });

  it('the checks that need nothing installed come before the half-hour test run, the publishing after it', () => {
    const at = (n: string) => named.indexOf(n);
    const test = at('Install and test (as .ci/run does)');
    for (const n of [
      'The tagged commit is on main',
      "The tag is package.json's version, and the CHANGELOG has its section",
      'The docs say what this release is',
    ])
      expect(at(n)).toBeLessThan(test);
    for (const n of ['GitHub release', 'Move the major tag', 'npm publish with provenance']) expect(at(n)).toBeGreaterThan(test);
  });
});

describe('the docs promise only what exists', () => {
  const unreleased = /Status: not released yet/.test(read('README.md'));

  it('README, SECURITY.md and the checklist agree on whether there is a release', () => {
    if (unreleased) {
      expect(read('SECURITY.md')).toMatch(/there is no release yet/);
      expect(read('docs/release.md')).toMatch(/has \*\*no release yet\*\*/);
    } else {
      expect(read('SECURITY.md')).toMatch(/Supported versions: the latest v\d+ release\./);
    }
  });

  it('before a release: no example uses a tag that does not exist, and npx meshci only with "once published"', () => {
    if (!unreleased) return;
    for (const f of docs) {
      const text = read(f);
      expect(text.match(/meshci\/meshci(?:\/[a-z]+)?@v\d[^\s`]*/g) ?? [], f).toEqual([]);
      for (const line of text.split('\n').filter((l) => /npx meshci/.test(l))) expect(line, f).toMatch(/once|published|release/);
    }
  });
});
