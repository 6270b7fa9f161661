import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import yaml from 'js-yaml';
import { startPair, GHCR_USER, ACR_USER, AAD_TOKEN, type Pair } from '../helpers/registry/pair.js';
import { Pusher, type Pushed } from '../helpers/registry/mkimage.js';
import { stubAz } from '../helpers/stub-az.js';
import { run, expectNoKeyMaterial } from '../helpers/action.js';
import { node24, node24Installable, NODE24 } from '../helpers/node24.js';
import { startConnectProxy } from '../helpers/connect-proxy.js';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The republish action's dist entry, run as the runner runs it, between two real registries. */
const exec = promisify(execFile);
let pair: Pair;
let pusher: Pusher;
let azPath: string;

beforeAll(async () => {
  pair = await startPair();
  pusher = new Pusher(pair.ghcr.front, pair.pki.caCert);
  azPath = stubAz({ 'https://containerregistry.azure.net': AAD_TOKEN });
}, 60_000);
afterAll(async () => {
  await pusher.close();
  await pair.stop();
});
beforeEach(() => {
  pair.ghcr.front.clearFaults();
  pair.acr.front.clearFaults();
});

const env = () => ({ ...pair.env, PATH: `${azPath}:${process.env['PATH']}` });
const sha = (s: string) => 'sha256:' + createHash('sha256').update(s).digest('hex');
async function skopeoRaw(ref: string): Promise<string> {
  const { stdout } = await exec(
    'skopeo',
    ['inspect', '--raw', '--cert-dir', pair.pki.certDir, '--creds', `${ACR_USER.user}:${ACR_USER.pass}`, `docker://${ref}`],
    { maxBuffer: 1 << 24 },
  );
  return stdout;
}
let n = 0;
const push = (repo: string): Promise<Pushed> => pusher.push({ repo: `${repo}${n++}`, tag: 'v1', layers: [150_000, 250_000], auth: GHCR_USER });

describe('republish action', () => {
  it('copies with the ACR token exchange, outputs an image map that skopeo confirms, then skips on a warm run', async () => {
    const a = await push('linkerd/controller');
    const b = await push('dgraph/dgraph');
    const dest = `${pair.acr.front.host}/mirror`;
    const inputs = { images: `${a.ref}\n${b.ref}\n`, destination: dest, 'destination-auth': 'azure' };
    const r = await run('republish', inputs, { env: env() });
    expect(r.exitCode, r.log).toBe(0);
    const map = JSON.parse(r.outputs['image-map'] ?? '{}') as Record<string, string>;
    expect(Object.keys(map).sort()).toEqual([a.ref, b.ref].sort());
    for (const img of [a, b]) {
      const [ref, digest] = map[img.ref]!.split('@');
      expect(digest).toBe(img.digest);
      expect(sha(await skopeoRaw(ref!))).toBe(img.digest);
    }
    expect(r.outputs['copied']).toBe('2');
    expect(Number(r.outputs['bytes'])).toBe(a.blobBytes + b.blobBytes);
    expect(pair.acr.front.stats.exchange).toBeGreaterThan(0);
    expect(r.summary).toContain('<th>what happened</th>');
    expect(r.summary).toMatch(/copied \(6 blobs copied, 0 present, 0 mounted\)/);
    // a progress line per image: images done of all, bytes moved so far
    const progress = [...r.log.matchAll(/^\[(\d)\/2 images, ([\d.]+) MB\] copied /gm)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(progress.map((p) => p[0])).toEqual([1, 2]);
    expect(progress[1]![1]).toBeCloseTo((a.blobBytes + b.blobBytes) / 1e6, 0);
    expectNoKeyMaterial('log', r.log, []);
    expect(r.log).not.toContain(AAD_TOKEN);
    expect(r.stderr).toBe(''); // e.g. no V8 "unrecognized flag" from the GC tuning on this Node

    const warm = await run('republish', inputs, { env: env() });
    expect(warm.exitCode, warm.log).toBe(0);
    expect(warm.outputs['skipped']).toBe('2');
    expect(warm.outputs['bytes']).toBe('0');
    expect(JSON.parse(warm.outputs['image-map']!)).toEqual(map);
  });

  it('one TLS handshake per registry for a whole run; a warm run of pinned digests is one HEAD per image at the destination and nothing at the source', async () => {
    const imgs = [await push('linkerd/pinned'), await push('linkerd/pinned'), await push('linkerd/pinned')];
    const inputs = {
      images: imgs.map((i) => `${i.ref}@${i.digest}`).join('\n'),
      destination: `${pair.acr.front.host}/pin`,
      'destination-username': ACR_USER.user,
      'destination-password': ACR_USER.pass,
    };
    const cold = await run('republish', inputs, { env: env() });
    expect(cold.exitCode, cold.log).toBe(0);
    expect(cold.outputs['copied']).toBe('3');
    // every origin (both registries; their token servers are the same origins here) with one full handshake
    const conns = [...cold.log.matchAll(/connections to (\S+): (\d+) \((\d+) TLS handshakes?, (\d+) resumed\)/g)];
    expect(conns.map((m) => m[1]).sort()).toEqual([pair.ghcr.front.origin, pair.acr.front.origin].sort());
    for (const m of conns) {
      expect(m[3], m[0]).toBe('1');
      expect(Number(m[2])).toBe(1 + Number(m[4]));
    }

    const [ghcr, acr] = [pair.ghcr.front.log.length, pair.acr.front.log.length];
    const tokens = pair.ghcr.front.stats.token;
    const warm = await run('republish', inputs, { env: env() });
    expect(warm.exitCode, warm.log).toBe(0);
    expect(warm.outputs['skipped']).toBe('3');
    expect(pair.ghcr.front.log.length - ghcr).toBe(0);
    expect(pair.ghcr.front.stats.token - tokens).toBe(0);
    const seen = pair.acr.front.log.slice(acr);
    expect(seen.filter((l) => l.startsWith('HEAD '))).toHaveLength(3);
    expect(seen.filter((l) => !l.startsWith('HEAD ') && l !== 'GET /v2/')).toEqual([]); // and the ping that learns the challenge
  });

  it('behind HTTPS_PROXY (a self-hosted runner), reaches both registries through the proxy', async () => {
    const proxy = await startConnectProxy();
    try {
      const a = await push('linkerd/web');
      const r = await run(
        'republish',
        { images: a.ref, destination: `${pair.acr.front.host}/proxied`, 'destination-auth': 'azure' },
        { env: { ...env(), HTTPS_PROXY: proxy.url, NO_PROXY: '' } },
      );
      expect(r.exitCode, r.log).toBe(0);
      expect(new Set(proxy.tunnels)).toEqual(new Set([pair.ghcr.front.host, pair.acr.front.host]));
      const [ref, digest] = (JSON.parse(r.outputs['image-map']!) as Record<string, string>)[a.ref]!.split('@');
      expect(digest).toBe(a.digest);
      expect(sha(await skopeoRaw(ref!))).toBe(a.digest);
    } finally {
      await proxy.close();
    }
  });

  it('signatures: refresh copies a signature added at the source after the first copy; the default warm run does not look', async () => {
    const img = await push('linkerd/policy-controller');
    const repo = img.ref.split('/').slice(1).join('/').split(':')[0]!;
    const dest = `${pair.acr.front.host}/resigned`;
    const sigTag = `${dest}/${repo}:${img.digest.replace(':', '-')}.sig`;
    const first = await run('republish', { images: img.ref, destination: dest, 'destination-auth': 'azure' }, { env: env() });
    expect(first.exitCode, first.log).toBe(0);
    const sig = await pusher.signature(repo, GHCR_USER, img.digest, 'sig'); // signed after it was mirrored

    const warm = await run('republish', { images: img.ref, destination: dest, 'destination-auth': 'azure' }, { env: env() });
    expect(warm.outputs['skipped']).toBe('1');
    await expect(skopeoRaw(sigTag)).rejects.toThrow(); // the one-request warm path did not look

    const refresh = await run('republish', { images: img.ref, destination: dest, 'destination-auth': 'azure', signatures: 'refresh' }, { env: env() });
    expect(refresh.exitCode, refresh.log).toBe(0);
    expect(refresh.outputs['skipped']).toBe('1');
    expect(Number(refresh.outputs['bytes'])).toBeGreaterThan(0); // the signature's own blobs, not the image's
    expect(Number(refresh.outputs['bytes'])).toBeLessThan(1000);
    expect(refresh.summary).toContain('skipped + 1 signature(s)');
    expect(sha(await skopeoRaw(sigTag))).toBe(sig);

    const bad = await run('republish', { images: img.ref, destination: dest, 'destination-auth': 'azure', signatures: 'sometimes' }, { env: env() });
    expect(bad.exitCode).toBe(1);
    expect(bad.log).toMatch(/Input 'signatures' has invalid value 'sometimes': allowed values are true, false, refresh/);
  });

  it('a tampered source fails that image only, names it, tags nothing for it, and still sets outputs', async () => {
    const good = await push('ok/img');
    const bad = await push('bad/img');
    pair.ghcr.front.inject({
      method: 'GET',
      path: new RegExp(`/v2/${bad.ref.split('/').slice(1).join('/').split(':')[0]}/blobs/`),
      every: 1,
      kind: { tamper: true },
    });
    const r = await run(
      'republish',
      {
        images: `${good.ref}\n${bad.ref}`,
        destination: `${pair.acr.front.host}/t`,
        'destination-username': ACR_USER.user,
        'destination-password': ACR_USER.pass,
        concurrency: '1',
      },
      { env: env() },
    );
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(
      new RegExp(`::error::meshci/republish failed: 1 of 2 image\\(s\\) failed: ${bad.ref.replace(/[.]/g, '\\.')}: blob sha256:[0-9a-f]{64}: the source sent`),
    );
    expect(r.outputs['failed']).toBe('1');
    expect(Object.keys(JSON.parse(r.outputs['image-map']!))).toEqual([good.ref]);
    const badDst = `${pair.acr.front.host}/t/${bad.ref.split('/').slice(1).join('/')}`;
    await expect(skopeoRaw(badDst)).rejects.toThrow(/manifest unknown/i);
    expect(r.log).not.toContain(ACR_USER.pass);
  });

  it('a wrong destination password fails with the credential tried', async () => {
    const img = await push('auth/img');
    const r = await run(
      'republish',
      { images: img.ref, destination: `${pair.acr.front.host}/x`, 'destination-username': ACR_USER.user, 'destination-password': 'not-the-password' },
      { env: env() },
    );
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(/HTTP 401 \(username\/password for acruser\); check the credentials for 127\.0\.0\.1:\d+ and that they may push there/);
    expect(r.log).not.toContain('not-the-password');
  });

  it.each([
    ['a malformed reference', { images: 'Not/A:Valid:ref' }, /input 'images': 'Not\/A:Valid:ref' is not a valid image reference/],
    [
      'a version that is not a Linkerd version',
      { 'linkerd-version': '2.14-latest' },
      /Input 'linkerd-version' has invalid Linkerd version '2\.14-latest': expected stable-2\.X\.Y, edge-YY\.M\.N/,
    ],
    [
      'jaeger on an edge without it',
      { 'linkerd-version': 'edge-26.8.3', extensions: 'viz,jaeger' },
      /Input 'extensions' asks for 'jaeger', which Linkerd edge-26\.8\.3 does not have \(the jaeger extension was removed/,
    ],
    ['a bad destination', { images: 'alpine:3', destination: 'not a registry' }, /Input 'destination' has invalid value 'not a registry'/],
    ['import without a registry id', { images: 'alpine:3', mode: 'import' }, /Input 'mode' is 'import', which needs 'acr-resource-id'/],
    ['a bad platform', { images: 'alpine:3', platforms: 'amd64' }, /Input 'platforms' has invalid value 'amd64': expected os\/arch/],
  ])('bad input: %s', async (_n, inputs, msg) => {
    const r = await run('republish', { destination: `${pair.acr.front.host}/y`, ...inputs } as Record<string, string>, { env: env() });
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(/::error::meshci\/republish configuration error: /);
    expect(r.log).toMatch(msg);
  });

  it('an unreachable destination fails after bounded retries, naming the registry', async () => {
    const img = await push('unreach/img');
    const r = await run('republish', { images: img.ref, destination: '127.0.0.1:9/x', 'destination-auth': 'anonymous' }, { env: env() });
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(/127\.0\.0\.1:9\/x\/unreach\/img\d+:v1.*ECONNREFUSED/);
  });

  it('a platform absent from the index is named', async () => {
    const img = await push('plat/img');
    const r = await run(
      'republish',
      {
        images: img.ref,
        destination: `${pair.acr.front.host}/p`,
        'destination-username': ACR_USER.user,
        'destination-password': ACR_USER.pass,
        platforms: 'linux/riscv64',
      },
      { env: env() },
    );
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(/platform linux\/riscv64 is not in .* \(it has linux\/amd64, linux\/arm64\)/);
  });

  it('helm-values point the charts at the destination', async () => {
    const img = await push('dgraph/dgraph');
    const r = await run(
      'republish',
      { images: img.ref, destination: `${pair.acr.front.host}/hv`, 'destination-username': ACR_USER.user, 'destination-password': ACR_USER.pass },
      { env: env() },
    );
    expect(r.exitCode, r.log).toBe(0);
    // a non-Docker-Hub source is not one of the charts' images, so no chart value changes
    expect(yaml.load(r.outputs['helm-values'] ?? '')).toEqual({});
  });
});

describe('republish lock-tags (ACR tag attributes through @azure/container-registry)', () => {
  it('locks what it published, and a later push to that tag is refused', async () => {
    const img = await push('lock/img');
    const other = await push('lock/other');
    const dest = `${pair.acr.front.host}/locked`;
    const r = await run('republish', { images: img.ref, destination: dest, 'destination-auth': 'azure', 'lock-tags': 'true' }, { env: env() });
    expect(r.exitCode, r.log).toBe(0);
    const repo = `locked/${img.ref.split('/').slice(1).join('/').split(':')[0]}`;
    expect(pair.acr.front.tags.get(`${repo}:v1`)).toEqual({ writeEnabled: false, deleteEnabled: false });
    expect(r.log).toMatch(new RegExp(`locked ${pair.acr.front.host.replace(/\./g, '\\.')}/${repo}:v1`));
    // pushing another image to the locked tag fails at the manifest PUT
    const moved = await run(
      'republish',
      { images: other.ref, destination: dest, mapping: `${other.ref.split('/').slice(1).join('/').split(':')[0]}=${repo}`, 'destination-auth': 'azure' },
      { env: env() },
    );
    expect(moved.exitCode).toBe(1);
    expect(moved.log).toMatch(/HTTP 405 DENIED: The operation is disallowed/);
  });

  it('needs the Azure identity', async () => {
    const r = await run(
      'republish',
      {
        images: 'alpine:3',
        destination: `${pair.acr.front.host}/x`,
        'destination-username': 'someone',
        'destination-password': 'long-enough-secret',
        'lock-tags': 'true',
      },
      { env: env() },
    );
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(/Input 'lock-tags' needs the Azure identity/);
  });

  // GitHub runs the action on node24 (action.yml); the rest of this file runs it on this machine's Node.
  it.runIf(node24Installable)(
    `on Node ${NODE24.version}, the runtime action.yml declares: copies, re-runs warm from the compile cache, prints nothing on stderr`,
    async () => {
      const node = node24();
      const a = await push('linkerd/proxy');
      const b = await push('linkerd/proxy-init');
      const tmp = mkdtempSync(join(tmpdir(), 'meshci-node24-'));
      try {
        // os.tmpdir() is where dist/<action>.js keeps the compile cache: point it at a fresh folder.
        const env24 = { ...env(), TMPDIR: tmp };
        const inputs = { images: `${a.ref}\n${b.ref}`, destination: `${pair.acr.front.host}/n24`, 'destination-auth': 'azure' };
        const cold = await run('republish', inputs, { env: env24, node });
        expect(cold.exitCode, cold.log).toBe(0);
        expect(cold.stderr).toBe('');
        expect(cold.outputs['copied']).toBe('2');
        const map = JSON.parse(cold.outputs['image-map']!) as Record<string, string>;
        for (const img of [a, b]) expect(sha(await skopeoRaw(map[img.ref]!.split('@')[0]!))).toBe(img.digest);
        expect(readdirSync(join(tmp, 'node-compile-cache')).some((d) => d.startsWith(`v${NODE24.version}-`))).toBe(true);

        const warm = await run('republish', inputs, { env: env24, node });
        expect(warm.exitCode, warm.log).toBe(0);
        expect(warm.stderr).toBe('');
        expect(warm.outputs['skipped']).toBe('2');
        expect(warm.outputs['bytes']).toBe('0');
        expect(JSON.parse(warm.outputs['image-map']!)).toEqual(map);
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }
    },
  );
});

describe('mode plan: what a version would pull, nothing copied, no credentials', () => {
  it.each(['stable-2.11.5', 'stable-2.12.6', 'stable-2.13.7', 'edge-24.8.2'])('%s', async (version) => {
    // an ACR destination with no credential anywhere: plan must not try to sign in or connect
    const r = await run(
      'republish',
      { 'linkerd-version': version, extensions: 'viz', mode: 'plan', destination: 'myacr.azurecr.io/mirror' },
      { env: { AZURE_CLIENT_ID: '', AZURE_TENANT_ID: '', HTTPS_PROXY: 'http://127.0.0.1:9' } },
    );
    expect(r.exitCode, r.log).toBe(0);
    const images = r.outputs['images']!.split('\n');
    expect(images).toContain(`cr.l5d.io/linkerd/proxy:${version}`);
    expect(images).toContain(`cr.l5d.io/linkerd/controller:${version}`);
    expect(images).toContain('docker.io/dgraph/dgraph:v25.3.1');
    expect(images.some((i) => i.startsWith('docker.io/prom/prometheus:'))).toBe(true);
    expect(r.outputs).toMatchObject({ copied: '0', failed: '0' });
    const values = yaml.load(r.outputs['helm-values']!) as Record<string, any>;
    const cp = version.startsWith('stable-2.11') ? 'linkerd2' : 'linkerd-control-plane';
    expect(values[cp].proxy.image.name).toBe('myacr.azurecr.io/mirror/linkerd/proxy');
    expect(values['linkerd-viz'].prometheus.image.registry).toBe('myacr.azurecr.io/mirror/prom');
    expect(r.outputs['helm-values']).not.toContain('@sha256');
    expect(r.summary).toContain('meshci republish: plan');
    expect(r.log).toMatch(
      new RegExp(`cr\\.l5d\\.io/linkerd/proxy:${version.replace(/\./g, '\\.')} → myacr\\.azurecr\\.io/mirror/linkerd/proxy:${version.replace(/\./g, '\\.')}`),
    );
  });
});
