import { escapeHtml as h } from '../lib/html.js';
import { SECTIONS, type Finding, type Report, type Section } from './verdict-types.js';
import { ICON, SECTION_TITLE, sectionStatus, shortTarget } from './report.js';

/**
 * report.html: the verify report as a standalone page people open from the evidence artifact —
 * verdict first, then what failed, the connectivity matrix, mTLS, balancing as a small bar chart,
 * certificates, data plane and control plane. One file, no external assets (CSS and the chart's
 * SVG inline), readable from a phone's width up: the tables wrap their cells and, below 640 px,
 * turn into one card per row; nothing is wider than the window.
 */
const CSS = `
:root { --fg:#1f2328; --muted:#59636e; --line:#d1d9e0; --bg:#fff; --soft:#f6f8fa; --pass:#1a7f37; --fail:#cf222e; --warn:#9a6700; --skip:#59636e; }
@media (prefers-color-scheme: dark) { :root { --fg:#e6edf3; --muted:#9198a1; --line:#3d444d; --bg:#0d1117; --soft:#151b23; --pass:#3fb950; --fail:#f85149; --warn:#d29922; } }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 15px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--fg); background: var(--bg); }
main { max-width: 1100px; margin: 0 auto; padding: 16px; }
h1 { font-size: 1.6rem; margin: 0; line-height: 1.25; }
h2 { font-size: 1.15rem; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
code { font: 0.85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--soft); padding: 0.1em 0.3em; border-radius: 4px; overflow-wrap: anywhere; }
.verdict { border: 2px solid var(--c); border-radius: 10px; padding: 14px 16px; background: var(--soft); }
.verdict.pass { --c: var(--pass); } .verdict.fail { --c: var(--fail); }
.verdict h1 { color: var(--c); }
.verdict p { margin: 6px 0 0; color: var(--muted); }
.chips { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; padding: 0; list-style: none; }
.chips li { border: 1px solid var(--line); border-radius: 999px; padding: 2px 10px; font-size: 0.85rem; background: var(--bg); }
.failed { border-left: 4px solid var(--fail); padding: 4px 12px; margin: 16px 0 0; }
.failed li { overflow-wrap: anywhere; }
table { width: 100%; border-collapse: collapse; table-layout: auto; font-size: 0.9rem; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); overflow-wrap: anywhere; }
td.nw, th { white-space: nowrap; }
@media (max-width: 640px) { td.nw { white-space: normal; } }
th { color: var(--muted); font-weight: 600; }
td.s { width: 1.8em; }
tr.fail td { background: color-mix(in srgb, var(--fail) 8%, transparent); }
.muted { color: var(--muted); }
details { margin-top: 8px; } summary { cursor: pointer; color: var(--muted); }
svg.bars { width: 100%; max-width: 560px; height: auto; display: block; }
svg.bars text { fill: var(--fg); font-size: 12px; }
svg.bars rect.bar { fill: var(--pass); } svg.bars.unbalanced rect.bar { fill: var(--warn); }
@media (max-width: 640px) {
  main { padding: 10px; }
  table, thead, tbody, tr, th, td { display: block; width: 100%; }
  tr:first-child { display: none; }
  tr { border: 1px solid var(--line); border-radius: 8px; margin: 8px 0; padding: 4px 0; }
  td { border: 0; padding: 2px 10px; }
  td[data-h]::before { content: attr(data-h) ": "; color: var(--muted); }
}
`;

/** `nowrap`: indexes of short columns kept on one line (at desktop widths). */
function table(head: string[], rows: { cells: string[]; cls?: string }[], nowrap: number[] = []): string {
  const th = `<tr>${head.map((c) => `<th>${h(c)}</th>`).join('')}</tr>`;
  const cls = (i: number) => (head[i] ? (nowrap.includes(i) ? ' class="nw"' : '') : ' class="s"');
  const body = rows.map(
    (r) =>
      `<tr${r.cls ? ` class="${r.cls}"` : ''}>${r.cells.map((c, i) => `<td${head[i] ? ` data-h="${h(head[i]!)}"` : ''}${cls(i)}>${c}</td>`).join('')}</tr>`,
  );
  return `<table>${th}${body.join('')}</table>`;
}

function findings(fs: Finding[]): string {
  if (!fs.length) return '<p class="muted">nothing to show</p>';
  return table(
    ['', 'check', 'detail'],
    fs.map((f) => ({
      cls: f.status === 'fail' ? 'fail' : undefined,
      cells: [ICON[f.status], h(f.name), h(f.detail) + (f.hint && f.status !== 'pass' ? ` <a href="${h(f.hint)}">hint</a>` : '')],
    })),
  );
}

/** Requests per pod as horizontal bars (inline SVG: no script, prints and screenshots as drawn). */
export function balanceChart(b: NonNullable<Report['balance']>): string {
  const pods = Object.entries(b.shares).map(([pod, share]) => ({ pod, n: Math.round(share * b.total) }));
  if (!pods.length) return '';
  const max = Math.max(...pods.map((p) => p.n), 1);
  const row = 24;
  const label = 190;
  const width = 560;
  const bars = pods.map((p, i) => {
    const w = Math.max(1, Math.round(((width - label - 50) * p.n) / max));
    const y = i * row;
    return `<text x="0" y="${y + 16}">${h(p.pod.length > 28 ? `${p.pod.slice(0, 27)}…` : p.pod)}</text><rect class="bar" x="${label}" y="${y + 4}" width="${w}" height="16" rx="3"/><text x="${label + w + 6}" y="${y + 16}">${p.n}</text>`;
  });
  return `<svg class="bars ${b.verdict}" viewBox="0 0 ${width} ${pods.length * row + 4}" role="img" aria-label="requests per pod">${bars.join('')}</svg>`;
}

// eslint-disable-next-line max-lines-per-function -- one HTML page template, top to bottom
export function renderPage(r: Report, opts: { title?: string } = {}): string {
  const by = (s: Section) => r.findings.filter((f) => f.section === s);
  const title = opts.title ?? 'meshci verify';
  const out: string[] = [];
  const verdictWord = r.verdict === 'pass' ? 'the mesh is verified' : `${r.failed} problem${r.failed === 1 ? '' : 's'}`;
  out.push(`<section class="verdict ${r.verdict}" id="verdict"><h1>${r.verdict === 'pass' ? '✅' : '❌'} ${h(title)}: ${r.verdict} — ${verdictWord}</h1>`);
  out.push(
    `<p>Linkerd ${h(r.controlPlaneVersion ?? '(version unknown)')} in <code>${h(r.linkerdNamespace)}</code> · evidence of ${h(r.collectedAt)} · ${r.counts.pass} passed, ${r.counts.warn} warnings, ${r.counts.fail} failed, ${r.counts.skip} skipped${r.failOnWarning ? ' · fail-on-warning' : ''}</p>`,
  );
  out.push(`<ul class="chips">${SECTIONS.map((s) => `<li>${ICON[sectionStatus(by(s))]} ${h(SECTION_TITLE[s])}</li>`).join('')}</ul>`);
  if (r.failures.length) out.push(`<ul class="failed">${r.failures.map((f) => `<li>${h(f)}</li>`).join('')}</ul>`);
  out.push('</section>');

  out.push(`<h2>${h(SECTION_TITLE.connectivity)}</h2>`);
  out.push(
    r.matrix.length
      ? table(
          ['', 'probe', 'target', 'expected → seen', 'detail'],
          r.matrix.map((m) => ({
            cls: m.pass ? undefined : 'fail',
            cells: [
              m.pass ? ICON.pass : m.observed === 'inconclusive' ? '❔' : ICON.fail,
              `${h(m.probe)}<br><span class="muted">${h(m.client)}, ${h(m.protocol)}</span>`,
              `<code>${h(shortTarget(m.target))}</code>`,
              `${m.expected} →<br>${m.observed}`,
              h(m.detail) + (m.attempts > 1 ? ` (${m.attempts} attempts)` : ''),
            ],
          })),
          [1, 3],
        )
      : '<p>No probes ran: nothing shows who can reach the target.</p>',
  );
  if (r.acceptRefused)
    out.push('<p class="muted">accept-refused is on: a refused connection counted as blocked where the control probe reached the same target.</p>');

  out.push(`<h2>${h(SECTION_TITLE.mtls)}</h2>`, findings(by('mtls')));
  if (r.edges.length) {
    out.push(
      `<details><summary>All edges (linkerd viz edges, ${r.edges.length})</summary>${table(
        ['src', 'dst', 'client id', 'server id', 'secured'],
        r.edges.map((e) => ({ cells: [h(e.src), h(e.dst), h(e.clientId), h(e.serverId), e.secured ? '✅' : h(e.noTlsReason || 'no')] })),
      )}</details>`,
    );
  }

  out.push(`<h2>${h(SECTION_TITLE.balancing)}</h2>`);
  if (r.balance) {
    const b = r.balance;
    out.push(
      `<p>${b.sent} gRPC calls to <code>${h(b.target)}</code> over ${b.connections} connection(s): <b>${b.verdict}</b>${b.verdict === 'unbalanced' ? ` (busiest/quietest ${b.ratio === Infinity ? '∞' : b.ratio.toFixed(1)}, at most ${b.maxRatio})` : ''}.</p>`,
    );
    out.push(balanceChart(b));
  } else out.push(findings(by('balancing')));

  out.push(`<h2>${h(SECTION_TITLE.identity)}</h2>`);
  if (r.certificates.length)
    out.push(
      table(
        ['role', 'subject', 'not after', 'days left'],
        r.certificates.map((c) => ({ cells: [h(c.role), h(c.subject), h(c.notAfter.slice(0, 10)), String(c.daysLeft)] })),
        [0, 2, 3],
      ),
    );
  const idBad = by('identity').filter((f) => f.status !== 'pass');
  if (idBad.length || !r.certificates.length) out.push(findings(idBad.length ? idBad : by('identity')));

  out.push(`<h2>${h(SECTION_TITLE['data-plane'])}</h2>`, findings(by('data-plane')));

  const cp = by('control-plane');
  out.push(`<h2>${h(SECTION_TITLE['control-plane'])}</h2>`);
  const cpBad = cp.filter((f) => f.status !== 'pass');
  if (cpBad.length) out.push(findings(cpBad));
  out.push(`<details><summary>All ${cp.length} checks</summary>${findings(cp)}</details>`);

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}: ${r.verdict}</title>
<style>${CSS}</style>
</head>
<body><main>
${out.join('\n')}
<p class="muted">meshci · the JSON report (report.json) and the evidence behind every finding are in the same folder.</p>
</main></body>
</html>
`;
}
