import { describe, it, expect } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from '../helpers/action.js';

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

describe('committed dist/', () => {
  it('is exactly what the build script produces from the sources', () => {
    const out = mkdtempSync(join(tmpdir(), 'meshci-dist-'));
    execFileSync(process.execPath, ['build.mjs', '--outdir', out], { cwd: ROOT, stdio: 'pipe' });
    const fresh = files(out);
    expect(files(join(ROOT, 'dist'))).toEqual(fresh);
    const stale = fresh.filter((f) => !readFileSync(join(out, f)).equals(readFileSync(join(ROOT, 'dist', f))));
    expect(stale, 'dist/ is stale: run `npm run build` and commit dist/').toEqual([]);
    expect(statSync(join(ROOT, 'dist/cli.js')).mode & 0o111).not.toBe(0);
  });
});

/** Files a dist module imports statically (`import … from "./x.js"`), transitively. */
function staticGraph(entry: string): string[] {
  const seen = new Set<string>();
  const walk = (f: string) => {
    if (seen.has(f)) return;
    seen.add(f);
    for (const m of readFileSync(f, 'utf8').matchAll(/^import[^;]*?from\s*["'](\.[^"']+)["']/gm)) walk(resolve(dirname(f), m[1]!));
  };
  walk(entry);
  return [...seen];
}

describe('what a step loads at start', () => {
  const actions = readdirSync(ROOT).filter((d) => statSync(join(ROOT, d)).isDirectory() && readdirSync(join(ROOT, d)).includes('action.yml'));

  it('every action entry is the loader: compile cache on, then its bundle', () => {
    expect(actions.length).toBeGreaterThanOrEqual(6);
    for (const a of actions) {
      const text = readFileSync(join(ROOT, 'dist', `${a}.js`), 'utf8');
      expect(text, a).toContain('module.enableCompileCache?.();');
      expect(text, a).toContain(`await import('./entries/${a}.js');`);
    }
  });

  it('no bundle imports a Node builtin as ESM (its facade reads every export: node:http loads undici on Node 24)', () => {
    const offenders = files(join(ROOT, 'dist'))
      .filter((f) => f.endsWith('.js'))
      .flatMap((f) => [...readFileSync(join(ROOT, 'dist', f), 'utf8').matchAll(/^import[^;]*?from\s*["']([^".'][^"']*)["']/gm)].map((m) => `${f}: ${m[1]}`))
      .filter((x) => !x.endsWith(': node:module'));
    expect(offenders).toEqual([]);
  });

  it("republish's start-up graph holds no undici index (fetch, WebSocket, ...), and a run that moves no blob never starts undici", () => {
    const graph = staticGraph(join(ROOT, 'dist/entries/republish.js'));
    expect(graph.length).toBeGreaterThan(3);
    for (const f of graph) expect(readFileSync(f, 'utf8'), relative(ROOT, f)).not.toContain('node_modules/undici/index.js');
    // undici's HTTP/1 client compiles its llhttp WASM parser when it is evaluated: spy on that.
    const spy = join(mkdtempSync(join(tmpdir(), 'meshci-spy-')), 'spy.cjs');
    writeFileSync(spy, "const c = WebAssembly.compile; WebAssembly.compile = (...a) => { process.stderr.write('WASM_COMPILE\\n'); return c(...a); };\n");
    const r = spawnSync(process.execPath, ['-r', spy, join(ROOT, 'dist/republish.js')], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
    expect(r.stdout).toMatch(/Nothing to republish/); // it loaded and ran as far as its inputs
    expect(r.stderr).not.toContain('WASM_COMPILE');
    // the spy does see undici when it is loaded
    const u = spawnSync(process.execPath, ['-r', spy, '-e', "require('undici')"], { cwd: ROOT, encoding: 'utf8' });
    expect(u.stderr).toContain('WASM_COMPILE');
  });
});
