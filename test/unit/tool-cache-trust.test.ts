import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { createServer, type Server } from 'node:http';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir, arch as osArch } from 'node:os';
import { join, delimiter } from 'node:path';
import type { AddressInfo } from 'node:net';

/**
 * Trust nothing that could be planted (issue 19 §5): a tool-cache hit is checked against the pinned
 * checksum before it is run — a binary planted in the cache is refused, naming it, and never run,
 * whether meshci finds it through the cache or through a PATH entry pointing into the cache.
 */
const root = mkdtempSync(join(tmpdir(), 'meshci-trust-'));
const arch = process.arch === 'arm64' ? 'arm64' : 'amd64';
const kindFile = `kind-linux-${arch}`;
const kindBody = Buffer.from('#!/bin/sh\necho "kind v0.27.0 go1.23.6 linux/amd64"\n');
const helmFile = `helm-v3.17.3-linux-${arch}.tar.gz`;
let helmBody: Buffer;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
let server: Server;
let mirror = '';
let served: string[] = [];
const cache = join(root, 'toolcache');
const marker = join(root, 'planted-ran');

/** A "kind" that claims the pinned version and leaves a mark when it runs. */
const planted = `#!/bin/sh\ntouch '${marker}'\necho "kind v0.27.0 go1.23.6 linux/amd64"\n`;

function plant(tool: string, version: string, body: string): string {
  const dir = join(cache, tool, version, osArch());
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, tool), body, { mode: 0o755 });
  writeFileSync(`${dir}.complete`, '');
  return dir;
}

async function fresh() {
  vi.resetModules(); // a new process: nothing verified yet
  return (await import('../../src/runtime/tool-install.js')).ensureTool;
}

beforeAll(async () => {
  mkdirSync(join(root, 'src', `linux-${arch}`), { recursive: true });
  writeFileSync(join(root, 'src', `linux-${arch}`, 'helm'), '#!/bin/sh\necho v3.17.3+gtest\n', { mode: 0o755 });
  execFileSync('tar', ['czf', join(root, helmFile), '-C', join(root, 'src'), `linux-${arch}`]);
  helmBody = readFileSync(join(root, helmFile));
  server = createServer((req, res) => {
    served.push(req.url ?? '');
    if (req.url === `/${kindFile}`) return res.end(kindBody);
    if (req.url === `/${kindFile}.sha256sum`) return res.end(`${sha(kindBody)}  ${kindFile}\n`);
    if (req.url === `/${helmFile}`) return res.end(helmBody);
    if (req.url === `/${helmFile}.sha256sum`) return res.end(`${sha(helmBody)}  ${helmFile}\n`);
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env['RUNNER_TOOL_CACHE'] = cache;
  process.env['RUNNER_TEMP'] = join(root, 'temp');
});
afterAll(async () => new Promise<void>((r) => server.close(() => r())));

describe('a binary planted in the tool cache', () => {
  it('is refused, naming it, and never run', async () => {
    rmSync(cache, { recursive: true, force: true });
    const dir = plant('kind', '0.27.0', planted);
    const ensureTool = await fresh();
    await expect(ensureTool({ name: 'kind', version: 'v0.27.0', mirror })).rejects.toThrow(
      `${join(dir, 'kind')}: the tool cache's kind v0.27.0 has sha256 ${sha(Buffer.from(planted))}, not the pinned ${sha(kindBody)}; refusing to run it`,
    );
    expect(existsSync(marker)).toBe(false);
  });

  it("is refused and never run when a PATH entry points into the cache (as a previous stage's GITHUB_PATH does)", async () => {
    rmSync(cache, { recursive: true, force: true });
    const dir = plant('kind', '0.27.0', planted);
    const path = process.env['PATH'];
    process.env['PATH'] = `${dir}${delimiter}${path}`;
    try {
      const ensureTool = await fresh();
      await expect(ensureTool({ name: 'kind', version: 'v0.27.0', mirror })).rejects.toThrow(
        /kind: the tool cache's kind v0\.27\.0 has sha256 [0-9a-f]{64}, not the pinned [0-9a-f]{64}; refusing to run it/,
      );
      expect(existsSync(marker)).toBe(false);
    } finally {
      process.env['PATH'] = path;
    }
  });

  it('a pinned sha256 input is what a cache hit is checked against', async () => {
    rmSync(cache, { recursive: true, force: true });
    plant('kind', '0.27.0', kindBody.toString());
    const ensureTool = await fresh();
    await expect(ensureTool({ name: 'kind', version: 'v0.27.0', mirror, sha256: 'a'.repeat(64) })).rejects.toThrow(/not the pinned a{64}; refusing to run it/);
  });
});

describe('a genuine cache hit', () => {
  it('bare binary: verified against the published checksum in a new process, then used; changed later, refused', async () => {
    rmSync(cache, { recursive: true, force: true });
    let ensureTool = await fresh();
    const bin = await ensureTool({ name: 'kind', version: 'v0.27.0', mirror });
    expect(bin).toBe(join(cache, 'kind', '0.27.0', osArch(), 'kind'));
    ensureTool = await fresh();
    served = [];
    expect(await ensureTool({ name: 'kind', version: 'v0.27.0', mirror })).toBe(bin);
    expect(served).toEqual([`/${kindFile}.sha256sum`]);
    // the same process again: verified already, nothing fetched
    served = [];
    expect(await ensureTool({ name: 'kind', version: 'v0.27.0', mirror })).toBe(bin);
    expect(served).toEqual([]);
    // replaced after it was verified: checked again, refused
    writeFileSync(bin, planted, { mode: 0o755 });
    await expect(ensureTool({ name: 'kind', version: 'v0.27.0', mirror })).rejects.toThrow(`${bin}: the tool cache's kind v0.27.0 has sha256`);
    expect(existsSync(marker)).toBe(false);
  });

  it('helm from an archive: checked against the verified archive kept beside it; a swapped binary is refused', async () => {
    rmSync(cache, { recursive: true, force: true });
    let ensureTool = await fresh();
    const bin = await ensureTool({ name: 'helm', version: 'v3.17.3', mirror });
    expect(existsSync(join(bin, '..', helmFile))).toBe(true);
    ensureTool = await fresh();
    served = [];
    expect(await ensureTool({ name: 'helm', version: 'v3.17.3', mirror })).toBe(bin);
    expect(served).toEqual([`/${helmFile}.sha256sum`]);
    writeFileSync(bin, '#!/bin/sh\necho v3.17.3+planted\n', { mode: 0o755 });
    ensureTool = await fresh();
    await expect(ensureTool({ name: 'helm', version: 'v3.17.3', mirror })).rejects.toThrow(
      /helm: the tool cache's helm v3\.17\.3 has sha256 [0-9a-f]{64}, not that of the helm in the pinned archive \([0-9a-f]{64}\); refusing to run it/,
    );
  });

  it('helm cached with no archive beside it (an older meshci): the archive is fetched and verified to check it', async () => {
    rmSync(cache, { recursive: true, force: true });
    plant('helm', '3.17.3', '#!/bin/sh\necho v3.17.3+gtest\n');
    const ensureTool = await fresh();
    served = [];
    expect(await ensureTool({ name: 'helm', version: 'v3.17.3', mirror })).toBe(join(cache, 'helm', '3.17.3', osArch(), 'helm'));
    expect(served.sort()).toEqual([`/${helmFile}`, `/${helmFile}.sha256sum`]);
    rmSync(cache, { recursive: true, force: true });
    plant('helm', '3.17.3', '#!/bin/sh\necho v3.17.3+planted\n');
    await expect((await fresh())({ name: 'helm', version: 'v3.17.3', mirror })).rejects.toThrow(/refusing to run it/);
  });
});
