import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KeyVaultServer } from '../helpers/keyvault-server.js';
import { KubeServer } from '../helpers/kube-server.js';
import { installLinkerd } from '../helpers/linkerd-fixture.js';
import { run, expectNoKeyMaterial, visible } from '../helpers/action.js';
import * as ossl from '../helpers/openssl.js';
import { splitCertificates, parseCertificate } from '../../src/certs/pem.js';

/** Keeping the trust anchor in Azure Key Vault between scheduled runs, against a Key Vault double. */
let kv: KeyVaultServer;
beforeEach(async () => {
  kv = await new KeyVaultServer().start();
});
afterEach(async () => kv.stop());

const tmp = () => mkdtempSync(join(tmpdir(), 'meshci-kvt-'));
const certOf = (v: string) => /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(v)![0];
const keyOf = (v: string) => /-----BEGIN EC PRIVATE KEY-----[\s\S]+?-----END EC PRIVATE KEY-----/.exec(v)![0];

describe('certs with key-vault-url', () => {
  it('first run stores a new anchor; the next run signs a new issuer under it', async () => {
    const d1 = join(tmp(), 'out');
    const r1 = await run('certs', { mode: 'generate', 'output-dir': d1, 'key-vault-url': kv.url }, { env: kv.env() });
    expect(r1.exitCode, r1.log).toBe(0);
    const stored = kv.secrets.get('linkerd-trust-anchor')!;
    expect(stored.contentType).toBe('application/x-pem-file');
    expect(stored.tags?.['serial']).toBe(parseCertificate(readFileSync(join(d1, 'ca.crt'), 'utf8')).serial);
    expect(stored.tags?.['managed-by']).toBe('meshci');
    expect(certOf(stored.value).trim()).toBe(readFileSync(join(d1, 'ca.crt'), 'utf8').trim());
    expect(keyOf(stored.value).trim()).toBe(readFileSync(join(d1, 'ca.key'), 'utf8').trim());
    expect(r1.log).toMatch(/stored the trust anchor \(serial \d+\) in Key Vault secret 'linkerd-trust-anchor' in https:\/\/meshci\.vault\.test:\d+/);
    for (const [w, t] of Object.entries(visible(r1))) expectNoKeyMaterial(w, t, [keyOf(stored.value)]);

    const d2 = join(tmp(), 'out');
    const r2 = await run('certs', { mode: 'generate', 'output-dir': d2, 'key-vault-url': kv.url }, { env: kv.env() });
    expect(r2.exitCode, r2.log).toBe(0);
    expect(r2.log).toMatch(/signing a new issuer under the trust anchor kept in Key Vault secret 'linkerd-trust-anchor'/);
    expect(existsSync(join(d2, 'ca.key'))).toBe(false);
    expect(ossl.verify(readFileSync(join(d1, 'ca.crt'), 'utf8'), readFileSync(join(d2, 'issuer.crt'), 'utf8'))).toMatch(/OK$/);
    expect(kv.calls.filter((c) => c.startsWith('PUT'))).toHaveLength(1);
    for (const [w, t] of Object.entries(visible(r2))) expectNoKeyMaterial(w, t, [keyOf(stored.value)]);
  });

  it('a 403 from the vault names the secret and the role to grant', async () => {
    kv.forbidden = true;
    const r = await run('certs', { mode: 'generate', 'key-vault-url': kv.url }, { env: kv.env() });
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(
      /could not read Key Vault secret 'linkerd-trust-anchor' in https:\/\/meshci\.vault\.test:\d+ \(HTTP 403\).*Key Vault Secrets Officer/,
    );
  });

  it.each([
    ['http://meshci.vault.test', /Input 'key-vault-url' has invalid value 'http:\/\/meshci.vault.test': Key Vault is reached over https only/],
    ['not a url', /Input 'key-vault-url' has invalid value 'not a url'/],
  ])('rejects key-vault-url %s', async (url, msg) => {
    const r = await run('certs', { mode: 'generate', 'key-vault-url': url });
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(msg);
  });

  it('rotate-anchor keeps the new anchor in <name>-next, not in the cluster, and promotes it at finalize', async () => {
    const s = await new KubeServer().start();
    try {
      const fx = installLinkerd(s);
      // the vault holds the anchor the cluster was installed with
      kv.secrets.set('linkerd-trust-anchor', { value: fx.anchor + fx.anchorKey, version: '1' });
      const kubeconfig = s.kubeconfig();
      const rot = (phase = 'auto') => run('certs', { mode: 'rotate-anchor', phase, kubeconfig, timeout: '20s', 'key-vault-url': kv.url }, { env: kv.env() });
      const r1 = await rot();
      expect(r1.exitCode, r1.log).toBe(0);
      expect(s.get('v1', 'Secret', fx.ns, 'meshci-pending-trust-anchor')).toBeUndefined();
      const next = kv.secrets.get('linkerd-trust-anchor-next')!;
      expect(splitCertificates(fx.bundle())[0]!.trim()).toBe(certOf(next.value).trim());
      const r2 = await rot();
      expect(r2.exitCode, r2.log).toBe(0);
      expect(ossl.verify(certOf(next.value), fx.issuerInCluster().crt)).toMatch(/OK$/);
      const r3 = await rot();
      expect(r3.exitCode, r3.log).toBe(0);
      expect(kv.secrets.get('linkerd-trust-anchor')!.value).toBe(next.value);
      expect(kv.deleted).toEqual(['linkerd-trust-anchor-next']);
      for (const r of [r1, r2, r3]) for (const [w, t] of Object.entries(visible(r))) expectNoKeyMaterial(w, t, [keyOf(next.value), fx.anchorKey]);
      // and rotate-issuer can now sign with the promoted anchor from the vault
      const r4 = await run(
        'certs',
        { mode: 'rotate-issuer', kubeconfig, timeout: '20s', 'key-vault-url': kv.url, 'restart-workloads': 'false' },
        { env: kv.env() },
      );
      expect(r4.exitCode, r4.log).toBe(0);
      // the next rotation: '<name>-next' is soft-deleted (Key Vault answers 409 to its name for the
      // retention period) — meshci recovers it and writes the new anchor over it
      expect(kv.deletedSecrets.has('linkerd-trust-anchor-next')).toBe(true);
      const r5 = await rot();
      expect(r5.exitCode, r5.log).toBe(0);
      expect(kv.recovered).toEqual(['linkerd-trust-anchor-next']);
      expect(certOf(kv.secrets.get('linkerd-trust-anchor-next')!.value)).not.toBe(certOf(next.value));
      expect(splitCertificates(fx.bundle()).length).toBe(2);
    } finally {
      await s.stop();
    }
  });
});
