import './pem.js'; // loads reflect-metadata before @peculiar/x509
import * as x509 from '@peculiar/x509';
import { KeyObject, randomBytes, webcrypto } from 'node:crypto';
import { parseCertificate, type CertInfo } from './pem.js';

/** The names Linkerd's docs use; Linkerd itself does not check them (docs/reference/linkerd-certificates.md#names-and-extensions). */
export const ANCHOR_CN = 'root.linkerd.cluster.local';
export const ISSUER_CN = 'identity.linkerd.cluster.local';

const EC_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN_ALG = { name: 'ECDSA', hash: 'SHA-256' } as const;
/** Like step and `linkerd install`, back-date NotBefore a little for clock skew between nodes. */
const CLOCK_SKEW_MS = 10_000;

export interface KeyPairPem {
  cert: CertInfo;
  /** SEC1 `EC PRIVATE KEY`, the form `step` writes (docs/reference/linkerd-certificates.md#pem-parsing). */
  keyPem: string;
}

export interface GenerateOpts {
  validityMs: number;
  now?: Date;
  commonName?: string;
}

/**
 * A trust anchor as `step certificate create --profile root-ca` makes it: ECDSA P-256, self-signed
 * ECDSA-SHA256, CA:TRUE pathlen:1, keyUsage keyCertSign+cRLSign (critical), SKI, no EKU.
 */
export async function generateAnchor(opts: GenerateOpts): Promise<KeyPairPem & { key: CryptoKeyPair }> {
  const keys = await newKeyPair();
  const name = `CN=${opts.commonName ?? ANCHOR_CN}`;
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: name,
    issuer: name,
    ...window(opts),
    signingAlgorithm: SIGN_ALG,
    publicKey: keys.publicKey,
    signingKey: keys.privateKey,
    extensions: [
      new x509.BasicConstraintsExtension(true, 1, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { cert: parseCertificate(cert.toString('pem')), keyPem: await sec1Pem(keys.privateKey), key: keys };
}

/**
 * An issuer as `step certificate create --profile intermediate-ca --ca … --ca-key …` makes it:
 * ECDSA P-256, CA:TRUE pathlen:0, keyUsage keyCertSign+cRLSign (critical), SKI + AKI, signed
 * ECDSA-SHA256 by the anchor. Not after the anchor: a leaf's NotAfter is clamped to the earliest
 * NotAfter in the chain anyway (docs/reference/linkerd-certificates.md#validity), so an issuer outliving its anchor only misleads.
 */
export async function generateIssuer(opts: GenerateOpts & { anchor: CertInfo; anchorKey: KeyObject }): Promise<KeyPairPem> {
  const keys = await newKeyPair();
  const signingKey = await importSigningKey(opts.anchorKey);
  const anchorPublic = await new x509.X509Certificate(opts.anchor.pem).publicKey.export(SIGN_ALG_IMPORT, ['verify']);
  const w = window(opts);
  if (w.notAfter > opts.anchor.notAfter) w.notAfter = opts.anchor.notAfter;
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: `CN=${opts.commonName ?? ISSUER_CN}`,
    issuer: new x509.X509Certificate(opts.anchor.pem).subjectName,
    ...w,
    signingAlgorithm: SIGN_ALG,
    publicKey: keys.publicKey,
    signingKey,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(anchorPublic),
    ],
  });
  return { cert: parseCertificate(cert.toString('pem')), keyPem: await sec1Pem(keys.privateKey) };
}

const SIGN_ALG_IMPORT = { name: 'ECDSA', namedCurve: 'P-256' } as const;

async function newKeyPair(): Promise<CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(EC_P256, true, ['sign', 'verify'])) as CryptoKeyPair;
}

async function importSigningKey(key: KeyObject): Promise<CryptoKey> {
  const details = key.asymmetricKeyDetails;
  if (key.asymmetricKeyType !== 'ec' || details?.namedCurve !== 'prime256v1') {
    // RSA anchors are valid in Linkerd 2.12+, but meshci signs issuers only with P-256 anchors.
    throw new Error('the trust anchor key must be ECDSA P-256 to sign an issuer');
  }
  return webcrypto.subtle.importKey('pkcs8', key.export({ type: 'pkcs8', format: 'der' }), EC_P256, false, ['sign']) as Promise<CryptoKey>;
}

async function sec1Pem(key: CryptoKey): Promise<string> {
  return KeyObject.from(key).export({ type: 'sec1', format: 'pem' }).toString();
}

/**
 * The clock of a run that makes certificates: now, to the second. X.509 times have second
 * precision, so a certificate made at this instant for 3650 days ends exactly 3650 days later and
 * the run reports 3650 days left — read to the millisecond it was 3649, or 3650 when the clock's
 * milliseconds happened to be 0 (two runs of the same inputs disagreed once in a thousand).
 */
export function certClock(): Date {
  return new Date(Math.floor(Date.now() / 1000) * 1000);
}

function window(opts: GenerateOpts): { notBefore: Date; notAfter: Date } {
  const now = opts.now ?? new Date();
  // X.509 times have second precision; drop milliseconds so what we report equals what is encoded.
  const nb = Math.floor((now.getTime() - CLOCK_SKEW_MS) / 1000) * 1000;
  const na = Math.floor((now.getTime() + opts.validityMs) / 1000) * 1000;
  return { notBefore: new Date(nb), notAfter: new Date(na) };
}

/** 128-bit positive serial (RFC 5280 allows up to 20 octets; Linkerd asks nothing; CAB asks ≥64 bits). */
function randomSerial(): string {
  const b = randomBytes(16);
  b[0] = ((b[0] as number) & 0x7f) | 0x40; // positive, and no leading zero byte
  return b.toString('hex');
}

export function bundlePem(certs: readonly CertInfo[]): string {
  return certs.map((c) => c.pem.trim()).join('\n') + '\n';
}
