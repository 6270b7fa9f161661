import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash, randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { HttpTransport } from '../../src/oci/http.js';
import { startPair, GHCR_USER, ACR_USER, type Pair } from '../helpers/registry/pair.js';
import { Pusher, type Pushed } from '../helpers/registry/mkimage.js';
import { Registry } from '../../src/oci/registry.js';
import { Copier } from '../../src/oci/copy.js';
import { parseReference } from '../../src/oci/reference.js';
import { silentLogger } from '../../src/lib/logger.js';

/**
 * The copy engine between two real registries (Debian docker-registry behind TLS + token fronts):
 * a GHCR-like source with anonymous pull tokens and an ACR-like destination. skopeo is the oracle
 * for every digest. Faults are injected by the fronts, never by the registries.
 */
const run = promisify(execFile);
let pair: Pair;
let pusher: Pusher;
let http: HttpTransport;
const FAST = { attempts: 5, baseMs: 10, maxMs: 100, maxRetryAfterMs: 2000 };

beforeAll(async () => {
  pair = await startPair();
  pusher = new Pusher(pair.ghcr.front, pair.pki.caCert);
  http = new HttpTransport({ ca: pair.pki.caCert });
}, 60_000);
afterAll(async () => {
  await pusher.close();
  await http.close();
  await pair.stop();
});
beforeEach(() => {
  pair.ghcr.front.clearFaults();
  pair.acr.front.clearFaults();
});

async function skopeoRaw(ref: string): Promise<string> {
  const { stdout } = await run(
    'skopeo',
    ['inspect', '--raw', '--cert-dir', pair.pki.certDir, '--creds', `${ACR_USER.user}:${ACR_USER.pass}`, `docker://${ref}`],
    { maxBuffer: 1 << 24 },
  );
  return stdout;
}
const sha = (s: string | Buffer) => 'sha256:' + createHash('sha256').update(s).digest('hex');

function copier(opts: { platforms?: string[]; signatures?: boolean; blobConcurrency?: number } = {}) {
  const src = new Registry({ registry: pair.ghcr.front.host, auth: { kind: 'anonymous' }, http, retry: FAST });
  const dst = new Registry({
    registry: pair.acr.front.host,
    auth: { kind: 'basic', username: ACR_USER.user, password: ACR_USER.pass, describe: `username/password for ${ACR_USER.user}` },
    http,
    retry: FAST,
  });
  return new Copier(() => src, dst, {
    signatures: opts.signatures ?? true,
    blobConcurrency: opts.blobConcurrency ?? 4,
    log: silentLogger,
    platforms: opts.platforms,
  });
}

let n = 0;
async function image(opts: { format?: 'oci' | 'docker'; layers?: number[]; platforms?: string[] } = {}): Promise<Pushed & { repo: string }> {
  const repo = `org/img${n++}`;
  const p = await pusher.push({ repo, tag: 'v1', layers: opts.layers ?? [200_000, 400_000], auth: GHCR_USER, format: opts.format, platforms: opts.platforms });
  return { ...p, repo };
}
const dstRef = (repo: string, tag = 'v1') => `${pair.acr.front.host}/${repo}:${tag}`;

describe('copy engine against two real registries', () => {
  it.each(['oci', 'docker'] as const)('copies a multi-arch %s image digest-exact (skopeo agrees), children included; a re-run is skipped', async (format) => {
    const img = await image({ format });
    const c = copier();
    const r = await c.copy(parseReference(img.ref), parseReference(dstRef(`mirror/${img.repo}`)));
    expect(r.error).toBeUndefined();
    expect(r.action).toBe('copied');
    expect(r.platforms).toEqual(['linux/amd64', 'linux/arm64']);
    expect(r.blobs.copied).toBe(6);
    expect(r.bytes).toBe(img.blobBytes);
    const raw = await skopeoRaw(dstRef(`mirror/${img.repo}`));
    expect(sha(raw)).toBe(img.digest);
    for (const m of img.manifests) expect(sha(await skopeoRaw(`${pair.acr.front.host}/mirror/${img.repo}@${m.digest}`))).toBe(m.digest);
    const before = pair.acr.front.stats.proxied + pair.ghcr.front.stats.proxied;
    const again = await copier().copy(parseReference(img.ref), parseReference(dstRef(`mirror/${img.repo}`)));
    expect(again.action).toBe('skipped');
    // warm: one HEAD on each side (plus the token round trips the fronts answer themselves)
    expect(pair.acr.front.stats.proxied + pair.ghcr.front.stats.proxied - before).toBeLessThanOrEqual(4);
  });

  it('an image without signatures pushes its index once, by tag (children by digest); the lookups at the source are made once', async () => {
    const img = await image();
    const [a, g] = [pair.acr.front.log.length, pair.ghcr.front.log.length];
    const r = await copier().copy(parseReference(img.ref), parseReference(dstRef(`once/${img.repo}`)));
    expect(r.error).toBeUndefined();
    expect(r.signatures).toBe(0);
    const puts = pair.acr.front.log.slice(a).filter((l) => l.startsWith('PUT ') && l.includes('/manifests/'));
    expect(puts.map((l) => l.split('/manifests/')[1])).toEqual(expect.arrayContaining([...img.manifests.map((m) => m.digest), 'v1']));
    expect(puts).toHaveLength(img.manifests.length + 1);
    const lookups = pair.ghcr.front.log.slice(g).filter((l) => /\/manifests\/sha256-[0-9a-f]{64}\.(sig|att|sbom)$|\/referrers\//.test(l));
    expect(lookups).toHaveLength(4);
    expect(sha(await skopeoRaw(dstRef(`once/${img.repo}`)))).toBe(img.digest);
  });

  it('mounts blobs it already put in another repository of the destination', async () => {
    const img = await image();
    const c = copier();
    expect((await c.copy(parseReference(img.ref), parseReference(dstRef(`a/${img.repo}`)))).action).toBe('copied');
    const r = await c.copy(parseReference(img.ref), parseReference(dstRef(`b/${img.repo}`)));
    expect(r.action).toBe('mounted');
    expect(r.blobs.mounted).toBe(6);
    expect(r.bytes).toBe(0);
    expect(pair.acr.front.log.some((l) => /POST \/v2\/b\/org\/img\d+\/blobs\/uploads\/\?mount=sha256/.test(l))).toBe(true);
    expect(sha(await skopeoRaw(dstRef(`b/${img.repo}`)))).toBe(img.digest);
  });

  /** Three images that share a base layer, each two platforms × (base + 2 own layers + config). */
  async function sharingImages(): Promise<{ imgs: Pushed[]; baseDigest: string; dst: (i: Pushed) => string }> {
    const base = gzipSync(randomBytes(300_000), { level: 0 });
    const tag = n++;
    const imgs = await Promise.all(
      ['x', 'y', 'z'].map((k) => pusher.push({ repo: `shared/${k}${tag}`, tag: 'v1', layers: [100_000, 100_000], sharedLayers: [base], auth: GHCR_USER })),
    );
    return { imgs, baseDigest: sha(base), dst: (i) => dstRef(`s/${i.ref.split('/').slice(1).join('/').split(':')[0]}`) };
  }

  it('images copied at once send a layer they share once; the others mount it', async () => {
    const { imgs, baseDigest, dst } = await sharingImages();
    const c = copier({ blobConcurrency: 32 }); // everything starts together
    const before = pair.acr.front.log.length;
    const results = await Promise.all(imgs.map((i) => c.copy(parseReference(i.ref), parseReference(dst(i)))));
    expect(results.map((r) => r.error)).toEqual([undefined, undefined, undefined]);
    const log = pair.acr.front.log.slice(before);
    expect(log.filter((l) => l.startsWith('PUT ') && l.includes(encodeURIComponent(baseDigest)))).toHaveLength(1);
    expect(log.filter((l) => l.startsWith('POST ') && l.includes(`mount=${encodeURIComponent(baseDigest)}`))).toHaveLength(2);
    for (const img of imgs) expect(sha(await skopeoRaw(dst(img)))).toBe(img.digest);
  });

  it('one blob limit holds across every image and platform of a run', async () => {
    const { imgs, dst } = await sharingImages();
    const c = copier({ blobConcurrency: 3 });
    pair.acr.front.uploads.peak = 0;
    const results = await Promise.all(imgs.map((i) => c.copy(parseReference(i.ref), parseReference(dst(i)))));
    expect(results.map((r) => r.error)).toEqual([undefined, undefined, undefined]);
    expect(pair.acr.front.uploads.peak).toBeLessThanOrEqual(3);
    expect(pair.acr.front.uploads.peak).toBeGreaterThan(1); // and it was used: platforms and images overlap
    for (const img of imgs) expect(sha(await skopeoRaw(dst(img)))).toBe(img.digest);
  });

  it('platforms limits the index, and a platform the index lacks is named', async () => {
    const img = await image();
    const r = await copier({ platforms: ['linux/arm64'] }).copy(parseReference(img.ref), parseReference(dstRef(`one/${img.repo}`)));
    expect(r.error).toBeUndefined();
    expect(r.filtered).toBe(true);
    expect(r.platforms).toEqual(['linux/arm64']);
    const idx = JSON.parse(await skopeoRaw(dstRef(`one/${img.repo}`))) as { manifests: { digest: string }[] };
    expect(idx.manifests.map((m) => m.digest)).toEqual([img.manifests[1]!.digest]);
    const bad = await copier({ platforms: ['linux/s390x'] }).copy(parseReference(img.ref), parseReference(dstRef(`two/${img.repo}`)));
    expect(bad.action).toBe('failed');
    expect(bad.error).toMatch(/platform linux\/s390x is not in .* \(it has linux\/amd64, linux\/arm64\)/);
  });

  it('copies cosign signatures and attestations (sha256-<digest>.sig/.att)', async () => {
    const img = await image();
    const sig = await pusher.signature(img.repo, GHCR_USER, img.digest, 'sig');
    const att = await pusher.signature(img.repo, GHCR_USER, img.digest, 'att');
    const r = await copier().copy(parseReference(img.ref), parseReference(dstRef(`signed/${img.repo}`)));
    expect(r.error).toBeUndefined();
    expect(r.signatures).toBe(2);
    expect(sha(await skopeoRaw(dstRef(`signed/${img.repo}`, `${img.digest.replace(':', '-')}.sig`)))).toBe(sig);
    expect(sha(await skopeoRaw(dstRef(`signed/${img.repo}`, `${img.digest.replace(':', '-')}.att`)))).toBe(att);
  });

  it('a signature that failed to copy leaves the image untagged, so the next run copies it again (not "skipped")', async () => {
    const img = await image();
    const sig = await pusher.signature(img.repo, GHCR_USER, img.digest, 'sig');
    pair.acr.front.inject({ method: 'PUT', path: /\/manifests\/sha256-[0-9a-f]{64}\.sig$/, every: 1, times: 1, kind: { status: 400 } });
    const dst = parseReference(dstRef(`resign/${img.repo}`));
    const first = await copier().copy(parseReference(img.ref), dst);
    expect(first.action).toBe('failed');
    expect(await copier().upToDate(parseReference(img.ref), dst)).toBeFalsy();
    const again = await copier().copy(parseReference(img.ref), dst);
    expect(again.error).toBeUndefined();
    expect(again.action).not.toBe('skipped');
    expect(again.signatures).toBe(1);
    expect(sha(await skopeoRaw(dstRef(`resign/${img.repo}`, `${img.digest.replace(':', '-')}.sig`)))).toBe(sig);
    expect(sha(await skopeoRaw(dstRef(`resign/${img.repo}`)))).toBe(img.digest);
  });

  it('finishes digest-exact through 503s on uploads, 429 + Retry-After on manifest PUTs and a reset mid-download', async () => {
    const img = await image({ layers: [3_000_000, 500_000] });
    pair.acr.front.inject({ method: 'PUT', path: /\/blobs\/uploads\//, every: 2, times: 2, kind: { status: 503 } });
    pair.acr.front.inject({ method: 'PUT', path: /\/manifests\//, every: 2, times: 2, kind: { status: 429, retryAfter: 1 } });
    pair.ghcr.front.inject({ method: 'GET', path: /\/blobs\/sha256:/, every: 3, times: 1, kind: { reset: true, afterBytes: 100_000 } });
    const t0 = Date.now();
    const r = await copier().copy(parseReference(img.ref), parseReference(dstRef(`faulty/${img.repo}`)));
    expect(r.error).toBeUndefined();
    expect(r.action).toBe('copied');
    expect(pair.acr.front.faults.map((f) => f.fired)).toEqual([2, 2]);
    expect(pair.ghcr.front.faults[0]!.fired).toBe(1);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1000); // Retry-After: 1 was honoured
    expect(sha(await skopeoRaw(dstRef(`faulty/${img.repo}`)))).toBe(img.digest);
  });

  it('a tampered blob fails the image naming it and the digest, and the destination holds no tag', async () => {
    const img = await image();
    pair.ghcr.front.inject({ method: 'GET', path: /\/blobs\/sha256:/, every: 1, kind: { tamper: true } });
    const r = await copier().copy(parseReference(img.ref), parseReference(dstRef(`tampered/${img.repo}`)));
    expect(r.action).toBe('failed');
    expect(r.error).toMatch(/blob sha256:[0-9a-f]{64}: the source sent \d+ bytes hashing to sha256:[0-9a-f]{64}; refusing to store it/);
    await expect(skopeoRaw(dstRef(`tampered/${img.repo}`))).rejects.toThrow(/manifest unknown|not found/i);
  });

  it('a wrong destination password says which credential was tried', async () => {
    const img = await image();
    const src = new Registry({ registry: pair.ghcr.front.host, auth: { kind: 'anonymous' }, http, retry: FAST });
    const dst = new Registry({
      registry: pair.acr.front.host,
      auth: { kind: 'basic', username: 'acruser', password: 'wrong', describe: 'username/password for acruser' },
      http,
      retry: FAST,
    });
    const r = await new Copier(() => src, dst, { signatures: false, blobConcurrency: 2, log: silentLogger }).copy(
      parseReference(img.ref),
      parseReference(dstRef(`denied/${img.repo}`)),
    );
    expect(r.action).toBe('failed');
    expect(r.error).toMatch(/HTTP 401 \(username\/password for acruser\)/);
  });
});
