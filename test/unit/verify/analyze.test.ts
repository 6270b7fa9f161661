import { describe, it, expect } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, type Report } from '../../../src/verify/analyze.js';
import { readEvidence, writeEvidence, type Evidence } from '../../../src/verify/evidence.js';
import { renderHtml, renderJunit } from '../../../src/verify/report.js';
import { openssl } from '../../helpers/openssl.js';
import { healthyEvidence, probeLog, balanceLog, pod, certs, fx, ALPHA, HEALTHY_BODY } from '../../helpers/verify-evidence.js';

/**
 * The verdicts, from real-shaped evidence (linkerd-facts §4 formats; Dgraph §7): a healthy mesh
 * passes, and each of the broken cases fails with a reason a person can act on.
 */
const DAY = 86_400_000;
const opts = { minCertValidityMs: 60 * DAY, balanceMaxRatio: 3, failOnWarning: false };
const fails = (r: Report) => r.findings.filter((f) => f.status === 'fail');

describe('a healthy mesh', () => {
  const e = healthyEvidence();
  const r = analyze(e, opts);
  it('passes every section; the air-gapped version-check warnings stay warnings', () => {
    expect(fails(r)).toEqual([]);
    expect(r.verdict).toBe('pass');
    expect(r.findings.filter((f) => f.status === 'warn').map((f) => f.name)).toEqual(['linkerd-version: can determine the latest version', 'linkerd-version: cli is up-to-date']);
    expect(r.counts.pass).toBeGreaterThan(40);
    expect(analyze(e, { ...opts, failOnWarning: true }).verdict).toBe('fail');
  });

  it('the matrix: unmeshed blocked, meshed allowed, HTTP and gRPC', () => {
    expect(r.matrix.map((m) => [m.probe, m.expected, m.observed, m.pass])).toEqual([
      ['unmeshed-http', 'blocked', 'blocked', true],
      ['unmeshed-grpc', 'blocked', 'blocked', true],
      ['meshed-http', 'allowed', 'allowed', true],
      ['meshed-grpc', 'allowed', 'allowed', true],
    ]);
    expect(r.matrix[0]!.detail).toMatch(/curl exit 28/);
  });

  it('mTLS from both sources: viz edges and the meshed clients\' own proxies', () => {
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
    expect(r.findings.find((f) => f.section === 'balancing')!.detail).toBe('100 calls over 1 connection(s), spread over 3 pods: dgraph-dgraph-alpha-0 34, dgraph-dgraph-alpha-1 31, dgraph-dgraph-alpha-2 35');
  });

  it('data plane and identity', () => {
    expect(r.findings.find((f) => f.name === 'namespace dgraph')).toMatchObject({ status: 'pass', detail: '6/6 pods meshed' });
    expect(r.certificates.map((c) => [c.role, c.daysLeft])).toEqual([['trust anchor', 3649], ['issuer', 364]]);
  });
});

describe('each broken case fails with a readable reason', () => {
  const mutate = (f: (e: Evidence) => void): Report => {
    const e = structuredClone(healthyEvidence());
    f(e);
    return analyze(e, opts);
  };

  it('an expected-blocked probe that succeeded (the NetworkPolicy is missing)', () => {
    const r = mutate((e) => {
      const p = e.probes[0]!;
      p.attempts = [{ log: probeLog(p.probe, { status: '200', body: HEALTHY_BODY }) }];
    });
    expect(r.verdict).toBe('fail');
    expect(r.failures).toEqual(['connectivity: unmeshed-http: expected blocked, observed allowed: HTTP 200']);
  });

  it('an unmeshed pod in a checked namespace', () => {
    const r = mutate((e) => {
      (e.pods as { text: ReturnType<typeof pod>[] }).text.push(pod('legacy-5d9c7b-abcde', { containers: ['legacy'], initContainers: [], labels: {}, annotations: {}, ownerKind: 'ReplicaSet' }));
    });
    expect(r.failures).toEqual([
      'data-plane: pod dgraph/legacy-5d9c7b-abcde: not meshed: no linkerd-proxy container; restart it after enabling injection (kubectl rollout restart)',
      'data-plane: namespace dgraph: 6/7 pods meshed',
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
    expect(r.failures).toEqual([`mtls: meshed-http → ${ALPHA}:8080: 1 request(s) without mTLS (tls=no_identity)`]);
  });

  it('an issuer expiring in 30 days', () => {
    const id = certs(30);
    const r = mutate((e) => {
      e.identity = { text: { ...id, bundleSource: 's', issuerSource: 's' } };
    });
    expect(r.verdict).toBe('fail');
    const notAfter = openssl(['x509', '-noout', '-enddate'], id.issuer).trim().replace('notAfter=', '');
    expect(r.failures).toEqual([
      expect.stringMatching(/^identity: linkerd-identity: issuer cert is valid for at least 60 days: issuer certificate will expire on \d{4}-\d\d-\d\dT/),
      expect.stringMatching(/^identity: issuer identity\.linkerd\.cluster\.local days left: 29 days left \(until .*\), below min-cert-validity 60d: rotate it with meshci\/certs mode rotate-issuer$/),
    ]);
    expect(new Date(r.certificates[1]!.notAfter).getTime()).toBe(new Date(notAfter).getTime());
  });

  it('unbalanced gRPC: every call pinned to one alpha', () => {
    const r = mutate((e) => {
      (e.balance as any).text.log = { text: balanceLog([100, 0, 0]) };
    });
    expect(r.failures).toEqual(['balancing: gRPC dgraph-dgraph-alpha.dgraph.svc.cluster.local:9080: 100 calls over 1 connection(s), unbalanced (busiest/quietest ∞ > 3): dgraph-dgraph-alpha-0 100, dgraph-dgraph-alpha-1 0, dgraph-dgraph-alpha-2 0']);
    expect(r.balance!.shares).toEqual({ 'dgraph-dgraph-alpha-0': 1, 'dgraph-dgraph-alpha-1': 0, 'dgraph-dgraph-alpha-2': 0 });
  });

  it('balancing counts by endpoint IP when the proxy does not label dst_pod', () => {
    const r = mutate((e) => {
      (e.balance as any).text.log = { text: balanceLog([30, 40, 30], { dstPodLabel: false }) };
    });
    expect(r.balance).toMatchObject({ verdict: 'balanced', shares: { 'dgraph-dgraph-alpha-0': 0.3, 'dgraph-dgraph-alpha-1': 0.4, 'dgraph-dgraph-alpha-2': 0.3 } });
  });

  it('linkerd check errors fail with their hint; an unknown namespace is reported, not skipped', () => {
    const r = mutate((e) => {
      e.check = { text: fx('check-proxy-viz.json'), exitCode: 1 };
      e.namespaces.push({ name: 'payments', exists: false });
    });
    expect(r.findings.find((f) => f.name === 'linkerd-data-plane: data plane proxies are ready')).toMatchObject({ status: 'fail', hint: 'https://linkerd.io/2.14/checks/#l5d-data-plane-ready' });
    expect(r.failures).toContain("data-plane: namespace payments: namespace 'payments' does not exist (input 'namespaces')");
  });

  it('pieces that could not be collected fail; pieces skipped by choice are skips', () => {
    const r = mutate((e) => {
      e.check = { error: 'could not get the linkerd CLI stable-2.14.10: download failed' };
      e.balance = { skipped: "input 'balance-requests' is 0" };
    });
    expect(r.failures).toEqual(['control-plane: linkerd check: could not get the linkerd CLI stable-2.14.10: download failed']);
    expect(r.findings.find((f) => f.section === 'balancing')).toMatchObject({ status: 'skip' });
  });

  it('a probe whose Job never ran is unknown and fails, whatever it expected', () => {
    const r = mutate((e) => {
      e.probes[1]!.attempts = [{ log: '', error: 'job meshci-probe-unmeshed-grpc not complete after 5m; pod x: probe ImagePullBackOff' }];
    });
    expect(r.failures).toEqual(['connectivity: unmeshed-grpc: expected blocked, observed unknown: job meshci-probe-unmeshed-grpc not complete after 5m; pod x: probe ImagePullBackOff']);
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
    expect(files.sort()).toEqual(['balance.log', 'edges/dgraph.json', 'evidence.json', 'identity/ca-bundle.crt', 'identity/issuer.crt', 'linkerd-check.json', 'probes/meshed-grpc-1.log', 'probes/meshed-http-1.log', 'probes/unmeshed-grpc-1.log', 'probes/unmeshed-http-1.log']);
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
    e.probes[0]!.attempts = [{ log: probeLog(e.probes[0]!.probe, { status: '200', body: '<ok & "fine">' }) }];
    e.balance = { skipped: 'off' };
    const xml = renderJunit(analyze(e, opts));
    expect(xml).toMatch(/<testsuite name="connectivity" tests="4" failures="1" skipped="0">/);
    expect(xml).toContain('<testcase classname="meshci.verify.connectivity" name="unmeshed-http"><failure message="expected blocked, observed allowed: HTTP 200">');
    expect(xml).toContain('<skipped message="off"/>');
    expect(xml).toContain('<system-out>warning: ');
    // well-formed: openssl's not an XML parser, so count balanced tags
    expect((xml.match(/<testsuite /g) ?? []).length).toBe((xml.match(/<\/testsuite>/g) ?? []).length);
  });

  it('HTML: the matrix, the balance and the failures, escaped, under GitHub\'s comment size', () => {
    const e = structuredClone(healthyEvidence());
    e.probes[0]!.attempts = [{ log: probeLog(e.probes[0]!.probe, { status: '200' }) }];
    const html = renderHtml(analyze(e, opts), { marker: '<!-- meshci-verify:default -->' });
    expect(html.startsWith('<!-- meshci-verify:default -->\n<h2>❌ meshci verify: fail</h2>')).toBe(true);
    expect(html).toContain('<li>connectivity: unmeshed-http: expected blocked, observed allowed: HTTP 200</li>');
    expect(html).toContain('<tr><td>dgraph-dgraph-alpha-0</td><td>34</td><td>34.0%</td></tr>');
    expect(html.length).toBeLessThan(65536);
  });
});
