import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makePki, type Pki } from './pki.js';
import { RegistryFront } from './front.js';

/**
 * Two real registries (Debian's docker-registry, distribution 2.8) on loopback, each behind its
 * TLS + token front: a GHCR-like source (anonymous pull tokens, Basic for push) and an ACR-like
 * destination (AAD exchange + refresh/access tokens, or username/password). docs/reference/registry.md#testing-against-a-local-registry.
 */
export interface Instance {
  front: RegistryFront;
  proc: ChildProcess;
  dataDir: string;
  /** The registry's config file (for a restart). */
  cfg: string;
}

export interface Pair {
  dir: string;
  pki: Pki;
  ghcr: Instance;
  acr: Instance;
  /** env for a process that must trust the test CA */
  env: Record<string, string>;
  /**
   * Stop the ACR-like registry, delete its storage and start it again on the same port: an empty
   * destination, as every benchmark cold run is prepared
   * (docs/reference/registry.md#testing-against-a-local-registry).
   */
  resetDestination(): Promise<void>;
  stop(): Promise<void>;
}

export const GHCR_USER = { user: 'ghuser', pass: 'ghp_testpat_0123456789abcdef' };
export const ACR_USER = { user: 'acruser', pass: 'acr-test-password-5f1d' };
export const AAD_TOKEN = 'fake-aad-token-for-tests';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

async function startInstance(dir: string, name: string, front: RegistryFront, issuer: string, direct = false): Promise<Instance> {
  await front.listen();
  front.upstreamPort = direct ? (front.directPort ?? (await freePort())) : await freePort();
  if (direct) front.directPort = front.upstreamPort;
  const tls = direct ? [`  tls:`, `    certificate: ${join(front.opts.pki.dir, 'server.crt')}`, `    key: ${join(front.opts.pki.dir, 'server.key')}`] : [];
  const dataDir = join(dir, `data-${name}`);
  mkdirSync(dataDir, { recursive: true });
  const cfg = join(dir, `${name}.yml`);
  writeFileSync(
    cfg,
    [
      'version: 0.1',
      'log:',
      '  level: info',
      '  accesslog:',
      '    disabled: true',
      'storage:',
      `  filesystem: { rootdirectory: ${dataDir} }`,
      '  delete: { enabled: true }',
      '  cache: { blobdescriptor: inmemory }',
      'http:',
      `  addr: 127.0.0.1:${front.upstreamPort}`,
      '  relativeurls: true',
      ...tls,
      'auth:',
      '  token:',
      `    realm: ${front.realm}`,
      `    service: ${front.opts.service}`,
      `    issuer: ${issuer}`,
      `    rootcertbundle: ${front.opts.pki.tokenCertFile}`,
      '',
    ].join('\n'),
  );
  return { front, proc: await serve(name, cfg), dataDir, cfg };
}

/** Start docker-registry with a config and wait until it listens. */
async function serve(name: string, cfg: string): Promise<ChildProcess> {
  const proc = spawn('docker-registry', ['serve', cfg], { stdio: ['ignore', 'pipe', 'pipe'] });
  // never leave a registry behind, whatever happens to the test process
  const kill = () => proc.kill('SIGKILL');
  process.once('exit', kill);
  proc.once('exit', () => process.off('exit', kill));
  await new Promise<void>((resolve, reject) => {
    let out = '';
    const onData = (b: Buffer) => {
      out += b.toString();
      if (out.includes('listening on')) resolve();
    };
    proc.stdout.on('data', onData);
    proc.stderr.on('data', onData);
    proc.once('exit', (code) => reject(new Error(`docker-registry ${name} exited (${code}): ${out.slice(-500)}`)));
  });
  proc.stdout.resume();
  proc.stderr.resume();
  return proc;
}

/**
 * `direct`: the registries serve TLS themselves and the fronts only issue tokens (no same-origin
 * /oauth2 for the Azure SDK, no fault injection) — for benchmarks, where a Node proxy in the path
 * would cost more CPU than the tools being measured.
 */
export async function startPair(opts: { direct?: boolean } = {}): Promise<Pair> {
  const dir = mkdtempSync(join(tmpdir(), 'meshci-registries-'));
  const pki = makePki(join(dir, 'tls'));
  const ghcrFront = new RegistryFront({ mode: 'ghcr', pki, service: 'ghcr-test', users: { [GHCR_USER.user]: GHCR_USER.pass } });
  const ghcr = await startInstance(dir, 'ghcr', ghcrFront, 'fake-ghcr', opts.direct);
  // ACR's service is its own host name; it must be known before the registry's config is written.
  const acrFront = new RegistryFront({ mode: 'acr', pki, service: '', users: { [ACR_USER.user]: ACR_USER.pass }, aadToken: AAD_TOKEN });
  await acrFront.listen();
  if (opts.direct) acrFront.directPort = await freePort();
  (acrFront.opts as { service: string }).service = acrFront.host;
  const acr = await startInstanceListening(dir, 'acr', acrFront, 'fake-acr', opts.direct);
  return {
    dir,
    pki,
    ghcr,
    acr,
    env: { NODE_EXTRA_CA_CERTS: pki.caFile },
    async resetDestination() {
      const exited = new Promise((resolve) => acr.proc.once('exit', resolve));
      acr.proc.kill('SIGTERM');
      await exited;
      rmSync(acr.dataDir, { recursive: true, force: true });
      mkdirSync(acr.dataDir, { recursive: true });
      acr.proc = await serve('acr', acr.cfg);
    },
    async stop() {
      for (const i of [ghcr, acr]) {
        i.proc.kill('SIGTERM');
        await i.front.close();
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function startInstanceListening(dir: string, name: string, front: RegistryFront, issuer: string, direct?: boolean): Promise<Instance> {
  const listen = front.listen.bind(front);
  front.listen = async () => undefined; // already listening
  try {
    return await startInstance(dir, name, front, issuer, direct);
  } finally {
    front.listen = listen;
  }
}
