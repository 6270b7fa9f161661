/**
 * Terminal rendering of what the runner would show: workflow commands in the log become plain
 * prefixes, and the HTML step summary written by @actions/core becomes headings and aligned tables.
 */
export function renderLog(log: string, opts: { debug: boolean }): string {
  const out: string[] = [];
  for (const line of log.split('\n')) {
    const cmd = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line);
    if (!cmd) {
      out.push(line);
      continue;
    }
    const [, name, rawMsg] = cmd as unknown as [string, string, string];
    const msg = rawMsg.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
    if (name === 'group') out.push(`▶ ${msg}`);
    else if (name === 'endgroup') continue;
    else if (name === 'debug') {
      if (opts.debug) out.push(`debug: ${msg}`);
    } else if (name === 'warning' || name === 'error' || name === 'notice') out.push(`${name}: ${msg}`);
    else out.push(line);
  }
  return out.join('\n').replace(/\n+$/, '');
}

export function renderSummary(html: string): string {
  const text = html
    .replace(/<h(\d)>(.*?)<\/h\1>/g, (_m, _l, t: string) => `\n${strip(t)}\n${'='.repeat(strip(t).length)}\n`)
    .replace(/<table>([\s\S]*?)<\/table>/g, (_m, body: string) => '\n' + renderTable(body) + '\n')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<!--[\s\S]*?-->\n?/g, '')
    .replace(/<\/?(p|ul|li|details|summary|pre|code|b|a)(\s[^>]*)?>/g, '');
  return decode(text).replace(/\n{3,}/g, '\n\n').trim();
}

function renderTable(body: string): string {
  const rows = [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
    [...(r[1] as string).matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => decode(strip(c[1] as string))),
  );
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.min(Math.max(widths[i] ?? 0, [...c].length), 60)));
  return rows
    .map((r) => r.map((c, i) => (([...c].length > 60 ? [...c].slice(0, 59).join('') + '…' : c).padEnd(widths[i] ?? 0))).join('  ').trimEnd())
    .join('\n');
}

function strip(s: string): string {
  return s.replace(/<[^>]+>/g, '');
}

function decode(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
