import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { startPair, GHCR_USER, ACR_USER, AAD_TOKEN, type Pair } from '../helpers/registry/pair.js';
import { Pusher } from '../helpers/registry/mkimage.js';
import { stubAz } from '../helpers/stub-az.js';
import { ArmServer } from '../helpers/arm-server.js';
import { run } from '../helpers/action.js';

/** mode import / auto: ACR server-side import through the ARM long-running operation (ARM double). */
const exec = promisify(execFile);
const ARM_TOKEN = 'arm-test-token-91c2';
let pair: Pair;
let pusher: Pusher;
let arm: ArmServer;
let failing: ArmServer;
let azPath: string;
const ID = (name: string) =>
  `/subscriptions/00000000-0000-0000-0000-00000000abcd/resourceGroups/rg-mesh/providers/Microsoft.ContainerRegistry/registries/${name}`;

beforeAll(async () => {
  pair = await startPair();
  pusher = new Pusher(pair.ghcr.front, pair.pki.caCert);
  const base = {
    cert: pair.pki.serverCert,
    key: pair.pki.serverKey,
    token: ARM_TOKEN,
    certDir: pair.pki.certDir,
    registries: { meshacr: { host: pair.acr.front.host, user: ACR_USER.user, pass: ACR_USER.pass } },
  };
  arm = await new ArmServer(base).start();
  failing = await new ArmServer({ ...base, fail: { code: 'InvalidParameters', message: 'The source registry is not reachable from the registry.' } }).start();
  azPath = stubAz({
    'https://containerregistry.azure.net': AAD_TOKEN,
    'https://management.azure.com': ARM_TOKEN,
    [arm.origin]: ARM_TOKEN,
    [failing.origin]: ARM_TOKEN,
  });
}, 60_000);
afterAll(async () => {
  await pusher.close();
  await arm.stop();
  await failing.stop();
  await pair.stop();
});

const env = (a: ArmServer) => ({ ...pair.env, PATH: `${azPath}:${process.env['PATH']}`, MESHCI_ARM_ENDPOINT: a.origin });
const sha = (s: string) => 'sha256:' + createHash('sha256').update(s).digest('hex');
async function skopeoRaw(ref: string): Promise<string> {
  const { stdout } = await exec('skopeo', [
    'inspect',
    '--raw',
    '--cert-dir',
    pair.pki.certDir,
    '--creds',
    `${ACR_USER.user}:${ACR_USER.pass}`,
    `docker://${ref}`,
  ]);
  return stdout;
}

describe('republish through ACR import', () => {
  it('mode import: the registry pulls, nothing passes through the runner, the digest is reported', async () => {
    const img = await pusher.push({ repo: 'imp/app', tag: 'v1', layers: [100_000], auth: GHCR_USER });
    const r = await run(
      'republish',
      { images: img.ref, destination: `${pair.acr.front.host}/m`, mode: 'import', 'acr-resource-id': ID('meshacr'), 'destination-auth': 'azure' },
      { env: env(arm) },
    );
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs['bytes']).toBe('0');
    expect(JSON.parse(r.outputs['image-map']!)[img.ref]).toBe(`${pair.acr.front.host}/m/imp/app:v1@${img.digest}`);
    expect(sha(await skopeoRaw(`${pair.acr.front.host}/m/imp/app:v1`))).toBe(img.digest);
    expect(r.summary).toContain('imported');
    expect(arm.calls.filter((c) => c.startsWith('GET')).length).toBeGreaterThanOrEqual(2); // polled
  });

  it('mode auto: a failed import falls back to a client-side copy', async () => {
    const img = await pusher.push({ repo: 'auto/app', tag: 'v1', layers: [100_000], auth: GHCR_USER });
    const r = await run(
      'republish',
      { images: img.ref, destination: `${pair.acr.front.host}/m`, mode: 'auto', 'acr-resource-id': ID('meshacr'), 'destination-auth': 'azure' },
      { env: env(failing) },
    );
    expect(r.exitCode, r.log).toBe(0);
    expect(r.log).toMatch(/::warning::ACR import of .* failed.*The source registry is not reachable.*falling back to a client-side copy/);
    expect(r.outputs['copied']).toBe('1');
    expect(sha(await skopeoRaw(`${pair.acr.front.host}/m/auto/app:v1`))).toBe(img.digest);
  });

  it('mode import: a failure is reported with the ARM error, and a missing registry is named', async () => {
    const img = await pusher.push({ repo: 'impfail/app', tag: 'v1', layers: [100_000], auth: GHCR_USER });
    const r = await run(
      'republish',
      { images: img.ref, destination: `${pair.acr.front.host}/m`, mode: 'import', 'acr-resource-id': ID('meshacr'), 'destination-auth': 'azure' },
      { env: env(failing) },
    );
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(/ACR import of .* into meshacr failed.*The source registry is not reachable/);
    const missing = await run(
      'republish',
      { images: img.ref, destination: `${pair.acr.front.host}/m`, mode: 'import', 'acr-resource-id': ID('nosuchacr'), 'destination-auth': 'azure' },
      { env: env(arm) },
    );
    expect(missing.exitCode).toBe(1);
    expect(missing.log).toMatch(/ACR import of .* into nosuchacr failed \(HTTP 404 ResourceNotFound\)/);
  });
});
