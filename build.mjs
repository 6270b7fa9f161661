// One build for every action and the CLI: esbuild finds src/actions/*/index.ts and src/cli.ts,
// bundles them as ESM with code splitting (one small entry per action plus shared chunks, so a
// dependency is never duplicated per action) into the committed dist/ folder.
import { build } from 'esbuild';
import { readdirSync, rmSync, existsSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';

const actionsDir = 'src/actions';
const entryPoints = { cli: 'src/cli.ts' };
for (const name of readdirSync(actionsDir).sort()) {
  const entry = join(actionsDir, name, 'index.ts');
  if (existsSync(entry)) entryPoints[name] = entry;
}

const outdir = process.argv.includes('--outdir') ? process.argv[process.argv.indexOf('--outdir') + 1] : 'dist';
rmSync(outdir, { recursive: true, force: true });

await build({
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

// The CLI is the package's bin: give it a shebang and the execute bit.
const cli = join(outdir, 'cli.js');
writeFileSync(cli, '#!/usr/bin/env node\n' + readFileSync(cli, 'utf8'));
chmodSync(cli, 0o755);
