import { SecretClient } from '@azure/keyvault-secrets';
import type { TokenCredential } from '@azure/identity';
import { maskSecret } from '../lib/logger.js';
import { splitCertificates, parseCertificate, parsePrivateKey, keyMatchesCert, type CertInfo } from '../certs/pem.js';
import { getErrorMessage } from '../lib/errors.js';

/**
 * Keeps a trust anchor (certificate + key, one PEM) in Azure Key Vault between scheduled runs:
 * secret `<name>` holds the anchor in use, `<name>-next` the new anchor during a rotation.
 * Values are tagged with serial and expiry so the vault's own listing tells what is inside.
 */
export type Slot = 'current' | 'next';

export class AnchorVault {
  private readonly client: SecretClient;
  constructor(
    readonly url: string,
    readonly name: string,
    credential: TokenCredential,
  ) {
    this.client = new SecretClient(url, credential);
  }

  secretName(slot: Slot): string {
    return slot === 'current' ? this.name : `${this.name}-next`;
  }

  describe(slot: Slot): string {
    return `Key Vault secret '${this.secretName(slot)}' in ${this.url}`;
  }

  async get(slot: Slot): Promise<{ cert: CertInfo; keyPem: string } | undefined> {
    let value: string | undefined;
    try {
      value = (await this.client.getSecret(this.secretName(slot))).value;
    } catch (e) {
      if ((e as { statusCode?: number }).statusCode === 404) return undefined;
      throw vaultError('read', this.describe(slot), e);
    }
    if (!value) return undefined;
    maskSecret(value);
    const keyBlock = /-----BEGIN (?:EC |RSA )?PRIVATE KEY-----[\s\S]+?-----END (?:EC |RSA )?PRIVATE KEY-----\n?/.exec(value)?.[0];
    if (!keyBlock) throw new Error(`${this.describe(slot)} holds no PEM private key`);
    maskSecret(keyBlock);
    const cert = parseCertificate(splitCertificates(value.replace(keyBlock, ''))[0]!);
    if (!keyMatchesCert(cert, parsePrivateKey(keyBlock))) throw new Error(`${this.describe(slot)}: the key does not belong to the certificate`);
    return { cert, keyPem: keyBlock };
  }

  /**
   * Write a slot. Key Vault keeps a deleted secret (soft delete, 7–90 days) and answers 409 to a
   * write of its name: the `-next` slot deleted at the end of one rotation would block the next.
   * meshci recovers the deleted secret and writes the new value as a new version over it — recover,
   * not purge, because purge needs its own permission and is impossible under purge protection,
   * while recovering works on every vault; the old value stays only in the secret's version history.
   */
  async put(slot: Slot, cert: CertInfo, keyPem: string): Promise<void> {
    const name = this.secretName(slot);
    const write = () =>
      this.client.setSecret(name, cert.pem.trim() + '\n' + keyPem.trim() + '\n', {
        contentType: 'application/x-pem-file',
        expiresOn: cert.notAfter,
        tags: { 'managed-by': 'meshci', role: 'linkerd-trust-anchor', serial: cert.serial, 'not-after': cert.notAfter.toISOString() },
      });
    try {
      await write();
    } catch (e) {
      if ((e as { statusCode?: number }).statusCode !== 409) throw vaultError('write', this.describe(slot), e);
      try {
        const poller = await this.client.beginRecoverDeletedSecret(name, { intervalInMs: 500 });
        await poller.pollUntilDone();
        await write();
      } catch (e2) {
        throw vaultError('write', `${this.describe(slot)} (deleted but recoverable: recovering it first)`, e2);
      }
    }
  }

  /** Starts the (soft) delete of a slot; false when it was not there. */
  async remove(slot: Slot): Promise<boolean> {
    try {
      await this.client.beginDeleteSecret(this.secretName(slot));
      return true;
    } catch (e) {
      if ((e as { statusCode?: number }).statusCode === 404) return false;
      throw vaultError('delete', this.describe(slot), e);
    }
  }
}

function vaultError(verb: string, what: string, e: unknown): Error {
  const status = (e as { statusCode?: number }).statusCode;
  const msg = getErrorMessage(e).split('\n')[0];
  const hint = status === 403 ? ' (the identity needs Key Vault Secrets Officer, or get/set/delete secret permissions)' : '';
  return new Error(`could not ${verb} ${what}${status ? ` (HTTP ${status})` : ''}: ${msg}${hint}`);
}
