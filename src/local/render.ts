import stringWidth from 'string-width';
import { maskAll, unescapeData } from './runner.js';
import { GROUP_FAILED } from '../lib/logger.js';
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

/** A table as aligned columns; a line break inside a cell (`probe<br><sub>client</sub>`) becomes a space. */
function renderTable(body: string): string {
  const rows = [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
    [...(r[1] as string).matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) =>
      clip(decode(strip((c[1] as string).replace(/<br\s*\/?>/g, ' '))).replace(/\s*\n\s*/g, ' '), 60),
    ),
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
 * A group is marked when it ends: ✗ when it ended with GROUP_FAILED (src/runtime/group.ts: the
 * function it ran threw; the line itself is not shown), else ✓; a group still open when the step
 * ends failed (killed, cancelled) is ✗. A group that succeeded before something else failed stays ✓.
 * `rewrite` turns each shown line into the caller's words (the CLI: action inputs as flags).
 */
export class LiveLog {
  private secrets: string[] = [];
  private partial = '';
  private group?: { name: string; t0: number; failed?: boolean };

  constructor(
    private readonly write: (text: string) => void,
    private readonly opts: {
      debug: boolean;
      indent?: string;
      now?: () => number;
      rewrite?: (line: string) => string;
      /** where `warning:` and `error:` lines go (the CLI: stderr, as kubectl's and gh's do); default: with the rest */
      alerts?: (text: string) => void;
    },
  ) {}

  feed(chunk: string): void {
    const text = this.partial + chunk;
    const lines = text.split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) this.line(line.replace(/\r$/, ''));
  }

  /** The step ended: `ok` false marks a group still open ✗. */
  end(ok = true): void {
    if (this.partial) this.line(this.partial);
    this.partial = '';
    if (this.group && !ok) this.group.failed = true;
    this.endGroup();
  }

  private now(): number {
    return (this.opts.now ?? Date.now)();
  }

  private out(text: string, inGroup = !!this.group, write = this.write): void {
    const indent = this.opts.indent ?? '';
    const shown = this.opts.rewrite ? this.opts.rewrite(text) : text;
    write(
      shown
        .split('\n')
        .map((l) => `${indent}${inGroup ? '  ' : ''}${l}`)
        .join('\n') + '\n',
    );
  }

  /** The group ends: ✓, or ✗ when it said it failed. */
  private endGroup(): void {
    if (!this.group) return;
    const { name, t0, failed } = this.group;
    this.group = undefined;
    this.out(`${failed ? '✗' : '✓'} ${name} (${formatElapsed(this.now() - t0)})`, false);
  }

  private line(raw: string): void {
    const mask = /^::add-mask::(.*)$/.exec(raw);
    if (mask) {
      const v = unescapeData(mask[1] as string);
      if (v) this.secrets.push(v);
      return;
    }
    const line = maskAll(raw, this.secrets);
    if (line === GROUP_FAILED) {
      if (this.group) this.group.failed = true;
      else this.out(line);
      return;
    }
    const cmd = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line);
    if (!cmd) return this.out(line);
    const [, name, rawMsg] = cmd as unknown as [string, string, string];
    const msg = unescapeData(rawMsg);
    if (name === 'group') {
      this.endGroup();
      this.out(`▶ ${msg}`);
      this.group = { name: msg, t0: this.now() };
    } else if (name === 'endgroup') this.endGroup();
    else if (name === 'debug') {
      if (this.opts.debug) this.out(`debug: ${msg}`);
    } else if (name === 'warning' || name === 'error') this.out(`${name}: ${msg}`, !!this.group, this.opts.alerts ?? this.write);
    else if (name === 'notice') this.out(`${name}: ${msg}`);
    else if (name === 'save-state' || name === 'set-output' || name === 'stop-commands') return;
    else this.out(line);
  }
}

export function formatElapsed(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}
