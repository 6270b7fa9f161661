import data from '../data/linkerd-images.json' with { type: 'json' };
import { ConfigurationError } from '../lib/errors.js';
import type { VersionEntry } from '../linkerd/versions.js';
import type { AppEntry } from '../linkerd/chart-facts.js';

export { knownVersions } from '../linkerd/versions.js';

export const EXTENSIONS = ['viz', 'jaeger', 'cni'] as const;
export type Extension = (typeof EXTENSIONS)[number];

const apps = (data as unknown as { apps: Record<string, AppEntry> }).apps;

export function appEntry(app: string): AppEntry | undefined {
  return apps[app];
}

/**
 * The images a Linkerd version pulls with the chosen extensions, from its charts' facts (the data
 * file, or resolved from the published charts). An extension that version does not have (jaeger is
 * gone from 2.19 on) is a ConfigurationError.
 */
export function linkerdImages(entry: VersionEntry, version: string, extensions: readonly Extension[]): string[] {
  const out = [...entry.core];
  for (const e of extensions) {
    const list = entry[e];
    if (!list) {
      throw new ConfigurationError(
        `Input 'extensions' asks for '${e}', which Linkerd ${version} does not have${e === 'jaeger' ? ' (the jaeger extension was removed in edge-25.10.1 / 2.19)' : ''}`,
      );
    }
    out.push(...list);
  }
  return [...new Set(out)];
}

/** The app's images (every image its chart renders), its own at `version` (default: the chart's appVersion). */
export function appImages(app: string, version?: string): string[] {
  if (app === 'none') return [];
  const a = apps[app];
  if (!a) throw new ConfigurationError(`Input 'app' has invalid value '${app}': allowed values are ${[...Object.keys(apps), 'none'].join(', ')}`);
  return a.images.map((i) => i.replace('{version}', version ?? a.default));
}
