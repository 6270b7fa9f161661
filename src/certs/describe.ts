import type { CertInfo } from './pem.js';
import type { CheckEntry } from './rules.js';
import { daysLeft, oneLine } from './rules.js';
import { escapeHtml } from '../lib/html.js';

/** The public, key-free description of a certificate, for outputs, reports and summaries. */
export interface CertSummary {
  role: 'trust-anchor' | 'issuer';
  subject: string;
  serial: string;
  notBefore: string;
  notAfter: string;
  daysLeft: number;
  keyAlgorithm: string;
  signatureAlgorithm: string;
  fingerprintSha256: string;
}

export function describe(role: CertSummary['role'], c: CertInfo, now: Date): CertSummary {
  return {
    role,
    subject: c.subjectCN,
    serial: c.serial,
    notBefore: c.notBefore.toISOString(),
    notAfter: c.notAfter.toISOString(),
    daysLeft: daysLeft(c, now),
    keyAlgorithm: c.keyAlgorithm === 'RSA' ? `RSA ${c.rsaBits}` : `${c.keyAlgorithm} ${c.curve ?? ''}`.trim(),
    signatureAlgorithm: c.signatureAlgorithm,
    fingerprintSha256: c.fingerprintSha256,
  };
}

const ICON: Record<CheckEntry['result'], string> = { success: '✅', warning: '⚠️', error: '❌' };

export function checksTable(checks: readonly CheckEntry[]): { data: string; header?: boolean }[][] {
  return [
    [
      { data: '', header: true },
      { data: 'category', header: true },
      { data: 'check', header: true },
      { data: 'detail', header: true },
    ],
    ...checks.map((c) => [{ data: c.skipped ? '⏭️' : ICON[c.result] }, { data: c.category }, { data: c.description }, { data: escapeHtml(oneLine(c)) }]),
  ];
}

export function certsTable(certs: readonly CertSummary[]): { data: string; header?: boolean }[][] {
  return [
    // five columns (the serial and key type are in the log and the report output): fits GitHub's PR column
    ['role', 'subject', 'not after', 'days left', 'SHA-256'].map((h) => ({ data: h, header: true })),
    ...certs.map((c) => [
      { data: c.role },
      { data: c.subject },
      { data: c.notAfter.slice(0, 10) },
      { data: String(c.daysLeft) },
      { data: `<code>${c.fingerprintSha256.slice(0, 12)}…</code>` },
    ]),
  ];
}
