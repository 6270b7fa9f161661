/**
 * Sums a V8 CPU profile (node --cpu-prof, what `npm run bench -- --profile DIR` writes) into the
 * categories the republish blob path is judged by: self time of each sampled function, grouped by
 * where it lives.
 *
 *   npx tsx bench/profile.ts FILE.cpuprofile [...]
 */
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string };
  hitCount?: number;
}

export function category(fn: string, url: string): string {
  if (fn === '(garbage collector)') return 'garbage collection';
  if (fn === '(idle)') return 'idle';
  if (fn === '(program)') return 'native (program)';
  if (/hash|digest/i.test(fn) || url.includes('internal/crypto/hash')) return 'sha256';
  if (
    url.includes('_tls_wrap') ||
    url.includes('node:tls') ||
    /^(writev|writeBuffer|writeGeneric|writeUtf8String|_writeGeneric|_writev|onStreamRead|readStop|readStart)$/.test(fn) ||
    url.includes('stream_base_commons')
  )
    return 'TLS and socket I/O';
  if (url.includes('undici')) return 'undici';
  if (url.includes('internal/streams')) return 'stream plumbing';
  if (url.includes('_http_') || url.includes('node:http') || url.includes('node:https') || fn === 'parserOnBody' || fn === 'execute')
    return 'HTTP (node:http, parser)';
  if (url.includes('node:net') || url.includes('node:events') || url.includes('internal/')) return 'other Node internals';
  if (url === '') return 'native (program)';
  return 'meshci and dependencies';
}

export function summarize(file: string): { total: number; byCategory: [string, number][] } {
  const p = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; startTime: number; endTime: number; samples: number[] };
  const interval = (p.endTime - p.startTime) / Math.max(1, p.samples.length) / 1000; // ms per sample
  const by = new Map<string, number>();
  let total = 0;
  for (const n of p.nodes) {
    const ms = (n.hitCount ?? 0) * interval;
    const c = category(n.callFrame.functionName, n.callFrame.url);
    if (c === 'idle') continue;
    by.set(c, (by.get(c) ?? 0) + ms);
    total += ms;
  }
  return { total, byCategory: [...by].sort((a, b) => b[1] - a[1]) };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() as string)) {
  for (const f of process.argv.slice(2)) {
    const { total, byCategory } = summarize(f);
    console.log(`${f}: ${(total / 1000).toFixed(2)} s of samples (idle excluded)`);
    for (const [c, ms] of byCategory)
      console.log(`  ${c.padEnd(28)} ${(ms / 1000).toFixed(2).padStart(6)} s  ${((100 * ms) / total).toFixed(0).padStart(3)} %`);
  }
}
