import { describe, it, expect } from 'vitest';
import stringWidth from 'string-width';
import { renderSummary } from '../../src/local/render.js';

/** The step summary in a terminal (`meshci <action>`): @actions/core's HTML tables as aligned columns. */
describe('renderSummary', () => {
  it('aligns columns by display width: an emoji takes two columns, so the header is not shifted', () => {
    const html =
      '<h2>✅ meshci certs — check: all 2 checks passed</h2><table><tr><th></th><th>check</th><th>detail</th></tr><tr><td>✅</td><td>anchors valid</td><td>ok</td></tr><tr><td>⚠️</td><td>issuer soon</td><td>expires in 20 days</td></tr></table>';
    const lines = renderSummary(html).split('\n');
    expect(lines[0]).toBe('✅ meshci certs — check: all 2 checks passed');
    const rows = lines.slice(3);
    // "check" starts in the same terminal column on every row
    const col = rows.map((r) => stringWidth(r.slice(0, r.search(/check|anchors|issuer/))));
    expect(new Set(col).size).toBe(1);
    expect(rows[1]).toBe('✅  anchors valid  ok');
  });

  it('long cells are clipped with an ellipsis at 60 columns', () => {
    const long = 'x'.repeat(80);
    const out = renderSummary(`<table><tr><th>a</th></tr><tr><td>${long}</td></tr></table>`);
    expect(out.split('\n')[1]).toBe(`${'x'.repeat(59)}…`);
  });

  it('a line break inside a cell keeps its words apart (verify writes probe<br><sub>client</sub>)', () => {
    const out = renderSummary(
      '<table><tr><th>probe</th><th>result</th></tr><tr><td>meshed-http<br><sub>meshci-probe-meshed</sub></td><td>allowed →<br>allowed</td></tr></table>',
    );
    expect(out.split('\n')[1]).toBe('meshed-http meshci-probe-meshed  allowed → allowed');
  });
});
