import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { GitHubServer } from '../helpers/github-server.js';
import { run } from '../helpers/action.js';
import * as ossl from '../helpers/openssl.js';

/** The scheduled expiry guard: `check` + `open-issue: true`, against a GitHub REST API double. */
let gh: GitHubServer;
beforeEach(async () => {
  gh = await new GitHubServer().start();
});
afterEach(async () => gh.stop());

const pair = ossl.stepLikePair();

function check(inputs: Record<string, string>, token = gh.token) {
  return run(
    'certs',
    { mode: 'check', 'trust-anchor': pair.anchor, issuer: pair.issuer, 'open-issue': 'true', 'github-token': token, ...inputs },
    { env: gh.env() },
  );
}

describe('expiry guard', () => {
  it('opens one issue below min-validity, updates it on the next run, closes it once healthy', async () => {
    const r1 = await check({ 'min-validity': '400d' });
    expect(r1.exitCode, r1.log).toBe(0);
    expect(r1.outputs['issue']).toBe('1');
    expect(gh.issues).toHaveLength(1);
    const issue = gh.issues[0]!;
    expect(issue.state).toBe('open');
    expect(issue.labels.map((l) => l.name)).toEqual(['meshci-cert-guard']);
    expect(issue.body).toContain('<!-- meshci:certs-expiry-guard:files -->');
    expect(issue.body).toMatch(/\| warning \| issuer cert is valid for at least 400 days \| issuer certificate will expire on /);
    expect(issue.body).toContain('https://github.com/acme/mesh/actions/runs/42');

    const r2 = await check({ 'min-validity': '400d', 'issue-title': 'Rotate the mesh issuer' });
    expect(r2.exitCode, r2.log).toBe(0);
    expect(gh.issues).toHaveLength(1);
    expect(gh.issues[0]!.title).toBe('Rotate the mesh issuer');

    const r3 = await check({ 'min-validity': '30d' });
    expect(r3.exitCode, r3.log).toBe(0);
    expect(gh.issues[0]!.state).toBe('closed');
    expect(gh.issues[0]!.state_reason).toBe('completed');
    expect(gh.issues[0]!.comments[0]).toMatch(/All identity checks pass again/);

    const r4 = await check({ 'min-validity': '30d' });
    expect(r4.exitCode).toBe(0);
    expect(gh.calls.filter((c) => c.startsWith('POST') || c.startsWith('PATCH'))).toHaveLength(4); // create, update, comment, close
  });

  it('files an issue for an invalid identity and still fails the step', async () => {
    const other = ossl.stepLikePair();
    const r = await run(
      'certs',
      { mode: 'check', 'trust-anchor': other.anchor, issuer: pair.issuer, 'open-issue': 'true', 'github-token': gh.token },
      { env: gh.env() },
    );
    expect(r.exitCode).toBe(1);
    expect(gh.issues[0]!.body).toMatch(/\| error \| issuer cert is issued by the trust anchor \| x509: certificate signed by unknown authority/);
  });

  it('ignores issues without its marker and pull requests', async () => {
    gh.issues.push({ number: 1, title: 'other', body: 'not ours', state: 'open', labels: [{ name: 'meshci-cert-guard' }], comments: [] });
    gh.issues.push({
      number: 2,
      title: 'pr',
      body: '<!-- meshci:certs-expiry-guard:files -->',
      state: 'open',
      labels: [{ name: 'meshci-cert-guard' }],
      comments: [],
      pull_request: {},
    });
    const r = await check({ 'min-validity': '400d' });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs['issue']).toBe('3');
    expect(gh.issues[0]!.body).toBe('not ours');
  });

  it('a bad token fails the step saying which permission is needed, after the summary is written', async () => {
    const r = await check({ 'min-validity': '400d' }, 'ghs_wrong');
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(/expiry guard: GitHub API call failed \(HTTP 401\): Bad credentials.*input 'github-token' needs permission issues: write/);
    expect(r.summary).toContain('meshci certs — check');
    expect(r.log).not.toContain('ghs_wrong');
  });
});
