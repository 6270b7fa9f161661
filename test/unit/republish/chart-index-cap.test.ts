import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { versionFacts, INDEX_MAX_BYTES } from '../../../src/republish/resolve.js';
import { silentLogger } from '../../../src/lib/logger.js';

/**
 * The chart repository's index is read with a size cap (issue 19 §5): a repository, proxy or mirror
 * answering with more — declared or not — is refused with a clear error, not read into memory.
 */
let server: Server;
let base = '';
let endlessClosed = false;
const index = 'apiVersion: v1\nentries:\n  linkerd-control-plane:\n  - version: 1.16.11\n    appVersion: stable-2.14.10\n    created: "2024-02-01T00:00:00Z"\n';

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/declared/index.yaml') {
      const body = Buffer.alloc(5000, 'a');
      res.writeHead(200, { 'content-length': String(body.length) });
      return res.end(body);
    }
    if (req.url === '/endless/index.yaml') {
      res.writeHead(200, { 'content-type': 'text/yaml' }); // chunked: no length declared
      const timer = setInterval(() => res.write(`# ${'x'.repeat(500)}\n`), 5);
      res.on('close', () => {
        clearInterval(timer);
        endlessClosed = true;
      });
      return;
    }
    if (req.url === '/small/index.yaml') return res.end(index);
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

const opts = (repo: string, maxIndexBytes?: number) => ({
  repo,
  log: silentLogger,
  helm: async () => 'helm-not-needed',
  ...(maxIndexBytes ? { maxIndexBytes } : {}),
});

describe('chart index size cap', () => {
  it('an index declared larger than the cap is refused before its body is read', async () => {
    await expect(versionFacts('stable-2.99.1', opts(`${base}/declared`, 1024))).rejects.toThrow(
      `GET ${base}/declared/index.yaml: the index is 5000 bytes, more than meshci reads from a chart repository (1024); refusing it`,
    );
  });

  it('an index with no length that never ends is cut off at the cap, and the connection closed', async () => {
    const t0 = Date.now();
    await expect(versionFacts('stable-2.99.1', opts(`${base}/endless`, 4096))).rejects.toThrow(
      `GET ${base}/endless/index.yaml: the index is more than 4096 bytes, more than meshci reads from a chart repository (4096); refusing it`,
    );
    expect(Date.now() - t0).toBeLessThan(5000);
    await expect.poll(() => endlessClosed, { timeout: 2000 }).toBe(true);
  });

  it('an index within the cap is read as before (here: no chart of that version)', async () => {
    await expect(versionFacts('stable-2.99.1', opts(`${base}/small`))).rejects.toThrow(/Linkerd 'stable-2\.99\.1' exists in no chart of .*\/small/);
    expect(INDEX_MAX_BYTES).toBeGreaterThanOrEqual(8 * 1024 * 1024);
  });
});
