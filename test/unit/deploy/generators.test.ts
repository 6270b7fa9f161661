import { describe, it, expect } from 'vitest';
import yaml from 'js-yaml';
import { rpcsFromProto, serviceProfile, grpcRoutes } from '../../../src/linkerd/routes.js';
import { meshOnlyNetworkPolicy, allAuthenticatedNamespacePatch } from '../../../src/deploy/network-policy.js';
import { DGRAPH_API_PROTO } from '../../../src/data/dgraph-api-proto.js';

const proto = DGRAPH_API_PROTO;

describe('gRPC routes from Dgraph api.proto (docs/reference/linkerd-charts.md#grpc-routes-and-load-balancing)', () => {
  const rpcs = rpcsFromProto(proto, 'api.proto');

  it('finds one rpc per method of api.Dgraph', () => {
    expect(rpcs.map((r) => `${r.service}/${r.method}`)).toEqual([
      'api.Dgraph/Login',
      'api.Dgraph/Query',
      'api.Dgraph/Alter',
      'api.Dgraph/CommitOrAbort',
      'api.Dgraph/CheckVersion',
    ]);
    expect(rpcs.every((r) => !r.retryable)).toBe(true);
  });

  it('builds the ServiceProfile `linkerd profile --proto` would', () => {
    const sp = serviceProfile(rpcs, { service: 'dgraph-dgraph-alpha', namespace: 'dgraph' });
    expect(sp).toEqual(
      yaml.load(`
apiVersion: linkerd.io/v1alpha2
kind: ServiceProfile
metadata:
  name: dgraph-dgraph-alpha.dgraph.svc.cluster.local
  namespace: dgraph
spec:
  routes:
  - {name: Login, condition: {method: POST, pathRegex: /api\\.Dgraph/Login}}
  - {name: Query, condition: {method: POST, pathRegex: /api\\.Dgraph/Query}}
  - {name: Alter, condition: {method: POST, pathRegex: /api\\.Dgraph/Alter}}
  - {name: CommitOrAbort, condition: {method: POST, pathRegex: /api\\.Dgraph/CommitOrAbort}}
  - {name: CheckVersion, condition: {method: POST, pathRegex: /api\\.Dgraph/CheckVersion}}
`),
    );
  });

  it('marks idempotent rpcs retryable', () => {
    const r = rpcsFromProto(
      'syntax="proto3"; package x.y; service S { rpc Get(M) returns (M) { option idempotency_level = NO_SIDE_EFFECTS; } rpc Put(M) returns (M); } message M {}',
      's.proto',
    );
    expect(r).toEqual([
      { service: 'x.y.S', method: 'Get', retryable: true },
      { service: 'x.y.S', method: 'Put', retryable: false },
    ]);
    expect((serviceProfile(r, { service: 's', namespace: 'n' }) as any).spec.routes[0]).toEqual({
      name: 'Get',
      condition: { method: 'POST', pathRegex: '/x\\.y\\.S/Get' },
      isRetryable: true,
    });
  });

  it('builds a GRPCRoute for Linkerd 2.16+, at the apiVersion the CRDs serve', () => {
    const [r] = grpcRoutes(rpcs, { service: 'dgraph-dgraph-alpha', namespace: 'dgraph', port: 9080, apiVersion: 'v1alpha2' }) as any[];
    expect(r.apiVersion).toBe('gateway.networking.k8s.io/v1alpha2');
    expect(r.spec.parentRefs).toEqual([{ name: 'dgraph-dgraph-alpha', kind: 'Service', group: 'core', port: 9080 }]);
    expect(r.spec.rules[4].matches).toEqual([{ method: { type: 'Exact', service: 'api.Dgraph', method: 'CheckVersion' } }]);
  });

  it('a .proto with more rpcs than the Gateway API allows rules (16) gets as many GRPCRoutes as it needs', () => {
    const many = Array.from({ length: 37 }, (_, i) => ({ service: 'big.Api', method: `M${i}`, retryable: false }));
    const routes = grpcRoutes(many, { service: 'big', namespace: 'n', port: 9090 }) as any[];
    expect(routes.map((r) => [r.metadata.name, r.spec.rules.length])).toEqual([
      ['big-grpc', 16],
      ['big-grpc-2', 16],
      ['big-grpc-3', 5],
    ]);
    expect(routes.flatMap((r) => r.spec.rules.map((x: any) => x.matches[0].method.method))).toEqual(many.map((m) => m.method));
  });

  it('a broken .proto names the file and the line', () => {
    expect(() => rpcsFromProto('syntax = "proto3";\nservice S {\n  rpc A(M) returns M;\n}\n', 'bad.proto')).toThrow(
      /^bad\.proto: not a valid \.proto file: .*line 3/,
    );
    expect(() => rpcsFromProto('syntax = "proto3"; message M {}', 'empty.proto')).toThrow(/empty\.proto: the \.proto declares no service/);
  });
});

describe('mesh-only NetworkPolicy', () => {
  it('admits only meshed pods (any namespace), with no port restriction by default', () => {
    expect(meshOnlyNetworkPolicy({ name: 'mesh-only', namespace: 'dgraph', linkerdNamespace: 'linkerd' })).toEqual({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'mesh-only', namespace: 'dgraph', labels: { 'app.kubernetes.io/managed-by': 'meshci' } },
      spec: {
        podSelector: {},
        policyTypes: ['Ingress'],
        ingress: [{ from: [{ namespaceSelector: {}, podSelector: { matchLabels: { 'linkerd.io/control-plane-ns': 'linkerd' } } }] }],
      },
    });
  });

  it('adds the proxy inbound port 4143 when ports are listed', () => {
    const np = meshOnlyNetworkPolicy({ name: 'p', namespace: 'd', linkerdNamespace: 'l5d', ports: [9080, 8080], podSelector: { app: 'dgraph' } }) as any;
    expect(np.spec.ingress[0].ports).toEqual([
      { protocol: 'TCP', port: 4143 },
      { protocol: 'TCP', port: 8080 },
      { protocol: 'TCP', port: 9080 },
    ]);
    expect(np.spec.podSelector).toEqual({ matchLabels: { app: 'dgraph' } });
    expect(np.spec.ingress[0].from[0].podSelector.matchLabels).toEqual({ 'linkerd.io/control-plane-ns': 'l5d' });
  });

  it('Linkerd authorization: all-authenticated default inbound policy on the namespace', () => {
    expect((allAuthenticatedNamespacePatch('dgraph') as any).metadata.annotations).toEqual({ 'config.linkerd.io/default-inbound-policy': 'all-authenticated' });
  });
});
