import { describe, it, expect } from 'vitest';
import { checkIdentity, type CheckEntry } from '../../../src/certs/rules.js';
import { parseLinkerdVersion } from '../../../src/linkerd/version.js';
import * as ossl from '../../helpers/openssl.js';
import { generateIssuer } from '../../../src/certs/generate.js';
import { parseCertificate, parsePrivateKey } from '../../../src/certs/pem.js';

/**
 * Linkerd's identity rules, one passing and one failing certificate each, per version line
 * (docs/reference/linkerd-certificates.md#trust-anchor-and-issuer-rules and
 * docs/reference/linkerd-certificates.md#linkerd-check-identity-checks). Certificates are made by openssl.
 */
const DAY = 86_400_000;
const V211 = parseLinkerdVersion('linkerd-version', 'stable-2.11.5');
const V214 = parseLinkerdVersion('linkerd-version', 'stable-2.14.10');
const EDGE = parseLinkerdVersion('linkerd-version', 'edge-26.8.3');

const good = ossl.stepLikePair();
const rsaAnchorKey = ossl.key('RSA-2048');
const rsaAnchor = ossl.cert({ cn: 'root.linkerd.cluster.local', key: rsaAnchorKey, days: 3650, ...ossl.ROOT_CA });
const issuerUnderRsaKey = ossl.key('P-256');
const issuerUnderRsa = ossl.cert({
  cn: 'identity.linkerd.cluster.local',
  key: issuerUnderRsaKey,
  ca: { cert: rsaAnchor, key: rsaAnchorKey },
  ...ossl.INTERMEDIATE_CA,
});
const p384AnchorKey = ossl.key('P-384');
const p384Anchor = ossl.cert({ cn: 'root.linkerd.cluster.local', key: p384AnchorKey, days: 3650, ...ossl.ROOT_CA });
const issuerUnderP384Key = ossl.key('P-256');
const issuerUnderP384 = ossl.cert({
  cn: 'identity.linkerd.cluster.local',
  key: issuerUnderP384Key,
  ca: { cert: p384Anchor, key: p384AnchorKey },
  ...ossl.INTERMEDIATE_CA,
});
const p384IssuerKey = ossl.key('P-384');
const p384Issuer = ossl.cert({
  cn: 'identity.linkerd.cluster.local',
  key: p384IssuerKey,
  ca: { cert: good.anchor, key: good.anchorKey },
  ...ossl.INTERMEDIATE_CA,
});
const rsaIssuerKey = ossl.key('RSA-2048');
const rsaIssuer = ossl.cert({
  cn: 'identity.linkerd.cluster.local',
  key: rsaIssuerKey,
  ca: { cert: good.anchor, key: good.anchorKey },
  ...ossl.INTERMEDIATE_CA,
});
const sha384IssuerKey = ossl.key('P-256');
const sha384Issuer = ossl.cert({
  cn: 'identity.linkerd.cluster.local',
  key: sha384IssuerKey,
  ca: { cert: good.anchor, key: good.anchorKey },
  digest: 'sha384',
  ...ossl.INTERMEDIATE_CA,
});
const other = ossl.stepLikePair();
const notCaIssuerKey = ossl.key('P-256');
const notCaIssuer = ossl.cert({
  cn: 'identity.linkerd.cluster.local',
  key: notCaIssuerKey,
  ca: { cert: good.anchor, key: good.anchorKey },
  basicConstraints: 'critical,CA:FALSE',
  keyUsage: 'critical,digitalSignature',
});
const notCaAnchorKey = ossl.key('P-256');
const notCaAnchor = ossl.cert({ cn: 'root.linkerd.cluster.local', key: notCaAnchorKey, basicConstraints: null, keyUsage: 'critical,digitalSignature' });
const issuerUnderNotCaKey = ossl.key('P-256');
const issuerUnderNotCa = ossl.cert({
  cn: 'identity.linkerd.cluster.local',
  key: issuerUnderNotCaKey,
  ca: { cert: notCaAnchor, key: notCaAnchorKey },
  ...ossl.INTERMEDIATE_CA,
});
const clientOnlyKey = ossl.key('P-256');
const clientOnlyIssuer = ossl.cert({
  cn: 'identity.linkerd.cluster.local',
  key: clientOnlyKey,
  ca: { cert: good.anchor, key: good.anchorKey },
  extendedKeyUsage: 'clientAuth',
  ...ossl.INTERMEDIATE_CA,
});

const now = new Date();
// openssl 3.0 cannot post-date NotBefore; make a not-yet-valid issuer under the openssl anchor.
const future = await generateIssuer({
  validityMs: 365 * DAY,
  now: new Date(now.getTime() + 2 * DAY),
  anchor: parseCertificate(good.anchor),
  anchorKey: parsePrivateKey(good.anchorKey),
});

function run(anchors: string, issuer: string, issuerKey: string | undefined, version = EDGE, at = now) {
  return checkIdentity(
    {
      anchors: { text: anchors, source: "input 'trust-anchor'" },
      issuer: { text: issuer, source: "input 'issuer'" },
      issuerKey: issuerKey ? { text: issuerKey, source: "input 'issuer-key'" } : undefined,
    },
    { version, now: at, minValidityMs: 60 * DAY },
  );
}

function find(checks: CheckEntry[], description: string): CheckEntry {
  const c = checks.find((x) => x.description === description);
  if (!c) throw new Error(`no check '${description}' in ${checks.map((x) => x.description).join(' | ')}`);
  return c;
}

type Row = [
  rule: string,
  version: typeof EDGE,
  anchors: string,
  issuer: string,
  key: string | undefined,
  at: Date,
  expected: 'success' | 'warning' | 'error',
  message?: RegExp,
];

const notAfter = (pem: string) => new Date(ossl.openssl(['x509', '-noout', '-enddate'], pem).trim().replace('notAfter=', ''));

// prettier-ignore
const rows: Row[] = [
  ['certificate config is valid', EDGE, good.anchor, good.issuer, good.issuerKey, now, 'success'],
  ['certificate config is valid', EDGE, good.anchor, good.issuer, other.issuerKey, now, 'error', /Public and private key do not match/],
  ['certificate config is valid', EDGE, good.anchor, 'not a pem', good.issuerKey, now, 'error', /input 'issuer'.*no certificates found/],
  ['certificate config is valid', EDGE, good.anchor + 'garbage\n', good.issuer, good.issuerKey, now, 'error', /trailing text/],
  ['trust anchors are using supported crypto algorithm', V214, rsaAnchor, issuerUnderRsa, issuerUnderRsaKey, now, 'success'],
  ['trust anchors are using supported crypto algorithm', V211, rsaAnchor, issuerUnderRsa, issuerUnderRsaKey, now, 'error', /Invalid trustAnchors:\n\t\* \d+ root.linkerd.cluster.local must use ECDSA for public key algorithm, instead RSA was used/],
  ['trust anchors are using supported crypto algorithm', V211, good.anchor, good.issuer, good.issuerKey, now, 'success'],
  ['trust anchors are using supported crypto algorithm', EDGE, p384Anchor, issuerUnderP384, issuerUnderP384Key, now, 'error', /must use P-256 curve for public key, instead P-384 was used/],
  ['trust anchors are within their validity period', EDGE, good.anchor, good.issuer, good.issuerKey, now, 'success'],
  ['trust anchors are within their validity period', EDGE, good.anchor, good.issuer, good.issuerKey, new Date(notAfter(good.anchor).getTime() + DAY), 'error', /Invalid anchors:\n\t\* \d+ root.linkerd.cluster.local not valid anymore. Expired on \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/],
  ['trust anchors are valid for at least 60 days', EDGE, good.anchor, good.issuer, good.issuerKey, now, 'success'],
  ['trust anchors are valid for at least 60 days', EDGE, good.anchor, good.issuer, good.issuerKey, new Date(notAfter(good.anchor).getTime() - 30 * DAY), 'warning', /Anchors expiring soon:\n\t\* \d+ root.linkerd.cluster.local will expire on/],
  ['issuer cert is using supported crypto algorithm', EDGE, good.anchor, good.issuer, good.issuerKey, now, 'success'],
  ['issuer cert is using supported crypto algorithm', EDGE, good.anchor, p384Issuer, p384IssuerKey, now, 'error', /must use P-256 curve for public key, instead P-384 was used/],
  ['issuer cert is using supported crypto algorithm', EDGE, good.anchor, rsaIssuer, rsaIssuerKey, now, 'error', /must use ECDSA for public key algorithm, instead RSA was used/],
  ['issuer cert is using supported crypto algorithm', V214, rsaAnchor, issuerUnderRsa, issuerUnderRsaKey, now, 'success'],
  ['issuer cert is using supported crypto algorithm', EDGE, good.anchor, sha384Issuer, sha384IssuerKey, now, 'error', /ECDSAWithSHA384 was used/],
  ['issuer cert is within its validity period', EDGE, good.anchor, good.issuer, good.issuerKey, now, 'success'],
  ['issuer cert is within its validity period', EDGE, good.anchor, future.cert.pem, future.keyPem, now, 'error', /issuer certificate is not valid before: /],
  ['issuer cert is within its validity period', EDGE, good.anchor, good.issuer, good.issuerKey, new Date(notAfter(good.issuer).getTime() + DAY), 'error', /issuer certificate is not valid anymore. Expired on /],
  ['issuer cert is valid for at least 60 days', EDGE, good.anchor, good.issuer, good.issuerKey, now, 'success'],
  ['issuer cert is valid for at least 60 days', EDGE, good.anchor, good.issuer, good.issuerKey, new Date(notAfter(good.issuer).getTime() - 30 * DAY), 'warning', /issuer certificate will expire on/],
  ['issuer cert is issued by the trust anchor', EDGE, good.anchor, good.issuer, good.issuerKey, now, 'success'],
  ['issuer cert is issued by the trust anchor', EDGE, other.anchor, good.issuer, good.issuerKey, now, 'error', /signed by unknown authority/],
  ['issuer cert is issued by the trust anchor', EDGE, other.anchor + good.anchor, good.issuer, good.issuerKey, now, 'success'],
  ['issuer cert is issued by the trust anchor', EDGE, good.anchor, clientOnlyIssuer, clientOnlyKey, now, 'error', /incompatible key usage/],
  ['issuer cert is a CA', EDGE, good.anchor, good.issuer, good.issuerKey, now, 'success'],
  ['issuer cert is a CA', EDGE, good.anchor, notCaIssuer, notCaIssuerKey, now, 'error', /must be an intermediate-CA/],
  ['trust anchors are CA certificates', EDGE, good.anchor, good.issuer, good.issuerKey, now, 'success'],
  ['trust anchors are CA certificates', EDGE, notCaAnchor, issuerUnderNotCa, issuerUnderNotCaKey, now, 'error', /is not a CA certificate/],
];

describe("Linkerd's identity rules (docs/reference/linkerd-certificates.md)", () => {
  it.each(rows)('%s [%#]', (rule, version, anchors, issuer, key, at, expected, message) => {
    const report = run(anchors, issuer, key, version, at);
    const c = find(report.checks, rule);
    expect(c.result).toBe(expected);
    expect(!!c.skipped).toBe(false);
    if (message) expect(c.error).toMatch(message);
    if (expected !== 'success') expect(c.hint ?? '').toMatch(c.category === 'linkerd-identity' ? /^https:\/\/linkerd\.io\/2\/checks\/#l5d-identity-/ : /^$/);
  });

  it('a fatal failure stops the category as linkerd check does, and later checks are marked not run', () => {
    const report = run(good.anchor, good.issuer, other.issuerKey);
    expect(report.checks[0]?.result).toBe('error');
    const rest = report.checks.filter((c) => c.category === 'linkerd-identity').slice(1);
    expect(rest.length).toBe(7);
    expect(rest.every((c) => c.skipped)).toBe(true);
    expect(report.result).toBe('error');
  });

  it('uses the names and order linkerd check prints', () => {
    const names = run(good.anchor, good.issuer, good.issuerKey)
      .checks.filter((c) => c.category === 'linkerd-identity')
      .map((c) => c.description);
    expect(names).toEqual([
      'certificate config is valid',
      'trust anchors are using supported crypto algorithm',
      'trust anchors are within their validity period',
      'trust anchors are valid for at least 60 days',
      'issuer cert is using supported crypto algorithm',
      'issuer cert is within its validity period',
      'issuer cert is valid for at least 60 days',
      'issuer cert is issued by the trust anchor',
    ]);
  });

  it('a good step-like pair passes everything', () => {
    const report = run(good.anchor, good.issuer, good.issuerKey);
    expect(report.checks.filter((c) => c.result !== 'success')).toEqual([]);
    expect(report.result).toBe('success');
  });
});

describe('parseLinkerdVersion', () => {
  it.each([
    ['stable-2.10.2', 10],
    ['stable-2.14.10', 14],
    ['enterprise-2.15.1', 15],
    ['2.12', 12],
    ['edge-22.7.3', 11],
    ['edge-24.2.4', 15],
    ['edge-26.8.3', 20],
  ])('%s is on the 2.%i line', (v, minor) => {
    expect(parseLinkerdVersion('linkerd-version', v).minor).toBe(minor);
  });

  it.each(['latest', 'stable-2.14', 'v2.14.1', 'stable-2.9.4'])('rejects %s naming the input', (v) => {
    expect(() => parseLinkerdVersion('linkerd-version', v)).toThrow(/Input 'linkerd-version'/);
  });
});
