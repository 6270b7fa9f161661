import data from '../data/linkerd-images.json' with { type: 'json' };
import { ConfigurationError } from '../lib/errors.js';

export const EXTENSIONS = ['viz', 'jaeger', 'cni'] as const;
export type Extension = (typeof EXTENSIONS)[number];

interface VersionEntry {
  chart: string;
  core: string[];
  viz?: string[];
  jaeger?: string[];
  cni?: string[];
}

const versions = data.versions as Record<string, VersionEntry>;
const apps = data.apps as Record<string, { default: string; images: string[] }>;

export function knownVersions(): string[] {
  return Object.keys(versions);
}

export function controlPlaneChart(version: string): string {
  return versions[version]?.chart ?? 'linkerd-control-plane';
}

/**
 * The images a Linkerd version pulls with the chosen extensions (from src/data/linkerd-images.json).
 * An unknown version, or an extension that version does not have (jaeger is gone from 2.19 on), is a
 * ConfigurationError that lists what is known and how to pass images by hand.
 */
export function linkerdImages(version: string, extensions: readonly Extension[]): string[] {
  const v = versions[version];
  if (!v) {
    throw new ConfigurationError(
      `Input 'linkerd-version' names '${version}', which meshci has no image list for. Known: ${knownVersions().join(', ')}. ` +
        "List the images yourself in input 'images' (one per line; `linkerd install --ignore-cluster | grep image:` prints them), or add the version to src/data/linkerd-images.json",
    );
  }
  const out = [...v.core];
  for (const e of extensions) {
    const list = v[e];
    if (!list) {
      throw new ConfigurationError(`Input 'extensions' asks for '${e}', which Linkerd ${version} does not have${e === 'jaeger' ? ' (the jaeger extension was removed in edge-25.10.1 / 2.19)' : ''}`);
    }
    out.push(...list);
  }
  return [...new Set(out)];
}

export function appImages(app: string, version?: string): string[] {
  if (app === 'none') return [];
  const a = apps[app];
  if (!a) throw new ConfigurationError(`Input 'app' has invalid value '${app}': allowed values are ${[...Object.keys(apps), 'none'].join(', ')}`);
  return a.images.map((i) => i.replace('{version}', version ?? a.default));
}
