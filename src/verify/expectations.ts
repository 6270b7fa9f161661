import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { ConfigurationError, getErrorMessage } from '../lib/errors.js';
import { DGRAPH_API_PROTO } from '../data/dgraph-api-proto.js';
import { rpcsFromProto } from '../linkerd/routes.js';

/**
 * The connectivity expectations (issue 5): which client may reach which target over which
 * protocol. Parsed with `yaml` (not js-yaml) because its document nodes carry source ranges, so a
 * mistake is reported as file:line and the field's path.
 */
export interface Probe {
  name: string;
  client: 'meshed' | 'unmeshed';
  protocol: 'http' | 'grpc';
  target: string;
  path?: string;
  method?: string;
  expect: 'allowed' | 'blocked';
  /** For an allowed HTTP probe: the status that counts as success (default: any 2xx). */
  status?: number;
  /** For an allowed probe: text the response body must contain. */
  contains?: string;
  /** gRPC: the service's .proto, for servers without reflection (Dgraph has none). */
  proto?: { name: string; text: string };
}

/**
 * The AKS + Linkerd walkthrough's tests 0–2 (docs/reference/walkthrough.md#tests-0-to-2) against Dgraph's alpha
 * ClusterIP Service: `/health` answers a JSON array
 * with `"status":"healthy"`, CheckVersion answers `{"tag": …}` (docs/reference/dgraph.md#health-and-checkversion).
 */
export function defaultProbes(service: string, namespace: string): Probe[] {
  const host = `${service}.${namespace}.svc.cluster.local`;
  const http = { protocol: 'http' as const, target: `${host}:8080`, path: '/health' };
  // Dgraph serves no gRPC reflection: the answer is read with api.proto, as the walkthrough does (`grpcurl -proto api.proto`)
  const grpc = { protocol: 'grpc' as const, target: `${host}:9080`, method: 'api.Dgraph/CheckVersion', proto: { name: 'api.proto', text: DGRAPH_API_PROTO } };
  return [
    { name: 'unmeshed-http', client: 'unmeshed', ...http, expect: 'blocked' },
    { name: 'unmeshed-grpc', client: 'unmeshed', ...grpc, expect: 'blocked' },
    { name: 'meshed-http', client: 'meshed', ...http, expect: 'allowed', status: 200, contains: '"status":"healthy"' },
    { name: 'meshed-grpc', client: 'meshed', ...grpc, expect: 'allowed', contains: '"tag"' },
  ];
}

export const ENUMS: Record<string, readonly string[]> = {
  client: ['meshed', 'unmeshed'],
  protocol: ['http', 'grpc'],
  expect: ['allowed', 'blocked'],
};

/**
 * Shapes of the fields that end up in a probe's shell command: checked here so the command never
 * needs escaping (and a typo is a file:line error, not a confusing probe failure).
 */
/** A gRPC method as grpcurl names it: package.Service/Method. */
export const GRPC_METHOD = /^[A-Za-z_][A-Za-z0-9_.]*\/[A-Za-z_][A-Za-z0-9_]*$/;

export const SHAPES: Record<string, [RegExp, string]> = {
  name: [/^[a-z0-9]([-a-z0-9]{0,40}[a-z0-9])?$/, 'a lowercase name of letters, digits and dashes (at most 42)'],
  target: [/^[A-Za-z0-9]([-A-Za-z0-9.]*[A-Za-z0-9])?:\d{1,5}$/, 'host:port'],
  path: [/^\/[A-Za-z0-9._~!$&()*+,;=:@%/?-]*$/, 'a URL path starting with / (no quotes or spaces)'],
  method: [GRPC_METHOD, 'package.Service/Method, e.g. api.Dgraph/CheckVersion'],
};

/**
 * `proto:` names a file relative to the expectations file; `load` reads it (tests pass their own).
 */
// eslint-disable-next-line max-lines-per-function -- validates the expectations file field by field, collecting every problem in one pass
export function parseExpectations(
  text: string,
  file: string,
  load: (path: string) => string = (p) => readFileSync(resolve(dirname(file), p), 'utf8'),
): Probe[] {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  const at = (n: Node | null | undefined) => (n?.range ? lc.linePos(n.range[0]).line : 1);
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    throw new ConfigurationError(`${file}:${e.linePos?.[0]?.line ?? 1}: ${e.message.split('\n')[0]}`);
  }
  const root = doc.contents;
  if (!isMap(root)) throw new ConfigurationError(`${file}:${at(root as Node)}: expected a mapping with a 'probes' list`);
  const probes = root.get('probes', true);
  if (!isSeq(probes)) throw new ConfigurationError(`${file}:${at(root)}: 'probes' must be a list`);
  if (!probes.items.length) throw new ConfigurationError(`${file}:${at(probes)}: 'probes' is empty`);
  const names = new Set<string>();
  return probes.items.map((item, i) => {
    const where = (field: string, n?: Node | null) => `${file}:${at(n ?? (item as Node))}: probes[${i}].${field}`;
    if (!isMap(item)) throw new ConfigurationError(`${file}:${at(item as Node)}: probes[${i}] must be a mapping`);
    for (const pair of item.items) {
      const key = String((pair.key as { value?: unknown } | null)?.value ?? pair.key);
      if (!['name', 'client', 'protocol', 'target', 'path', 'method', 'expect', 'status', 'contains', 'proto'].includes(key)) {
        throw new ConfigurationError(
          `${where(key, pair.key as Node)} is not a known field (name, client, protocol, target, path, method, expect, status, contains, proto)`,
        );
      }
    }
    const str = (field: string, required: boolean): string | undefined => {
      const node = item.get(field, true) as Node | undefined;
      const v = item.get(field);
      if (v === undefined || v === null) {
        if (required) throw new ConfigurationError(`${where(field)} is required`);
        return undefined;
      }
      if (typeof v !== 'string') throw new ConfigurationError(`${where(field, node)}: expected a string, got ${JSON.stringify(v)}`);
      const allowed = ENUMS[field];
      if (allowed && !allowed.includes(v)) throw new ConfigurationError(`${where(field, node)}: '${v}' is not one of ${allowed.join(', ')}`);
      const shape = SHAPES[field];
      if (shape && !shape[0].test(v)) throw new ConfigurationError(`${where(field, node)}: '${v}' is not ${shape[1]}`);
      return v;
    };
    const p: Probe = {
      name: str('name', true) as string,
      client: str('client', true) as Probe['client'],
      protocol: str('protocol', true) as Probe['protocol'],
      target: str('target', true) as string,
      expect: str('expect', true) as Probe['expect'],
    };
    const path = str('path', false);
    const method = str('method', false);
    const contains = str('contains', false);
    if (path !== undefined) p.path = path;
    if (method !== undefined) p.method = method;
    if (contains !== undefined) p.contains = contains;
    const proto = str('proto', false);
    if (proto !== undefined) {
      const node = item.get('proto', true) as Node;
      const name = proto.split('/').pop() as string;
      if (!/^[\w.-]+\.proto$/.test(name)) throw new ConfigurationError(`${where('proto', node)}: '${proto}' is not a .proto file`);
      let body: string;
      try {
        body = load(proto);
      } catch (e) {
        throw new ConfigurationError(`${where('proto', node)}: cannot read '${proto}': ${getErrorMessage(e)}`);
      }
      p.proto = { name, text: body };
    }
    const statusNode = item.get('status', true) as Node | undefined;
    const status = item.get('status');
    if (status !== undefined && status !== null) {
      if (typeof status !== 'number' || !Number.isInteger(status) || status < 100 || status > 599) {
        throw new ConfigurationError(`${where('status', statusNode)}: expected an HTTP status code (100–599), got ${JSON.stringify(status)}`);
      }
      p.status = status;
    }
    const problem = crossFieldProblems(p)[0];
    if (problem) throw new ConfigurationError(`${where(problem.field, (item.get(problem.field, true) as Node | undefined) ?? null)}${problem.message}`);
    if (names.has(p.name)) throw new ConfigurationError(`${where('name', item.get('name', true) as Node)}: '${p.name}' is used twice`);
    names.add(p.name);
    return p;
  });
}

/**
 * The rules between a probe's fields, shared by the expectations file and the evidence reader (a
 * probe in evidence.json is input too): `message` follows `probes[i].<field>`.
 */
export function crossFieldProblems(p: Probe): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  if (p.protocol === 'grpc' && !p.method)
    out.push({ field: 'method', message: ' is required for a grpc probe (service/Method, e.g. api.Dgraph/CheckVersion)' });
  if (p.protocol === 'http' && p.method) out.push({ field: 'method', message: ': only grpc probes have a method (an http probe has a path)' });
  if (p.protocol === 'grpc' && p.path) out.push({ field: 'path', message: ': only http probes have a path (a grpc probe has a method)' });
  if (p.protocol !== 'http' && p.status !== undefined) out.push({ field: 'status', message: ': only http probes have a status' });
  if (p.protocol !== 'grpc' && p.proto) out.push({ field: 'proto', message: ': only grpc probes have a proto' });
  // the probe sends the call with curl; the answer is read with the .proto (no reflection needed)
  if (p.protocol === 'grpc' && p.contains !== undefined && !p.proto)
    out.push({ field: 'contains', message: ': a grpc probe needs a proto to read the response it checks (add proto: <file>.proto)' });
  if (p.protocol === 'grpc' && p.proto && p.method) {
    let rpcs: { service: string; method: string }[] = [];
    try {
      rpcs = rpcsFromProto(p.proto.text, p.proto.name);
    } catch (e) {
      out.push({ field: 'proto', message: `: ${getErrorMessage(e)}` });
    }
    if (rpcs.length && !rpcs.some((r) => `${r.service}/${r.method}` === p.method)) {
      out.push({ field: 'method', message: `: '${p.method}' is not an rpc of ${p.proto.name} (${rpcs.map((r) => `${r.service}/${r.method}`).join(', ')})` });
    }
  }
  return out;
}
