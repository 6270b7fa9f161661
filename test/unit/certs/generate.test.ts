import { describe, it, expect, beforeAll } from 'vitest';
import { generateAnchor, generateIssuer, ANCHOR_CN, ISSUER_CN } from '../../../src/certs/generate.js';
import { parsePrivateKey, parseCertificate } from '../../../src/certs/pem.js';
import * as ossl from '../../helpers/openssl.js';

const H = 3_600_000;

describe('generate (openssl is the oracle)', () => {
  let anchor: Awaited<ReturnType<typeof generateAnchor>>;
  let issuer: Awaited<ReturnType<typeof generateIssuer>>;
  beforeAll(async () => {
    anchor = await generateAnchor({ validityMs: 87600 * H });
    issuer = await generateIssuer({ validityMs: 8760 * H, anchor: anchor.cert, anchorKey: parsePrivateKey(anchor.keyPem) });
  });

  it('chains: openssl verify accepts the issuer under the anchor', () => {
    expect(ossl.verify(anchor.cert.pem, issuer.cert.pem)).toMatch(/: OK$/);
  });

  it('anchor carries the root-ca profile (step --profile root-ca; docs/reference/linkerd-certificates.md#names-and-extensions)', () => {
    const t = ossl.text(anchor.cert.pem);
    expect(t).toContain(`Subject: CN = ${ANCHOR_CN}`);
    expect(t).toContain(`Issuer: CN = ${ANCHOR_CN}`);
    expect(t).toContain('Public Key Algorithm: id-ecPublicKey');
    expect(t).toContain('ASN1 OID: prime256v1');
    expect(t).toContain('Signature Algorithm: ecdsa-with-SHA256');
    expect(t).toMatch(/X509v3 Basic Constraints: critical\s+CA:TRUE, pathlen:1/);
    expect(t).toMatch(/X509v3 Key Usage: critical\s+Certificate Sign, CRL Sign\n/);
    expect(t).toContain('X509v3 Subject Key Identifier');
    expect(t).not.toContain('Extended Key Usage');
  });

  it('issuer carries the intermediate-ca profile, signed ECDSA-SHA256, AKI = anchor SKI', () => {
    const t = ossl.text(issuer.cert.pem);
    expect(t).toContain(`Subject: CN = ${ISSUER_CN}`);
    expect(t).toContain(`Issuer: CN = ${ANCHOR_CN}`);
    expect(t).toContain('ASN1 OID: prime256v1');
    expect(t).toContain('Signature Algorithm: ecdsa-with-SHA256');
    expect(t).toMatch(/X509v3 Basic Constraints: critical\s+CA:TRUE, pathlen:0/);
    expect(t).toMatch(/X509v3 Key Usage: critical\s+Certificate Sign, CRL Sign\n/);
    const ski = /Subject Key Identifier:\s+([0-9A-F:]+)/.exec(ossl.text(anchor.cert.pem))?.[1];
    expect(ski).toBeTruthy();
    expect(t).toMatch(new RegExp(`Authority Key Identifier:\\s+(keyid:)?${ski}`));
  });

  it('serials are random and at least 64 bits', async () => {
    const other = await generateAnchor({ validityMs: H });
    for (const c of [anchor.cert, issuer.cert, other.cert]) {
      const hex = /Serial Number:\s*\n?\s*([0-9a-f:]+)/.exec(ossl.text(c.pem))?.[1]?.replace(/:/g, '') ?? '';
      expect(hex.length * 4).toBeGreaterThanOrEqual(64);
    }
    expect(other.cert.serial).not.toBe(anchor.cert.serial);
  });

  it('validity: anchor 87600h, issuer 8760h, NotBefore back-dated 10s for clock skew', () => {
    const a = anchor.cert;
    expect(a.notAfter.getTime() - a.notBefore.getTime()).toBe(87600 * H + 10_000);
    const i = issuer.cert;
    expect(i.notAfter.getTime() - i.notBefore.getTime()).toBe(8760 * H + 10_000);
    const t = ossl.text(a.pem);
    expect(t).toContain(`Not After : ${opensslDate(a.notAfter)}`);
  });

  it('keys are SEC1 EC PRIVATE KEY (what step writes) and openssl reads them', () => {
    expect(issuer.keyPem.startsWith('-----BEGIN EC PRIVATE KEY-----')).toBe(true);
    const pub = ossl.openssl(['ec', '-pubout'], issuer.keyPem);
    const certPub = ossl.openssl(['x509', '-noout', '-pubkey'], issuer.cert.pem);
    expect(pub.trim()).toBe(certPub.trim());
  });

  it('an issuer never outlives its anchor', async () => {
    const short = await generateAnchor({ validityMs: 2 * H });
    const i = await generateIssuer({ validityMs: 8760 * H, anchor: short.cert, anchorKey: parsePrivateKey(short.keyPem) });
    expect(i.cert.notAfter.getTime()).toBe(short.cert.notAfter.getTime());
  });

  it('signs a new issuer under an openssl-made (step-like) anchor', async () => {
    const { anchor: a, anchorKey } = ossl.stepLikePair();
    const i = await generateIssuer({ validityMs: 48 * H, anchor: parseCertificate(a), anchorKey: parsePrivateKey(anchorKey) });
    expect(ossl.verify(a, i.cert.pem)).toMatch(/: OK$/);
  });
});

function opensslDate(d: Date): string {
  const mon = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()];
  const day = String(d.getUTCDate()).padStart(2, ' ');
  const t = d.toISOString().slice(11, 19);
  return `${mon} ${day} ${t} ${d.getUTCFullYear()} GMT`;
}
