import { createServer as createHttp, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

/**
 * What every wire double in test/ shares: a server on 127.0.0.1 with an ephemeral port (HTTP, or
 * HTTPS with a self-signed P-256 certificate made by openssl), request bodies read whole, JSON
 * answers, and a stop that drops kept-alive connections. The doubles themselves hold only the
 * protocol they speak.
 */
export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface LoopbackCert {
  cert: string;
  key: string;
  /** The certificate as a file, for NODE_EXTRA_CA_CERTS. */
  certFile: string;
}

const certs = new Map<string, LoopbackCert>();

/** A self-signed P-256 server certificate for `cn` with the given subjectAltName (made once per process). */
export function loopbackCert(cn: string, san: string): LoopbackCert {
  const id = `${cn}|${san}`;
  const known = certs.get(id);
  if (known) return known;
  const dir = mkdtempSync(join(tmpdir(), 'meshci-double-tls-'));
  const certFile = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-days',
      '2',
      '-subj',
      `/CN=${cn}`,
      '-addext',
      `subjectAltName=${san}`,
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      certFile,
    ],
    { stdio: 'pipe' },
  );
  const made = { cert: readFileSync(certFile, 'utf8'), key: readFileSync(join(dir, 'key.pem'), 'utf8'), certFile };
  certs.set(id, made);
  return made;
}

/** Listens on 127.0.0.1 (HTTPS when `tls` is given) and resolves with the server and its port. */
export async function listenLoopback(handler: Handler, tls?: { cert: string; key: string }): Promise<{ server: Server; port: number }> {
  const server = tls ? createHttps({ cert: tls.cert, key: tls.key }, handler) : createHttp(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, port: (server.address() as AddressInfo).port };
}

export async function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

/** A JSON answer; `body` undefined sends an empty body (202s of long-running operations). */
export function sendJson(res: ServerResponse, code: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(code, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(body === undefined ? '' : JSON.stringify(body));
}
