import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createHash } from 'node:crypto';
import { Agent } from 'undici';
import { startPair, GHCR_USER, ACR_USER, type Pair } from '../helpers/registry/pair.js';
import { Pusher } from '../helpers/registry/mkimage.js';
import { Registry } from '../../src/oci/registry.js';
import { Copier } from '../../src/oci/copy.js';
import { parseReference } from '../../src/oci/reference.js';
import { silentLogger } from '../../src/lib/log.js';

const run = promisify(execFile);
let pair: Pair;
let pusher: Pusher;
let agent: Agent;

beforeAll(async () => {
  pair = await startPair();
  pusher = new Pusher(pair.ghcr.front, pair.pki.caCert);
  agent = new Agent({ connect: { ca: pair.pki.caCert } });
}, 60_000);
afterAll(async () => {
  await pusher.close();
  await agent.close();
  await pair.stop();
});

async function skopeoDigest(ref: string): Promise<string> {
  const { stdout } = await run('skopeo', ['inspect', '--raw', '--cert-dir', pair.pki.certDir, '--creds', `${ACR_USER.user}:${ACR_USER.pass}`, `docker://${ref}`], { maxBuffer: 1 << 24 });
  return 'sha256:' + createHash('sha256').update(stdout).digest('hex');
}

function copier(platforms?: string[]) {
  const src = new Registry({ registry: pair.ghcr.front.host, auth: { kind: 'anonymous' }, agent });
  const dst = new Registry({ registry: pair.acr.front.host, auth: { kind: 'basic', username: ACR_USER.user, password: ACR_USER.pass, describe: 'basic' }, agent });
  return new Copier(() => src, dst, { signatures: true, blobConcurrency: 4, log: silentLogger, platforms });
}

describe('copy engine against two real registries', () => {
  it('copies a multi-arch OCI index digest-exact, then skips it', async () => {
    const img = await pusher.push({ repo: 'linkerd/proxy', tag: 'stable-2.14.10', layers: [300_000, 700_000], auth: GHCR_USER });
    const src = parseReference(img.ref);
    const dst = parseReference(`${pair.acr.front.host}/mirror/linkerd/proxy:stable-2.14.10`);
    const c = copier();
    const r = await c.copy(src, dst);
    expect(r.error).toBeUndefined();
    expect(r.action).toBe('copied');
    expect(r.digest).toBe(img.digest);
    expect(await skopeoDigest(`${pair.acr.front.host}/mirror/linkerd/proxy:stable-2.14.10`)).toBe(img.digest);
    const again = await c.copy(src, dst);
    expect(again.action).toBe('skipped');
  });
});
