import protobuf from 'protobufjs';
import { ConfigurationError, getErrorMessage } from '../lib/errors.js';

/**
 * gRPC routes from a .proto, as `linkerd profile --proto` builds them (docs/reference/linkerd-charts.md#grpc-routes-and-load-balancing): one route
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
    const msg = getErrorMessage(e);
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

/** The Gateway API allows at most 16 rules in one GRPCRoute (spec.rules maxItems). */
export const GRPCROUTE_MAX_RULES = 16;

/**
 * GRPCRoutes for the rpcs, one rule per rpc, as many routes as the 16-rule limit needs
 * (`<service>-grpc`, `<service>-grpc-2`, …), at the apiVersion the version's CRDs serve.
 */
export function grpcRoutes(rpcs: Rpc[], target: { service: string; namespace: string; port: number; apiVersion?: string }): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < rpcs.length; i += GRPCROUTE_MAX_RULES) {
    const n = i / GRPCROUTE_MAX_RULES;
    out.push({
      apiVersion: `gateway.networking.k8s.io/${target.apiVersion ?? 'v1'}`,
      kind: 'GRPCRoute',
      metadata: { name: `${target.service}-grpc${n ? `-${n + 1}` : ''}`, namespace: target.namespace },
      spec: {
        parentRefs: [{ name: target.service, kind: 'Service', group: 'core', port: target.port }],
        rules: rpcs.slice(i, i + GRPCROUTE_MAX_RULES).map((r) => ({
          matches: [{ method: { type: 'Exact', service: r.service, method: r.method } }],
          backendRefs: [{ name: target.service, port: target.port }],
        })),
      },
    });
  }
  return out;
}
