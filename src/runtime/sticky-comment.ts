import * as core from '@actions/core';
import * as github from '@actions/github';
import { getErrorMessage } from '../lib/errors.js';

/**
 * Sticky pull-request comments: one per marker, found again and updated in place, so a PR shows
 * the latest state (verification, environment) instead of a comment per push.
 */
export function commentMarker(key: string, kind = 'verify'): string {
  return `<!-- meshci-${kind}:${key} -->`;
}

export interface StickyResult {
  action: 'created' | 'updated' | 'skipped';
  url?: string;
  /** Why nothing was written (e.g. the read-only token of a fork's pull request). */
  reason?: string;
}

export async function upsertStickyComment(o: {
  token: string;
  repository: string;
  issueNumber: number;
  marker: string;
  body: string;
  onlyUpdate?: boolean;
}): Promise<StickyResult> {
  const [owner, repo] = o.repository.split('/');
  if (!owner || !repo) return { action: 'skipped', reason: `GITHUB_REPOSITORY '${o.repository}' is not owner/repo` };
  const octokit = github.getOctokit(o.token);
  const body = o.body.includes(o.marker) ? o.body : `${o.marker}\n${o.body}`;
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: o.issueNumber, per_page: 100 });
    // only a comment meshci could have written: by a bot (GITHUB_TOKEN posts as github-actions[bot])
    // or by someone with write access — a passer-by posting the marker first cannot hide the report
    const trusted = (c: (typeof comments)[number]) => c.user?.type === 'Bot' || ['OWNER', 'MEMBER', 'COLLABORATOR'].includes(c.author_association ?? '');
    const mine = comments.find((c) => (c.body ?? '').includes(o.marker) && trusted(c));
    if (mine) {
      const r = await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
      return { action: 'updated', url: r.data.html_url };
    }
    if (o.onlyUpdate) return { action: 'skipped', reason: 'no earlier comment to update' };
    const r = await octokit.rest.issues.createComment({ owner, repo, issue_number: o.issueNumber, body });
    return { action: 'created', url: r.data.html_url };
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 403 || status === 404) {
      return {
        action: 'skipped',
        reason: `GitHub answered ${status} (${getErrorMessage(e)}): the token cannot write pull-request comments — give the job 'permissions: pull-requests: write'; pull requests from forks get a read-only token, the report is in the job summary`,
      };
    }
    throw e;
  }
}

import { pullRequestNumber } from '../lib/event.js';
import { group } from './group.js';

export { pullRequestNumber };

/**
 * The step side of a sticky comment: decides whether to comment (mode auto = on pull-request
 * events; always = needs a PR number), warns instead of failing when it cannot, sets `comment-url`.
 */
export async function postStickyComment(o: {
  mode: 'auto' | 'always' | 'never';
  token?: string;
  prNumber?: number;
  marker: string;
  body: string;
  onlyUpdate?: boolean;
  input?: string;
}): Promise<StickyResult | undefined> {
  if (o.mode === 'never') return undefined;
  const input = o.input ?? 'comment';
  const number = o.prNumber ?? pullRequestNumber();
  if (!number) {
    if (o.mode === 'always') core.warning(`Input '${input}' is always, but this run is not for a pull request and 'pr-number' is not set: no comment written`);
    return undefined;
  }
  if (!o.token) {
    core.warning("No PR comment: input 'github-token' is empty");
    return undefined;
  }
  const r = await group(`Sticky comment on pull request #${number}`, () =>
    upsertStickyComment({
      token: o.token as string,
      repository: process.env['GITHUB_REPOSITORY'] ?? '',
      issueNumber: number,
      marker: o.marker,
      body: o.body,
      onlyUpdate: o.onlyUpdate,
    }),
  );
  if (r.action === 'skipped') {
    if (!o.onlyUpdate || r.reason !== 'no earlier comment to update') core.warning(`No PR comment: ${r.reason}`);
  } else {
    core.info(`${r.action} ${r.url}`);
    if (r.url) core.setOutput('comment-url', r.url);
  }
  return r;
}
