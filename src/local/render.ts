import stringWidth from 'string-width';
import { maskAll, unescapeData } from './runner.js';
/**
 * Terminal rendering of what the runner would show: the HTML step summary written by @actions/core
 * becomes headings and aligned tables; LiveLog (below) renders a step's log as it arrives.
 */
export function renderSummary(html: string): string {
  const text = html
    .replace(/<h(\d)>(.*?)<\/h\1>/g, (_m, _l, t: string) => `\n${strip(t)}\n${'='.repeat(strip(t).length)}\n`)
    .replace(/<table>([\s\S]*?)<\/table>/g, (_m, body: string) => '\n' + renderTable(body) + '\n')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<!--[\s\S]*?-->\n?/g, '')
    .replace(/<\/?(p|ul|li|details|summary|pre|code|b|a)(\s[^>]*)?>/g, '');
  return decode(text)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function renderTable(body: string): string {
  const rows = [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
    [...(r[1] as string).matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => clip(decode(strip(c[1] as string)).replace(/\s*\n\s*/g, ' '), 60)),
  );
  // columns by display width, not code points: an emoji (✅, ⚠️) takes two terminal columns
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, stringWidth(c))));
  return rows
    .map((r) =>
      r
        .map((c, i) => c + ' '.repeat(Math.max(0, (widths[i] ?? 0) - stringWidth(c))))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

function clip(text: string, max: number): string {
  if (stringWidth(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (stringWidth(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

function strip(s: string): string {
  return s.replace(/<[^>]+>/g, '');
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * The log of a running step, rendered as it arrives (`meshci <action>`, `meshci up`): complete
 * lines only, `add-mask` consumed and every registered secret masked from then on (as the runner
 * does), groups shown as steps with their elapsed time, annotations as plain prefixes.
 *
 * A group is marked ✓ only once it is known to have succeeded: an ended group's mark waits for
 * the next line shown, and becomes ✗ when that line is an error (a step that failed inside a group
 * ends the group, then reports its error) or when the step ends failed with nothing in between.
 * `rewrite` turns each shown line into the caller's words (the CLI: action inputs as flags).
 */
export class LiveLog {
  private secrets: string[] = [];
  private partial = '';
  private group?: { name: string; t0: number };
  /** an ended group whose mark waits for the next line shown */
  private ended?: { name: string; ms: number };

  constructor(
    private readonly write: (text: string) => void,
    private readonly opts: { debug: boolean; indent?: string; now?: () => number; rewrite?: (line: string) => string },
  ) {}

  feed(chunk: string): void {
    const text = this.partial + chunk;
    const lines = text.split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) this.line(line.replace(/\r$/, ''));
  }

  /** The step ended: `ok` false marks an open or just-ended group ✗. */
  end(ok = true): void {
    if (this.partial) this.line(this.partial);
    this.partial = '';
    if (this.group) this.endGroup();
    this.settle(ok);
  }

  private now(): number {
    return (this.opts.now ?? Date.now)();
  }

  private out(text: string, inGroup = !!this.group): void {
    const indent = this.opts.indent ?? '';
    const shown = this.opts.rewrite ? this.opts.rewrite(text) : text;
    this.write(
      shown
        .split('\n')
        .map((l) => `${indent}${inGroup ? '  ' : ''}${l}`)
        .join('\n') + '\n',
    );
  }

  private endGroup(): void {
    if (!this.group) return;
    this.settle(true);
    this.ended = { name: this.group.name, ms: this.now() - this.group.t0 };
    this.group = undefined;
  }

  /** Mark the ended group: ✓, or ✗ when what followed it says it failed. */
  private settle(ok: boolean): void {
    if (!this.ended) return;
    const { name, ms } = this.ended;
    this.ended = undefined;
    this.out(ok ? `✓ ${name} (${formatElapsed(ms)})` : `✗ ${name} (${formatElapsed(ms)})`, false);
  }

  private show(text: string, failed = false): void {
    this.settle(!failed);
    this.out(text);
  }

  private line(raw: string): void {
    const mask = /^::add-mask::(.*)$/.exec(raw);
    if (mask) {
      const v = unescapeData(mask[1] as string);
      if (v) this.secrets.push(v);
      return;
    }
    const line = maskAll(raw, this.secrets);
    const cmd = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line);
    if (!cmd) return this.show(line);
    const [, name, rawMsg] = cmd as unknown as [string, string, string];
    const msg = unescapeData(rawMsg);
    if (name === 'group') {
      this.endGroup();
      this.settle(true);
      this.out(`▶ ${msg}`);
      this.group = { name: msg, t0: this.now() };
    } else if (name === 'endgroup') this.endGroup();
    else if (name === 'debug') {
      if (this.opts.debug) this.show(`debug: ${msg}`);
    } else if (name === 'warning' || name === 'error' || name === 'notice') this.show(`${name}: ${msg}`, name === 'error');
    else if (name === 'save-state' || name === 'set-output' || name === 'stop-commands') return;
    else this.show(line);
  }
}

export function formatElapsed(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}
