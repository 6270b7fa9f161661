import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);

// src/lib/suggest.ts
function editDistance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2][j - 2] + 1);
      d[i][j] = v;
    }
  }
  return d[a.length][b.length];
}
function closestMatch(word, candidates) {
  const w = word.toLowerCase();
  if (!w) return void 0;
  const exact = candidates.find((c) => c.toLowerCase() === w);
  if (exact) return exact;
  if (w.length >= 2) {
    const prefix = candidates.find((c) => c.toLowerCase().startsWith(w));
    if (prefix) return prefix;
  }
  let best;
  let bestD = Infinity;
  for (const c of candidates) {
    const dist = editDistance(w, c.toLowerCase());
    if (dist < bestD) [best, bestD] = [c, dist];
  }
  if (best !== void 0 && bestD <= Math.max(1, Math.floor(w.length / 3))) return best;
  return [...candidates].sort((a, b) => b.length - a.length).find((c) => c.length >= 2 && w.startsWith(c.toLowerCase()));
}
function didYouMean(word, candidates, show = (c) => `'${c}'`) {
  const hit = closestMatch(word, candidates);
  return hit === void 0 ? "" : `; did you mean ${show(hit)}?`;
}
function nearest(word, candidates, n) {
  const w = word.toLowerCase();
  return [...candidates].map((c) => [c, editDistance(w, c.toLowerCase())]).sort((a, b) => a[1] - b[1]).slice(0, n).map(([c]) => c);
}

export {
  didYouMean,
  nearest
};
