/**
 * "Did you mean": the one suggestion function for every place meshci names what it expected — the
 * CLI's commands, flags and values, and the actions' input values (src/lib/inputs.ts `getEnum`,
 * Azure regions). Pure: no I/O, no @actions/*.
 */

/**
 * Edit distance with adjacent transpositions (optimal string alignment, a restricted
 * Damerau–Levenshtein): `verfiy` is one edit from `verify`, as a person counts it.
 */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidate `word` most likely meant, or undefined when none is close: a candidate the word
 * begins (`--mod` → `mode`), else the nearest within max(1, a third of the word's length) edits,
 * else a candidate the word begins with (`--overwrites` → `overwrite`). Case is ignored; ties go to
 * the candidate listed first.
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  if (!w) return undefined;
  const exact = candidates.find((c) => c.toLowerCase() === w);
  if (exact) return exact;
  if (w.length >= 2) {
    const prefix = candidates.find((c) => c.toLowerCase().startsWith(w));
    if (prefix) return prefix;
  }
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const dist = editDistance(w, c.toLowerCase());
    if (dist < bestD) [best, bestD] = [c, dist];
  }
  if (best !== undefined && bestD <= Math.max(1, Math.floor(w.length / 3))) return best;
  return [...candidates].sort((a, b) => b.length - a.length).find((c) => c.length >= 2 && w.startsWith(c.toLowerCase()));
}

/**
 * `; did you mean 'x'?` (or '' when nothing is close), to append to an error. `show` formats the
 * candidate: `(c) => \`--${c}\`` for a flag.
 */
export function didYouMean(word: string, candidates: readonly string[], show: (c: string) => string = (c) => `'${c}'`): string {
  const hit = closestMatch(word, candidates);
  return hit === undefined ? '' : `; did you mean ${show(hit)}?`;
}

/** The `n` candidates nearest to `word` (nearest first), for a list too long to print whole. */
export function nearest(word: string, candidates: readonly string[], n: number): string[] {
  const w = word.toLowerCase();
  return [...candidates]
    .map((c) => [c, editDistance(w, c.toLowerCase())] as const)
    .sort((a, b) => a[1] - b[1])
    .slice(0, n)
    .map(([c]) => c);
}
