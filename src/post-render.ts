/**
 * A Helm post-renderer (helm --post-renderer <node> --post-renderer-args <this> --post-renderer-args
 * <map.json>): manifests on stdin, the same manifests with the mapped images rewritten on stdout.
 */
import { readFileSync } from 'node:fs';
import { rewriteImages } from './deploy/post-render.js';

const mapFile = process.argv[2];
if (!mapFile) {
  process.stderr.write('usage: post-render <image map JSON file> < manifests\n');
  process.exit(2);
}
const map = JSON.parse(readFileSync(mapFile, 'utf8')) as Record<string, string>;
const chunks: Buffer[] = [];
process.stdin.on('data', (c: Buffer) => chunks.push(c));
process.stdin.on('end', () => {
  process.stdout.write(rewriteImages(Buffer.concat(chunks).toString('utf8'), map).text);
});
