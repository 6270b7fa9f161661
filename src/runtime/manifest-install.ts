import * as core from '@actions/core';
import * as tc from '@actions/tool-cache';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sha256File } from './tool-install.js';

/**
 * A manifest meshci applies to a cluster it creates (Calico's), handled like a pinned binary: it is
 * downloaded once from upstream or the `tools-mirror`, its sha256 checked against the pin before it
 * is kept in the tool cache, and a cache hit is hashed again before it is used (the cache is a
 * folder others may write to). kubectl then applies the verified file, never a URL.
 */
export interface ManifestSpec {
  /** tool-cache name, e.g. calico-manifest */
  name: string;
  /** release, e.g. v3.29.3 */
  version: string;
  url: string;
  sha256: string;
  /** file name kept in the cache */
  file: string;
}

export async function ensureManifest(spec: ManifestSpec): Promise<string> {
  const cacheVersion = spec.version.replace(/^v/, '');
  const cached = tc.find(spec.name, cacheVersion);
  if (cached) {
    const path = join(cached, spec.file);
    const got = existsSync(path) ? await sha256File(path) : 'missing';
    if (got !== spec.sha256) {
      throw new Error(
        `${path}: the tool cache's ${spec.file} ${spec.version} has sha256 ${got}, not the pinned ${spec.sha256}; refusing to apply it (it may have been planted: remove ${cached} and ${cached}.complete to download it again)`,
      );
    }
    core.info(`${spec.file} ${spec.version} from the tool cache (sha256 re-verified)`);
    return path;
  }
  const download = await tc.downloadTool(spec.url);
  try {
    const got = await sha256File(download);
    if (got !== spec.sha256) throw new Error(`${spec.url}: sha256 ${got} does not match the pinned ${spec.sha256}; refusing to apply it`);
    const dir = await tc.cacheFile(download, spec.file, spec.name, cacheVersion);
    core.info(`downloaded ${spec.file} ${spec.version} (sha256 ${got.slice(0, 16)}… verified) to ${dir}`);
    return join(dir, spec.file);
  } finally {
    rmSync(download, { force: true });
  }
}
