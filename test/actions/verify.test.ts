import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync, mkdirSync, statSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubeServer } from '../helpers/kube-server.js';
import { installLinkerd, type Fixture } from '../helpers/linkerd-fixture.js';
import { linkerdStub, type LinkerdStub } from '../helpers/linkerd-cli-stub.js';
import { GitHubServer } from '../helpers/github-server.js';
import { run, expectNoKeyMaterial, visible, ROOT } from '../helpers/action.js';
import { fx } from '../helpers/verify-evidence.js';
import { meshDgraph, playNetwork, type MeshNetwork } from '../helpers/mesh-network.js';

/**
 * The verify action's dist entry, run as the runner runs it, against the Kubernetes double with
 * Linkerd laid out (linkerd-fixture) and Dgraph meshed, a recording linkerd CLI that prints
 * Linkerd's own output, and the test playing Job controller, kubelet and network (mesh-network.ts).
 * The verdicts are the action's.
 */
let s: KubeServer;
let kubeconfig: string;
let l5d: LinkerdStub;
let linkerd: Fixture;
let out: string;
let net: MeshNetwork;

beforeEach(async () => {
  s = await new KubeServer().start();
  kubeconfig = s.kubeconfig();
  linkerd = installLinkerd(s, { helm: true });
  meshDgraph(s);
  net = playNetwork(s);
  l5d = linkerdStub();
  l5d.set({ check: fx('check-healthy.json'), edges: fx('edges-dgraph.json') });
  out = join(mkdtempSync(join(tmpdir(), 'meshci-verify-')), 'out');
});
afterEach(async () => s.stop());

const verify = (inputs: Record<string, string> = {}, env: Record<string, string> = {}) =>
  run('verify', { kubeconfig, 'output-dir': out, timeout: '20s', ...inputs }, { env: { ...l5d.env, ...env } });

describe('verify against a cluster', () => {
  it('a healthy mesh: passes, with the matrix, balance, mTLS and checks in the summary, JSON, JUnit and evidence', async () => {
    const r = await verify();
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs).toMatchObject({ verdict: 'pass', failed: '0', report: join(out, 'report.json'), junit: join(out, 'junit.xml'), 'evidence-dir': out });
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.matrix.map((m: any) => `${m.probe}:${m.observed}`)).toEqual([
      'unmeshed-http:blocked',
      'unmeshed-grpc:blocked',
      'meshed-http:allowed',
      'meshed-grpc:allowed',
    ]);
    expect(report.balance).toMatchObject({ verdict: 'balanced', total: 100, connections: 1 });
    expect(report.controlPlaneVersion).toBe('stable-2.14.10');
    // linkerd check --proxy as JSON against this cluster, then viz edges per namespace
    expect(l5d.calls().filter((c) => c[0] !== 'version')).toEqual([
      ['check', '--proxy', '-o', 'json', '--wait', '120s', '--linkerd-namespace', 'linkerd', '--kubeconfig', kubeconfig],
      ['viz', 'edges', 'po', '-n', 'dgraph', '-o', 'json', '--linkerd-namespace', 'linkerd', '--kubeconfig', kubeconfig],
    ]);
    // probe Jobs ran in their own namespace, and it is gone with them (this run created it)
    expect(s.get('v1', 'Namespace', '', 'meshci-probes')).toBeUndefined();
    expect(r.log).toContain('deleted namespace meshci-probes, which this run created for its probes');
    expect(s.list('batch/v1', 'Job', 'meshci-probes')).toEqual([]);
    expect(r.summary).toContain('<h2>✅ meshci verify: pass</h2>');
    expect(r.summary).toContain(
      '<td>unmeshed-http<br><sub>unmeshed</sub></td><td><code>dgraph-dgraph-alpha.dgraph:8080/health</code></td><td>blocked → blocked</td>',
    );
    expect(r.log).toMatch(
      /✅ connectivity: unmeshed-http — blocked as expected: connect timed out \(10\.96\.14\.7\): curl: \(28\) Connection timed out after 3002 milliseconds: dropped; the control meshed-http reached it/,
    );
    expect(readFileSync(join(out, 'junit.xml'), 'utf8')).toMatch(/<testsuites name="meshci verify" tests="\d+" failures="0"/);
    expect(readdirSync(out).sort()).toEqual(
      ['balance.log', 'edges', 'evidence.json', 'identity', 'linkerd-check.json', 'probes', 'report.html', 'report.json', 'junit.xml'].sort(),
    );
    // the evidence holds the public certificates, never the issuer key; nor does anything the user sees
    expect(readFileSync(join(out, 'identity', 'issuer.crt'), 'utf8')).toBe(linkerd.issuer);
    const everything = readdirSync(out, { recursive: true })
      .map(String)
      .filter((f) => statSync(join(out, f)).isFile())
      .map((f) => readFileSync(join(out, f), 'utf8'))
      .join('\n');
    expectNoKeyMaterial('evidence folder', everything, [linkerd.issuerKey, linkerd.anchorKey]);
    for (const [w, t] of Object.entries(visible(r))) expectNoKeyMaterial(w, t, [linkerd.issuerKey]);
  });

  it('without the mesh-only NetworkPolicy the unmeshed client gets through: the step fails and says which probe', async () => {
    net.policy = 'open';
    const r = await verify();
    expect(r.exitCode).toBe(1);
    expect(r.outputs['verdict']).toBe('fail');
    expect(r.outputs['failed']).toBe('2');
    expect(r.log).toContain(
      '::error::meshci/verify failed: 2 findings failed: connectivity: unmeshed-http: expected blocked, observed allowed: HTTP 200; connectivity: unmeshed-grpc: expected blocked, observed allowed: gRPC OK { "tag": "v24.1.1" }',
    );
    expect(r.summary).toContain('<h2>❌ meshci verify: fail</h2>');
    // the report was written before the step failed
    expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).verdict).toBe('fail');
  });

  it('gRPC pinned to one pod fails the balancing verdict', async () => {
    net.balanceSpread = [100, 0, 0];
    const r = await verify();
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(/balancing: gRPC dgraph-dgraph-alpha\.dgraph\.svc\.cluster\.local:9080: 100 calls over 1 connection\(s\), unbalanced/);
  });

  it('a namespace that does not exist is reported, not skipped; linkerd check errors fail with their hint', async () => {
    l5d.set({ check: fx('check-proxy-viz.json'), checkExit: 1 });
    const r = await verify({ namespaces: 'dgraph\npayments' });
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.failures).toContain("data-plane: namespace payments: namespace 'payments' does not exist (input 'namespaces')");
    expect(report.failures).toContain(
      'control-plane: linkerd-data-plane: data plane proxies are ready: No "linkerd-proxy" containers found in the "dgraph" namespace',
    );
  });

  it('linkerd-cli none and balance-requests 0 are skips, not failures', async () => {
    const r = await verify({ 'linkerd-cli': 'none', 'balance-requests': '0' });
    expect(r.exitCode, r.log).toBe(0);
    expect(l5d.calls()).toEqual([]);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.counts.skip).toBe(3);
  });
});

describe('verify offline (evidence-dir)', () => {
  it('re-analyses a saved bundle without a cluster into the same report', async () => {
    const first = await verify();
    expect(first.exitCode, first.log).toBe(0);
    const report1 = readFileSync(join(out, 'report.json'), 'utf8');
    await s.stop();
    const again = join(mkdtempSync(join(tmpdir(), 'meshci-verify-')), 'again');
    const r = await run('verify', { 'evidence-dir': out, 'output-dir': again, kubeconfig: '/nonexistent' });
    expect(r.exitCode, r.log).toBe(0);
    expect(readFileSync(join(again, 'report.json'), 'utf8')).toBe(report1);
    expect(readFileSync(join(again, 'junit.xml'), 'utf8')).toBe(readFileSync(join(out, 'junit.xml'), 'utf8'));
    s = await new KubeServer().start(); // for afterEach
  });
});

describe('the committed sample evidence (examples/verify-evidence, used by ci.yml)', () => {
  it('still reads and passes: a schema change must update the sample', async () => {
    const r = await run('verify', { 'evidence-dir': join(ROOT, 'examples', 'verify-evidence'), 'output-dir': out });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs['verdict']).toBe('pass');
  });
});

describe('sticky PR comment', () => {
  let gh: GitHubServer;
  let evidence: string;
  beforeEach(async () => {
    gh = await new GitHubServer().start();
    const first = await verify();
    expect(first.exitCode, first.log).toBe(0);
    evidence = out;
  });
  afterEach(async () => gh.stop());

  const prEnv = (n: number) => {
    const event = join(mkdtempSync(join(tmpdir(), 'meshci-event-')), 'event.json');
    writeFileSync(event, JSON.stringify({ action: 'synchronize', number: n, pull_request: { number: n, head: { ref: 'feature' } } }));
    return { ...gh.env(), GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event };
  };
  const offline = (inputs: Record<string, string>, env: Record<string, string>) =>
    run(
      'verify',
      { 'evidence-dir': evidence, 'output-dir': join(mkdtempSync(join(tmpdir(), 'meshci-verify-')), 'o'), 'github-token': gh.token, ...inputs },
      { env },
    );

  it('creates one comment on the pull request, then updates it in place; other comments are left alone', async () => {
    const pr = gh.addIssue('Add payments', { pr: true });
    gh.addComment(pr, 'LGTM');
    const a = await offline({}, prEnv(pr.number));
    expect(a.exitCode, a.log).toBe(0);
    expect(pr.comments).toHaveLength(2);
    expect(pr.comments[1]).toMatch(/^<!-- meshci-verify:default -->\n<h2>✅ meshci verify: pass<\/h2>/);
    expect(a.outputs['comment-url']).toMatch(/^https:\/\/github\.com\/acme\/mesh\/pull\/1#issuecomment-\d+$/);
    const b = await offline({}, prEnv(pr.number));
    expect(b.exitCode).toBe(0);
    expect(pr.comments).toHaveLength(2);
    expect(gh.calls.filter((c) => c.startsWith('PATCH'))).toHaveLength(1);
    // a second verify step with its own key gets its own comment
    await offline({ 'comment-key': 'staging' }, prEnv(pr.number));
    expect(pr.comments).toHaveLength(3);
    expect(pr.comments[0]).toBe('LGTM');
  });

  it('a passer-by who posts the marker first cannot take over or hide the report', async () => {
    const pr = gh.addIssue('Spoofed', { pr: true });
    gh.addComment(pr, '<!-- meshci-verify:default -->\nall good, nothing to see');
    const a = await offline({}, prEnv(pr.number));
    expect(a.exitCode, a.log).toBe(0);
    expect(pr.comments).toHaveLength(2);
    expect(pr.comments[0]).toBe('<!-- meshci-verify:default -->\nall good, nothing to see');
    expect(pr.comments[1]).toMatch(/^<!-- meshci-verify:default -->\n<h2>✅ meshci verify: pass<\/h2>/);
    // a maintainer's comment with the marker is one meshci may update
    const pr2 = gh.addIssue('Maintained', { pr: true });
    gh.addComment(pr2, '<!-- meshci-verify:default -->\nold report', { login: 'maintainer', type: 'User', association: 'MEMBER' });
    await offline({}, prEnv(pr2.number));
    expect(pr2.comments).toHaveLength(1);
    expect(pr2.comments[0]).toMatch(/<h2>✅ meshci verify: pass<\/h2>/);
  });

  it('a read-only token (a pull request from a fork) warns and the step still passes', async () => {
    const pr = gh.addIssue('From a fork', { pr: true });
    gh.readOnly = true;
    const r = await offline({}, prEnv(pr.number));
    expect(r.exitCode, r.log).toBe(0);
    expect(r.log).toMatch(/::warning::No PR comment: GitHub answered 403 \(Resource not accessible by integration.*pull-requests: write/);
    expect(pr.comments).toEqual([]);
  });

  it('no pull request, comment auto: nothing is posted', async () => {
    const r = await offline({}, { ...gh.env(), GITHUB_EVENT_NAME: 'push' });
    expect(r.exitCode).toBe(0);
    expect(gh.calls).toEqual([]);
  });
});

describe('bad input', () => {
  it('an invalid expectations file names file, line and field, before touching the cluster', async () => {
    const f = join(mkdtempSync(join(tmpdir(), 'meshci-exp-')), 'expect.yaml');
    writeFileSync(f, 'probes:\n  - name: a\n    client: sidecar\n    protocol: http\n    target: x:80\n    expect: blocked\n');
    const r = await verify({ expectations: f });
    expect(r.exitCode).toBe(1);
    expect(r.log).toContain(`::error::meshci/verify configuration error: ${f}:3: probes[0].client: 'sidecar' is not one of meshed, unmeshed`);
    expect(s.list('v1', 'Namespace').map((n) => n.metadata.name)).not.toContain('meshci-probes');
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [{ 'probe-namespace': 'dgraph' }, "Input 'probe-namespace' 'dgraph' is also in 'namespaces'"],
    [{ 'probe-namespace': 'kube-system' }, "Input 'probe-namespace' 'kube-system' is a namespace of the cluster or the control plane"],
    [{ 'probe-namespace': 'linkerd' }, "Input 'probe-namespace' 'linkerd' is a namespace of the cluster or the control plane"],
    [{ 'balance-max-ratio': '0.5' }, "Input 'balance-max-ratio' has invalid value '0.5': expected a number from 1 to 100"],
    [{ 'curl-image': 'Curl Image' }, "Input 'curl-image' has invalid value 'Curl Image': expected an image reference like curlimages/curl:8.11.1"],
    [{ 'connect-timeout': '20s', 'max-time': '5s' }, "Input 'max-time' (5s) is shorter than 'connect-timeout' (20s)"],
    [
      { 'linkerd-cli': '/no/such/linkerd' },
      "Input 'linkerd-cli' has invalid value '/no/such/linkerd': expected auto, none or the path of a linkerd binary (no such file)",
    ],
    [{ comment: 'sometimes' }, "Input 'comment' has invalid value 'sometimes': allowed values are auto, always, never"],
  ])('%o', async (inputs, msg) => {
    const r = await verify(inputs);
    expect(r.exitCode).toBe(1);
    expect(r.log).toContain(`::error::meshci/verify configuration error: ${msg}`);
  });

  it('an output-dir holding other files is refused and left as it was', async () => {
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'notes.txt'), 'mine');
    const r = await verify();
    expect(r.exitCode).toBe(1);
    expect(r.log).toContain(`Input 'output-dir' folder '${out}' is not empty and holds no evidence.json: refusing to replace it`);
    expect(readdirSync(out)).toEqual(['notes.txt']);
    expect(readdirSync(join(out, '..'))).toEqual(['out']);
  });

  it('an evidence-dir that does not exist, or holds no evidence.json', async () => {
    const r = await run('verify', { 'evidence-dir': tmpdir() + '/nope', 'output-dir': out });
    expect(r.exitCode).toBe(1);
    expect(r.log).toContain(`::error::meshci/verify configuration error: Input 'evidence-dir' names '${tmpdir()}/nope', which does not exist`);
    const empty = mkdtempSync(join(tmpdir(), 'meshci-noevidence-'));
    const e = await run('verify', { 'evidence-dir': empty, 'output-dir': out });
    expect(e.log).toContain(`::error::meshci/verify configuration error: Input 'evidence-dir' folder '${empty}' has no evidence.json`);
  });
});

describe('a verdict only on proof, end to end', () => {
  it('output-dir under folders that do not exist yet: created with its parents, the run passes', async () => {
    const deep = join(mkdtempSync(join(tmpdir(), 'meshci-verify-')), 'a', 'b', 'out');
    const r = await verify({ 'output-dir': deep });
    expect(r.exitCode, r.log).toBe(0);
    expect(readdirSync(deep)).toContain('report.json');
  });

  it('fail-on-warning: the failed output, JUnit and the summary count the warning that failed the step', async () => {
    // one Dgraph pod still runs an older proxy: linkerd check style warning, not a failure
    const p = s.get('v1', 'Pod', 'dgraph', 'dgraph-dgraph-zero-2')!;
    s.put({ ...p, metadata: { ...p.metadata, annotations: { ...p.metadata.annotations, 'linkerd.io/proxy-version': 'stable-2.14.9' } } });
    const r = await verify({ 'fail-on-warning': 'true' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ verdict: 'fail', failed: '1' });
    expect(readFileSync(join(out, 'junit.xml'), 'utf8')).toMatch(/<testsuites name="meshci verify" tests="\d+" failures="1"/);
    expect(r.summary).toContain('1 warnings (failing: fail-on-warning), 0 failed');
    expect(r.log).toContain(
      '::error::meshci/verify failed: 1 finding failed: data-plane: pod dgraph/dgraph-dgraph-zero-2 proxy version: (warning, fail-on-warning) proxy stable-2.14.9',
    );
  });

  it('a Pending Dgraph pod fails the data plane, named, with its container state', async () => {
    const p = s.get('v1', 'Pod', 'dgraph', 'dgraph-dgraph-alpha-2')!;
    s.put({
      ...p,
      status: {
        phase: 'Pending',
        conditions: [{ type: 'Ready', status: 'False' }],
        containerStatuses: [
          { name: 'linkerd-proxy', ready: false, restartCount: 0, state: { waiting: { reason: 'ImagePullBackOff' } } },
          { name: 'alpha', ready: false, restartCount: 0, state: { waiting: { reason: 'PodInitializing' } } },
        ],
      },
    });
    const r = await verify();
    expect(r.exitCode).toBe(1);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.failures).toContain(
      'data-plane: pod dgraph/dgraph-dgraph-alpha-2: phase Pending: linkerd-proxy waiting: ImagePullBackOff, alpha waiting: PodInitializing',
    );
  });

  it('viz unreadable (403 on namespaces) is named before any probe runs, not taken for "viz is not installed"', async () => {
    s.forbid('list', 'namespaces');
    const r = await verify();
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(
      /nothing was changed: the kubeconfig's credentials lack 1 permission\(s\) verify needs: list namespaces cluster-wide \(whether the viz extension is installed\)/,
    );
    expect(s.requests.filter((q) => q.verb === 'create' && !q.path?.includes('selfsubjectaccessreviews'))).toEqual([]);
  });
});

describe('untrusted evidence-dir', () => {
  const crafted = async (f: (index: any, dir: string) => void) => {
    const first = await verify();
    expect(first.exitCode, first.log).toBe(0);
    const dir = join(mkdtempSync(join(tmpdir(), 'meshci-crafted-')), 'artifact');
    renameSync(out, dir);
    const index = JSON.parse(readFileSync(join(dir, 'evidence.json'), 'utf8'));
    f(index, dir);
    writeFileSync(join(dir, 'evidence.json'), JSON.stringify(index));
    return dir;
  };

  it('a bundle that points at the kubeconfig is refused; nothing is copied into output-dir', async () => {
    const dir = await crafted((j) => {
      j.check.file = kubeconfig;
    });
    const dest = join(mkdtempSync(join(tmpdir(), 'meshci-verify-')), 'o');
    const r = await run('verify', { 'evidence-dir': dir, 'output-dir': dest });
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(
      /::error::meshci\/verify configuration error: Input 'evidence-dir': .*evidence\.json does not hold evidence meshci wrote: check\.file: expected a relative path inside the evidence folder/,
    );
    expect(existsSync(dest)).toBe(false);
    expect(r.log).not.toContain(
      readFileSync(kubeconfig, 'utf8')
        .split('\n')
        .find((l) => l.includes('token')) ?? 'no token line',
    );
  });

  it('a probe name that would write outside output-dir is refused before anything is written', async () => {
    const dir = await crafted((j) => {
      j.probes[0].probe.name = '../../escaped';
    });
    const parent = mkdtempSync(join(tmpdir(), 'meshci-verify-'));
    const r = await run('verify', { 'evidence-dir': dir, 'output-dir': join(parent, 'o') });
    expect(r.exitCode).toBe(1);
    expect(r.log).toContain('probes[0].probe.name: expected a lowercase name of letters, digits and dashes');
    expect(readdirSync(parent)).toEqual([]);
    expect(existsSync(join(parent, '..', 'escaped-1.log'))).toBe(false);
  });

  it('a bundle with its probes removed fails the verdict (no evidence, no pass), it does not crash', async () => {
    const dir = await crafted((j) => {
      delete j.probes;
    });
    const r = await run('verify', { 'evidence-dir': dir, 'output-dir': join(mkdtempSync(join(tmpdir(), 'meshci-verify-')), 'o') });
    expect(r.exitCode).toBe(1);
    expect(r.outputs['verdict']).toBe('fail');
    expect(r.log).toContain('connectivity: probes: no evidence: no probe ran');
    expect(r.log).not.toMatch(/TypeError/);
  });
});

describe('kubeconfig given as content (azure/k8s-set-context style)', () => {
  it('works, and the bearer token never reaches the log, the summary or the outputs', async () => {
    const content = readFileSync(kubeconfig, 'utf8');
    const token = /token:\s*(\S+)/.exec(content)?.[1] ?? '';
    expect(token.length).toBeGreaterThan(8);
    const r = await verify({ kubeconfig: content });
    expect(r.exitCode, r.log).toBe(0);
    for (const [w, t] of Object.entries(visible(r))) expect(t.includes(token), w).toBe(false);
  });

  it('an unreachable cluster in kubeconfig content: the error names the server, never the content', async () => {
    const content = readFileSync(kubeconfig, 'utf8');
    const token = /token:\s*(\S+)/.exec(content)?.[1] ?? '';
    await s.stop();
    const r = await verify({ kubeconfig: content, 'linkerd-cli': 'none', 'balance-requests': '0' });
    s = await new KubeServer().start();
    expect(r.exitCode).toBe(1);
    for (const [w, t] of Object.entries(visible(r))) {
      expect(t.includes(token), w).toBe(false);
      expect(t.includes('certificate-authority-data'), w).toBe(false);
    }
  });
});
