import { describe, it, expect } from 'vitest';
import { DGRAPH_API_PROTO } from '../../../src/data/dgraph-api-proto.js';
import { parseExpectations, defaultProbes } from '../../../src/verify/expectations.js';

const good = `probes:
  - name: unmeshed-http
    client: unmeshed
    protocol: http
    target: dgraph-dgraph-alpha.dgraph.svc.cluster.local:8080
    path: /health
    expect: blocked
  - name: meshed-grpc
    client: meshed
    protocol: grpc
    target: dgraph-dgraph-alpha.dgraph.svc.cluster.local:9080
    method: api.Dgraph/CheckVersion
    expect: allowed
`;

describe('expectations file', () => {
  it('parses probes', () => {
    expect(parseExpectations(good, 'e.yaml').map((p) => [p.name, p.client, p.protocol, p.expect])).toEqual([
      ['unmeshed-http', 'unmeshed', 'http', 'blocked'],
      ['meshed-grpc', 'meshed', 'grpc', 'allowed'],
    ]);
  });

  it.each([
    [good.replace('expect: allowed', 'expect: maybe'), /^e\.yaml:13: probes\[1\]\.expect: 'maybe' is not one of allowed, blocked$/],
    [good.replace('    method: api.Dgraph/CheckVersion\n', ''), /^e\.yaml:8: probes\[1\]\.method is required for a grpc probe/],
    [
      good.replace('target: dgraph-dgraph-alpha.dgraph.svc.cluster.local:8080', 'target: dgraph'),
      /^e\.yaml:5: probes\[0\]\.target: 'dgraph' is not host:port$/,
    ],
    [good.replace('    client: unmeshed\n', ''), /^e\.yaml:2: probes\[0\]\.client is required$/],
    [good.replace('name: meshed-grpc', 'name: unmeshed-http'), /^e\.yaml:8: probes\[1\]\.name: 'unmeshed-http' is used twice$/],
    ['probes: [\n  {name: a\n', /^e\.yaml:\d+: /],
    ['probes: 3\n', /^e\.yaml:1: 'probes' must be a list$/],
    ['probes: []\n', /^e\.yaml:1: 'probes' is empty$/],
    [
      good.replace('    path: /health\n', "    path: /health'; rm -rf /\n"),
      /^e\.yaml:6: probes\[0\]\.path: '\/health'; rm -rf \/' is not a URL path starting with \/ \(no quotes or spaces\)$/,
    ],
    [good.replace('name: meshed-grpc', 'name: Meshed gRPC'), /^e\.yaml:8: probes\[1\]\.name: 'Meshed gRPC' is not a lowercase name/],
    [
      good.replace('method: api.Dgraph/CheckVersion', 'method: CheckVersion'),
      /^e\.yaml:12: probes\[1\]\.method: 'CheckVersion' is not package\.Service\/Method/,
    ],
    [good.replace('    expect: blocked\n', '    expect: blocked\n    timeout: 3s\n'), /^e\.yaml:8: probes\[0\]\.timeout is not a known field/],
    [good.replace('    expect: allowed\n', '    expect: allowed\n    status: 200\n'), /^e\.yaml:14: probes\[1\]\.status: only http probes have a status$/],
    [
      good.replace('    path: /health\n', '    path: /health\n    status: "ok"\n'),
      /^e\.yaml:7: probes\[0\]\.status: expected an HTTP status code \(100–599\), got "ok"$/,
    ],
  ])('names file, line and field: %#', (text, msg) => {
    expect(() => parseExpectations(text, 'e.yaml')).toThrow(msg);
  });

  it('a grpc probe may name a .proto (for servers without reflection), read relative to the expectations file', () => {
    const text = good.replace('    method: api.Dgraph/CheckVersion\n', '    method: api.Dgraph/CheckVersion\n    proto: protos/api.proto\n');
    const read: string[] = [];
    const probes = parseExpectations(text, 'e.yaml', (p) => (read.push(p), DGRAPH_API_PROTO));
    expect(read).toEqual(['protos/api.proto']);
    expect(probes[1]!.proto).toEqual({ name: 'api.proto', text: DGRAPH_API_PROTO });
    // the answer is read with the .proto: the method must be one of its rpcs, and the file a .proto
    expect(() => parseExpectations(text.replace('api.Dgraph/CheckVersion', 'api.Dgraph/Check'), 'e.yaml', () => DGRAPH_API_PROTO)).toThrow(
      "e.yaml:12: probes[1].method: 'api.Dgraph/Check' is not an rpc of api.proto (api.Dgraph/Login, api.Dgraph/Query, api.Dgraph/Alter, api.Dgraph/CommitOrAbort, api.Dgraph/CheckVersion)",
    );
    expect(() => parseExpectations(text, 'e.yaml', () => 'syntax = "proto3";\n')).toThrow(
      'e.yaml:13: probes[1].proto: api.proto: the .proto declares no service with rpcs',
    );
    // a gRPC response is read with the .proto: checking its contents needs one
    expect(() =>
      parseExpectations(good.replace('    method: api.Dgraph/CheckVersion\n', '    method: api.Dgraph/CheckVersion\n    contains: tag\n'), 'e.yaml'),
    ).toThrow(/^e\.yaml:13: probes\[1\]\.contains: a grpc probe needs a proto to read the response it checks/);
    expect(() =>
      parseExpectations(text, 'e.yaml', () => {
        throw new Error('ENOENT: no such file');
      }),
    ).toThrow("e.yaml:13: probes[1].proto: cannot read 'protos/api.proto': ENOENT: no such file");
    expect(() => parseExpectations(text.replace('protos/api.proto', 'api.txt'), 'e.yaml', () => '')).toThrow(
      "e.yaml:13: probes[1].proto: 'api.txt' is not a .proto file",
    );
    expect(() => parseExpectations(good.replace('    path: /health\n', '    path: /health\n    proto: a.proto\n'), 'e.yaml', () => '')).toThrow(
      'e.yaml:7: probes[0].proto: only grpc probes have a proto',
    );
  });

  it('defaults to the walkthrough tests 0–2: unmeshed blocked, meshed allowed, HTTP and gRPC', () => {
    const d = defaultProbes('dgraph-dgraph-alpha', 'dgraph');
    expect(d.map((p) => `${p.client}/${p.protocol}=${p.expect}`)).toEqual([
      'unmeshed/http=blocked',
      'unmeshed/grpc=blocked',
      'meshed/http=allowed',
      'meshed/grpc=allowed',
    ]);
    expect(d[1]!.target).toBe('dgraph-dgraph-alpha.dgraph.svc.cluster.local:9080');
    // the meshed HTTP probe wants Dgraph's healthy JSON (docs/reference/dgraph.md#health-and-checkversion), the gRPC one a version tag
    expect(d[2]).toMatchObject({ path: '/health', status: 200, contains: '"status":"healthy"' });
    expect(d[3]).toMatchObject({ method: 'api.Dgraph/CheckVersion', contains: '"tag"' });
    // as in the walkthrough (grpcurl -proto api.proto; docs/reference/walkthrough.md#tests-0-to-2): Dgraph serves no reflection
    expect(d[3]!.proto?.name).toBe('api.proto');
    expect(d[3]!.proto?.text).toContain('rpc CheckVersion(Check) returns (Version)');
  });
});
