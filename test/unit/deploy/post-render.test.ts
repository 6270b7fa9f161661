import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rewriteImages } from '../../../src/deploy/post-render.js';
import { helmValues } from '../../../src/republish/helm-values.js';
import { linkerdImages } from '../../../src/republish/images.js';
import { knownEntry } from '../../../src/linkerd/versions.js';
import { ROOT } from '../../helpers/action.js';

/** Images 2.12.6's templates name literally (its facts' `hardcoded`), moved to the mirror by a post-renderer. */
const hook = `apiVersion: batch/v1
kind: Job
spec:
  template:
    spec:
      containers:
      - name: namespace-metadata
        image: curlimages/curl:7.78.0
      - name: other
        image: "cr.l5d.io/linkerd/proxy:stable-2.12.6"   # keep
      initContainers:
        - image: gcr.io/google_containers/pause:3.2
data:
  note: "image: curlimages/curl:7.78.0 in a string is not an image field"
`;

describe('the post-renderer for images no value moves', () => {
  const entry = knownEntry('stable-2.12.6')!;
  const mirror = linkerdImages(entry, 'stable-2.12.6', ['viz', 'jaeger', 'cni']).map((s) => ({
    source: s,
    destination: `m.azurecr.io/mirror/${s.replace(/^[^/]+\//, '')}`,
  }));
  const values = helmValues(mirror, { linkerd: entry });

  it("republish's helm-values carry the map (meshci.images) for exactly the hard-coded images", () => {
    expect(values['meshci']).toEqual({
      images: {
        'gcr.io/google_containers/pause:3.2': 'm.azurecr.io/mirror/google_containers/pause:3.2',
        'docker.io/curlimages/curl:7.78.0': 'm.azurecr.io/mirror/curlimages/curl:7.78.0',
      },
    });
    expect(helmValues(mirror, { linkerd: knownEntry('stable-2.14.10')! })['meshci']).toBeUndefined();
  });

  it('rewrites only image fields whose whole value is mapped; everything else byte for byte', () => {
    const map = (values['meshci'] as { images: Record<string, string> }).images;
    const r = rewriteImages(hook, map);
    expect(r.rewritten).toBe(2);
    expect(r.text).toBe(
      hook
        .replace('image: curlimages/curl:7.78.0\n', 'image: m.azurecr.io/mirror/curlimages/curl:7.78.0\n')
        .replace('- image: gcr.io/google_containers/pause:3.2', '- image: m.azurecr.io/mirror/google_containers/pause:3.2'),
    );
  });

  it('dist/post-render.js works as helm runs a post-renderer: stdin to stdout, the map from a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshci-post-'));
    try {
      writeFileSync(join(dir, 'map.json'), JSON.stringify((values['meshci'] as { images: Record<string, string> }).images));
      const out = execFileSync(process.execPath, [join(ROOT, 'dist', 'post-render.js'), join(dir, 'map.json')], { input: hook, encoding: 'utf8' });
      expect(out).toContain('image: m.azurecr.io/mirror/curlimages/curl:7.78.0\n');
      expect(out).toContain('"cr.l5d.io/linkerd/proxy:stable-2.12.6"   # keep');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
