import { describe, it, expect } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../../src/verify/judge.js';
import type { Report } from '../../../src/verify/verdict-types.js';
import { readEvidence, writeEvidence, type Evidence } from '../../../src/verify/evidence.js';
import { renderHtml, renderJunit } from '../../../src/verify/report.js';
import { openssl } from '../../helpers/openssl.js';
import {
  healthyEvidence,
  probeLog,
  balanceLog,
  pod,
  certs,
  collectedWith,
  fx,
  grpcAnswer,
  proxyMetrics,
  ALPHA,
  HEALTHY_BODY,
  DROPPED,
  REFUSED,
  NXDOMAIN,
  NO_TOOL,
  type Wire,
} from '../../helpers/verify-evidence.js';

/**
 * The verdicts, from real-shaped evidence (docs/reference/linkerd-check.md formats; docs/reference/dgraph.md#health-and-checkversion): a healthy mesh
 * passes, and each of the issue's broken cases fails with a reason a person can act on.
 */
const DAY = 86_400_000;
const opts = { minCertValidityMs: 60 * DAY, balanceMaxRatio: 3, failOnWarning: false };
const fails = (r: Report) => r.findings.filter((f) => f.status === 'fail');

describe('a healthy mesh', () => {
  const e = healthyEvidence();
  const r = analyze(e, opts);
  it('passes every section; in an air-gapped cluster the version checks are not applicable, not mesh warnings', () => {
    expect(fails(r)).toEqual([]);
    expect(r.verdict).toBe('pass');
    expect(r.findings.filter((f) => f.status === 'warn')).toEqual([]);
    expect(r.findings.filter((f) => f.status === 'skip').map((f) => [f.name, f.detail])).toEqual([
      [
        'linkerd-version: can determine the latest version',
        expect.stringMatching(
          /^not applicable: needs Linkerd's version service on the internet, which this cluster could not reach \(Get "https:\/\/versioncheck\.linkerd\.io/,
        ),
      ],
      ['linkerd-version: cli is up-to-date', expect.stringMatching(/^not applicable: .*\(unsupported version channel: stable-2\.14\.10\)$/)],
    ]);
    expect(r.counts.pass).toBeGreaterThan(40);
    expect(analyze(e, { ...opts, failOnWarning: true }).verdict).toBe('pass');
  });

  it('the matrix: unmeshed blocked, meshed allowed, HTTP and gRPC', () => {
    expect(r.matrix.map((m) => [m.probe, m.expected, m.observed, m.pass])).toEqual([
      ['unmeshed-http', 'blocked', 'blocked', true],
      ['unmeshed-grpc', 'blocked', 'blocked', true],
      ['meshed-http', 'allowed', 'allowed', true],
      ['meshed-grpc', 'allowed', 'allowed', true],
    ]);
    expect(r.matrix[0]!.detail).toMatch(
      /^connect timed out \(10\.96\.14\.7\): curl: \(28\) Connection timed out after 3002 milliseconds: dropped; the control meshed-http reached it$/,
    );
    expect(r.matrix[1]!.detail).toMatch(/dropped; the control meshed-grpc reached it$/);
  });

  it("mTLS from both sources: viz edges and the meshed clients' own proxies", () => {
    const m = r.findings.filter((f) => f.section === 'mtls');
    expect(m.map((f) => [f.name, f.status])).toEqual([
      [`meshed-http → ${ALPHA}:8080`, 'pass'],
      [`meshed-grpc → ${ALPHA}:9080`, 'pass'],
      ['edge linkerd-viz/prometheus-7b8d5c6b9f-x2lqp → dgraph/dgraph-dgraph-alpha-0', 'pass'],
      ['edge linkerd-viz/prometheus-7b8d5c6b9f-x2lqp → dgraph/dgraph-dgraph-alpha-1', 'pass'],
      ['edge linkerd-viz/prometheus-7b8d5c6b9f-x2lqp → dgraph/dgraph-dgraph-zero-0', 'pass'],
    ]);
    expect(m[0]!.detail).toBe('1 request(s) over mTLS to default.dgraph.serviceaccount.identity.linkerd.cluster.local');
    expect(r.traffic['meshed-grpc']).toMatchObject([{ dst: 'dgraph-dgraph-alpha-2', tls: 'true', requests: 1, responses: { 'grpc 0': 1 } }]);
  });

  it('balancing: 100 calls over one connection spread over the three alphas', () => {
    expect(r.balance).toMatchObject({ verdict: 'balanced', total: 100, sent: 100, connections: 1 });
    expect(r.findings.find((f) => f.section === 'balancing')!.detail).toBe(
      '100 calls over 1 connection(s), spread over 3 pods: dgraph-dgraph-alpha-0 34, dgraph-dgraph-alpha-1 31, dgraph-dgraph-alpha-2 35',
    );
  });

  it('data plane and identity', () => {
    expect(r.findings.find((f) => f.name === 'namespace dgraph')).toMatchObject({ status: 'pass', detail: '6/6 pods meshed, running and ready' });
    expect(r.certificates.map((c) => [c.role, c.daysLeft])).toEqual([
      ['trust anchor', 3650],
      ['issuer', 365],
    ]);
  });
});

describe('each broken case fails with a readable reason', () => {
  const mutate = (
    f: (e: Evidence) => void,
    extra: Partial<typeof opts> & { acceptRefused?: boolean; expect?: { check?: boolean; balance?: boolean } } = {},
  ): Report => {
    const e = structuredClone(healthyEvidence());
    f(e);
    return analyze(e, { ...opts, ...extra });
  };

  it('an expected-blocked probe that succeeded (the NetworkPolicy is missing)', () => {
    const r = mutate((e) => {
      const p = e.probes[0]!;
      p.attempts = [{ log: probeLog(p.probe, { body: HEALTHY_BODY }) }];
    });
    expect(r.verdict).toBe('fail');
    expect(r.failures).toEqual(['connectivity: unmeshed-http: expected blocked, observed allowed: HTTP 200']);
  });

  it('an unmeshed pod in a checked namespace', () => {
    const r = mutate((e) => {
      (e.pods as { text: ReturnType<typeof pod>[] }).text.push(
        pod('legacy-5d9c7b-abcde', { containers: ['legacy'], initContainers: [], labels: {}, annotations: {}, ownerKind: 'ReplicaSet' }),
      );
    });
    expect(r.failures).toEqual([
      'data-plane: pod dgraph/legacy-5d9c7b-abcde: not meshed: no linkerd-proxy container; restart it after enabling injection (kubectl rollout restart)',
      'data-plane: namespace dgraph: 6/7 pods meshed, running and ready',
    ]);
  });

  it('an edge without TLS', () => {
    const r = mutate((e) => {
      e.edges['dgraph'] = { text: fx('edges.json') };
    });
    expect(r.failures).toEqual(['mtls: edge linkerd-viz/prometheus → dgraph/legacy: not mTLS: Not Provided By Remote']);
    // edges between other namespaces are listed, not judged
    expect(r.edges.map((x) => x.src)).toContain('emojivoto/vote-bot');
  });

  it('a meshed probe whose request went out without mTLS', () => {
    const r = mutate((e) => {
      const p = e.probes[2]!;
      p.attempts = [{ log: probeLog(p.probe, { body: HEALTHY_BODY, metrics: proxyMetricsPlain() }) }];
    });
    expect(r.failures).toEqual([
      `mtls: meshed-http → ${ALPHA}:8080: 1 of 1 request(s) to ${ALPHA}:8080 without mTLS (tls=no_identity)`,
      `connectivity: meshed-http: expected allowed, observed allowed: HTTP 200, but 1 of 1 request(s) to ${ALPHA}:8080 without mTLS (tls=no_identity)`,
    ]);
  });

  it('an issuer expiring in 30 days', () => {
    const id = certs(30);
    const r = mutate((e) => {
      e.identity = { text: { ...id, bundleSource: 's', issuerSource: 's' } };
      e.collectedAt = collectedWith(id);
    });
    expect(r.verdict).toBe('fail');
    const notAfter = openssl(['x509', '-noout', '-enddate'], id.issuer).trim().replace('notAfter=', '');
    expect(r.failures).toEqual([
      expect.stringMatching(/^identity: linkerd-identity: issuer cert is valid for at least 60 days: issuer certificate will expire on \d{4}-\d\d-\d\dT/),
      expect.stringMatching(
        /^identity: issuer identity\.linkerd\.cluster\.local days left: 30 days left \(until .*\), below min-cert-validity 60d: rotate it with meshci\/certs mode rotate-issuer$/,
      ),
    ]);
    expect(new Date(r.certificates[1]!.notAfter).getTime()).toBe(new Date(notAfter).getTime());
  });

  it('unbalanced gRPC: every call pinned to one alpha', () => {
    const r = mutate((e) => {
      (e.balance as any).text.log = { text: balanceLog([100, 0, 0]) };
    });
    expect(r.failures).toEqual([
      'balancing: gRPC dgraph-dgraph-alpha.dgraph.svc.cluster.local:9080: 100 calls over 1 connection(s), unbalanced (busiest/quietest ∞ > 3): dgraph-dgraph-alpha-0 100, dgraph-dgraph-alpha-1 0, dgraph-dgraph-alpha-2 0',
    ]);
    expect(r.balance!.shares).toEqual({ 'dgraph-dgraph-alpha-0': 1, 'dgraph-dgraph-alpha-1': 0, 'dgraph-dgraph-alpha-2': 0 });
  });

  it('balancing counts by endpoint IP when the proxy does not label dst_pod', () => {
    const r = mutate((e) => {
      (e.balance as any).text.log = { text: balanceLog([30, 40, 30], { dstPodLabel: false }) };
    });
    expect(r.balance).toMatchObject({
      verdict: 'balanced',
      shares: { 'dgraph-dgraph-alpha-0': 0.3, 'dgraph-dgraph-alpha-1': 0.4, 'dgraph-dgraph-alpha-2': 0.3 },
    });
  });

  it('linkerd check errors fail with their hint; an unknown namespace is reported, not skipped', () => {
    const r = mutate((e) => {
      e.check = { text: fx('check-proxy-viz.json'), exitCode: 1 };
      e.namespaces.push({ name: 'payments', exists: false });
    });
    expect(r.findings.find((f) => f.name === 'linkerd-data-plane: data plane proxies are ready')).toMatchObject({
      status: 'fail',
      hint: 'https://linkerd.io/2.14/checks/#l5d-data-plane-ready',
    });
    expect(r.failures).toContain("data-plane: namespace payments: namespace 'payments' does not exist (input 'namespaces')");
  });

  it('pieces that could not be collected fail; pieces skipped by choice are skips only where the run turned them off', () => {
    const broken = (e: Evidence) => {
      e.check = { error: 'could not get the linkerd CLI stable-2.14.10: download failed' };
      e.balance = { skipped: "input 'balance-requests' is 0" };
    };
    const off = mutate(broken, { expect: { balance: false } });
    expect(off.failures).toEqual(['control-plane: linkerd check: could not get the linkerd CLI stable-2.14.10: download failed']);
    expect(off.findings.find((f) => f.section === 'balancing')).toMatchObject({ status: 'skip' });
    // the same evidence analysed by a run that expects balancing: no evidence, no pass
    expect(mutate(broken).failures).toContain("balancing: gRPC load balancing: expected, but skipped: input 'balance-requests' is 0");
  });

  it('a probe whose Job never ran is unknown and fails, whatever it expected', () => {
    const r = mutate((e) => {
      e.probes[1]!.attempts = [{ log: '', error: 'job meshci-probe-unmeshed-grpc not complete after 5m; pod x: probe ImagePullBackOff' }];
    });
    expect(r.failures).toEqual([
      'connectivity: unmeshed-grpc: expected blocked, observed unknown: job meshci-probe-unmeshed-grpc not complete after 5m; pod x: probe ImagePullBackOff',
    ]);
  });
});

function proxyMetricsPlain(): string {
  return `request_total{direction="outbound",authority="${ALPHA}:8080",target_addr="10.244.1.11:8080",tls="no_identity",no_tls_reason="not_provided_by_service_discovery",dst_pod="dgraph-dgraph-alpha-1"} 1\n`;
}

describe('the evidence bundle and the reports', () => {
  it('round-trips through a folder into the same report', () => {
    const e = healthyEvidence();
    const dir = join(mkdtempSync(join(tmpdir(), 'meshci-ev-')), 'ev');
    const files = writeEvidence(dir, e);
    expect(files.sort()).toEqual([
      'balance.log',
      'edges/dgraph.json',
      'evidence.json',
      'identity/ca-bundle.crt',
      'identity/issuer.crt',
      'linkerd-check.json',
      'probes/meshed-grpc-1.log',
      'probes/meshed-http-1.log',
      'probes/unmeshed-grpc-1.log',
      'probes/unmeshed-http-1.log',
    ]);
    expect(readEvidence(dir)).toEqual(e);
    expect(analyze(readEvidence(dir), opts)).toEqual(analyze(e, opts));
    expect(readFileSync(join(dir, 'linkerd-check.json'), 'utf8')).toBe(fx('check-healthy.json'));
    expect(readdirSync(join(dir, 'identity'))).toEqual(['ca-bundle.crt', 'issuer.crt']);
  });

  it('a damaged bundle is a clear error naming the file', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'meshci-ev-')), 'ev');
    writeEvidence(dir, healthyEvidence());
    writeFileSync(join(dir, 'evidence.json'), readFileSync(join(dir, 'evidence.json'), 'utf8').replace('probes/meshed-http-1.log', 'probes/gone.log'));
    expect(() => readEvidence(dir)).toThrow(`Input 'evidence-dir': probes/gone.log is listed in evidence.json but missing from '${dir}'`);
    expect(() => readEvidence(tmpdir())).toThrow(/has no evidence\.json/);
  });

  it('JUnit: one suite per section, failures and skips marked, XML that xmllint-style parsers accept', () => {
    const e = structuredClone(healthyEvidence());
    e.probes[0]!.attempts = [{ log: probeLog(e.probes[0]!.probe, { body: '<ok & "fine">' }) }];
    e.balance = { skipped: 'off' };
    (e.pods as { text: ReturnType<typeof pod>[] }).text[0]!.annotations['linkerd.io/proxy-version'] = 'stable-2.14.9';
    const xml = renderJunit(analyze(e, { ...opts, expect: { balance: false } }));
    expect(xml).toMatch(/<testsuite name="connectivity" tests="4" failures="1" skipped="0">/);
    expect(xml).toContain(
      '<testcase classname="meshci.verify.connectivity" name="unmeshed-http"><failure message="expected blocked, observed allowed: HTTP 200">',
    );
    expect(xml).toContain('<skipped message="off"/>');
    expect(xml).toContain('<system-out>warning: ');
    // well-formed: openssl's not an XML parser, so count balanced tags
    expect((xml.match(/<testsuite /g) ?? []).length).toBe((xml.match(/<\/testsuite>/g) ?? []).length);
  });

  it("HTML: the matrix, the balance and the failures, escaped, under GitHub's comment size", () => {
    const e = structuredClone(healthyEvidence());
    e.probes[0]!.attempts = [{ log: probeLog(e.probes[0]!.probe, {}) }];
    const html = renderHtml(analyze(e, opts), { marker: '<!-- meshci-verify:default -->' });
    expect(html.startsWith('<!-- meshci-verify:default -->\n<h2>❌ meshci verify: fail</h2>')).toBe(true);
    expect(html).toContain('<li>connectivity: unmeshed-http: expected blocked, observed allowed: HTTP 200</li>');
    expect(html).toContain('<tr><td>dgraph-dgraph-alpha-0</td><td>34</td><td>34.0%</td></tr>');
    expect(html.length).toBeLessThan(65536);
  });
});

/**
 * A verdict needs proof (ARCHITECTURE.md): each realistic way a probe, a pod or `linkerd check`
 * can fail without proving anything, on evidence in the real shapes (docs/reference/linkerd-check.md).
 */
describe('a verdict only on proof', () => {
  const mutate = (
    f: (e: Evidence) => void,
    extra: { failOnWarning?: boolean; acceptRefused?: boolean; expect?: { check?: boolean; balance?: boolean } } = {},
  ): Report => {
    const e = structuredClone(healthyEvidence());
    f(e);
    return analyze(e, { ...opts, ...extra });
  };
  const unmeshed = (e: Evidence, w: Wire) => {
    e.probes[0]!.attempts = [{ log: probeLog(e.probes[0]!.probe, w) }];
  };
  const row = (r: Report, name: string) => r.matrix.find((m) => m.probe === name)!;

  it.each([
    ['a misspelled target (NXDOMAIN)', NXDOMAIN, /^name did not resolve: dgraph-dgraph-alpha\.dgraph\.svc\.cluster\.local: curl: \(6\) Could not resolve host/],
    ['a probe image without curl (exit 127)', NO_TOOL, /^tool missing: the probe image has no runnable curl \(exit 127: sh: curl: not found\)/],
    ['a refused connection', REFUSED, /^refused by a host: connection refused or unreachable .* set accept-refused: true$/],
    [
      'an HTTP 200 whose body then timed out',
      { rc: 28, code: '200', body: '[{"sta', error: 'curl: (28) Operation timed out after 10001 milliseconds with 6 bytes received' },
      /^answered then stalled: HTTP 200/,
    ],
  ] as const)('%s is inconclusive and fails, with the reason in words', (_, wire, reason) => {
    const r = mutate((e) => unmeshed(e, wire as Wire));
    expect(r.verdict).toBe('fail');
    expect(row(r, 'unmeshed-http')).toMatchObject({ observed: 'inconclusive', pass: false, detail: expect.stringMatching(reason) });
    expect(r.failures).toEqual([expect.stringMatching(/^connectivity: unmeshed-http: expected blocked, observed inconclusive: /)]);
  });

  it('a dropped connection proves nothing when the control probe failed too (the target is down)', () => {
    const r = mutate((e) => {
      e.probes[2]!.attempts = [{ log: probeLog(e.probes[2]!.probe, DROPPED) }];
    });
    expect(row(r, 'unmeshed-http')).toMatchObject({
      observed: 'inconclusive',
      pass: false,
      detail: expect.stringMatching(/but the control probe meshed-http failed too \(connect timed out .*\): the target may simply be down$/),
    });
    expect(row(r, 'unmeshed-grpc')).toMatchObject({ observed: 'blocked', pass: true });
  });

  it("a blocked expectation without any control probe is inconclusive; Linkerd's own refusal needs none", () => {
    const r = mutate((e) => {
      e.probes = e.probes.filter((p) => p.probe.name !== 'meshed-http');
    });
    expect(row(r, 'unmeshed-http')).toMatchObject({
      observed: 'inconclusive',
      detail: expect.stringMatching(/but no control: no meshed probe expecting allowed to dgraph-dgraph-alpha\.dgraph\.svc\.cluster\.local:8080 ran/),
    });
    const refused = mutate((e) => {
      e.probes = e.probes.filter((p) => p.probe.name !== 'meshed-http');
      unmeshed(e, { code: '403', headers: 'HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n' });
    });
    expect(row(refused, 'unmeshed-http')).toMatchObject({
      observed: 'blocked',
      pass: true,
      detail: "refused by Linkerd: HTTP 403 from Linkerd's proxy (empty body, as the proxy answers)",
    });
  });

  it('accept-refused: a refusal counts as blocked when the control reached the target, and the report says so', () => {
    const r = mutate((e) => unmeshed(e, REFUSED), { acceptRefused: true });
    expect(row(r, 'unmeshed-http')).toMatchObject({
      observed: 'blocked',
      pass: true,
      detail: expect.stringContaining('counted as blocked (accept-refused: the CNI rejects); the control meshed-http reached it'),
    });
    expect(r.acceptRefused).toBe(true);
    expect(renderHtml(r)).toContain('accept-refused is on');
  });

  it('a meshed probe that reached the target while its proxy carried nothing: "reached the target without the mesh"', () => {
    const r = mutate((e) => {
      const p = e.probes[3]!;
      // the proxy's counters hold only other traffic (the call bypassed the proxy)
      p.attempts = [
        {
          log: probeLog(
            p.probe,
            grpcAnswer('v24.1.1', {
              metrics: proxyMetrics([
                {
                  authority: 'linkerd-dst-headless.linkerd.svc.cluster.local:8086',
                  pod: 'linkerd-destination-0',
                  ip: '10.244.0.5',
                  port: 8086,
                  requests: 3,
                  grpc: true,
                },
              ]),
            }),
          ),
        },
      ];
    });
    expect(row(r, 'meshed-grpc')).toMatchObject({
      observed: 'allowed',
      pass: false,
      detail: `gRPC OK { "tag": "v24.1.1" }, but reached the target without the mesh: the client's proxy counted no request to ${ALPHA}:9080`,
    });
    expect(r.findings.find((f) => f.section === 'mtls' && f.name.startsWith('meshed-grpc'))).toMatchObject({ status: 'fail' });
    // and without any metrics at all
    const none = mutate((e) => {
      const p = e.probes[2]!;
      p.attempts = [{ log: probeLog(p.probe, { body: HEALTHY_BODY }) }];
    });
    expect(row(none, 'meshed-http').detail).toMatch(/but the client's proxy printed no metrics: nothing shows the request went through the mesh$/);
  });

  it("mTLS to an identity that is not the target namespace's fails", () => {
    const r = mutate((e) => {
      const p = e.probes[2]!;
      p.attempts = [
        {
          log: probeLog(p.probe, {
            body: HEALTHY_BODY,
            metrics: proxyMetrics([{ authority: `${ALPHA}:8080`, pod: 'x', ip: '10.244.1.11', port: 8080, requests: 1 }]).replaceAll(
              'default.dgraph.serviceaccount',
              'default.evil.serviceaccount',
            ),
          }),
        },
      ];
    });
    expect(r.failures).toContain(
      `mtls: meshed-http → ${ALPHA}:8080: request(s) to ${ALPHA}:8080 over TLS to default.evil.serviceaccount.identity.linkerd.cluster.local, not an identity of namespace dgraph (<sa>.dgraph.serviceaccount.identity.linkerd.<domain>)`,
    );
  });

  it("data plane: Pending, Unknown, CrashLoopBackOff, a controller's finished pod and an unready proxy fail, each named; a Job's finished pod does not", () => {
    const r = mutate((e) => {
      const pods = (e.pods as { text: ReturnType<typeof pod>[] }).text;
      pods.push(
        pod('dgraph-dgraph-alpha-3', {
          phase: 'Pending',
          ready: false,
          statuses: [
            { name: 'linkerd-proxy', ready: false, restarts: 0, state: 'waiting: ImagePullBackOff' },
            { name: 'alpha', ready: false, restarts: 0, state: 'waiting: PodInitializing' },
          ],
        }),
      );
      pods.push(pod('dgraph-dgraph-alpha-4', { phase: 'Unknown', ready: false, statuses: [] }));
      pods.push(
        pod('dgraph-dgraph-alpha-5', {
          ready: false,
          statuses: [
            { name: 'linkerd-proxy', ready: true, restarts: 0, state: 'running' },
            { name: 'alpha', ready: false, restarts: 7, state: 'waiting: CrashLoopBackOff' },
          ],
        }),
      );
      pods.push(pod('dgraph-ratel-6b8d-x', { phase: 'Succeeded', ready: false, ownerKind: 'ReplicaSet', statuses: [] }));
      pods.push(
        pod('dgraph-dgraph-zero-3', {
          ready: false,
          statuses: [
            { name: 'linkerd-proxy', ready: false, restarts: 2, state: 'running' },
            { name: 'zero', ready: true, restarts: 0, state: 'running' },
          ],
        }),
      );
      pods.push(pod('backup-28876-abcde', { phase: 'Succeeded', ready: false, ownerKind: 'Job', statuses: [] }));
    });
    expect(r.failures).toEqual([
      'data-plane: pod dgraph/dgraph-dgraph-alpha-3: phase Pending: linkerd-proxy waiting: ImagePullBackOff, alpha waiting: PodInitializing',
      'data-plane: pod dgraph/dgraph-dgraph-alpha-4: phase Unknown',
      'data-plane: pod dgraph/dgraph-dgraph-alpha-5: running but not ready: alpha waiting: CrashLoopBackOff (7 restarts)',
      "data-plane: pod dgraph/dgraph-ratel-6b8d-x: phase Succeeded (a ReplicaSet's pod: it should be running)",
      'data-plane: pod dgraph/dgraph-dgraph-zero-3: linkerd-proxy not ready (running, 2 restarts)',
      'data-plane: namespace dgraph: 6/11 pods meshed, running and ready',
    ]);
  });

  it('linkerd check: an extension that printed its table (2.11, #7037) and exited 1 fails, with the text shown', () => {
    const r = mutate((e) => {
      e.check = { text: fx('check-2.11-viz-table.txt'), command: 'linkerd check --proxy -o json', exitCode: 1 };
    });
    expect(r.failures).toEqual([
      expect.stringMatching(
        /^control-plane: linkerd check output: 10 line\(s\) of linkerd check --proxy -o json output are not check results \(JSON documents\): linkerd-viz \| ----------- \| √ linkerd-viz Namespace exists/,
      ),
      'control-plane: linkerd check exit code: linkerd check --proxy -o json exited 1, but no check in its output failed',
    ]);
  });

  it('linkerd check: a version check that ran and found an old CLI stays a warning', () => {
    const r = mutate(
      (e) => {
        const text = (e.check as { text: string }).text
          .replace(/\{ "description": "can determine the latest version"[^}]*\}/, '{ "description": "can determine the latest version", "result": "success" }')
          .replace('"error": "unsupported version channel: stable-2.14.10"', '"error": "is running version 2.14.9 but the latest stable version is 2.14.10"');
        e.check = { text, exitCode: 0 };
      },
      { failOnWarning: true },
    );
    expect(r.failures).toEqual([
      'control-plane: linkerd-version: cli is up-to-date: (warning, fail-on-warning) is running version 2.14.9 but the latest stable version is 2.14.10',
    ]);
    expect(r.failed).toBe(1);
  });

  it('no evidence, no pass: empty probes, no check stream, no balance run, no pods — each a failure naming the piece', () => {
    const r = mutate((e) => {
      e.probes = [];
      e.check = { missing: "evidence.json has no 'check'" };
      e.balance = { missing: "evidence.json has no 'balance'" };
      e.pods = { missing: "evidence.json has no 'pods'" };
    });
    expect(r.matrix).toEqual([]);
    expect(r.failures).toEqual([
      "control-plane: linkerd check: no evidence: evidence.json has no 'check'",
      "data-plane: pods: no evidence: evidence.json has no 'pods'",
      'connectivity: probes: no evidence: no probe ran, so nothing shows who can reach the target (an empty matrix proves nothing)',
      "balancing: gRPC load balancing: no evidence: evidence.json has no 'balance'",
    ]);
    // a check skipped while the run asked for one is a failure too
    expect(
      mutate((e) => {
        e.check = { skipped: 'no CLI' };
      }).failures,
    ).toEqual(['control-plane: linkerd check: expected, but skipped: no CLI']);
    expect(
      mutate(
        (e) => {
          e.check = { skipped: "input 'linkerd-cli' is none" };
        },
        { expect: { check: false } },
      ).verdict,
    ).toBe('pass');
  });

  it('fail-on-warning: JUnit failures, the failed count and the summary count exactly what failed the step', () => {
    const r = mutate(
      (e) => {
        (e.pods as { text: ReturnType<typeof pod>[] }).text[0]!.annotations['linkerd.io/proxy-version'] = 'stable-2.14.9';
      },
      { failOnWarning: true },
    );
    expect(r.verdict).toBe('fail');
    expect(r.counts).toMatchObject({ fail: 0, warn: 1 });
    expect(r.failed).toBe(1);
    const xml = renderJunit(r);
    expect(xml).toMatch(/<testsuites name="meshci verify" tests="\d+" failures="1" skipped="2"/);
    expect(xml).toMatch(/<testsuite name="data-plane" tests="2" failures="1" skipped="0">/);
    expect(xml).toContain('<failure message="warning (fail-on-warning): proxy stable-2.14.9, control plane stable-2.14.10');
    expect(renderHtml(r)).toContain('1 warnings (failing: fail-on-warning), 0 failed');
    // without the flag the same warning passes
    expect(
      renderJunit(
        mutate((e) => {
          (e.pods as { text: ReturnType<typeof pod>[] }).text[0]!.annotations['linkerd.io/proxy-version'] = 'stable-2.14.9';
        }),
      ),
    ).toMatch(/<testsuites name="meshci verify" tests="\d+" failures="0"/);
  });
});

/** `evidence-dir` is for downloaded artifacts: a bundle is untrusted input. */
describe('untrusted evidence', () => {
  const bundle = () => {
    const root = mkdtempSync(join(tmpdir(), 'meshci-ev-'));
    const dir = join(root, 'ev');
    writeEvidence(dir, healthyEvidence());
    writeFileSync(join(root, 'secret.txt'), 'kubeconfig token: s3cr3t');
    return {
      root,
      dir,
      index: () => JSON.parse(readFileSync(join(dir, 'evidence.json'), 'utf8')),
      save: (j: unknown) => writeFileSync(join(dir, 'evidence.json'), JSON.stringify(j)),
    };
  };

  it.each([
    [
      'check.file',
      (j: any) => {
        j.check.file = '../secret.txt';
      },
    ],
    [
      'check.file',
      (j: any) => {
        j.check.file = '/proc/self/environ';
      },
    ],
    [
      'probes[0].attempts[0].file',
      (j: any) => {
        j.probes[0].attempts[0].file = 'probes/../../secret.txt';
      },
    ],
    [
      'balance.text.log.file',
      (j: any) => {
        j.balance.text.log.file = '/etc/passwd';
      },
    ],
    [
      'identity.text.issuerFile',
      (j: any) => {
        j.identity.text.issuerFile = '..';
      },
    ],
  ])('a path that leaves the folder is refused, naming the field (%s)', (field, f) => {
    const b = bundle();
    const j = b.index();
    f(j);
    b.save(j);
    expect(() => readEvidence(b.dir)).toThrow(
      new RegExp(
        `^Input 'evidence-dir': .*evidence\\.json does not hold evidence meshci wrote: ${field.replace(/[.[\]]/g, '\\$&')}: expected a relative path inside the evidence folder`,
      ),
    );
  });

  it('a symlink inside the folder that leads out of it is refused, and its target never read', () => {
    const b = bundle();
    rmSync(join(b.dir, 'linkerd-check.json'));
    symlinkSync(join(b.root, 'secret.txt'), join(b.dir, 'linkerd-check.json'));
    expect(() => readEvidence(b.dir)).toThrow("Input 'evidence-dir': linkerd-check.json leads outside");
  });

  it("names that become file names follow the expectations file's shapes (probe names, edge namespaces, targets)", () => {
    const b = bundle();
    const j = b.index();
    j.probes[0].probe.name = '../../../tmp/pwned';
    j.edges['../x'] = j.edges.dgraph;
    j.probes[1].probe.target = "x'; rm -rf / #:80";
    b.save(j);
    expect(() => readEvidence(b.dir)).toThrow(
      /probes\[0\]\.probe\.name: expected a lowercase name of letters, digits and dashes .*edges\.\.\.\/x: expected a Kubernetes name|probes\[0\]\.probe\.name: expected a lowercase name/,
    );
    const msg = (() => {
      try {
        readEvidence(b.dir);
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    })();
    expect(msg).toContain('probes[1].probe.target: expected host:port');
    expect(msg).toMatch(/edges/);
  });

  it('missing keys are failing findings that name the piece, not a TypeError; wrong types are schema errors', () => {
    const b = bundle();
    const j = b.index();
    delete j.probes;
    delete j.check;
    delete j.balance;
    b.save(j);
    const r = analyze(readEvidence(b.dir), opts);
    expect(r.verdict).toBe('fail');
    expect(r.failures).toEqual(
      expect.arrayContaining([
        "control-plane: linkerd check: no evidence: evidence.json has no 'check'",
        'connectivity: probes: no evidence: no probe ran, so nothing shows who can reach the target (an empty matrix proves nothing)',
        "balancing: gRPC load balancing: no evidence: evidence.json has no 'balance'",
      ]),
    );
    b.save({ ...j, probes: 'all good', namespaces: [{ name: 'dgraph' }] });
    expect(() => readEvidence(b.dir)).toThrow(/namespaces\[0\]\.exists: .*; probes: /);
    b.save({ ...j, collectedAt: 'yesterday' });
    expect(() => readEvidence(b.dir)).toThrow(/collectedAt: /);
  });

  it('a probe in evidence.json obeys the same field rules as one in the expectations file', () => {
    const b = bundle();
    const j = b.index();
    j.probes[3].probe.method = 'api.Dgraph/NoSuchRpc';
    b.save(j);
    expect(() => readEvidence(b.dir)).toThrow("probes[3].probe.method: 'api.Dgraph/NoSuchRpc' is not an rpc of api.proto");
  });
});
