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
  name: 'helm';
  version: string;
  /** Pinned sha256 of the archive; when absent the publisher's `.sha256sum` file is used. */
  sha256?: string;
  mirror?: string;
}

export const HELM_VERSION = 'v3.17.3';

function helmArchive(version: string): { file: string; url: (mirror?: string) => string; dir: string } {
  const arch = process.arch === 'arm64' ? 'arm64' : 'amd64';
  const file = `helm-${version}-linux-${arch}.tar.gz`;
  return { file, url: (mirror) => `${(mirror ?? 'https://get.helm.sh').replace(/\/$/, '')}/${file}`, dir: `linux-${arch}` };
}

/** `helm version --short` → v3.17.3 */
export function parseHelmVersion(stdout: string): string | undefined {
  return /^(v\d+\.\d+\.\d+)/.exec(stdout.trim())?.[1];
}

export async function ensureTool(spec: ToolSpec): Promise<string> {
  const onPath = await exec(spec.name, ['version', '--short'], { check: false }).catch(() => undefined);
  const have = onPath && onPath.exitCode === 0 ? parseHelmVersion(onPath.stdout) : undefined;
  if (have === spec.version) {
    core.info(`${spec.name} ${have} found on PATH`);
    return spec.name;
  }
  const cached = tc.find(spec.name, spec.version.replace(/^v/, ''));
  if (cached) {
    core.addPath(cached);
    core.info(`${spec.name} ${spec.version} from the tool cache`);
    return join(cached, spec.name);
  }
  core.info(`${spec.name} ${have ? `${have} is on PATH, but` : 'is not on PATH;'} installing the pinned ${spec.version}`);
  const a = helmArchive(spec.version);
  const url = a.url(spec.mirror);
  const archive = await tc.downloadTool(url);
  const want = spec.sha256 ?? (await publishedSha256(`${url}.sha256sum`, a.file));
  const got = await sha256File(archive);
  if (got !== want) throw new Error(`${url}: sha256 ${got} does not match the expected ${want}; refusing to install it`);
  const extracted = await tc.extractTar(archive);
  const bin = join(extracted, a.dir, spec.name);
  if (!existsSync(bin)) throw new Error(`${url}: the archive has no ${a.dir}/${spec.name}`);
  chmodSync(bin, 0o755);
  const dir = await tc.cacheDir(join(extracted, a.dir), spec.name, spec.version.replace(/^v/, ''));
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
