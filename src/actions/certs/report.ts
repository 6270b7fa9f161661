import * as core from '@actions/core';
import { ConfigurationError } from '../../lib/errors.js';
import { bundlePem } from '../../certs/generate.js';
import type { CertInfo } from '../../certs/pem.js';
import { checkIdentity, errorList, type CheckEntry, type CheckReport, type IdentityMaterial } from '../../certs/rules.js';
import { checksTable, certsTable, type CertSummary } from '../../certs/describe.js';
import type { Inputs } from './inputs.js';

/** Shared by every certs mode: run and log the checks, set outputs, write the summary, fail last. */
export function runChecks(inputs: Inputs, material: IdentityMaterial, now: Date, extra: CheckEntry[] = []): CheckReport {
  const report = checkIdentity(material, { version: inputs.linkerdVersion, now, minValidityMs: inputs.minValidityMs });
  report.checks.push(...extra);
  // the report's result is that of every check, the cluster's own included
  if (extra.some((c) => c.result === 'error')) report.result = 'error';
  else if (extra.some((c) => c.result === 'warning') && report.result === 'success') report.result = 'warning';
  for (const c of report.checks) {
    const line = `${c.category} / ${c.description}`;
    if (c.skipped) core.info(`⏭ ${line} (not run)`);
    else if (c.result === 'success') core.info(`√ ${line}`);
    else if (c.result === 'warning') core.warning(`${line}: ${c.error}`);
    else core.error(`${line}: ${c.error}`);
  }
  return report;
}

export function setCertOutputs(anchor: CertInfo, issuer: CertInfo, certs: CertSummary[], report: CheckReport): void {
  const anchors = report.anchors.length > 0 ? report.anchors : [anchor];
  core.setOutput('trust-anchor', bundlePem(anchors));
  core.setOutput('issuer', issuer.pem);
  core.setOutput('anchor-not-after', anchor.notAfter.toISOString());
  core.setOutput('issuer-not-after', issuer.notAfter.toISOString());
  core.setOutput('anchor-fingerprint', anchor.fingerprintSha256);
  core.setOutput('issuer-fingerprint', issuer.fingerprintSha256);
  // The anchor that expires first is the one that matters for the bundle.
  const anchorDays = Math.min(...certs.filter((c) => c.role === 'trust-anchor').map((c) => c.daysLeft));
  core.setOutput('anchor-days-left', String(anchorDays));
  core.setOutput('issuer-days-left', String(certs.find((c) => c.role === 'issuer')?.daysLeft ?? ''));
  core.setOutput('result', report.result);
  core.setOutput('report', JSON.stringify({ result: report.result, checks: report.checks, certificates: certs }));
}

/**
 * The step summary leads with its verdict; the certificates follow, then only the checks that did
 * not pass (every check is in the log once, and in the `report` output) — a summary read in a PR
 * column, not a second copy of the log.
 */
export async function writeSummary(mode: string, certs: CertSummary[], report: CheckReport, extra?: (s: typeof core.summary) => void): Promise<void> {
  const run = report.checks.filter((c) => !c.skipped);
  const passed = run.filter((c) => c.result === 'success').length;
  const errors = run.filter((c) => c.result === 'error').length;
  const warnings = run.filter((c) => c.result === 'warning').length;
  const verdict =
    errors > 0
      ? `❌ meshci certs — ${mode}: ${errors} check${errors > 1 ? 's' : ''} failed`
      : warnings > 0
        ? `⚠️ meshci certs — ${mode}: ${warnings} warning${warnings > 1 ? 's' : ''}`
        : `✅ meshci certs — ${mode}: all ${passed} checks passed`;
  const s = core.summary.addHeading(verdict, 2);
  if (certs.length) s.addTable(certsTable(certs));
  const notPassed = report.checks.filter((c) => c.skipped || c.result !== 'success');
  if (notPassed.some((c) => !c.skipped)) s.addTable(checksTable(notPassed));
  s.addRaw(
    `<p>${passed} of ${run.length} checks passed${report.checks.length > run.length ? `, ${report.checks.length - run.length} not run` : ''} (Linkerd's identity rules, as <code>linkerd check</code> applies them).</p>`,
    true,
  );
  extra?.(s);
  await s.write();
}

export function failOnErrors(report: CheckReport): void {
  const msg = errorList(report.checks, { withInput: true });
  if (msg) throw new ConfigurationError(msg);
}
