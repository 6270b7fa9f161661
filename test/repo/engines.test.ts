import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { ROOT } from '../helpers/action.js';

/**
 * `engines` is true to what the dependencies need (issue 20 §5): the oldest Node package.json
 * accepts satisfies the `engines.node` of every package npm ci installs — what `npm ci` warns
 * about (EBADENGINE) fails here. Platform binaries for other systems are not installed and not
 * judged.
 */
describe('package.json engines', () => {
  it("the oldest Node meshci accepts runs every installed dependency, by the dependency's own engines", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { version?: string; engines?: { node?: string } | string[]; os?: string[]; cpu?: string[]; optional?: boolean }>;
    };
    const oldest = semver.minVersion(pkg.engines.node)!.version;
    const wrong: string[] = [];
    for (const [path, p] of Object.entries(lock.packages)) {
      if (!path || (p.optional && ((p.os && !p.os.includes(process.platform)) || (p.cpu && !p.cpu.includes(process.arch))))) continue;
      const need = !Array.isArray(p.engines) ? p.engines?.node : undefined;
      if (need && !semver.satisfies(oldest, need)) wrong.push(`${path.replace(/^.*node_modules\//, '')}@${p.version} needs Node ${need}`);
    }
    expect(wrong, `package.json says node ${pkg.engines.node}`).toEqual([]);
  });
});
