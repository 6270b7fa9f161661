import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { releaseNotes } from '../../scripts/lib/changelog.js';

const CHANGELOG = '# Changelog\n\n## Unreleased\n\n- next\n\n## 1.2.0 — 2026-12-01\n\n### verify\n- a\n\n## 1.1.0\n\n- b\n';

describe('release notes from CHANGELOG.md', () => {
  it('the section of the version, with or without v, up to the next one', () => {
    expect(releaseNotes(CHANGELOG, 'v1.2.0')).toBe('### verify\n- a\n');
    expect(releaseNotes(CHANGELOG, '1.1.0')).toBe('- b\n');
  });

  it('a version without a section fails, saying what to do; 1.2.0 is not 1.2.00', () => {
    expect(() => releaseNotes(CHANGELOG, 'v1.3.0')).toThrow(
      "CHANGELOG.md has no section '## 1.3.0': add one (move the Unreleased entries under it) before tagging v1.3.0",
    );
    expect(() => releaseNotes(CHANGELOG.replace('## 1.1.0', '## 1.1.00'), 'v1.1.0')).toThrow(/no section/);
  });

  it('the repository changelog has an Unreleased section to release from', () => {
    expect(readFileSync(join(import.meta.dirname, '../../CHANGELOG.md'), 'utf8')).toMatch(/^## Unreleased$/m);
  });
});
