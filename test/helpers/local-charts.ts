import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { createHash } from 'node:crypto';
import { homedir, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { exec } from '../../src/lib/exec.js';
import { SUPPORTED_VERSIONS } from '../../src/linkerd/versions.js';
import { prepareCharts } from '../../scripts/lib/charts.js';
import { closeServer, listenLoopback } from './http-double.js';

/**
 * Upstream Linkerd and Dgraph charts served as a Helm chart repository on loopback, so tests can
 * run the deploy action (`helm upgrade --install --repo URL chart --version V`) with real charts.
 *
 * The charts come from the chart cache (scripts/chart-cache.sh builds it from clones of
 * linkerd/linkerd2 and dgraph-io/charts): MESHCI_CHARTS, else ${XDG_CACHE_HOME:-~/.cache}/meshci/charts,
 * holding <tag>/{charts,viz/charts,jaeger/charts} + <tag>/.commit per Linkerd version and
 * dgraph/<chartVersion>/ (the dgraph chart itself) + .commit. What localChartRepo packages is kept in
 * <cache>/packaged/<tag>/ (and packaged/dgraph-<chartVersion>/), stamped with the export's commit.
 */
export function chartCacheDir(): string {
  return process.env['MESHCI_CHARTS'] || join(process.env['XDG_CACHE_HOME'] || join(homedir(), '.cache'), 'meshci', 'charts');
}

const REBUILD = 'bash scripts/chart-cache.sh LINKERD2_GITDIR DGRAPH_CHARTS_GITDIR';

/**
 * The chart cache when it holds the exported charts of `versions` (default: every supported
 * version) and a dgraph chart, else a one-line reason to skip with.
 */
export function chartCache(versions: readonly string[] = SUPPORTED_VERSIONS): { dir: string } | { missing: string } {
  const dir = chartCacheDir();
  const src = process.env['MESHCI_CHARTS'] ? `MESHCI_CHARTS=${dir}` : dir;
  if (!existsSync(dir)) return { missing: `no chart cache at ${src} (${REBUILD})` };
  const absent = versions.filter((v) => !existsSync(join(dir, v, '.commit')));
  if (absent.length) return { missing: `chart cache ${src} has no ${absent.join(', ')} (${REBUILD})` };
  const dgraph = join(dir, 'dgraph');
  if (!existsSync(dgraph) || !readdirSync(dgraph).some((v) => existsSync(join(dgraph, v, 'Chart.yaml'))))
    return { missing: `chart cache ${src} has no dgraph chart (${REBUILD})` };
  return { dir };
}

export interface LocalChartRepo {
  /** The Linkerd charts of every version asked for, in one repository (their chart versions differ). */
  url: string;
  /** The dgraph chart, when asked for: a repository of its own (`${url}/dgraph`). */
  dgraphUrl?: string;
  /** `METHOD /path` of every request, in order. */
  requests: string[];
  stop(): Promise<void>;
}

/**
 * Serves the Linkerd charts of `versions` (prepared by prepareCharts the way Linkerd's release
 * does, packaged by the real `helm package`, indexed by `helm repo index`) on http://127.0.0.1:<port>,
 * and the dgraph chart of version `dgraph` (as in the cache's dgraph/ folder) under /dgraph. Throws
 * when the cache lacks a version, or when two versions publish the same chart version.
 */
export async function localChartRepo(o: { helm: string; versions: string[]; dgraph?: string }): Promise<LocalChartRepo> {
  const cache = chartCache(o.versions);
  if ('missing' in cache) throw new Error(cache.missing);
  const packages = new Map<string, string>(); // file name → version it comes from
  const root = mkdtempSync(join(tmpdir(), 'meshci-chart-repo-'));
  try {
    mkdirSync(join(root, 'linkerd'));
    for (const version of o.versions) {
      const dir = await packaged(
        cache.dir,
        version,
        join(cache.dir, version),
        PREPARE,
        (work) => prepareCharts(join(cache.dir, version), version, work, o.helm).then((r) => Object.values(r.dirs)),
        o.helm,
      );
      for (const f of tgzs(dir)) {
        const other = packages.get(f);
        if (other) throw new Error(`${version} and ${other} both publish ${f}: serve them from separate repositories`);
        packages.set(f, version);
        copyFileSync(join(dir, f), join(root, 'linkerd', f));
      }
    }
    let dgraphDir: string | undefined;
    if (o.dgraph) {
      const src = join(cache.dir, 'dgraph', o.dgraph);
      if (!existsSync(join(src, 'Chart.yaml')))
        throw new Error(`chart cache ${cache.dir} has no dgraph chart ${o.dgraph} (DGRAPH_CHART_VERSION=${o.dgraph} ${REBUILD})`);
      const dir = await packaged(
        cache.dir,
        `dgraph-${o.dgraph}`,
        src,
        'as is',
        async (work) => {
          // the chart without the cache's .commit (the chart has no .helmignore to leave it out)
          cpSync(src, join(work, 'dgraph'), { recursive: true, filter: (p) => basename(p) !== '.commit' });
          return [join(work, 'dgraph')];
        },
        o.helm,
      );
      dgraphDir = join(root, 'dgraph');
      mkdirSync(dgraphDir);
      for (const f of tgzs(dir)) copyFileSync(join(dir, f), join(dgraphDir, f));
    }

    const requests: string[] = [];
    const { server, port } = await listenLoopback((req, res) => {
      requests.push(`${req.method} ${req.url}`);
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const m = /^\/(?:(dgraph)\/)?(index\.yaml|[\w.+-]+\.tgz)$/.exec(path);
      const file = m ? join(root, m[1] ?? 'linkerd', m[2]!) : undefined;
      if ((req.method === 'GET' || req.method === 'HEAD') && file && existsSync(file) && statSync(file).isFile()) {
        const body = readFileSync(file);
        res.writeHead(200, { 'content-type': file.endsWith('.yaml') ? 'text/yaml' : 'application/gzip', 'content-length': body.length });
        res.end(req.method === 'HEAD' ? undefined : body);
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    const url = `http://127.0.0.1:${port}`;
    try {
      await exec(o.helm, ['repo', 'index', join(root, 'linkerd'), '--url', url]);
      if (dgraphDir) await exec(o.helm, ['repo', 'index', dgraphDir, '--url', `${url}/dgraph`]);
    } catch (e) {
      await closeServer(server as Server);
      throw e;
    }
    return {
      url,
      ...(dgraphDir ? { dgraphUrl: `${url}/dgraph` } : {}),
      requests,
      stop: async () => {
        await closeServer(server as Server);
        rmSync(root, { recursive: true, force: true });
      },
    };
  } catch (e) {
    rmSync(root, { recursive: true, force: true });
    throw e;
  }
}

/** The chart versions a repository made by localChartRepo serves, chart name → versions (its index.yaml). */
export async function servedVersions(url: string): Promise<Record<string, string[]>> {
  const res = await fetch(`${url}/index.yaml`);
  if (!res.ok) throw new Error(`${url}/index.yaml: HTTP ${res.status}`);
  const index = yaml.load(await res.text()) as { entries: Record<string, { version: string }[]> };
  return Object.fromEntries(Object.entries(index.entries).map(([name, list]) => [name, list.map((e) => e.version)]));
}

function tgzs(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tgz'))
    .sort();
}

/** How Linkerd's charts are prepared (scripts/lib/charts.ts): a change to it remakes the packages. */
const PREPARE = `prepareCharts ${createHash('sha256')
  .update(readFileSync(fileURLToPath(new URL('../../scripts/lib/charts.ts', import.meta.url))))
  .digest('hex')
  .slice(0, 16)}`;

/**
 * <cache>/packaged/<key>: the `helm package` of the chart folders `prepare` makes in a scratch
 * folder, made once per source and recipe (the source's .commit; the stamp is the packaged folder's
 * .source). Made in os.tmpdir(), copied next to its place in the cache and renamed into it, so a
 * reader sees it whole or not at all; a concurrent run that wins the rename keeps its copy.
 */
async function packaged(cache: string, key: string, src: string, recipe: string, prepare: (work: string) => Promise<string[]>, helm: string): Promise<string> {
  const target = join(cache, 'packaged', key);
  const commitFile = join(src, '.commit');
  const stamp = `${key} ${existsSync(commitFile) ? readFileSync(commitFile, 'utf8').trim() : 'no-commit'} ${recipe}\n`;
  const stampFile = join(target, '.source');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return target;

  const work = mkdtempSync(join(tmpdir(), `meshci-package-${key}-`));
  try {
    const dirs = await prepare(join(work, 'src'));
    const out = join(work, 'out');
    mkdirSync(out);
    for (const d of dirs) await exec(helm, ['package', d, '--destination', out]);
    writeFileSync(join(out, '.source'), stamp);
    mkdirSync(join(cache, 'packaged'), { recursive: true });
    const staging = mkdtempSync(join(cache, 'packaged', `.tmp-${key}-`));
    cpSync(out, staging, { recursive: true });
    if (existsSync(target)) {
      if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
        rmSync(staging, { recursive: true, force: true });
        return target;
      }
      // stale (the export changed): move it aside, then drop it
      const old = `${staging}.old`;
      renameSync(target, old);
      rmSync(old, { recursive: true, force: true });
    }
    try {
      renameSync(staging, target);
    } catch (e) {
      rmSync(staging, { recursive: true, force: true });
      if (!existsSync(stampFile)) throw e;
    }
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
