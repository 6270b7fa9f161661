import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  getOctokit
} from "./chunk-67WZVKMT.js";
import {
  pullRequestNumber
} from "./chunk-6MFHYSBY.js";
import {
  group,
  info,
  setOutput,
  warning
} from "./chunk-O36P7VPO.js";
import {
  getErrorMessage
} from "./chunk-HPEVLKEG.js";

// src/runtime/sticky-comment.ts
function commentMarker(key, kind = "verify") {
  return `<!-- meshci-${kind}:${key} -->`;
}
async function upsertStickyComment(o) {
  const [owner, repo] = o.repository.split("/");
  if (!owner || !repo) return { action: "skipped", reason: `GITHUB_REPOSITORY '${o.repository}' is not owner/repo` };
  const octokit = getOctokit(o.token);
  const body = o.body.includes(o.marker) ? o.body : `${o.marker}
${o.body}`;
  try {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: o.issueNumber, per_page: 100 });
    const trusted = (c) => c.user?.type === "Bot" || ["OWNER", "MEMBER", "COLLABORATOR"].includes(c.author_association ?? "");
    const mine = comments.find((c) => (c.body ?? "").includes(o.marker) && trusted(c));
    if (mine) {
      const r2 = await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
      return { action: "updated", url: r2.data.html_url };
    }
    if (o.onlyUpdate) return { action: "skipped", reason: "no earlier comment to update" };
    const r = await octokit.rest.issues.createComment({ owner, repo, issue_number: o.issueNumber, body });
    return { action: "created", url: r.data.html_url };
  } catch (e) {
    const status = e.status;
    if (status === 403 || status === 404) {
      return {
        action: "skipped",
        reason: `GitHub answered ${status} (${getErrorMessage(e)}): the token cannot write pull-request comments \u2014 give the job 'permissions: pull-requests: write'; pull requests from forks get a read-only token, the report is in the job summary`
      };
    }
    throw e;
  }
}
async function postStickyComment(o) {
  if (o.mode === "never") return void 0;
  const input = o.input ?? "comment";
  const number = o.prNumber ?? pullRequestNumber();
  if (!number) {
    if (o.mode === "always") warning(`Input '${input}' is always, but this run is not for a pull request and 'pr-number' is not set: no comment written`);
    return void 0;
  }
  if (!o.token) {
    warning("No PR comment: input 'github-token' is empty");
    return void 0;
  }
  const r = await group(
    `Sticky comment on pull request #${number}`,
    () => upsertStickyComment({
      token: o.token,
      repository: process.env["GITHUB_REPOSITORY"] ?? "",
      issueNumber: number,
      marker: o.marker,
      body: o.body,
      onlyUpdate: o.onlyUpdate
    })
  );
  if (r.action === "skipped") {
    if (!o.onlyUpdate || r.reason !== "no earlier comment to update") warning(`No PR comment: ${r.reason}`);
  } else {
    info(`${r.action} ${r.url}`);
    if (r.url) setOutput("comment-url", r.url);
  }
  return r;
}

export {
  commentMarker,
  postStickyComment
};
