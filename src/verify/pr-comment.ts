import * as github from '@actions/github';
import { getErrorMessage } from '../lib/errors.js';

/**
 * One sticky comment per pull request and report key, found again by a hidden marker and updated
 * in place, so a PR shows the latest verification instead of a comment per push.
 */
export function commentMarker(key: string): string {
  return `<!-- meshci-verify:${key} -->`;
}

export interface StickyResult {
  action: 'created' | 'updated' | 'skipped';
  url?: string;
  /** Why nothing was written (e.g. the read-only token of a fork's pull request). */
  reason?: string;
}

export async function upsertStickyComment(o: { token: string; repository: string; issueNumber: number; marker: string; body: string }): Promise<StickyResult> {
  const [owner, repo] = o.repository.split('/');
  if (!owner || !repo) return { action: 'skipped', reason: `GITHUB_REPOSITORY '${o.repository}' is not owner/repo` };
  const octokit = github.getOctokit(o.token);
  const body = o.body.includes(o.marker) ? o.body : `${o.marker}\n${o.body}`;
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: o.issueNumber, per_page: 100 });
    const mine = comments.find((c) => (c.body ?? '').includes(o.marker));
    if (mine) {
      const r = await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
      return { action: 'updated', url: r.data.html_url };
    }
    const r = await octokit.rest.issues.createComment({ owner, repo, issue_number: o.issueNumber, body });
    return { action: 'created', url: r.data.html_url };
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status === 403 || status === 404) {
      return { action: 'skipped', reason: `GitHub answered ${status} (${getErrorMessage(e)}): the token cannot write pull-request comments — give the job 'permissions: pull-requests: write'; pull requests from forks get a read-only token, the report is in the job summary` };
    }
    throw e;
  }
}

/** The pull request this run belongs to, from the event payload (pull_request / pull_request_target). */
export function pullRequestNumber(): number | undefined {
  const pr = github.context.payload.pull_request as { number?: number } | undefined;
  return pr?.number;
}
