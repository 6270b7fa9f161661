import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT, run } from '../helpers/action.js';
import { renderPage } from '../../src/verify/page.js';
import { renderHtml } from '../../src/verify/report.js';
import type { Report } from '../../src/verify/verdict-types.js';

/**
 * The reports in a real headless Chromium (Debian's chromium, driven by playwright-core): the
 * standalone report.html at a PR column's width (880 px), a desktop's (1280 px) and a phone's
 * (375 px), and the job-summary / PR-comment HTML inside a column styled as GitHub styles
 * markdown tables. Nothing may be wider than the window (or, for GitHub, scroll inside its table)
 * and the verdict must be on the first screen. Screenshots land in test-results/screenshots
 * (MESHCI_UPDATE_SCREENSHOTS=1 also refreshes docs/images/report-880.png for the README).
 */
// Debian's chromium (scripts/setup.sh installs it); Google Chrome where a runner has it instead
const CHROMIUM = process.env['MESHCI_CHROMIUM'] ?? ['/usr/bin/chromium', '/usr/bin/google-chrome'].find((p) => existsSync(p)) ?? '/usr/bin/chromium';
const SHOTS = join(ROOT, 'test-results', 'screenshots');
let browser: Browser;
let passing: Report;
let failing: Report;
let out: string;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  out = mkdtempSync(join(tmpdir(), 'meshci-report-'));
  // the report of the committed example evidence, analysed by the verify action offline
  const r = await run('verify', { 'evidence-dir': join(ROOT, 'examples', 'verify-evidence'), 'output-dir': join(out, 'pass') });
  expect(r.exitCode, r.log).toBe(0);
  passing = JSON.parse(readFileSync(join(out, 'pass', 'report.json'), 'utf8')) as Report;
  // the same evidence as a failing run would report it: a probe that got through, with the long detail real ones carry
  failing = structuredClone(passing);
  failing.verdict = 'fail';
  failing.failed = 2;
  failing.counts.fail = 2;
  const m = failing.matrix[0]!;
  m.pass = false;
  m.observed = 'allowed';
  m.detail =
    'HTTP 200 from 10.244.1.10:8080 after 0.004 s: the unmeshed client reached dgraph-dgraph-alpha-0 directly; NetworkPolicy meshci-mesh-only in dgraph selects no pods (podSelector {} but policyTypes lacks Ingress)';
  const f = failing.findings.find((x) => x.section === 'connectivity' && x.name.includes(m.probe));
  if (f) f.status = 'fail';
  failing.failures = [
    `connectivity: ${m.probe} — expected blocked, observed allowed: ${m.detail}`,
    'mtls: meshed-http → dgraph-dgraph-alpha.dgraph.svc.cluster.local:8080 — reached the target without the mesh (the client proxy counted no request to it)',
  ];
  mkdirSync(SHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  rmSync(out, { recursive: true, force: true });
});

async function open(html: string, width: number, height: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height } });
  await page.setContent(html, { waitUntil: 'load' });
  return page;
}

async function fits(page: Page): Promise<{ scrollWidth: number; innerWidth: number; verdictBottom: number; innerHeight: number; widest: string }> {
  return page.evaluate(() => {
    const v = document.querySelector('#verdict h1') ?? document.querySelector('h1,h2');
    let widest = '';
    let max = 0;
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect();
      if (r.right > max) {
        max = r.right;
        widest = `${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.right)}px`;
      }
    }
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      verdictBottom: v ? v.getBoundingClientRect().bottom : Infinity,
      innerHeight: window.innerHeight,
      widest,
    };
  });
}

describe('report.html in Chromium', () => {
  it.each([
    ['pass', 880, 900],
    ['pass', 1280, 800],
    ['fail', 880, 900],
    ['fail', 1280, 800],
    ['fail', 375, 740],
  ] as const)(
    '%s report at %i px: no horizontal overflow, the verdict on the first screen',
    async (which, width, height) => {
      const report = which === 'pass' ? passing : failing;
      const page = await open(renderPage(report), width, height);
      try {
        const f = await fits(page);
        expect(f.scrollWidth, `wider than the window: ${f.widest}`).toBeLessThanOrEqual(f.innerWidth);
        expect(f.verdictBottom).toBeLessThanOrEqual(f.innerHeight);
        const verdict = await page.textContent('#verdict h1');
        expect(verdict).toContain(which === 'pass' ? '✅ meshci verify: pass' : '❌ meshci verify: fail — 2 problems');
        // the sections people look for, in order
        const headings = await page.$$eval('h2', (hs) => hs.map((x) => x.textContent));
        expect(headings).toEqual([
          'Connectivity matrix',
          'mTLS',
          'gRPC load balancing',
          'Identity certificates',
          'Data plane',
          'Control plane (linkerd check)',
        ]);
        // balancing drawn as a chart: one bar per pod, as long as its share
        const bars = await page.$$eval('svg.bars rect.bar', (rs) => rs.map((r) => Number(r.getAttribute('width'))));
        expect(bars.length).toBe(Object.keys(report.balance!.shares).length);
        expect(Math.max(...bars)).toBeGreaterThan(Math.min(...bars) * 0.5);
        const file = join(SHOTS, `report-${which}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        if (which === 'pass' && width === 880 && process.env['MESHCI_UPDATE_SCREENSHOTS'] === '1')
          copyFileSync(file, join(ROOT, 'docs', 'images', 'report-880.png'));
      } finally {
        await page.close();
      }
    },
    30_000,
  );

  it('the failing report names what failed in the verdict box and marks the row', async () => {
    const page = await open(renderPage(failing), 880, 900);
    try {
      expect(await page.$$eval('#verdict .failed li', (l) => l.length)).toBe(2);
      expect(await page.$$eval('tr.fail', (l) => l.length)).toBeGreaterThanOrEqual(1);
    } finally {
      await page.close();
    }
  }, 30_000);
});

/** GitHub's markdown table rules (primer/css markdown): tables are blocks that scroll when too wide. */
const GITHUB_COLUMN = `<!doctype html><meta charset="utf-8"><style>
body { margin: 0; font: 14px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; }
.markdown-body { width: 880px; padding: 16px; box-sizing: border-box; }
.markdown-body table { display: block; width: max-content; max-width: 100%; overflow: auto; border-spacing: 0; border-collapse: collapse; }
.markdown-body td, .markdown-body th { padding: 6px 13px; border: 1px solid #d1d9e0; }
.markdown-body code { font: 85% ui-monospace, monospace; padding: .2em .4em; white-space: break-spaces; }
.markdown-body details summary { cursor: pointer; }
</style><div class="markdown-body">BODY</div>`;

describe('job summary and PR comment in GitHub\u2019s 880 px column', () => {
  it.each(['pass', 'fail'] as const)(
    '%s: every table fits the column without scrolling inside it',
    async (which) => {
      const html = renderHtml(which === 'pass' ? passing : failing);
      const page = await open(GITHUB_COLUMN.replace('BODY', html), 880, 900);
      try {
        // open every <details>: what is folded must fit too
        await page.$$eval('details', (ds) => ds.forEach((d) => d.setAttribute('open', '')));
        const tables = await page.$$eval('.markdown-body table', (ts) =>
          ts.map((t) => ({ scroll: t.scrollWidth, client: t.clientWidth, head: t.querySelector('tr')?.textContent ?? '' })),
        );
        expect(tables.length).toBeGreaterThan(4);
        const scrolling = tables.filter((t) => t.scroll > t.client + 1).map((t) => `${t.head}: ${t.scroll} > ${t.client}`);
        expect(scrolling).toEqual([]);
        await page.screenshot({ path: join(SHOTS, `summary-${which}-880.png`), fullPage: true });
      } finally {
        await page.close();
      }
    },
    30_000,
  );
});
