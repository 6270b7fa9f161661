import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/action.js';
import { node24OrThis } from '../helpers/node24.js';

/**
 * The npm package (issue 14 §2): `npm pack` holds what `npx meshci` and every action need — the
 * root action.yml, each action's action.yml, the whole committed dist/ — and nothing else. The
 * bundle is self-contained, so the package declares no runtime dependencies: `npx meshci` installs
 * one package, and the packed tarball runs with no node_modules at all.
 */
let dir: string;
let files: string[];
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'meshci-pack-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  files = (JSON.parse(out) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path).sort();
  execFileSync('tar', [
    'xzf',
    join(
      dir,
      readdirSync(dir).find((f) => f.endsWith('.tgz'))!,
    ),
    '-C',
    dir,
  ]);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm pack', () => {
  it('holds the actions and the committed dist, nothing else', () => {
    const tracked = execFileSync('git', ['ls-files', 'dist'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n');
    const actions = readdirSync(ROOT)
      .filter((d) => existsSync(join(ROOT, d, 'action.yml')) && d !== 'node_modules')
      .map((d) => `${d}/action.yml`);
    const want = [...tracked, 'action.yml', ...actions, 'package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'].sort();
    expect(files).toEqual(want);
    expect(files.some((f) => /^(src|test|scripts|bench|docs|examples|\.github|\.ci)\//.test(f))).toBe(false);
  });

  it('runs from the tarball alone: CLI, an action entry, every chunk loads without node_modules', () => {
    const pkg = join(dir, 'package');
    expect(existsSync(join(pkg, 'node_modules'))).toBe(false);
    expect(execFileSync(process.execPath, [join(pkg, 'dist', 'cli.js'), '--version'], { encoding: 'utf8' })).toMatch(/^meshci \d+\.\d+\.\d+\n$/);
    const certs = join(dir, 'certs');
    // on the Node the actions declare: a deprecated builtin a dependency still requires (punycode,
    // through node-fetch@2 → tr46) would print a DeprecationWarning in every step's log
    const r = spawnSync(node24OrThis(), [join(pkg, 'dist', 'cli.js'), 'certs', '--output-dir', certs], { encoding: 'utf8', cwd: dir });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(/DeprecationWarning|ExperimentalWarning/);
    expect(readdirSync(certs).sort()).toEqual(['ca.crt', 'ca.key', 'certs-summary.html', 'issuer.crt', 'issuer.key']);
    // every chunk resolves its imports from inside the package (a missing dependency would throw here)
    const chunks = readdirSync(join(pkg, 'dist', 'chunks'))
      .filter((f) => f.endsWith('.js'))
      .map((f) => join(pkg, 'dist', 'chunks', f));
    const load = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `for (const f of ${JSON.stringify(chunks)}) await import(f); console.log('loaded', ${chunks.length})`],
      { encoding: 'utf8', cwd: dir },
    );
    expect(load.stderr).toBe('');
    expect(load.stdout.trim()).toBe(`loaded ${chunks.length}`);
  }, 60_000);

  it('declares no runtime dependencies (the bundle carries them)', async () => {
    const pkg = (await import(join(dir, 'package', 'package.json'), { with: { type: 'json' } })).default as { dependencies?: Record<string, string> };
    expect(pkg.dependencies ?? {}).toEqual({});
  });
});
