import { readFileSync, existsSync } from 'node:fs';

/**
 * The pull request this run belongs to, from the event payload the runner writes to
 * GITHUB_EVENT_PATH (pull_request / pull_request_target) — read directly, so reading inputs does
 * not load @actions/github and its HTTP client.
 */
export function pullRequestNumber(): number | undefined {
  const path = process.env['GITHUB_EVENT_PATH'];
  if (!path || !existsSync(path)) return undefined;
  try {
    const event = JSON.parse(readFileSync(path, 'utf8')) as { pull_request?: { number?: number } };
    return typeof event.pull_request?.number === 'number' ? event.pull_request.number : undefined;
  } catch {
    return undefined;
  }
}
