// One build for every action and the CLI: esbuild finds src/actions/*/index.ts and src/cli.ts,
// bundles them as ESM with code splitting (one small entry per action plus shared chunks, so a
// dependency is never duplicated per action) into the committed dist/ folder.
import { build } from 'esbuild';
import { readdirSync, rmSync, existsSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire, isBuiltin } from 'node:module';

const actionsDir = 'src/actions';
const entryPoints = { 'entries/cli': 'src/cli.ts', 'entries/post-render': 'src/post-render.ts' };
for (const name of readdirSync(actionsDir).sort()) {
  const entry = join(actionsDir, name, 'index.ts');
  if (existsSync(entry)) entryPoints[`entries/${name}`] = entry;
}

const outdir = process.argv.includes('--outdir') ? process.argv[process.argv.indexOf('--outdir') + 1] : 'dist';
rmSync(outdir, { recursive: true, force: true });

// Node's builtins reach the bundle through require(), never through an ESM import: importing a builtin
// as ESM builds its module facade, which reads every export — on Node 24 that makes `import * as http
// from 'http'` (in @actions/http-client) load Node's internal undici for http.WebSocket, ~25 ms of every
// step's start. A CommonJS require reads only what is used.
const builtinsViaRequire = {
  name: 'builtins-via-require',
  setup(b) {
    b.onResolve({ filter: /^[a-z][a-z0-9_/:]*$/ }, (args) => {
      if (args.kind !== 'import-statement' || !isBuiltin(args.path)) return undefined;
      return { path: args.path.replace(/^node:/, ''), namespace: 'node-builtin' };
    });
    b.onLoad({ filter: /.*/, namespace: 'node-builtin' }, (args) => ({ contents: `module.exports = require('node:${args.path}');`, loader: 'js' }));
  },
};

// @actions/core imports @actions/http-client, which imports undici's ProxyAgent at load, and undici's
// index loads all of undici (fetch, WebSocket, cache, mock, ...): ~15 ms of every step's start. It
// gets a ProxyAgent that loads undici when constructed (only when a proxy is configured), so a step
// never runs undici otherwise (meshci's own HTTP is node:https, src/oci/http.ts). Other importers
// (@actions/github) keep the whole index.
const UNDICI_LAZY_PROXY = [
  'export class ProxyAgent {',
  '  constructor(...args) {',
  "    Object.assign(require('undici/lib/dispatcher/dispatcher.js').prototype, require('undici/lib/api/index.js'));",
  "    const Real = require('undici/lib/dispatcher/proxy-agent.js');",
  '    return new Real(...args);',
  '  }',
  '}',
].join('\n');
const undiciLazyProxy = {
  name: 'undici-lazy-proxy',
  setup(b) {
    b.onResolve({ filter: /^undici$/ }, (args) => {
      if (args.kind === 'require-call') return undefined;
      if (/\/node_modules\/@actions\/http-client\//.test(args.importer) && !args.importer.includes('/node_modules/@actions/github/'))
        return { path: 'undici', namespace: 'undici-lazy-proxy' };
      return undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'undici-lazy-proxy' }, () => ({ resolveDir: process.cwd(), loader: 'js', contents: UNDICI_LAZY_PROXY }));
  },
};

// node-fetch@2 (under @kubernetes/client-node) requires whatwg-url@5 → tr46, which calls
// require('punycode'): Node's builtin, deprecated, so Node 22+ printed a DEP0040 warning in every
// step's log. The userland package (the same code, published by its author as `punycode/`) is bundled
// in its place.
const punycodeUserland = {
  name: 'punycode-userland',
  setup(b) {
    b.onResolve({ filter: /^(node:)?punycode$/ }, () => ({ path: createRequire(import.meta.url).resolve('punycode/') }));
  },
};

await build({
  plugins: [builtinsViaRequire, undiciLazyProxy, punycodeUserland],
  entryPoints,
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'linked',
  sourcemap: false,
  minify: false,
  logLevel: 'warning',
  // Some dependencies are CommonJS and call require(); give the ESM bundle a real require.
  banner: {
    js: "import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);",
  },
});

// dist/<name>.js, the file action.yml and the package's bin point at, is a three-line loader: it turns on
// Node's on-disk compile cache (Node >= 22.1; GitHub runs these actions on node24) before the bundle
// is imported, so every later meshci step of a job — and a warm re-run — loads its megabyte of
// JavaScript without compiling it again. ESM imports are linked and compiled before any code of the
// importing module runs, hence the separate file and the dynamic import.
for (const name of Object.keys(entryPoints).map((k) => k.slice('entries/'.length))) {
  const file = join(outdir, `${name}.js`);
  const lines = [
    ...(name === 'cli' ? ['#!/usr/bin/env node'] : []),
    "import module from 'node:module';",
    'module.enableCompileCache?.();',
    `await import('./entries/${name}.js');`,
  ];
  writeFileSync(file, lines.join('\n') + '\n');
  // The CLI is the package's bin: give it the execute bit.
  if (name === 'cli') chmodSync(file, 0o755);
}
