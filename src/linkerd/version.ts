import { ConfigurationError } from '../lib/errors.js';

export type Channel = 'stable' | 'edge' | 'enterprise';

export interface LinkerdVersion {
  raw: string;
  channel: Channel;
  /** The 2.x minor line this release belongs to (edge releases are mapped through version-2.X tags). */
  minor: number;
}

/**
 * Edge releases that opened each 2.x line (the `version-2.X` tags, docs/reference/linkerd-charts.md#version-names). An edge
 * belongs to the line of the latest entry at or below it. The 2.12 entry is the first edge after
 * stable-2.11 that carries RSA-anchor support (PR #8868) and CRDs-first installs.
 */
const EDGE_LINES: [yy: number, m: number, n: number, minor: number][] = [
  [21, 1, 1, 10],
  [21, 9, 1, 11],
  [22, 8, 1, 12],
  [23, 3, 1, 13],
  [23, 8, 1, 14],
  [24, 2, 4, 15],
  [24, 8, 2, 16],
  [24, 11, 8, 17],
  [25, 4, 4, 18],
  [25, 10, 7, 19],
  [26, 6, 3, 20],
];

export const VERSION_FORMS = 'stable-2.X.Y, edge-YY.M.N, enterprise-2.X.Y or 2.X';

export function parseLinkerdVersion(input: string, value: string): LinkerdVersion {
  const parsed = parse(input, value);
  if (parsed.minor < 10) {
    throw new ConfigurationError(`Input '${input}' names Linkerd '${value}': meshci supports Linkerd 2.10 and later`);
  }
  return parsed;
}

function parse(input: string, value: string): LinkerdVersion {
  const v = value.trim();
  let m = /^(stable|enterprise)-2\.(\d+)\.(\d+)$/.exec(v);
  if (m) return { raw: v, channel: m[1] as Channel, minor: Number(m[2]) };
  m = /^2\.(\d+)(?:\.(\d+))?$/.exec(v);
  if (m) return { raw: `stable-2.${m[1]}.${m[2] ?? '0'}`, channel: 'stable', minor: Number(m[1]) };
  m = /^edge-(\d{2})\.(\d{1,2})\.(\d+)$/.exec(v);
  if (m) {
    const key = [Number(m[1]), Number(m[2]), Number(m[3])] as const;
    let minor = 9;
    for (const [yy, mm, nn, line] of EDGE_LINES) {
      if (cmp(key, [yy, mm, nn]) >= 0) minor = line;
    }
    return { raw: v, channel: 'edge', minor };
  }
  throw new ConfigurationError(`Input '${input}' has invalid Linkerd version '${value}': expected ${VERSION_FORMS}`);
}

function cmp(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return 0;
}

/** The Helm repository a Linkerd release's charts come from (docs/reference/linkerd-charts.md#helm-repositories). */
export function linkerdHelmRepo(appVersion: string): string {
  if (appVersion.startsWith('enterprise-')) return 'https://helm.buoyant.cloud';
  if (appVersion.startsWith('edge-')) return 'https://helm.linkerd.io/edge';
  return 'https://helm.linkerd.io/stable';
}
