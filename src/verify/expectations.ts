import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import { ConfigurationError } from '../lib/errors.js';

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
}

/** The article's tests 0–2 against Dgraph's alpha ClusterIP Service. */
export function defaultProbes(service: string, namespace: string): Probe[] {
  const host = `${service}.${namespace}.svc.cluster.local`;
  return [
    { name: 'unmeshed-http', client: 'unmeshed', protocol: 'http', target: `${host}:8080`, path: '/health', expect: 'blocked' },
    { name: 'unmeshed-grpc', client: 'unmeshed', protocol: 'grpc', target: `${host}:9080`, method: 'api.Dgraph/CheckVersion', expect: 'blocked' },
    { name: 'meshed-http', client: 'meshed', protocol: 'http', target: `${host}:8080`, path: '/health', expect: 'allowed' },
    { name: 'meshed-grpc', client: 'meshed', protocol: 'grpc', target: `${host}:9080`, method: 'api.Dgraph/CheckVersion', expect: 'allowed' },
  ];
}

const ENUMS: Record<string, readonly string[]> = {
  client: ['meshed', 'unmeshed'],
  protocol: ['http', 'grpc'],
  expect: ['allowed', 'blocked'],
};

export function parseExpectations(text: string, file: string): Probe[] {
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
  const names = new Set<string>();
  return probes.items.map((item, i) => {
    const where = (field: string, n?: Node | null) => `${file}:${at(n ?? (item as Node))}: probes[${i}].${field}`;
    if (!isMap(item)) throw new ConfigurationError(`${file}:${at(item as Node)}: probes[${i}] must be a mapping`);
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
      return v;
    };
    const p: Probe = {
      name: str('name', true) as string,
      client: str('client', true) as Probe['client'],
      protocol: str('protocol', true) as Probe['protocol'],
      target: str('target', true) as string,
      path: str('path', false),
      method: str('method', false),
      expect: str('expect', true) as Probe['expect'],
    };
    if (!/^[^:\s]+:\d{1,5}$/.test(p.target)) throw new ConfigurationError(`${where('target', item.get('target', true) as Node)}: '${p.target}' is not host:port`);
    if (p.protocol === 'grpc' && !p.method) throw new ConfigurationError(`${where('method')} is required for a grpc probe (service/Method, e.g. api.Dgraph/CheckVersion)`);
    if (names.has(p.name)) throw new ConfigurationError(`${where('name', item.get('name', true) as Node)}: '${p.name}' is used twice`);
    names.add(p.name);
    return p;
  });
}
