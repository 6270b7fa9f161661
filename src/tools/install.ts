import * as core from '@actions/core';
import * as tc from '@actions/tool-cache';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { exec } from '../lib/exec.js';

/**
 * Pinned tool installation (style-anchors §8.9): a tool on PATH at the pinned version is used as it
 * is; otherwise the pinned release is downloaded, its sha256 checked against the publisher's
 * checksum file (or a checksum the user pins), extracted, cached in the runner's tool cache and put
 * on PATH. Never "latest". `mirror` replaces the download host (air-gapped runners, tests).
 */
export interface ToolSpec {
  name: 'helm' | 'linkerd' | 'kind' | 'kubectl';
  version: string;
  /** Pinned sha256 of the download; when absent the publisher's checksum file is used. */
  sha256?: string;
  mirror?: string;
}

export { HELM_VERSION, KIND_VERSION, KUBECTL_VERSION } from './versions.js';

interface Recipe {
  file: string;
  url: string;
  sumUrl: string;
  /** Folder inside the tar.gz holding the binary; undefined = the download is the binary. */
  archiveDir?: string;
  versionArgs: string[];
  parseVersion: (stdout: string) => string | undefined;
  cacheVersion: string;
}

const ARCH = process.arch === 'arm64' ? 'arm64' : 'amd64';

function recipe(spec: ToolSpec): Recipe {
  if (spec.name === 'helm') {
    const file = `helm-${spec.version}-linux-${ARCH}.tar.gz`;
    const url = `${(spec.mirror ?? 'https://get.helm.sh').replace(/\/$/, '')}/${file}`;
    return { file, url, sumUrl: `${url}.sha256sum`, archiveDir: `linux-${ARCH}`, versionArgs: ['version', '--short'], parseVersion: parseHelmVersion, cacheVersion: spec.version.replace(/^v/, '') };
  }
  if (spec.name === 'kind') {
    const file = `kind-linux-${ARCH}`;
    const url = `${(spec.mirror ?? `https://github.com/kubernetes-sigs/kind/releases/download/${spec.version}`).replace(/\/$/, '')}/${file}`;
    return { file, url, sumUrl: `${url}.sha256sum`, versionArgs: ['version'], parseVersion: parseKindVersion, cacheVersion: spec.version.replace(/^v/, '') };
  }
  if (spec.name === 'kubectl') {
    const url = `${(spec.mirror ?? `https://dl.k8s.io/release/${spec.version}/bin/linux/${ARCH}`).replace(/\/$/, '')}/kubectl`;
    return { file: 'kubectl', url, sumUrl: `${url}.sha256`, versionArgs: ['version', '--client', '-o', 'json'], parseVersion: parseKubectlVersion, cacheVersion: spec.version.replace(/^v/, '') };
  }
  // linkerd2 release assets: linkerd2-cli-<version>-linux-<arch> and .sha256 beside it
  const file = `linkerd2-cli-${spec.version}-linux-${ARCH}`;
  const base = spec.mirror ? spec.mirror.replace(/\/$/, '') : `https://github.com/linkerd/linkerd2/releases/download/${spec.version}`;
  return { file, url: `${base}/${file}`, sumUrl: `${base}/${file}.sha256`, versionArgs: ['version', '--client', '--short'], parseVersion: parseLinkerdCliVersion, cacheVersion: cacheVersionOf(spec.version) };
}

/** `helm version --short` → v3.17.3 */
export function parseHelmVersion(stdout: string): string | undefined {
  return /^(v\d+\.\d+\.\d+)/.exec(stdout.trim())?.[1];
}

/** `kind version` → v0.27.0 (from "kind v0.27.0 go1.23.6 linux/amd64") */
export function parseKindVersion(stdout: string): string | undefined {
  return /\bkind (v\d+\.\d+\.\d+)/.exec(stdout)?.[1];
}

/** `kubectl version --client -o json` → v1.32.3 */
export function parseKubectlVersion(stdout: string): string | undefined {
  try {
    return (JSON.parse(stdout) as { clientVersion?: { gitVersion?: string } }).clientVersion?.gitVersion;
  } catch {
    return undefined;
  }
}

/** `linkerd version --client --short` → stable-2.14.10 / edge-26.8.3 */
export function parseLinkerdCliVersion(stdout: string): string | undefined {
  return /^((?:stable|edge|enterprise)-[\d.]+)/.exec(stdout.trim())?.[1];
}

/** tool-cache wants semver-like versions: stable-2.14.10 → 2.14.10, edge-26.8.3 → 26.8.3-edge. */
function cacheVersionOf(v: string): string {
  const m = /^(stable|edge|enterprise)-(\d+\.\d+\.\d+)$/.exec(v);
  if (!m) return v;
  return m[1] === 'stable' ? (m[2] as string) : `${m[2]}-${m[1]}`;
}

export async function ensureTool(spec: ToolSpec): Promise<string> {
  const r = recipe(spec);
  const onPath = await exec(spec.name, r.versionArgs, { check: false }).catch(() => undefined);
  const have = onPath && onPath.exitCode === 0 ? r.parseVersion(onPath.stdout) : undefined;
  if (have === spec.version) {
    core.info(`${spec.name} ${have} found on PATH`);
    return spec.name;
  }
  const cached = tc.find(spec.name, r.cacheVersion);
  if (cached) {
    core.addPath(cached);
    core.info(`${spec.name} ${spec.version} from the tool cache`);
    return join(cached, spec.name);
  }
  core.info(`${spec.name} ${have ? `${have} is on PATH, but` : 'is not on PATH;'} installing the pinned ${spec.version}`);
  const download = await tc.downloadTool(r.url);
  const want = spec.sha256 ?? (await publishedSha256(r.sumUrl, r.file));
  const got = await sha256File(download);
  if (got !== want) throw new Error(`${r.url}: sha256 ${got} does not match the expected ${want}; refusing to install it`);
  let dir: string;
  if (r.archiveDir) {
    const extracted = await tc.extractTar(download);
    const bin = join(extracted, r.archiveDir, spec.name);
    if (!existsSync(bin)) throw new Error(`${r.url}: the archive has no ${r.archiveDir}/${spec.name}`);
    chmodSync(bin, 0o755);
    dir = await tc.cacheDir(join(extracted, r.archiveDir), spec.name, r.cacheVersion);
  } else {
    chmodSync(download, 0o755);
    dir = await tc.cacheFile(download, spec.name, spec.name, r.cacheVersion);
  }
  core.addPath(dir);
  core.info(`installed ${spec.name} ${spec.version} (sha256 ${got.slice(0, 16)}… verified) to ${dir}`);
  return join(dir, spec.name);
}

async function publishedSha256(url: string, file: string): Promise<string> {
  const path = await tc.downloadTool(url);
  const text = await new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    createReadStream(path).on('data', (c) => chunks.push(c as Buffer)).on('end', () => resolve(Buffer.concat(chunks).toString())).on('error', reject);
  });
  // "<hex>  <file>" (sha256sum format) or just "<hex>"
  const line = text.split('\n').find((l) => l.includes(file)) ?? text.split('\n')[0] ?? '';
  const hex = /^([0-9a-f]{64})\b/.exec(line.trim())?.[1];
  if (!hex) throw new Error(`${url}: no sha256 for ${file}`);
  return hex;
}

function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(path).on('data', (c) => h.update(c)).on('end', () => resolve(h.digest('hex'))).on('error', reject);
  });
}
