import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, type Server } from 'node:http';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { parseHelmVersion } from '../../../src/runtime/tool-install.js';

/**
 * The pinned installer against a local mirror serving a real tar.gz and its sha256sum file, with
 * the runner's tool cache in a temp folder. PATH holds no helm here, so the download path runs.
 */
const root = mkdtempSync(join(tmpdir(), 'meshci-tools-'));
const arch = process.arch === 'arm64' ? 'arm64' : 'amd64';
const file = `helm-v3.17.3-linux-${arch}.tar.gz`;
let server: Server;
let mirror = '';
let sums: Record<string, string> = {};
let served: string[] = [];
const cli = `linkerd2-cli-stable-2.14.10-linux-${arch}`;
const cliBody = Buffer.from('#!/bin/sh\necho "stable-2.14.10"\n');

beforeAll(async () => {
  mkdirSync(join(root, 'src', `linux-${arch}`), { recursive: true });
  writeFileSync(join(root, 'src', `linux-${arch}`, 'helm'), '#!/bin/sh\necho v3.17.3+gtest\n', { mode: 0o755 });
  execFileSync('tar', ['czf', join(root, file), '-C', join(root, 'src'), `linux-${arch}`]);
  const body = readFileSync(join(root, file));
  const good = createHash('sha256').update(body).digest('hex');
  sums = { good, bad: '0'.repeat(64) };
  server = createServer((req, res) => {
    served.push(req.url ?? '');
    if (req.url === `/good/${file}` || req.url === `/bad/${file}`) return res.end(body);
    if (req.url === `/l5d/${cli}`) return res.end(cliBody);
    if (req.url === `/l5d/${cli}.sha256`) return res.end(createHash('sha256').update(cliBody).digest('hex') + '\n');
    if (req.url === `/good/${file}.sha256sum`) return res.end(`${good}  ${file}\n`);
    if (req.url === `/bad/${file}.sha256sum`) return res.end(`${sums.bad}  ${file}\n`);
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  mirror = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env['RUNNER_TOOL_CACHE'] = join(root, 'toolcache');
  process.env['RUNNER_TEMP'] = join(root, 'temp');
});
afterAll(async () => new Promise<void>((r) => server.close(() => r())));

describe('pinned tool install', () => {
  it('installs the linkerd CLI (a bare binary) after checking its published .sha256', async () => {
    const { ensureTool } = await import('../../../src/runtime/tool-install.js');
    served = [];
    const bin = await ensureTool({ name: 'linkerd', version: 'stable-2.14.10', mirror: `${mirror}/l5d` });
    expect(served).toEqual([`/l5d/${cli}`, `/l5d/${cli}.sha256`]);
    expect(bin).toBe(join(root, 'toolcache', 'linkerd', '2.14.10', process.arch, 'linkerd'));
    expect(execFileSync(bin, { encoding: 'utf8' })).toContain('stable-2.14.10');
  });

  it('parses linkerd version --client --short', async () => {
    const { parseLinkerdCliVersion } = await import('../../../src/runtime/tool-install.js');
    expect(parseLinkerdCliVersion('stable-2.14.10\n')).toBe('stable-2.14.10');
    expect(parseLinkerdCliVersion('edge-26.8.3')).toBe('edge-26.8.3');
    expect(parseLinkerdCliVersion('Client version: x')).toBeUndefined();
  });

  it('parses helm version --short', () => {
    expect(parseHelmVersion('v3.17.3+ge4da497\n')).toBe('v3.17.3');
    expect(parseHelmVersion('version.BuildInfo{...}')).toBeUndefined();
  });

  it('refuses an archive whose sha256 does not match, caching nothing', async () => {
    const { ensureTool } = await import('../../../src/runtime/tool-install.js');
    await expect(ensureTool({ name: 'helm', version: 'v3.17.3', mirror: `${mirror}/bad` })).rejects.toThrow(
      /sha256 [0-9a-f]{64} does not match the expected 0{64}; refusing to install it/,
    );
    expect(existsSync(join(root, 'toolcache', 'helm'))).toBe(false);
  });

  it('a pinned sha256 input wins over the published one', async () => {
    const { ensureTool } = await import('../../../src/runtime/tool-install.js');
    await expect(ensureTool({ name: 'helm', version: 'v3.17.3', mirror: `${mirror}/good`, sha256: 'f'.repeat(64) })).rejects.toThrow(
      /does not match the expected f{64}/,
    );
  });

  it('downloads, verifies, caches and puts the pinned helm on PATH; the next call downloads nothing', async () => {
    const { ensureTool } = await import('../../../src/runtime/tool-install.js');
    served = [];
    const bin = await ensureTool({ name: 'helm', version: 'v3.17.3', mirror: `${mirror}/good` });
    expect(served).toEqual([`/good/${file}`, `/good/${file}.sha256sum`]);
    expect(bin).toBe(join(root, 'toolcache', 'helm', '3.17.3', process.arch, 'helm'));
    expect(execFileSync(bin, { encoding: 'utf8' })).toContain('v3.17.3');
    served = [];
    // the cached helm is on PATH now, at the pinned version; a PATH entry inside the tool cache is a
    // cache hit (verified in this process already), so it is used by its path, not run unchecked
    expect(await ensureTool({ name: 'helm', version: 'v3.17.3', mirror: `${mirror}/good` })).toBe(bin);
    expect(served).toEqual([]);
  });
});
