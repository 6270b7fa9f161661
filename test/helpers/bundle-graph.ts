import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * The files of the committed bundle that Node links before any code of `entry` runs: its static
 * imports (esbuild's `import … from "./x.js"` / `import "./x.js"` lines), transitively. Dynamic
 * import() calls are not followed: what they load comes later, if a run reaches them.
 */
export function staticGraph(entry: string): string[] {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/^import\s+(?:[^'";]*?\s+from\s+)?["'](\.[^"']+)["'];?$/gm)) walk(resolve(dirname(file), m[1]!));
  };
  walk(entry);
  return [...seen];
}
