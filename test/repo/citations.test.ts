import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';

/**
 * Every citation a reader can follow. Comments, messages and docs cite docs/reference/ (by section)
 * or upstream — never a document that is not in the repository (the notes the code was first written
 * from: linkerd-facts, registry-testing, real-cluster.md, anchors.md, "the article"). And every
 * `docs/reference/<page>.md#<section>` cited anywhere names a heading that exists on that page.
 */

const ROOT = join(import.meta.dirname, '..', '..');
const SELF = relative(ROOT, import.meta.filename)
  .split(sep)
  .join('/');

/** Documents that are not in the repository, and the wording that pointed at them. */
const ABSENT: [RegExp, string][] = [
  [/linkerd-facts/i, 'linkerd-facts'],
  [/registry-testing/i, 'registry-testing'],
  [/real-cluster\.md/i, 'real-cluster.md'],
  [/anchors\.md/i, 'anchors.md'],
  [/\barticle\b/i, '"the article" (name the AKS + Linkerd walkthrough, docs/reference/walkthrough.md, or state the fact)'],
];

const SKIP_DIRS = new Set(['node_modules', 'dist', '.git', 'test-results']);

function walk(dir: string): string[] {
  const abs = join(ROOT, dir);
  if (!existsSync(abs)) return [];
  if (statSync(abs).isFile()) return [dir];
  return readdirSync(abs, { withFileTypes: true })
    .filter((e) => !SKIP_DIRS.has(e.name))
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []));
}

/** The files whose text a reader sees: code, scripts, tests, docs, workflows, action.yml files, top-level *.md. */
function scannedFiles(): string[] {
  const top = readdirSync(ROOT, { withFileTypes: true });
  const actionYmls = top
    .filter((e) => e.isDirectory() && !SKIP_DIRS.has(e.name) && existsSync(join(ROOT, e.name, 'action.yml')))
    .map((e) => join(e.name, 'action.yml'));
  const files = [
    ...['src', 'scripts', 'bench', 'test', 'docs', 'workflows', join('.github', 'workflows'), 'examples'].flatMap(walk),
    'action.yml',
    ...actionYmls,
    ...top.filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => e.name),
  ];
  return [...new Set(files.map((f) => f.split(sep).join('/')))].filter((f) => f !== SELF).sort();
}

function textOf(file: string): string | undefined {
  const buf = readFileSync(join(ROOT, file));
  if (buf.subarray(0, 8000).includes(0)) return undefined; // binary (images)
  return buf.toString('utf8');
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function headingAnchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = fenced ? null : /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const base = (m[1] as string)
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n ? `${base}-${n}` : base);
  }
  return out;
}

const REFERENCE = 'docs/reference';
const pages = new Map<string, Set<string>>(
  readdirSync(join(ROOT, REFERENCE))
    .filter((f) => f.endsWith('.md'))
    .map((f) => [`${REFERENCE}/${f}`, headingAnchors(readFileSync(join(ROOT, REFERENCE, f), 'utf8'))]),
);

interface Citation {
  file: string;
  line: number;
  page: string;
  anchor?: string;
}

/** `docs/reference/<page>.md[#anchor]` written out anywhere, and relative Markdown links into docs/reference. */
function citationsIn(file: string, text: string): Citation[] {
  const out: Citation[] = [];
  const lineAt = (i: number) => text.slice(0, i).split('\n').length;
  for (const m of text.matchAll(/docs\/reference\/([\w.-]+\.md)(?:#([\w-]+))?/g)) {
    out.push({ file, line: lineAt(m.index ?? 0), page: `${REFERENCE}/${m[1]}`, ...(m[2] ? { anchor: m[2] } : {}) });
  }
  if (file.endsWith('.md')) {
    for (const m of text.matchAll(/\]\(([^)\s#]*\.md)?(?:#([\w-]+))?\)/g)) {
      if (!m[1] && !m[2]) continue;
      const target = m[1]
        ? normalize(join(dirname(file), m[1]))
            .split(sep)
            .join('/')
        : file;
      if (!target.startsWith(`${REFERENCE}/`) || (m[1] ?? '').startsWith('http')) continue;
      if (m[1]?.includes('docs/reference/')) continue; // counted by the pattern above
      out.push({ file, line: lineAt(m.index ?? 0), page: target, ...(m[2] ? { anchor: m[2] } : {}) });
    }
  }
  return out;
}

const files = scannedFiles();
const texts = new Map(files.map((f) => [f, textOf(f)] as const));

describe('citations a reader can follow', () => {
  it('no file cites a document that is not in the repository', () => {
    const found: string[] = [];
    for (const [file, text] of texts) {
      if (text === undefined) continue;
      text.split('\n').forEach((line, i) => {
        for (const [re, name] of ABSENT) if (re.test(line)) found.push(`${file}:${i + 1}: cites ${name}: ${line.trim().slice(0, 120)}`);
      });
    }
    expect(found, 'cite docs/reference/<page>.md#<section> or upstream (repository, path, tag or URL) instead').toEqual([]);
  });

  it('the scan covers what it claims: code, tests, scripts, bench, docs, workflows, action.yml files, top-level Markdown', () => {
    for (const f of [
      'src/certs/rules.ts',
      'test/unit/certs/rules.test.ts',
      'scripts/docs.ts',
      'bench/republish.ts',
      'docs/certs.md',
      'docs/reference/index.md',
      'action.yml',
      'verify/action.yml',
      'README.md',
      'ARCHITECTURE.md',
      'CHANGELOG.md',
    ]) {
      expect(files, f).toContain(f);
    }
    expect(files.some((f) => f.startsWith('workflows/'))).toBe(true);
    expect(files).not.toContain(SELF);
  });

  it('the pattern is live: each absent document is caught, in any case', () => {
    for (const sample of ['(linkerd-facts §1.1)', 'registry-testing §4', 'see real-cluster.md', 'anchors.md §2', "The article's tests", 'as in the article']) {
      expect(
        ABSENT.some(([re]) => re.test(sample)),
        sample,
      ).toBe(true);
    }
  });

  it('every docs/reference page and section cited resolves to a page and a heading on it', () => {
    const all = [...texts].flatMap(([file, text]) => (text === undefined ? [] : citationsIn(file, text)));
    // the code cites the reference widely; a scan that finds little has stopped working
    expect(all.filter((c) => c.anchor && c.file.startsWith('src/')).length).toBeGreaterThan(30);
    const broken = all.filter((c) => !pages.has(c.page) || (c.anchor !== undefined && !pages.get(c.page)!.has(c.anchor)));
    expect(
      broken.map(
        (c) =>
          `${c.file}:${c.line}: ${c.page}${c.anchor ? `#${c.anchor}` : ''} ${pages.has(c.page) ? `has no such heading (it has: ${[...pages.get(c.page)!].join(', ')})` : 'does not exist'}`,
      ),
    ).toEqual([]);
  });

  it('the reference index links every page', () => {
    const index = readFileSync(join(ROOT, REFERENCE, 'index.md'), 'utf8');
    for (const page of pages.keys()) if (!page.endsWith('/index.md')) expect(index, page).toContain(`](${page.slice(REFERENCE.length + 1)})`);
  });

  it('heading anchors are computed as GitHub computes them', () => {
    const a = headingAnchors("# Linkerd's machine output: check, edges\n## HEAD and GET\n## Tests 0 to 2\n## Names\n## Names\n```\n# not a heading\n```\n");
    expect([...a]).toEqual(['linkerds-machine-output-check-edges', 'head-and-get', 'tests-0-to-2', 'names', 'names-1']);
  });
});
