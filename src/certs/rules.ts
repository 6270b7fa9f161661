import type { KeyObject } from 'node:crypto';
import { parseCertificate, parsePrivateKey, splitCertificates, keyMatchesCert, signedBy, type CertInfo } from './pem.js';
import { getErrorMessage } from '../lib/errors.js';

/**
 * Linkerd's identity checks, reimplemented from `pkg/issuercerts/issuercerts.go` and
 * `pkg/healthcheck/healthcheck.go` (docs/reference/linkerd-certificates.md#trust-anchor-and-issuer-rules
 * and docs/reference/linkerd-certificates.md#linkerd-check-identity-checks) so they can run before
 * anything is installed: the Helm chart checks only presence, so a bad issuer would otherwise surface as a
 * crash-looping identity controller. Names, hint anchors and severities are Linkerd's own.
 */

export type CheckResult = 'success' | 'warning' | 'error';

export interface CheckEntry {
  category: string;
  description: string;
  result: CheckResult;
  /** Linkerd's hint URL (only on warning/error, as in `linkerd check -o json`). */
  hint?: string;
  error?: string;
  /** Which input the problem is in, for the step's error message. */
  input?: string;
  /** true when a fatal check failed earlier in the category and this one did not run. */
  skipped?: boolean;
}

export interface IdentityMaterial {
  anchors: { text: string; source: string };
  issuer: { text: string; source: string };
  issuerKey?: { text: string; source: string };
}

export interface CheckOpts {
  /** The Linkerd 2.x line the rules are those of (a LinkerdVersion from src/linkerd/version.ts fits). */
  version: { minor: number };
  now: Date;
  /** Warn when a certificate expires within this window; Linkerd uses 60 days. */
  minValidityMs: number;
}

export interface CheckReport {
  checks: CheckEntry[];
  anchors: CertInfo[];
  issuer?: CertInfo;
  issuerKey?: KeyObject;
  result: CheckResult;
}

export const IDENTITY = 'linkerd-identity';
export const MESHCI_IDENTITY = 'meshci-identity';
const HINT = 'https://linkerd.io/2/checks/#';
const DAY = 86_400_000;

type Step = { description: string; hint: string; fatal: boolean; warnOnly?: boolean; run: () => string | undefined; input?: string };

// eslint-disable-next-line max-lines-per-function -- the checks are one table, in Linkerd's order and under its names (each a description, hint and run), plus the meshci-identity table: split, the order could no longer be read in one place
export function checkIdentity(m: IdentityMaterial, opts: CheckOpts): CheckReport {
  const ctx: { anchors: CertInfo[]; issuer?: CertInfo; key?: KeyObject } = { anchors: [] };
  const legacy = opts.version.minor < 12;
  const days = Math.round(opts.minValidityMs / DAY);

  const steps: Step[] = [
    {
      description: 'certificate config is valid',
      hint: 'l5d-identity-cert-config-valid',
      fatal: true,
      run: () => {
        try {
          const blocks = splitCertificates(m.issuer.text);
          ctx.issuer = parseCertificate(blocks[0] as string);
        } catch (e) {
          return where('issuer', m.issuer.source, e);
        }
        if (m.issuerKey) {
          try {
            ctx.key = parsePrivateKey(m.issuerKey.text);
          } catch (e) {
            return where('issuer-key', m.issuerKey.source, e);
          }
          if (!keyMatchesCert(ctx.issuer, ctx.key)) {
            return `${m.issuerKey.source}: tls: Public and private key do not match (the key does not belong to the issuer certificate in ${m.issuer.source})`;
          }
        }
        try {
          ctx.anchors = splitCertificates(m.anchors.text).map(parseCertificate);
        } catch (e) {
          return where('trust-anchor', m.anchors.source, e);
        }
        return undefined;
      },
    },
    {
      description: 'trust anchors are using supported crypto algorithm',
      hint: 'l5d-identity-trustAnchors-use-supported-crypto',
      fatal: true,
      input: 'trust-anchor',
      run: () => listErrors('Invalid trustAnchors', ctx.anchors, (a) => (legacy ? legacyAlgo(a) : anchorAlgo(a))),
    },
    {
      description: 'trust anchors are within their validity period',
      hint: 'l5d-identity-trustAnchors-are-time-valid',
      fatal: true,
      input: 'trust-anchor',
      run: () => listErrors('Invalid anchors', ctx.anchors, (a) => validity(a, opts.now)),
    },
    {
      description: `trust anchors are valid for at least ${days} days`,
      hint: 'l5d-identity-trustAnchors-not-expiring-soon',
      fatal: false,
      warnOnly: true,
      input: 'trust-anchor',
      run: () => listErrors('Anchors expiring soon', ctx.anchors, (a) => expiringSoon(a, opts)),
    },
    {
      description: 'issuer cert is using supported crypto algorithm',
      hint: 'l5d-identity-issuer-cert-uses-supported-crypto',
      fatal: true,
      input: 'issuer',
      run: () => (legacy ? legacyAlgo(ctx.issuer!) : issuerAlgo(ctx.issuer!)),
    },
    {
      description: 'issuer cert is within its validity period',
      hint: 'l5d-identity-issuer-cert-is-time-valid',
      fatal: true,
      input: 'issuer',
      run: () => prefix('issuer certificate is ', validity(ctx.issuer!, opts.now)),
    },
    {
      description: `issuer cert is valid for at least ${days} days`,
      hint: 'l5d-identity-issuer-cert-not-expiring-soon',
      fatal: false,
      warnOnly: true,
      input: 'issuer',
      run: () => prefix('issuer certificate ', expiringSoon(ctx.issuer!, opts)),
    },
    {
      description: 'issuer cert is issued by the trust anchor',
      hint: 'l5d-identity-issuer-cert-issued-by-trust-anchor',
      fatal: false,
      input: 'issuer',
      run: () => verifyChain(ctx.issuer!, ctx.anchors, opts.now),
    },
  ];

  const checks = runSteps(IDENTITY, steps);
  // Rules Linkerd enforces outside `linkerd check` (identity controller start-up, install-time
  // validation) or that every chain verifier needs; reported in meshci's own category.
  if (ctx.issuer && !checks.some((c) => c.result === 'error' && c.description === 'certificate config is valid')) {
    checks.push(
      ...runSteps(MESHCI_IDENTITY, [
        {
          description: 'issuer cert is a CA',
          hint: '',
          fatal: false,
          input: 'issuer',
          run: () =>
            ctx.issuer!.isCA
              ? undefined
              : 'failed to verify issuer certificate: it must be an intermediate-CA, but it is not (the identity controller refuses to start)',
        },
        {
          description: 'trust anchors are CA certificates',
          hint: '',
          fatal: false,
          input: 'trust-anchor',
          run: () =>
            listErrors('Invalid trustAnchors', ctx.anchors, (a) =>
              a.basicConstraintsValid && a.isCA ? undefined : 'is not a CA certificate (basicConstraints CA:TRUE is required to sign issuers)',
            ),
        },
        {
          description: 'trust anchors allow an issuer below them',
          hint: '',
          fatal: false,
          warnOnly: true,
          input: 'trust-anchor',
          run: () =>
            listErrors('Anchors with pathlen 0', ctx.anchors, (a) =>
              a.pathLen === 0 ? 'has pathlen:0, so an issuer below it cannot sign proxy certificates for strict verifiers' : undefined,
            ),
        },
      ]),
    );
  }

  const result: CheckResult = checks.some((c) => c.result === 'error') ? 'error' : checks.some((c) => c.result === 'warning') ? 'warning' : 'success';
  return { checks, anchors: ctx.anchors, issuer: ctx.issuer, issuerKey: ctx.key, result };
}

function runSteps(category: string, steps: Step[]): CheckEntry[] {
  const out: CheckEntry[] = [];
  let stopped = false;
  for (const s of steps) {
    if (stopped) {
      out.push({ category, description: s.description, result: 'error', skipped: true, error: 'not run: an earlier fatal check failed' });
      continue;
    }
    const err = s.run();
    if (err === undefined) {
      out.push({ category, description: s.description, result: 'success' });
      continue;
    }
    const entry: CheckEntry = {
      category,
      description: s.description,
      result: s.warnOnly ? 'warning' : 'error',
      error: err,
      ...(s.hint ? { hint: HINT + s.hint } : {}),
      ...(s.input ? { input: s.input } : {}),
    };
    out.push(entry);
    if (s.fatal) stopped = true;
  }
  return out;
}

function where(input: string, source: string, e: unknown): string {
  const msg = getErrorMessage(e);
  return `${source}: ${msg}` + (source.includes(`'${input}'`) ? '' : ` (input '${input}')`);
}

function listErrors(title: string, certs: CertInfo[], f: (c: CertInfo) => string | undefined): string | undefined {
  const errs = certs.map((c) => [c, f(c)] as const).filter(([, e]) => e !== undefined);
  if (errs.length === 0) return undefined;
  return `${title}:\n` + errs.map(([c, e]) => `\t* ${c.serial} ${c.subjectCN} ${e}`).join('\n');
}

function prefix(p: string, msg: string | undefined): string | undefined {
  return msg === undefined ? undefined : p + msg;
}

/** Go's time.RFC3339, as Linkerd prints dates. */
export const rfc3339 = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

function validity(c: CertInfo, now: Date): string | undefined {
  if (c.notBefore.getTime() > now.getTime()) return `not valid before: ${rfc3339(c.notBefore)}`;
  if (c.notAfter.getTime() < now.getTime()) return `not valid anymore. Expired on ${rfc3339(c.notAfter)}`;
  return undefined;
}

function expiringSoon(c: CertInfo, opts: CheckOpts): string | undefined {
  if (opts.now.getTime() + opts.minValidityMs > c.notAfter.getTime()) return `will expire on ${rfc3339(c.notAfter)}`;
  return undefined;
}

/** 2.10/2.11 `CheckCertAlgoRequirements`: ECDSA P-256 key and ECDSAWithSHA256 signature, for anchors and issuer alike. */
function legacyAlgo(c: CertInfo): string | undefined {
  if (c.keyAlgorithm !== 'ECDSA') return `must use ECDSA for public key algorithm, instead ${c.keyAlgorithm} was used`;
  if (c.curve !== 'P-256') return `must use P-256 curve for public key, instead ${c.curve} was used`;
  if (c.signatureAlgorithm !== 'ECDSAWithSHA256') {
    return `must be signed by an ECDSA P-256 key, instead ${c.signatureAlgorithm} was used`;
  }
  return undefined;
}

/** 2.12+ `CheckTrustAnchorAlgoRequirements`: ECDSA P-256 or RSA 2048/4096. */
function anchorAlgo(c: CertInfo): string | undefined {
  if (c.keyAlgorithm === 'ECDSA') {
    if (c.curve !== 'P-256') return `must use P-256 curve for public key, instead ${c.curve} was used`;
    if (c.signatureAlgorithm !== 'ECDSAWithSHA256' && c.signatureAlgorithm !== 'SHA256WithRSA') {
      return `must be signed with ECDSAWithSHA256 or SHA256WithRSA, instead ${c.signatureAlgorithm} was used`;
    }
    return undefined;
  }
  if (c.keyAlgorithm === 'RSA') {
    if (c.rsaBits !== 2048 && c.rsaBits !== 4096) return `must use RSA 2048 or 4096 bits for public key, instead ${c.rsaBits} bits were used`;
    if (c.signatureAlgorithm !== 'SHA256WithRSA') return `must be signed with SHA256WithRSA, instead ${c.signatureAlgorithm} was used`;
    return undefined;
  }
  return `must use ECDSA or RSA for public key algorithm, instead ${c.keyAlgorithm} was used`;
}

/** 2.12+ `CheckIssuerCertAlgoRequirements`: ECDSA P-256 always. */
function issuerAlgo(c: CertInfo): string | undefined {
  if (c.keyAlgorithm !== 'ECDSA') return `issuer certificate must use ECDSA for public key algorithm, instead ${c.keyAlgorithm} was used`;
  if (c.curve !== 'P-256') return `issuer certificate must use P-256 curve for public key, instead ${c.curve} was used`;
  if (c.signatureAlgorithm !== 'ECDSAWithSHA256' && c.signatureAlgorithm !== 'SHA256WithRSA') {
    return `issuer certificate must be signed with ECDSAWithSHA256 or SHA256WithRSA, instead ${c.signatureAlgorithm} was used`;
  }
  return undefined;
}

/**
 * What Go's `issuer.Verify(x509.VerifyOptions{Roots: anchors})` decides with no DNS name and the
 * default ServerAuth usage: some anchor must have signed the issuer, every certificate in the chain
 * must be time-valid now, the anchor's pathlen must allow the chain, and any EKU present must
 * permit serverAuth.
 */
function verifyChain(issuer: CertInfo, anchors: CertInfo[], now: Date): string | undefined {
  const candidates = anchors.filter((a) => a.native.subject === issuer.native.issuer);
  const signer = candidates.find((a) => signedBy(issuer, a));
  if (!signer) {
    return (
      'x509: certificate signed by unknown authority' +
      (candidates.length ? ' (an anchor has the right name but its key did not sign this issuer)' : ` (no anchor in the bundle is named '${issuer.issuerCN}')`)
    );
  }
  for (const c of [issuer, signer]) {
    if (validity(c, now)) return `x509: certificate has expired or is not yet valid: ${c.subjectCN} ${validity(c, now)}`;
    if (c.extKeyUsage.length > 0 && !c.extKeyUsage.includes('serverAuth') && !c.extKeyUsage.includes('any')) {
      return `x509: certificate specifies an incompatible key usage (${c.subjectCN} has EKU ${c.extKeyUsage.join(', ')})`;
    }
  }
  return undefined;
}

/** A check's error on one line (Linkerd's lists use newline + tab). */
export function oneLine(c: CheckEntry): string {
  return (c.error ?? '').replace(/\n\t?/g, ' ');
}

/** The failed checks of a report as one sentence: `description[ (input 'x')]: error; …`. */
export function errorList(checks: readonly CheckEntry[], opts: { withInput?: boolean } = {}): string | undefined {
  const errors = checks.filter((c) => c.result === 'error' && !c.skipped);
  if (errors.length === 0) return undefined;
  return errors.map((c) => `${c.description}${opts.withInput && c.input ? ` (input '${c.input}')` : ''}: ${oneLine(c)}`).join('; ');
}

/** Whole days from `now` to the certificate's notAfter (a run that makes certificates reads its clock with certClock: generate.ts). */
export function daysLeft(c: CertInfo, now: Date): number {
  return Math.floor((c.notAfter.getTime() - now.getTime()) / DAY);
}
