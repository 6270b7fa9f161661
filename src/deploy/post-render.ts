import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeImage } from '../linkerd/chart-images.js';
import { ConfigurationError } from '../lib/errors.js';

/**
 * Images a chart names literally in its templates, with no value to point them elsewhere (2.12's
 * namespace-metadata hooks pull curlimages/curl:7.78.0, its CNI noop container pause:3.2): deploy
 * runs helm with a post-renderer (dist/post-render.js) that rewrites exactly those `image:` fields
 * to their republished copies — the map comes from republish's helm-values (`meshci.images`).
 * Text-level on purpose: only an `image:` line whose whole value is a mapped reference changes, so
 * the rest of the manifest passes through byte for byte.
 */
export function rewriteImages(manifests: string, map: Record<string, string>): { text: string; rewritten: number } {
  let rewritten = 0;
  const text = manifests.replace(
    /^(\s*(?:-\s+)?image:\s*)(["']?)([^"'\s#]+)\2([ \t]*(?:#.*)?)$/gm,
    (line, head: string, q: string, ref: string, tail: string) => {
      let key: string;
      try {
        key = normalizeImage(ref);
      } catch (e) {
        if (e instanceof ConfigurationError) return line; // not an image reference: nothing meshci mirrored
        throw e;
      }
      const to = map[key];
      if (!to) return line;
      rewritten++;
      return `${head}${q}${to}${q}${tail}`;
    },
  );
  return { text, rewritten };
}

/**
 * The post-renderer helm runs for a release, when republish's helm-values map images that charts
 * name literally (`meshci.images`): node running dist/post-render.js with the map in a file.
 */
export function postRenderer(
  helmValues: Record<string, Record<string, unknown>>,
  o: { work: string; script: string },
): { bin: string; args: string[] } | undefined {
  const images = (helmValues['meshci'] as { images?: Record<string, string> } | undefined)?.images;
  if (!images || !Object.keys(images).length) return undefined;
  const file = join(o.work, 'post-render-images.json');
  writeFileSync(file, JSON.stringify(images));
  return { bin: process.execPath, args: [o.script, file] };
}
