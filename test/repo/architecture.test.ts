import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The house rules of src/ (ARCHITECTURE.md, "Rooms and arrows"), read from the source itself:
 * - the import graph: no folder but src/actions/ and the Actions glue (src/runtime/) reaches
 *   @actions/* at run time, through static imports or dynamic import(), however many local modules
 *   it goes through;
 * - the rooms: every import points down the ranks below (or stays in its room), so there is no
 *   upward arrow and no arrow between rooms of one rank;
 * - pure modules (plans, rules, parsers) reach no spawner: they are tested without tools.
 */

const SRC = resolve(import.meta.dirname, '../../src');

interface Import {
  spec: string;
  /** erased by the compiler: `import type`, `export type`, or named imports that are all `type` */
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out.sort();
}

const importCache = new Map<string, Import[]>();
function importsOf(file: string): Import[] {
  const cached = importCache.get(file);
  if (cached) return cached;
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const out: Import[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const c = node.importClause;
      const named = c?.namedBindings && ts.isNamedImports(c.namedBindings) ? c.namedBindings.elements : undefined;
      const typeOnly = !!c && (c.isTypeOnly || (!c.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      out.push({ spec: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined;
      out.push({ spec: node.moduleSpecifier.text, typeOnly: node.isTypeOnly || (!!named && named.length > 0 && named.every((e) => e.isTypeOnly)) });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      if (arg && ts.isStringLiteralLike(arg)) out.push({ spec: arg.text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  importCache.set(file, out);
  return out;
}

/** A relative specifier as the .ts file it names (undefined for JSON and other assets). */
function localFile(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.') || !spec.endsWith('.js')) return undefined;
  return resolve(dirname(from), spec.replace(/\.js$/, '.ts'));
}

/** What `file` loads at run time, transitively: the local modules and the packages, with one path to each package. */
function runtimeReach(file: string): { files: Set<string>; packages: Map<string, string[]> } {
  const files = new Set<string>();
  const packages = new Map<string, string[]>();
  const walk = (f: string, path: string[]) => {
    if (files.has(f)) return;
    files.add(f);
    for (const i of importsOf(f)) {
      if (i.typeOnly) continue;
      const local = localFile(f, i.spec);
      if (local) walk(local, [...path, local]);
      else if (!i.spec.startsWith('.') && !packages.has(i.spec)) packages.set(i.spec, path);
    }
  };
  walk(file, [file]);
  return { files, packages };
}

const rel = (f: string) => relative(resolve(SRC, '..'), f);
const topFolder = (f: string) => relative(SRC, f).split('/')[0]!;

/** The Actions glue: the only folders (with the entries in src/actions/) that may load @actions/*. */
const GLUE = ['actions', 'runtime'];

describe('import graph', () => {
  it('no folder under src/ but actions/ and runtime/ reaches @actions/* at run time', () => {
    const folders = readdirSync(SRC)
      .filter((d) => statSync(join(SRC, d)).isDirectory() && !GLUE.includes(d))
      .sort();
    const lines: string[] = [];
    const bad: string[] = [];
    let total = 0;
    const topLevel = readdirSync(SRC)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
      .map((f) => join(SRC, f));
    for (const folder of [...folders, '']) {
      // '' is the entries at the top of src/ (the CLI, the post-renderer)
      const files = folder ? sourceFiles(join(SRC, folder)) : topLevel;
      if (!files.length) continue;
      let reaching = 0;
      for (const f of files) {
        const { packages } = runtimeReach(f);
        const actions = [...packages].filter(([p]) => p.startsWith('@actions/'));
        if (actions.length) reaching++;
        for (const [p, path] of actions) bad.push(`${rel(f)} reaches ${p} through ${path.map(rel).join(' → ')}`);
      }
      total += files.length;
      lines.push(`${folder ? `src/${folder}` : 'src/*.ts'}: ${files.length} files, ${reaching} reach @actions/*`);
    }
    // the evidence, quotable as it is
    console.log(`import graph (static and dynamic imports, followed through every local module):\n${lines.join('\n')}`);
    expect(total).toBeGreaterThan(60);
    expect(lines.some((l) => l.startsWith('src/linkerd:'))).toBe(true);
    expect(bad).toEqual([]);
  });

  it('the walk sees what loads @actions/*: the glue and the entries do', () => {
    expect([...runtimeReach(join(SRC, 'runtime/log.ts')).packages.keys()]).toContain('@actions/core');
    // through a dynamic import() and the glue: an entry reaches the toolkit and its main
    const entry = runtimeReach(join(SRC, 'actions/deploy/index.ts'));
    expect([...entry.packages.keys()]).toContain('@actions/core');
    expect([...entry.files].map(rel)).toContain('src/actions/deploy/main.ts');
  });
});

/**
 * The rooms of src/, lowest first. An import may point into its own room or into a room of a lower
 * rank, never up and never sideways into another room of the same rank (type-only imports count:
 * they are arrows between the designs as much as run-time ones).
 */
const RANKS: Record<string, number> = {
  lib: 0,
  data: 0,
  types: 0,
  certs: 1,
  oci: 1,
  env: 1,
  tools: 1,
  k8s: 2,
  azure: 2,
  linkerd: 3,
  deploy: 4,
  verify: 4,
  republish: 4,
  kind: 4,
  local: 5,
  runtime: 5,
  actions: 6,
  '(top)': 6,
};

/** Modules that are pure (plans, rules, parsers): they reach no spawner and no cluster client. */
const PURE = [
  'src/certs/rules.ts',
  'src/certs/pem.ts',
  'src/certs/describe.ts',
  'src/linkerd/version.ts',
  'src/linkerd/versions.ts',
  'src/linkerd/chart-images.ts',
  'src/linkerd/routes.ts',
  'src/deploy/linkerd-plan.ts',
  'src/deploy/values.ts',
  'src/deploy/network-policy.ts',
  'src/deploy/headless-lint.ts',
  'src/kind/plan.ts',
  'src/republish/helm-values.ts',
  'src/republish/images.ts',
  'src/verify/expectations.ts',
  'src/verify/linkerd-output.ts',
  'src/verify/verdict-types.ts',
  'src/verify/judge.ts',
  'src/verify/probe-jobs.ts',
  'src/verify/probe-log.ts',
  'src/verify/probe-outcome.ts',
  'src/env/spec.ts',
  'src/oci/reference.ts',
];
const SPAWNERS = ['src/lib/exec.ts', 'src/tools/helm/helm.ts', 'src/k8s/cluster.ts'];

describe('rooms', () => {
  const roomOf = (f: string) => (relative(SRC, f).includes('/') ? topFolder(f) : '(top)');

  it('every room has a rank', () => {
    const rooms = new Set(sourceFiles(SRC).map(roomOf));
    expect([...rooms].filter((r) => RANKS[r] === undefined)).toEqual([]);
  });

  it('every arrow points down: none up, none sideways', () => {
    const arrows = new Set<string>();
    const bad: string[] = [];
    for (const f of sourceFiles(SRC)) {
      for (const i of importsOf(f)) {
        if (!i.spec.startsWith('.')) continue;
        const to = resolve(dirname(f), i.spec.replace(/\.js$/, '.ts'));
        const [a, b] = [roomOf(f), roomOf(to)];
        if (a === b) continue;
        arrows.add(`${a} → ${b}`);
        if (!(RANKS[b]! < RANKS[a]!)) bad.push(`${rel(f)} → ${rel(to)} (${a}, rank ${RANKS[a]} → ${b}, rank ${RANKS[b]})`);
      }
    }
    expect(arrows.size).toBeGreaterThan(20);
    expect(bad).toEqual([]);
  });

  it('pure modules reach no spawner and no cluster client', () => {
    const bad: string[] = [];
    for (const p of PURE) {
      const { files, packages } = runtimeReach(resolve(SRC, '..', p));
      for (const s of SPAWNERS) if (files.has(resolve(SRC, '..', s))) bad.push(`${p} reaches ${s}`);
      for (const pkg of ['node:child_process', '@kubernetes/client-node']) if (packages.has(pkg)) bad.push(`${p} reaches ${pkg}`);
    }
    expect(bad).toEqual([]);
  });
});
