import { readFileSync, existsSync } from 'node:fs';
import { getErrorMessage } from './errors.js';

/**
 * The pull request this run belongs to, from the event payload the runner writes to
 * GITHUB_EVENT_PATH (pull_request / pull_request_target) — read directly, so reading inputs does
 * not load @actions/github and its HTTP client.
 */
export function pullRequestNumber(): number | undefined {
  const path = process.env['GITHUB_EVENT_PATH'];
  if (!path || !existsSync(path)) return undefined;
  // an event file that cannot be read or parsed is the runner's failure, not "no pull request"
  let event: { pull_request?: { number?: number } };
  try {
    event = JSON.parse(readFileSync(path, 'utf8')) as typeof event;
  } catch (e) {
    throw new Error(`cannot read the event payload GITHUB_EVENT_PATH=${path}: ${getErrorMessage(e)}`);
  }
  return typeof event.pull_request?.number === 'number' ? event.pull_request.number : undefined;
}
