import * as core from '@actions/core';
import * as tc from '@actions/tool-cache';
import { createHash } from 'node:crypto';
import { accessSync, chmodSync, constants, copyFileSync, createReadStream, existsSync, realpathSync, rmSync, statSync } from 'node:fs';
import { delimiter, isAbsolute, join, relative, resolve } from 'node:path';
import { absentTool, exec } from '../lib/exec.js';
import { actionsLogger } from './log.js';

/**
 * Pinned tool installation (style-anchors §8.9): a tool on PATH at the pinned version is used as it
 * is; otherwise the pinned release is downloaded, its sha256 checked against the publisher's
 * checksum file (or a checksum the user pins), extracted, cached in the runner's tool cache and put
 * on PATH. A tool-cache hit — found by version or through a PATH entry inside the cache — is checked
 * against the same checksum before it is run, and refused when it does not match. Never "latest".
 * `mirror` replaces the download host (air-gapped runners, tests).
 */
export interface ToolSpec {
  name: 'helm' | 'linkerd' | 'kind' | 'kubectl';
  version: string;
  /** Pinned sha256 of the download; when absent the publisher's checksum file is used. */
  sha256?: string;
  mirror?: string;
}

export { HELM_VERSION, KIND_VERSION, KUBECTL_VERSION } from '../tools/versions.js';

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
    return {
      file,
      url,
      sumUrl: `${url}.sha256sum`,
      archiveDir: `linux-${ARCH}`,
      versionArgs: ['version', '--short'],
      parseVersion: parseHelmVersion,
      cacheVersion: spec.version.replace(/^v/, ''),
    };
  }
  if (spec.name === 'kind') {
    const file = `kind-linux-${ARCH}`;
    const url = `${(spec.mirror ?? `https://github.com/kubernetes-sigs/kind/releases/download/${spec.version}`).replace(/\/$/, '')}/${file}`;
    return { file, url, sumUrl: `${url}.sha256sum`, versionArgs: ['version'], parseVersion: parseKindVersion, cacheVersion: spec.version.replace(/^v/, '') };
  }
  if (spec.name === 'kubectl') {
    const url = `${(spec.mirror ?? `https://dl.k8s.io/release/${spec.version}/bin/linux/${ARCH}`).replace(/\/$/, '')}/kubectl`;
    return {
      file: 'kubectl',
      url,
      sumUrl: `${url}.sha256`,
      versionArgs: ['version', '--client', '-o', 'json'],
      parseVersion: parseKubectlVersion,
      cacheVersion: spec.version.replace(/^v/, ''),
    };
  }
  // linkerd2 release assets: linkerd2-cli-<version>-linux-<arch> and .sha256 beside it
  const file = `linkerd2-cli-${spec.version}-linux-${ARCH}`;
  const base = spec.mirror ? spec.mirror.replace(/\/$/, '') : `https://github.com/linkerd/linkerd2/releases/download/${spec.version}`;
  return {
    file,
    url: `${base}/${file}`,
    sumUrl: `${base}/${file}.sha256`,
    versionArgs: ['version', '--client', '--short'],
    parseVersion: parseLinkerdCliVersion,
    cacheVersion: cacheVersionOf(spec.version),
  };
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
  // a tool PATH finds inside the tool cache is a cache hit, not the user's own install: it is not
  // run (not even for its version) before it is verified below
  const onPathFile = whichOnPath(spec.name);
  const fromCache = onPathFile !== undefined && inToolCache(onPathFile);
  const onPath = fromCache ? undefined : await exec(spec.name, r.versionArgs, { check: false, log: actionsLogger }).catch(absentTool);
  const have = onPath && onPath.exitCode === 0 ? r.parseVersion(onPath.stdout) : undefined;
  if (have === spec.version) {
    core.info(`${spec.name} ${have} found on PATH`);
    return spec.name;
  }
  const cached = tc.find(spec.name, r.cacheVersion);
  if (cached) {
    const bin = join(cached, spec.name);
    await verifyCached(spec, r, cached);
    core.addPath(cached);
    core.info(`${spec.name} ${spec.version} from the tool cache (sha256 re-verified)`);
    return bin;
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
    // the verified archive is kept beside the binary: a later cache hit checks the archive against
    // the pinned checksum and the binary against the archive's copy
    copyFileSync(download, join(extracted, r.archiveDir, r.file));
    dir = await tc.cacheDir(join(extracted, r.archiveDir), spec.name, r.cacheVersion);
  } else {
    chmodSync(download, 0o755);
    dir = await tc.cacheFile(download, spec.name, spec.name, r.cacheVersion);
  }
  remember(join(dir, spec.name));
  core.addPath(dir);
  core.info(`installed ${spec.name} ${spec.version} (sha256 ${got.slice(0, 16)}… verified) to ${dir}`);
  return join(dir, spec.name);
}

/**
 * A tool-cache hit is checked against the pinned checksum (the `*-sha256` input, else the
 * publisher's checksum file) before it is run: the cache is a folder others may write to (a
 * self-hosted runner's, a CLI user's), and a binary planted there would otherwise run with the
 * job's credentials. A bare binary is hashed; a binary from an archive is compared with the copy in
 * the verified archive kept beside it (downloaded again when there is none). A mismatch is refused,
 * naming the file. Verified once per process (until the file changes).
 */
async function verifyCached(spec: ToolSpec, r: Recipe, dir: string): Promise<void> {
  const bin = join(dir, spec.name);
  if (!existsSync(bin))
    throw new Error(`the tool cache holds ${spec.name} ${spec.version} at ${dir}, but no ${spec.name} in it; refusing it (remove ${dir} and ${dir}.complete)`);
  if (verified.get(bin) === stamp(bin)) return;
  const want = spec.sha256 ?? (await publishedSha256(r.sumUrl, r.file));
  const refuse = (what: string) =>
    new Error(
      `${bin}: the tool cache's ${spec.name} ${spec.version} ${what}; refusing to run it (it may have been planted: remove ${dir} and ${dir}.complete to install it again)`,
    );
  if (!r.archiveDir) {
    const got = await sha256File(bin);
    if (got !== want) throw refuse(`has sha256 ${got}, not the pinned ${want}`);
  } else {
    const kept = join(dir, r.file);
    let archive = kept;
    if (!existsSync(kept)) archive = await tc.downloadTool(r.url);
    const gotArchive = await sha256File(archive);
    if (gotArchive !== want) {
      if (archive === kept) throw refuse(`comes with an archive ${r.file} of sha256 ${gotArchive}, not the pinned ${want}`);
      throw new Error(`${r.url}: sha256 ${gotArchive} does not match the expected ${want}; cannot verify the cached ${bin}`);
    }
    const extracted = await tc.extractTar(archive);
    try {
      const original = join(extracted, r.archiveDir, spec.name);
      if (!existsSync(original)) throw new Error(`${r.url}: the archive has no ${r.archiveDir}/${spec.name}`);
      const [got, expected] = await Promise.all([sha256File(bin), sha256File(original)]);
      if (got !== expected) throw refuse(`has sha256 ${got}, not that of the ${spec.name} in the pinned archive (${expected})`);
    } finally {
      rmSync(extracted, { recursive: true, force: true });
    }
  }
  remember(bin);
}

/** Binaries verified in this process, with the identity of the file then (any change re-verifies). */
const verified = new Map<string, string>();
function stamp(path: string): string {
  const st = statSync(path);
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.mode}`;
}
function remember(path: string): void {
  verified.set(path, stamp(path));
}

/** The file PATH runs for `name` (as `which` finds it), without running it. */
function whichOnPath(name: string): string | undefined {
  for (const d of (process.env['PATH'] ?? '').split(delimiter)) {
    if (!d) continue;
    const p = join(d, name);
    try {
      accessSync(p, constants.X_OK);
      if (statSync(p).isFile()) return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

function inToolCache(file: string): boolean {
  const root = process.env['RUNNER_TOOL_CACHE'];
  if (!root || !existsSync(root)) return false;
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const back = relative(real(root), real(file));
  return !!back && !back.startsWith('..') && !isAbsolute(back);
}

async function publishedSha256(url: string, file: string): Promise<string> {
  const path = await tc.downloadTool(url);
  const text = await new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    createReadStream(path)
      .on('data', (c) => chunks.push(c as Buffer))
      .on('end', () => resolve(Buffer.concat(chunks).toString()))
      .on('error', reject);
  });
  // "<hex>  <file>" (sha256sum format) or just "<hex>"
  const line = text.split('\n').find((l) => l.includes(file)) ?? text.split('\n')[0] ?? '';
  const hex = /^([0-9a-f]{64})\b/.exec(line.trim())?.[1];
  if (!hex) throw new Error(`${url}: no sha256 for ${file}`);
  return hex;
}

export function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(path)
      .on('data', (c) => h.update(c))
      .on('end', () => resolve(h.digest('hex')))
      .on('error', reject);
  });
}
