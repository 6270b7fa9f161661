import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../helpers/action.js';

/**
 * A new user's first hour (issue 20 §1): every shell block of README.md and docs/*.md, in the order
 * the documents give them, run from a fresh copy of the repository's files (no node_modules, no
 * earlier output) with `meshci` meaning the clone's `node dist/cli.js`, as the README says. A block
 * that cannot run here — it needs a cluster, Docker, Azure, root or the network — is marked on the
 * line before its fence:
 *
 *     <!-- doc-test: skip: <why> -->
 *
 * Every other block must exit 0, with the output of the blocks before it in place: a README whose
 * second command fails after its first fails here. The commands a new user starts with must stay
 * among the blocks that run.
 */

interface Block {
  file: string;
  line: number;
  text: string;
  skip?: string;
}

const SHELL = /^```(sh|bash|shell|console)\s*$/;
const MARK = /^<!--\s*doc-test:\s*skip(?::\s*(.*?))?\s*-->$/;

export function shellBlocks(file: string, markdown: string): Block[] {
  const lines = markdown.split('\n');
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!SHELL.test(lines[i]!)) {
      // a fence of another language: its body is skipped whole
      if (/^```\S/.test(lines[i]!)) while (++i < lines.length && lines[i] !== '```');
      continue;
    }
    let prev = i - 1;
    while (prev >= 0 && lines[prev]!.trim() === '') prev--;
    const mark = prev >= 0 ? MARK.exec(lines[prev]!.trim()) : null;
    const start = i;
    const body: string[] = [];
    while (++i < lines.length && lines[i] !== '```') body.push(lines[i]!);
    out.push({ file, line: start + 1, text: body.join('\n'), ...(mark ? { skip: mark[1] ?? '' } : {}) });
  }
  return out;
}

const documents = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];
const blocks = documents.flatMap((f) => shellBlocks(f, readFileSync(join(ROOT, f), 'utf8')));
const runnable = blocks.filter((b) => b.skip === undefined);

/** The commands of the first hour, which must stay in a block that runs. */
const FIRST_HOUR = [
  /node dist\/cli\.js certs --mode generate --output-dir \.\/meshci-certs/,
  /node dist\/cli\.js verify --evidence-dir examples\/verify-evidence/,
  /^meshci help\b/m,
  /^meshci doctor --help/m,
  /^meshci certs --mode check/m,
];

let clone: string;
beforeAll(() => {
  // a fresh clone: the files git tracks (or would: new, not ignored) as they are in this working tree
  clone = mkdtempSync(join(tmpdir(), 'meshci-clone-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const f of files) {
    const from = join(ROOT, f);
    if (!existsSync(from) && !isLink(from)) continue; // deleted in the working tree
    mkdirSync(dirname(join(clone, f)), { recursive: true });
    if (isLink(from)) symlinkSync(readlinkSync(from), join(clone, f));
    else copyFileSync(from, join(clone, f));
  }
}, 120_000);
afterAll(() => rmSync(clone, { recursive: true, force: true }));

function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}

describe('the documented commands, in order, from a fresh clone', () => {
  it('every shell block is run or marked with why it cannot be', () => {
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) if (b.skip !== undefined) expect(b.skip, `${b.file}:${b.line}: doc-test: skip needs a reason`).not.toBe('');
    // no block promises what does not exist yet (no npm package, no v1 tag: docs/release.md)
    for (const b of runnable) expect(b.text, `${b.file}:${b.line}`).not.toMatch(/npx meshci|@v1\b/);
  });

  it('the first hour is among the blocks that run', () => {
    const text = runnable.map((b) => b.text).join('\n');
    for (const re of FIRST_HOUR) expect(text, `no runnable block matches ${re}`).toMatch(re);
  });

  it('each block that runs exits 0, after the ones before it, writing only inside the clone', () => {
    const home = mkdtempSync(join(tmpdir(), 'meshci-home-'));
    try {
      for (const b of runnable) {
        const script = `set -euo pipefail\nmeshci() { node "$PWD/dist/cli.js" "$@"; }\n${b.text}\n`;
        const r = spawnSync('bash', ['-c', script], {
          cwd: clone,
          encoding: 'utf8',
          env: { PATH: process.env['PATH'], HOME: home, TMPDIR: tmpdir(), RUNNER_TOOL_CACHE: join(home, 'tools') },
          timeout: 120_000,
        });
        expect(r.status, `${b.file}:${b.line} failed:\n${b.text}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`).toBe(0);
        expect(r.stderr, `${b.file}:${b.line}`).not.toMatch(/\n\s+at |EPIPE/);
      }
      // nothing in the home folder: every command wrote where it was told
      expect(readdirSync(home)).toEqual([]);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  }, 300_000);

  it('the drift check is live: a second certs generate into the same folder fails without --overwrite', () => {
    const md = '```sh\nnode dist/cli.js certs --output-dir ./x\n```\n\n<!-- doc-test: skip: reason -->\n```bash\nexit 1\n```\n\n```yaml\n```sh\n```\n';
    const parsed = shellBlocks('t.md', md);
    expect(parsed.map((b) => [b.line, b.skip])).toEqual([
      [1, undefined],
      [6, 'reason'],
    ]);
    const twice = spawnSync(
      'bash',
      ['-c', `set -e; node dist/cli.js certs --output-dir "$1"; node dist/cli.js certs --output-dir "$1"`, '_', join(clone, 'twice')],
      { cwd: clone, encoding: 'utf8' },
    );
    expect(twice.status).toBe(2); // the second is refused: its --output-dir holds keys (a wrong command line)
  }, 60_000);
});
