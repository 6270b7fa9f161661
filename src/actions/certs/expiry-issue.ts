import * as core from '@actions/core';
import * as github from '@actions/github';
import { ConfigurationError } from '../../lib/errors.js';
import { oneLine, type CheckReport } from '../../certs/rules.js';
import type { CertSummary } from '../../certs/describe.js';
import type { Inputs } from './inputs.js';

export const GUARD_LABEL = 'meshci-cert-guard';

/**
 * The expiry guard: one GitHub issue per watched identity (found by a hidden marker), opened or
 * updated while any certificate is below min-validity or invalid, closed with a comment once all is
 * healthy again. Returns the issue number it touched, if any.
 */
export async function syncExpiryIssue(inputs: Inputs, report: CheckReport, certs: CertSummary[]): Promise<number | undefined> {
  const repo = process.env['GITHUB_REPOSITORY'] ?? '';
  const [owner, name] = repo.split('/');
  if (!owner || !name) throw new ConfigurationError("Input 'open-issue' needs GITHUB_REPOSITORY (owner/repo) to know where to file the issue");
  const octokit = github.getOctokit(inputs.githubToken!);
  const scope = inputs.trustAnchor ? 'files' : `cluster/${inputs.namespace}`;
  const marker = `<!-- meshci:certs-expiry-guard:${scope} -->`;
  const open = await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo: name, state: 'open', labels: GUARD_LABEL, per_page: 100 });
  const existing = open.find((i) => !i.pull_request && (i.body ?? '').includes(marker));
  const healthy = report.result === 'success';

  if (healthy) {
    if (!existing) {
      core.info('certificates are healthy; no open expiry-guard issue');
      return undefined;
    }
    await octokit.rest.issues.createComment({
      owner,
      repo: name,
      issue_number: existing.number,
      body: `All identity checks pass again (${new Date().toISOString()}). Closing.\n\n${table(certs)}`,
    });
    await octokit.rest.issues.update({ owner, repo: name, issue_number: existing.number, state: 'closed', state_reason: 'completed' });
    core.info(`closed expiry-guard issue #${existing.number}`);
    core.setOutput('issue', String(existing.number));
    return existing.number;
  }

  const body = render(marker, report, certs);
  if (existing) {
    await octokit.rest.issues.update({ owner, repo: name, issue_number: existing.number, title: inputs.issueTitle, body });
    core.info(`updated expiry-guard issue #${existing.number}`);
    core.setOutput('issue', String(existing.number));
    return existing.number;
  }
  const created = await octokit.rest.issues.create({ owner, repo: name, title: inputs.issueTitle, body, labels: [GUARD_LABEL] });
  core.info(`opened expiry-guard issue #${created.data.number}`);
  core.setOutput('issue', String(created.data.number));
  return created.data.number;
}

function render(marker: string, report: CheckReport, certs: CertSummary[]): string {
  const problems = report.checks.filter((c) => c.result !== 'success' && !c.skipped);
  const run =
    process.env['GITHUB_SERVER_URL'] && process.env['GITHUB_RUN_ID']
      ? `${process.env['GITHUB_SERVER_URL']}/${process.env['GITHUB_REPOSITORY']}/actions/runs/${process.env['GITHUB_RUN_ID']}`
      : undefined;
  return [
    marker,
    `Linkerd identity certificates need attention (checked ${new Date().toISOString()}${run ? `, [run](${run})` : ''}).`,
    '',
    '| result | check | detail |',
    '|---|---|---|',
    ...problems.map((c) => `| ${c.result} | ${c.description} | ${oneLine(c).replace(/\|/g, '\\|')} |`),
    '',
    table(certs),
    '',
    'Rotate with `meshci/meshci/certs@v1` (`mode: rotate-issuer`, or `mode: rotate-anchor` phase by phase). This issue closes itself when every check passes.',
  ].join('\n');
}

function table(certs: CertSummary[]): string {
  return [
    '| certificate | subject | not after | days left |',
    '|---|---|---|---|',
    ...certs.map((c) => `| ${c.role} | ${c.subject} | ${c.notAfter} | ${c.daysLeft} |`),
  ].join('\n');
}
