// @peculiar/x509 resolves its algorithm providers through tsyringe, which needs a Reflect polyfill loaded first.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { AsnConvert } from '@peculiar/asn1-schema';
import { Certificate } from '@peculiar/asn1-x509';
import { X509Certificate, createPrivateKey, createHash, webcrypto, type KeyObject } from 'node:crypto';
import { getErrorMessage } from '../lib/errors.js';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

/** Everything the checks need to know about one certificate, read once. */
export interface CertInfo {
  pem: string;
  subjectCN: string;
  issuerCN: string;
  /** Serial as Linkerd prints it (decimal, like Go's big.Int). */
  serial: string;
  serialHex: string;
  notBefore: Date;
  notAfter: Date;
  keyAlgorithm: 'ECDSA' | 'RSA' | string;
  /** Curve as Go names it: P-256, P-384, P-521. */
  curve?: string;
  rsaBits?: number;
  /** Signature algorithm as Go's x509 names it: ECDSAWithSHA256, SHA256WithRSA, ... */
  signatureAlgorithm: string;
  basicConstraintsValid: boolean;
  isCA: boolean;
  /** undefined = no pathlen constraint. */
  pathLen?: number;
  keyUsage: string[];
  keyUsageCritical: boolean;
  extKeyUsage: string[];
  subjectKeyId?: string;
  authorityKeyId?: string;
  fingerprintSha256: string;
  native: X509Certificate;
}

export class PemError extends Error {
  override readonly name = 'PemError';
}

const CURVES: Record<string, string> = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521', secp224r1: 'P-224' };

const KEY_USAGE_NAMES: [number, string][] = [
  [x509.KeyUsageFlags.digitalSignature, 'digitalSignature'],
  [x509.KeyUsageFlags.nonRepudiation, 'nonRepudiation'],
  [x509.KeyUsageFlags.keyEncipherment, 'keyEncipherment'],
  [x509.KeyUsageFlags.dataEncipherment, 'dataEncipherment'],
  [x509.KeyUsageFlags.keyAgreement, 'keyAgreement'],
  [x509.KeyUsageFlags.keyCertSign, 'keyCertSign'],
  [x509.KeyUsageFlags.cRLSign, 'cRLSign'],
  [x509.KeyUsageFlags.encipherOnly, 'encipherOnly'],
  [x509.KeyUsageFlags.decipherOnly, 'decipherOnly'],
];

const EKU_NAMES: Record<string, string> = {
  '1.3.6.1.5.5.7.3.1': 'serverAuth',
  '1.3.6.1.5.5.7.3.2': 'clientAuth',
  '1.3.6.1.5.5.7.3.3': 'codeSigning',
  '1.3.6.1.5.5.7.3.4': 'emailProtection',
  '1.3.6.1.5.5.7.3.8': 'timeStamping',
  '1.3.6.1.5.5.7.3.9': 'ocspSigning',
  '2.5.29.37.0': 'any',
};

const SIG_OIDS: Record<string, string> = {
  '1.2.840.10045.4.3.2': 'ECDSAWithSHA256',
  '1.2.840.10045.4.3.3': 'ECDSAWithSHA384',
  '1.2.840.10045.4.3.4': 'ECDSAWithSHA512',
  '1.2.840.10045.4.1': 'ECDSAWithSHA1',
  '1.2.840.113549.1.1.11': 'SHA256WithRSA',
  '1.2.840.113549.1.1.12': 'SHA384WithRSA',
  '1.2.840.113549.1.1.13': 'SHA512WithRSA',
  '1.2.840.113549.1.1.5': 'SHA1WithRSA',
  '1.2.840.113549.1.1.10': 'SHA256WithRSAPSS',
  '1.3.101.112': 'PureEd25519',
};

const BLOCK_RE = /-----BEGIN ([A-Z0-9 ]+)-----\r?\n([\s\S]*?)\r?\n?-----END \1-----/g;

/**
 * Split a PEM bundle into certificate blocks, after Linkerd's codec (pkg/tls/codec.go,
 * docs/reference/linkerd-certificates.md#pem-parsing) but stricter: blocks are read in order, and text between
 * blocks, a non-CERTIFICATE block (where Linkerd silently stops reading) or trailing non-PEM text is
 * an error; an empty bundle has "no certificates found".
 */
export function splitCertificates(text: string): string[] {
  const out: string[] = [];
  if (!text.includes('-----BEGIN')) throw new PemError('no certificates found');
  let last = 0;
  for (const m of text.matchAll(BLOCK_RE)) {
    const between = text.slice(last, m.index).trim();
    if (between !== '') throw new PemError(`unexpected text before PEM block ${out.length + 1}: not a PEM certificate`);
    if (m[1] !== 'CERTIFICATE') throw new PemError(`block ${out.length + 1} is a ${m[1]}, not a CERTIFICATE`);
    out.push(m[0].replace(/\r\n/g, '\n') + '\n');
    last = (m.index ?? 0) + m[0].length;
  }
  if (text.slice(last).trim() !== '') throw new PemError('trailing text after the last PEM block: not a PEM certificate');
  if (out.length === 0) throw new PemError('no certificates found');
  return out;
}

export function parseCertificate(pem: string): CertInfo {
  let native: X509Certificate;
  let pec: x509.X509Certificate;
  try {
    native = new X509Certificate(pem);
    pec = new x509.X509Certificate(pem);
  } catch (e) {
    throw new PemError(`not a valid X.509 certificate (${getErrorMessage(e)})`);
  }
  const pk = native.publicKey;
  const details = pk.asymmetricKeyDetails ?? {};
  const keyType = pk.asymmetricKeyType;
  const keyAlgorithm = keyType === 'ec' ? 'ECDSA' : keyType === 'rsa' ? 'RSA' : keyType === 'rsa-pss' ? 'RSA-PSS' : String(keyType);
  const bc = pec.getExtension(x509.BasicConstraintsExtension);
  const ku = pec.getExtension(x509.KeyUsagesExtension);
  const eku = pec.getExtension(x509.ExtendedKeyUsageExtension);
  const ski = pec.getExtension(x509.SubjectKeyIdentifierExtension);
  const aki = pec.getExtension(x509.AuthorityKeyIdentifierExtension);
  const sigOid = readSignatureOid(pec);
  const serialHex = native.serialNumber.toLowerCase();
  return {
    pem: native.toString(),
    subjectCN: cn(native.subject),
    issuerCN: cn(native.issuer),
    serial: BigInt('0x' + serialHex).toString(10),
    serialHex,
    notBefore: pec.notBefore,
    notAfter: pec.notAfter,
    keyAlgorithm,
    curve: details.namedCurve ? (CURVES[details.namedCurve] ?? details.namedCurve) : undefined,
    rsaBits: details.modulusLength,
    signatureAlgorithm: SIG_OIDS[sigOid] ?? sigOid,
    basicConstraintsValid: !!bc,
    isCA: !!bc?.ca,
    pathLen: bc?.ca && bc.pathLength !== undefined ? bc.pathLength : undefined,
    keyUsage: ku ? KEY_USAGE_NAMES.filter(([f]) => (ku.usages & f) !== 0).map(([, n]) => n) : [],
    keyUsageCritical: !!ku?.critical,
    extKeyUsage: eku ? eku.usages.map((u) => EKU_NAMES[String(u)] ?? String(u)) : [],
    subjectKeyId: ski?.keyId,
    authorityKeyId: aki?.keyId,
    fingerprintSha256: createHash('sha256').update(native.raw).digest('hex'),
    native,
  };
}

function readSignatureOid(cert: x509.X509Certificate): string {
  // @peculiar/x509 maps the algorithm to WebCrypto params, which lose the PSS/SHA-1 distinctions
  // Linkerd cares about; read the OID from the parsed ASN.1 instead.
  return AsnConvert.parse(cert.rawData, Certificate).signatureAlgorithm.algorithm;
}

function cn(dn: string): string {
  const m = /(?:^|\n|,\s*)CN=([^\n,]*)/.exec(dn);
  return m?.[1]?.trim() ?? '';
}

/** Parse a private key in any form Linkerd accepts: SEC1 `EC PRIVATE KEY`, PKCS#1 `RSA PRIVATE KEY`, PKCS#8 `PRIVATE KEY`. */
export function parsePrivateKey(pem: string): KeyObject {
  const m = /-----BEGIN ((?:EC |RSA )?PRIVATE KEY)-----/.exec(pem);
  if (!m) {
    if (/ENCRYPTED PRIVATE KEY/.test(pem)) throw new PemError('the private key is encrypted; Linkerd needs an unencrypted key');
    throw new PemError('no PEM private key block (EC PRIVATE KEY, RSA PRIVATE KEY or PRIVATE KEY) found');
  }
  try {
    return createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    // Never echo the key or the parser's detail, which may quote it.
    throw new PemError(`the ${m[1]} block could not be parsed`);
  }
}

/** `anchor` signed `cert` (names chain and the signature verifies with the anchor's key). */
export function signedBy(cert: CertInfo, anchor: CertInfo): boolean {
  return cert.native.issuer === anchor.native.subject && cert.native.verify(anchor.native.publicKey);
}

export function keyMatchesCert(cert: CertInfo, key: KeyObject): boolean {
  return cert.native.checkPrivateKey(key);
}
