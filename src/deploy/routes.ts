import protobuf from 'protobufjs';
import { ConfigurationError } from '../lib/errors.js';

/**
 * gRPC routes from a .proto, as `linkerd profile --proto` builds them (linkerd-facts §6): one route
 * per rpc, `POST` on `/<package>.<Service>/<Rpc>` (regex-quoted), retryable only for rpcs marked
 * `idempotency_level = IDEMPOTENT | NO_SIDE_EFFECTS`. ServiceProfiles before Linkerd 2.16; from
 * 2.16 the Gateway API GRPCRoute, whose method matches need no regex.
 * The .proto is parsed by protobufjs, not by hand.
 */
export interface Rpc {
  service: string; // fully qualified, e.g. api.Dgraph
  method: string;
  retryable: boolean;
}

export function rpcsFromProto(text: string, file: string): Rpc[] {
  let parsed: protobuf.IParserResult;
  try {
    parsed = protobuf.parse(text, { keepCase: true, alternateCommentMode: true });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new ConfigurationError(`${file}: not a valid .proto file: ${msg}`);
  }
  const out: Rpc[] = [];
  const walk = (ns: protobuf.NamespaceBase) => {
    for (const child of ns.nestedArray) {
      if (child instanceof protobuf.Service) {
        for (const m of child.methodsArray) {
          const level = m.options?.['idempotency_level'];
          out.push({ service: child.fullName.replace(/^\./, ''), method: m.name, retryable: level === 'IDEMPOTENT' || level === 'NO_SIDE_EFFECTS' });
        }
      } else if (child instanceof protobuf.Namespace) walk(child);
    }
  };
  walk(parsed.root);
  if (out.length === 0) throw new ConfigurationError(`${file}: the .proto declares no service with rpcs`);
  return out;
}

const quoteMeta = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function serviceProfile(rpcs: Rpc[], target: { service: string; namespace: string; clusterDomain?: string }): Record<string, unknown> {
  return {
    apiVersion: 'linkerd.io/v1alpha2',
    kind: 'ServiceProfile',
    metadata: { name: `${target.service}.${target.namespace}.svc.${target.clusterDomain ?? 'cluster.local'}`, namespace: target.namespace },
    spec: {
      routes: rpcs.map((r) => ({
        name: r.method,
        condition: { method: 'POST', pathRegex: quoteMeta(`/${r.service}/${r.method}`) },
        ...(r.retryable ? { isRetryable: true } : {}),
      })),
    },
  };
}

export function grpcRoute(rpcs: Rpc[], target: { service: string; namespace: string; port: number }): Record<string, unknown> {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'GRPCRoute',
    metadata: { name: `${target.service}-grpc`, namespace: target.namespace },
    spec: {
      parentRefs: [{ name: target.service, kind: 'Service', group: 'core', port: target.port }],
      rules: rpcs.map((r) => ({ matches: [{ method: { type: 'Exact', service: r.service, method: r.method } }], backendRefs: [{ name: target.service, port: target.port }] })),
    },
  };
}
