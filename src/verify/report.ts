import { escapeHtml, escapeXml } from '../lib/html.js';
import { SECTIONS, type Finding, type Report, type Section, type Status } from './verdict-types.js';

/**
 * Renderings of a report: HTML for the step summary and the PR comment (GitHub renders the same
 * headings, tables and <details> in both), JUnit XML for test reporters, and the JSON itself.
 */
export const ICON: Record<Status, string> = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️' };
export const SECTION_TITLE: Record<Section, string> = {
  'control-plane': 'Control plane (linkerd check)',
  identity: 'Identity certificates',
  'data-plane': 'Data plane',
  mtls: 'mTLS',
  connectivity: 'Connectivity matrix',
  balancing: 'gRPC load balancing',
};
/** GitHub's limit on a comment body is 65536 characters; stay well below it. */
const MAX_HTML = 60_000;

const h = escapeHtml;

function table(head: string[], rows: string[][]): string {
  return `<table><tr>${head.map((c) => `<th>${c}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>\n`;
}

/** A long dotted name (a server identity, a Service's DNS name) that may break after its dots. */
function breakable(name: string): string {
  return h(name).replace(/\./g, '.<wbr>');
}

function findingRows(fs: Finding[]): string[][] {
  return fs.map((f) => [ICON[f.status], h(f.name), h(f.detail) + (f.hint && f.status !== 'pass' ? ` <a href="${h(f.hint)}">hint</a>` : '')]);
}

/** A section's status from its findings (the worst of them; all skipped, or none: skip). */
export function sectionStatus(fs: readonly Finding[]): Status {
  return fs.some((f) => f.status === 'fail') ? 'fail' : fs.some((f) => f.status === 'warn') ? 'warn' : fs.every((f) => f.status === 'skip') ? 'skip' : 'pass';
}

/** A probe target without the cluster's DNS suffix: what fits a report column. */
export function shortTarget(target: string): string {
  return target.replace(/\.svc\.cluster\.local(?=:|$)/, '');
}

// eslint-disable-next-line max-lines-per-function -- one HTML report template, top to bottom
export function renderHtml(r: Report, opts: { title?: string; marker?: string; evidenceNote?: string } = {}): string {
  const by = (s: Section) => r.findings.filter((f) => f.section === s);
  const out: string[] = [];
  if (opts.marker) out.push(opts.marker);
  out.push(`<h2>${r.verdict === 'pass' ? '✅' : '❌'} ${h(opts.title ?? 'meshci verify')}: ${r.verdict}</h2>`);
  out.push(
    `<p>Linkerd ${h(r.controlPlaneVersion ?? '(version unknown)')} in <code>${h(r.linkerdNamespace)}</code>, evidence of ${h(r.collectedAt)}: ${r.counts.pass} passed, ${r.counts.warn} warnings${r.failOnWarning && r.counts.warn ? ' (failing: fail-on-warning)' : ''}, ${r.counts.fail} failed, ${r.counts.skip} skipped.</p>`,
  );
  out.push(
    table(
      SECTIONS.map((s) => h(SECTION_TITLE[s])),
      [SECTIONS.map((s) => `${ICON[sectionStatus(by(s))]} ${sectionStatus(by(s))}`)],
    ),
  );
  if (r.failures.length) out.push(`<h3>What failed</h3><ul>${r.failures.map((f) => `<li>${h(f)}</li>`).join('')}</ul>`);

  out.push(`<h3>${SECTION_TITLE.connectivity}</h3>`);
  if (r.matrix.length) {
    // five columns, the target without its cluster suffix: it fits GitHub's PR column (880 px)
    out.push(
      table(
        ['', 'probe', 'target', 'expected → observed', 'detail'],
        r.matrix.map((m) => [
          m.pass ? ICON.pass : m.observed === 'inconclusive' ? '❔' : ICON.fail,
          `${h(m.probe)}<br><sub>${h(m.client)}</sub>`,
          `<code>${h(shortTarget(m.target))}</code>`,
          `${m.expected} → ${m.observed}`,
          h(m.detail) + (m.attempts > 1 ? ` (${m.attempts} attempts)` : ''),
        ]),
      ),
    );
    if (r.acceptRefused)
      out.push(
        '<p>accept-refused is on: a refused connection counted as blocked where the control probe reached the same target (for CNIs that reject instead of drop).</p>',
      );
  } else out.push('<p>No probes ran: nothing shows who can reach the target.</p>');

  out.push(`<h3>${SECTION_TITLE.balancing}</h3>`);
  if (r.balance) {
    const b = r.balance;
    out.push(
      `<p>${b.sent} gRPC calls to <code>${h(b.target)}</code> over ${b.connections} client connection(s): ${b.verdict}${b.verdict === 'unbalanced' ? ` (busiest/quietest ${b.ratio === Infinity ? '∞' : b.ratio.toFixed(1)}, at most ${b.maxRatio} allowed)` : ''}. kube-proxy alone would send every call of one connection to one pod; Linkerd balances each request.</p>`,
    );
    out.push(
      table(
        ['pod', 'requests', 'share'],
        Object.entries(b.shares).length
          ? Object.entries(b.shares).map(([pod, s]) => [h(pod), String(Math.round(s * b.total)), `${(s * 100).toFixed(1)}%`])
          : [['(none)', '0', '']],
      ),
    );
  } else out.push(table(['', 'check', 'detail'], findingRows(by('balancing'))));

  out.push(`<h3>${SECTION_TITLE.mtls}</h3>`);
  out.push(table(['', 'evidence', 'detail'], findingRows(by('mtls'))));
  if (r.edges.length) {
    out.push(
      `<details><summary>All edges (linkerd viz edges, ${r.edges.length})</summary>\n\n${table(
        ['src', 'dst', 'client id', 'server id', 'secured'],
        r.edges.map((e) => [h(e.src), h(e.dst), h(e.clientId), h(e.serverId), e.secured ? '√' : h(e.noTlsReason || 'no')]),
      )}</details>`,
    );
  }

  out.push(`<h3>${SECTION_TITLE.identity}</h3>`);
  if (r.certificates.length)
    out.push(
      table(
        ['role', 'subject', 'not after', 'days left'],
        r.certificates.map((c) => [c.role, h(c.subject), c.notAfter.slice(0, 10), String(c.daysLeft)]),
      ),
    );
  const idProblems = by('identity').filter((f) => f.status !== 'pass');
  if (idProblems.length || !r.certificates.length) out.push(table(['', 'check', 'detail'], findingRows(idProblems.length ? idProblems : by('identity'))));

  out.push(`<h3>${SECTION_TITLE['data-plane']}</h3>`);
  out.push(table(['', 'what', 'detail'], findingRows(by('data-plane'))));

  const cp = by('control-plane');
  const cpBad = cp.filter((f) => f.status !== 'pass');
  out.push(`<h3>${SECTION_TITLE['control-plane']}</h3>`);
  if (cpBad.length) out.push(table(['', 'check', 'detail'], findingRows(cpBad)));
  out.push(`<details><summary>All ${cp.length} checks</summary>\n\n${table(['', 'check', 'detail'], findingRows(cp))}</details>`);

  const traffic = Object.entries(r.traffic);
  if (traffic.length) {
    out.push(`<details><summary>Traffic seen by the meshed probes' proxies (what viz tap shows)</summary>\n\n`);
    for (const [probe, rows] of traffic) {
      out.push(`<p><b>${h(probe)}</b></p>`);
      // three columns, long names breakable at their dots: fits GitHub's PR column
      out.push(
        table(
          ['to', 'tls, server identity', 'requests → responses'],
          rows.map((t) => [
            `${breakable(t.authority)}<br><sub>${breakable(t.dst)}</sub>`,
            `${h(t.tls)}${t.serverId ? `, ${breakable(t.serverId)}` : ''}`,
            `${t.requests} → ${
              h(
                Object.entries(t.responses)
                  .map(([k, v]) => `${k}: ${v}`)
                  .join(', '),
              ) || '0'
            }`,
          ]),
        ),
      );
    }
    out.push('</details>');
  }
  if (opts.evidenceNote) out.push(`<p>${opts.evidenceNote}</p>`);
  let html = out.join('\n');
  if (html.length > MAX_HTML) html = html.slice(0, MAX_HTML) + '\n\n<p>(report cut to fit; the full report is in the JSON file and the evidence artifact)</p>';
  return html;
}

/**
 * JUnit XML: one testsuite per section, one testcase per finding. What fails the step is a
 * failure — warnings too under fail-on-warning — so the counts agree with the verdict and the
 * `failed` output; skips are skipped; other warnings pass with system-out.
 */
export function renderJunit(r: Report, suiteName = 'meshci verify'): string {
  const failing = (f: Finding) => f.status === 'fail' || (r.failOnWarning && f.status === 'warn');
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  lines.push(
    `<testsuites name="${escapeXml(suiteName)}" tests="${r.findings.length}" failures="${r.failed}" skipped="${r.counts.skip}" timestamp="${escapeXml(r.collectedAt)}">`,
  );
  for (const s of SECTIONS) {
    const fs = r.findings.filter((f) => f.section === s);
    lines.push(
      `  <testsuite name="${escapeXml(s)}" tests="${fs.length}" failures="${fs.filter(failing).length}" skipped="${fs.filter((f) => f.status === 'skip').length}">`,
    );
    for (const f of fs) {
      const open = `    <testcase classname="meshci.verify.${escapeXml(s)}" name="${escapeXml(f.name)}"`;
      const text = escapeXml(f.detail + (f.hint ? ` (${f.hint})` : ''));
      const message = `${f.status === 'warn' ? 'warning (fail-on-warning): ' : ''}${f.detail.split('\n')[0] ?? ''}`;
      if (failing(f)) lines.push(`${open}><failure message="${escapeXml(message)}">${text}</failure></testcase>`);
      else if (f.status === 'skip') lines.push(`${open}><skipped message="${escapeXml(f.detail)}"/></testcase>`);
      else if (f.status === 'warn') lines.push(`${open}><system-out>warning: ${text}</system-out></testcase>`);
      else lines.push(`${open}/>`);
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
}
