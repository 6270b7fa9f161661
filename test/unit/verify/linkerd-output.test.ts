import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { splitJsonStream, parseCheckOutput, parseEdges, outboundTraffic, balance } from '../../../src/verify/linkerd-output.js';

/** Formats per docs/reference/linkerd-check.md (#concatenated-documents, #viz-edges, #proxy-metrics). */
const fx = (f: string) => readFileSync(new URL(`../../fixtures/linkerd/${f}`, import.meta.url), 'utf8');

describe('linkerd check -o json (one document per extension)', () => {
  it('reads every document of the stream and keeps hints', () => {
    const { items, result } = parseCheckOutput(fx('check-proxy-viz.json'));
    expect(items).toHaveLength(9);
    expect(items.filter((i) => i.category === 'linkerd-viz')).toHaveLength(2);
    expect(result).toBe('error');
    expect(items.find((i) => i.description === 'issuer cert is valid for at least 60 days')).toMatchObject({
      result: 'warning',
      hint: 'https://linkerd.io/2.14/checks/#l5d-identity-issuer-cert-not-expiring-soon',
    });
    expect(items.find((i) => i.description === 'data plane proxies are ready')).toMatchObject({
      result: 'error',
      error: 'No "linkerd-proxy" containers found in the "dgraph" namespace',
    });
  });

  it('splits documents with braces inside strings and escaped quotes; every other line is kept as text', () => {
    expect(splitJsonStream('{"a":"} {\\" ]"}{"b":[1,{"c":2}]}\n[3]')).toEqual({ docs: [{ a: '} {" ]' }, { b: [1, { c: 2 }] }, [3]], text: [] });
    expect(splitJsonStream('{"a":1').text).toEqual(['{"a":1 (a JSON document that is not closed)']);
    expect(splitJsonStream('[1/3] waiting for the control plane\n{"b":2}\n')).toEqual({ docs: [{ b: 2 }], text: ['[1/3] waiting for the control plane'] });
  });

  it('an extension printing its table (2.11, linkerd2 #7037): the text is returned, not dropped', () => {
    const r = parseCheckOutput(fx('check-2.11-viz-table.txt'));
    expect(r.items.length).toBeGreaterThan(20);
    expect(r.result).toBe('warning');
    expect(r.unparsed).toContain('× viz extension pods are running');
    expect(r.unparsed[0]).toBe('linkerd-viz');
    // a document that is not a check result is not silently read as one
    expect(parseCheckOutput('{"error":"could not connect"}').unparsed).toEqual(['{"error":"could not connect"}']);
  });

  it('warnings alone do not fail', () => {
    const viz = JSON.stringify(splitJsonStream(fx('check-proxy-viz.json')).docs[1]);
    expect(parseCheckOutput(viz).result).toBe('success');
    const core = JSON.parse(JSON.stringify(splitJsonStream(fx('check-proxy-viz.json')).docs[0])) as { categories: { checks: { result: string }[] }[] };
    core.categories = core.categories.slice(0, 3);
    expect(parseCheckOutput(JSON.stringify(core)).result).toBe('warning');
  });
});

describe('mTLS evidence', () => {
  it('edges: secured only with a server identity and no no-TLS reason', () => {
    const e = parseEdges(fx('edges.json'));
    expect(e.map((x) => [x.src, x.secured])).toEqual([
      ['vote-bot', true],
      ['probe-meshed', true],
      ['prometheus', false],
    ]);
    expect(e[2]!.noTlsReason).toBe('Not Provided By Remote');
    expect(parseEdges('')).toEqual([]);
  });

  it('proxy metrics: only outbound requests, with their TLS state and server identity', () => {
    expect(outboundTraffic(fx('proxy-metrics.txt'))).toEqual([
      {
        authority: 'dgraph-dgraph-zero.dgraph.svc.cluster.local:5080',
        dst: '10.42.0.21:5080',
        targetAddr: '10.42.0.21:5080',
        tls: 'true',
        serverId: 'default.dgraph.serviceaccount.identity.linkerd.cluster.local',
        requests: 7,
        responses: {},
      },
    ]);
  });
});

describe('gRPC balancing verdict', () => {
  it('spread across alphas is balanced; pinned to one pod is not', () => {
    expect(balance({ 'alpha-0': 34, 'alpha-1': 31, 'alpha-2': 35 })).toMatchObject({ verdict: 'balanced', total: 100 });
    const pinned = balance({ 'alpha-0': 100, 'alpha-1': 0, 'alpha-2': 0 });
    expect(pinned.verdict).toBe('unbalanced');
    expect(pinned.ratio).toBe(Infinity);
    expect(balance({ 'alpha-0': 80, 'alpha-1': 10, 'alpha-2': 10 }).verdict).toBe('unbalanced');
    expect(balance({ a: 0, b: 0 }).verdict).toBe('no-traffic');
  });
});
