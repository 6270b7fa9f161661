import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { ROOT } from '../helpers/action.js';

/**
 * The bundled js-yaml is ≥ 4.1.1 (CVE-2025-64718: in 4.1.0 and below a document's merge key `<<`
 * could set the prototype of the parsed object through `__proto__`). meshci parses YAML users hand
 * it (values, expectations, manifests, a chart repository's index, kubeconfigs); dist is built from
 * node_modules as the lockfile pins it, and test/repo/dist.test.ts holds dist to that build.
 */
const atLeast = (v: string, min: [number, number, number]) => {
  const p = v.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((p[i] ?? 0) !== min[i]) return (p[i] ?? 0) > min[i]!;
  return true;
};

describe('js-yaml (CVE-2025-64718)', () => {
  it('package.json and every js-yaml 4.x in package-lock.json are ≥ 4.1.1', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    const declared = pkg.devDependencies?.['js-yaml'] ?? pkg.dependencies?.['js-yaml'];
    expect(declared).toMatch(/^\d+\.\d+\.\d+$/);
    expect(atLeast(declared!, [4, 1, 1]), declared).toBe(true);
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
    const copies = Object.entries(lock.packages).filter(([p]) => /(^|\/)node_modules\/js-yaml$/.test(p));
    expect(copies.length).toBeGreaterThan(0);
    for (const [p, v] of copies) if (v.version?.startsWith('4.')) expect(atLeast(v.version, [4, 1, 1]), `${p} ${v.version}`).toBe(true);
    expect(lock.packages['node_modules/js-yaml']?.version).toBe(declared);
  });

  it('the js-yaml meshci bundles does not let a merge key set the prototype', () => {
    const o = yaml.load('<<: {__proto__: {polluted: true}}\n') as Record<string, unknown>;
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(o['polluted']).toBeUndefined();
  });
});
