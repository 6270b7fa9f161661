import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Server } from 'node:http';
import { Readable } from 'node:stream';
import type { Socket } from 'node:net';
import { closeServer, listenLoopback, loopbackCert, sendJson, type LoopbackCert } from '../helpers/http-double.js';
import { HttpTransport } from '../../src/oci/http.js';
import { isRetryableError } from '../../src/oci/retry.js';
import { startConnectProxy } from '../helpers/connect-proxy.js';

/**
 * The registry client's transport against a real TLS server on loopback: one keep-alive pool for
 * every request (control requests and relayed bodies), one full TLS handshake per origin, trust,
 * timeouts.
 */
let tls: LoopbackCert; // self-signed: its own trust anchor
let server: Server;
let origin: string;
const seen: { method: string; url: string; socket: Socket; body: number }[] = [];

beforeAll(async () => {
  tls = loopbackCert('127.0.0.1', 'IP:127.0.0.1'); // an IP-only certificate, as a registry addressed by IP has
  let port: number;
  ({ server, port } = await listenLoopback((req, res) => {
    let body = 0;
    req.on('data', (c: Buffer) => (body += c.length));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', socket: req.socket, body });
      if (req.url === '/hang') return; // never answers
      if (req.url === '/json') return sendJson(res, 200, { ok: true });
      res
        .writeHead(req.method === 'HEAD' ? 200 : 201, { 'docker-content-digest': 'sha256:abc', 'content-length': '5' })
        .end(req.method === 'HEAD' ? undefined : 'hello');
    });
  }, tls));
  origin = `https://127.0.0.1:${port}`;
});
afterAll(() => closeServer(server));

describe('HttpTransport', () => {
  it('keeps control requests on one connection when each body is read or dumped', async () => {
    const http = new HttpTransport({ ca: tls.cert });
    const from = seen.length;
    try {
      const head = await http.request(`${origin}/v2/a/manifests/v1`, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.headers['docker-content-digest']).toBe('sha256:abc');
      await head.body.dump();
      const j = await http.request(`${origin}/json`);
      expect(JSON.parse(await j.body.text())).toEqual({ ok: true });
      const put = await http.request(`${origin}/v2/a/manifests/v1`, {
        method: 'PUT',
        body: Buffer.from('{"m":1}'),
        headers: { 'content-type': 'application/json' },
      });
      expect((await put.body.bytes()).toString()).toBe('hello');
      const mine = seen.slice(from);
      expect(mine.map((s) => s.method)).toEqual(['HEAD', 'GET', 'PUT']);
      expect(mine[2]!.body).toBe(7);
      expect(new Set(mine.map((s) => s.socket)).size).toBe(1);
    } finally {
      await http.close();
    }
  });

  it('sends a streamed body whole, on the same pool as control requests', async () => {
    const http = new HttpTransport({ ca: tls.cert });
    const from = seen.length;
    try {
      const chunks = Array.from({ length: 64 }, (_, i) => Buffer.alloc(16_384, i));
      const r = await http.request(`${origin}/v2/a/blobs/uploads/x?digest=sha256:abc`, {
        method: 'PUT',
        body: Readable.from(chunks),
        headers: { 'content-length': String(64 * 16_384) },
      });
      expect(r.status).toBe(201);
      expect(await r.body.text()).toBe('hello');
      const got = await http.request(`${origin}/v2/a/blobs/sha256:abc`);
      const parts: Buffer[] = [];
      for await (const c of got.body.stream) parts.push(c as Buffer);
      expect(Buffer.concat(parts).toString()).toBe('hello');
      expect(seen.slice(from).map((s) => [s.method, s.body])).toEqual([
        ['PUT', 64 * 16_384],
        ['GET', 0],
      ]);
    } finally {
      await http.close();
    }
  });

  it('one full TLS handshake per origin: connections opened after the first resume its session', async () => {
    const http = new HttpTransport({ ca: tls.cert });
    try {
      await (await http.request(`${origin}/json`)).body.dump();
      // four at once need four connections; the three new ones resume the first one's session
      const all = await Promise.all(Array.from({ length: 4 }, () => http.request(`${origin}/v2/a/manifests/v1`, { method: 'HEAD' })));
      await Promise.all(all.map((r) => r.body.dump()));
      const s = http.stats.get(origin);
      expect(s?.handshakes).toBe(1);
      expect(s?.connections).toBeGreaterThan(1);
      expect(s?.resumed).toBe((s?.connections ?? 0) - 1);
    } finally {
      await http.close();
    }
  });

  it('relays a download into an upload through a tap; a tap that throws leaves the upload short of its length', async () => {
    const http = new HttpTransport({ ca: tls.cert });
    const from = seen.length;
    try {
      const chunks = Array.from({ length: 40 }, (_, i) => Buffer.alloc(16_384, i));
      const tapped: number[] = [];
      const tap = { chunk: (c: Buffer) => (tapped.push(c.length), c), end: () => undefined };
      const r = await http.request(`${origin}/v2/a/blobs/uploads/z?digest=sha256:abc`, {
        method: 'PUT',
        body: { source: Readable.from(chunks), tap },
        headers: { 'content-length': String(40 * 16_384) },
      });
      expect(r.status).toBe(201);
      await r.body.dump();
      expect(tapped.reduce((a, b) => a + b, 0)).toBe(40 * 16_384);
      expect(seen.slice(from).map((x) => [x.method, x.body])).toEqual([['PUT', 40 * 16_384]]);

      const boom = new Error('digest mismatch');
      let n = 0;
      const bad = {
        chunk: (c: Buffer) => {
          if (++n === 20) throw boom;
          return c;
        },
        end: () => undefined,
      };
      await expect(
        http.request(`${origin}/v2/a/blobs/uploads/w?digest=sha256:abc`, {
          method: 'PUT',
          body: { source: Readable.from(chunks), tap: bad },
          headers: { 'content-length': String(40 * 16_384) },
        }),
      ).rejects.toBe(boom);
      // the server never saw a whole body for it
      expect(seen.slice(from).filter((x) => x.url.includes('/w?'))).toEqual([]);
    } finally {
      await http.close();
    }
  });

  it('trusts only what it is told: without the test CA the handshake fails', async () => {
    const http = new HttpTransport();
    try {
      await expect(http.request(`${origin}/json`)).rejects.toThrow(/self[- ]signed|unable to (get|verify)|certificate/i);
    } finally {
      await http.close();
    }
  });

  it('a control request with no answer fails as ETIMEDOUT, which the retry policy retries', async () => {
    const http = new HttpTransport({ ca: tls.cert, timeoutMs: 300 });
    try {
      const e = await http.request(`${origin}/hang`).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect((e as { code?: string }).code).toBe('ETIMEDOUT');
      expect((e as Error).message).toMatch(/no response from 127\.0\.0\.1:\d+/);
      expect(isRetryableError(e)).toBe(true);
    } finally {
      await http.close();
    }
  });

  it('goes through HTTPS_PROXY (a CONNECT tunnel, TLS end to end), and straight to origins NO_PROXY names', async () => {
    const proxy = await startConnectProxy();
    const saved = { HTTPS_PROXY: process.env['HTTPS_PROXY'], NO_PROXY: process.env['NO_PROXY'] };
    const host = new URL(origin).host;
    try {
      process.env['HTTPS_PROXY'] = proxy.url;
      delete process.env['NO_PROXY'];
      const http = new HttpTransport({ ca: tls.cert });
      try {
        const j = await http.request(`${origin}/json`);
        expect(JSON.parse(await j.body.text())).toEqual({ ok: true });
        const put = await http.request(`${origin}/v2/a/blobs/uploads/y?digest=sha256:abc`, {
          method: 'PUT',
          body: Readable.from([Buffer.alloc(1000, 1)]),
          headers: { 'content-length': '1000' },
        });
        expect(put.status).toBe(201);
        await put.body.dump();
      } finally {
        await http.close();
      }
      expect(proxy.tunnels).toEqual([host]); // one pool: the upload reuses the tunnel the control request opened

      process.env['NO_PROXY'] = '127.0.0.1';
      const direct = new HttpTransport({ ca: tls.cert });
      try {
        expect((await direct.request(`${origin}/json`)).status).toBe(200);
      } finally {
        await direct.close();
      }
      expect(proxy.tunnels).toHaveLength(1);
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      await proxy.close();
    }
  });
});
