import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { ConfigurationError, getErrorMessage } from '../lib/errors.js';
import type { Logger } from '../lib/logger.js';
import { Helm } from '../tools/helm/helm.js';
import { versionEntryFromCharts, throwawayIdentity } from '../linkerd/chart-facts.js';
import { knownEntry, nearestVersions, type VersionEntry } from '../linkerd/versions.js';
import { linkerdHelmRepo, parseLinkerdVersion } from '../linkerd/version.js';

/**
 * A Linkerd version's facts: from the data file when meshci knows the version, else from its
 * published charts, resolved now — the chart repository's index names the chart versions whose
 * appVersion is that release, helm pulls them, and they are rendered with their defaults exactly as
 * the data file's generator renders them (src/linkerd/chart-facts.ts). A version that no chart
 * repository has is refused with the nearest versions meshci knows.
 */
export interface ResolveOpts {
  /** The helm binary, only needed for a version the data file lacks. */
  helm: () => Promise<string>;
  /** Chart repository (default: Linkerd's stable or edge repository, by channel). */
  repo?: string;
  log: Logger;
  timeoutMs?: number;
  /** Largest index.yaml read (default INDEX_MAX_BYTES). */
  maxIndexBytes?: number;
}

/**
 * The largest chart repository index meshci reads. Linkerd's stable and edge indexes are a few MiB;
 * a repository (or a proxy, or a `tools-mirror`) answering with more is refused, not read into
 * memory and parsed.
 */
export const INDEX_MAX_BYTES = 32 * 1024 * 1024;

export async function versionFacts(version: string, o: ResolveOpts): Promise<VersionEntry & { resolvedFrom: string }> {
  const known = knownEntry(version);
  if (known) return { ...known, resolvedFrom: 'src/data/linkerd-images.json' };
  const v = parseLinkerdVersion('linkerd-version', version);
  const repo = o.repo ?? linkerdHelmRepo(v.raw);
  o.log.info(`Linkerd ${v.raw} is not in meshci's data file: resolving its images from the charts in ${repo}`);
  const index = await chartIndex(repo, o.timeoutMs ?? 60_000, o.maxIndexBytes ?? INDEX_MAX_BYTES);
  const names =
    v.minor <= 11
      ? ['linkerd2', 'linkerd2-cni', 'linkerd-viz', 'linkerd-jaeger']
      : ['linkerd-crds', 'linkerd-control-plane', 'linkerd2-cni', 'linkerd-viz', 'linkerd-jaeger'];
  const picked: Record<string, string> = {};
  for (const n of names) {
    const hit = (index.entries[n] ?? []).find((e) => e.appVersion === v.raw);
    if (hit) picked[n] = hit.version;
  }
  const cp = v.minor <= 11 ? 'linkerd2' : 'linkerd-control-plane';
  if (!picked[cp]) {
    const near = nearestVersions(v.raw);
    throw new ConfigurationError(
      `Input 'linkerd-version': Linkerd '${v.raw}' exists in no chart of ${repo} (no ${cp} chart has appVersion ${v.raw}). Nearest versions meshci knows: ${near.join(', ') || 'none'}`,
    );
  }
  if (cp === 'linkerd-control-plane') {
    // linkerd-crds carries no appVersion of its own: the crds chart released with this control plane
    const created = Date.parse((index.entries[cp] ?? []).find((e) => e.version === picked[cp])?.created ?? '');
    const crds = (index.entries['linkerd-crds'] ?? [])
      .filter((e) => Date.parse(e.created ?? '') <= created + 3_600_000)
      .sort((a, b) => Date.parse(b.created ?? '') - Date.parse(a.created ?? ''))[0];
    if (!crds) throw new Error(`${repo}: no linkerd-crds chart released with ${cp} ${picked[cp]}`);
    picked['linkerd-crds'] = crds.version;
  }
  const helm = new Helm({ binPath: await o.helm(), log: o.log });
  const work = mkdtempSync(join(tmpdir(), 'meshci-resolve-'));
  try {
    const dirs: Record<string, string> = {};
    for (const [name, chartVersion] of Object.entries(picked))
      dirs[name] = await helm.pull({ chart: name, version: chartVersion, repo, dir: join(work, 'charts') });
    const entry = await versionEntryFromCharts(helm, v.raw, dirs, {
      identityFile: await throwawayIdentity(work),
      work,
      source: `${repo}: ${Object.entries(picked)
        .map(([n, c]) => `${n}@${c}`)
        .join(', ')}, rendered with their default values`,
    });
    return { ...entry, resolvedFrom: entry.source };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

interface IndexEntry {
  version: string;
  appVersion?: string;
  created?: string;
}

async function chartIndex(repo: string, timeoutMs: number, maxBytes: number): Promise<{ entries: Record<string, IndexEntry[]> }> {
  const url = `${repo.replace(/\/+$/, '')}/index.yaml`;
  const tooBig = (n: string) => new Error(`GET ${url}: the index is ${n} bytes, more than meshci reads from a chart repository (${maxBytes}); refusing it`);
  let text: string;
  try {
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(new Error(`no complete answer in ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
    try {
      const res = await fetch(url, { signal: ac.signal });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const declared = Number(res.headers.get('content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > maxBytes) {
        ac.abort();
        throw tooBig(String(declared));
      }
      // read at most maxBytes, counting as the body arrives: a server that sends more than it
      // declared, or declares nothing and never stops, is cut off at the cap
      const chunks: Uint8Array[] = [];
      let size = 0;
      const reader = res.body?.getReader();
      for (;;) {
        const next = await reader?.read();
        if (!next || next.done) break;
        size += next.value.byteLength;
        if (size > maxBytes) {
          await reader?.cancel().catch(() => undefined);
          ac.abort();
          throw tooBig(`more than ${maxBytes}`);
        }
        chunks.push(next.value);
      }
      text = Buffer.concat(chunks).toString('utf8');
    } finally {
      clearTimeout(timer);
    }
  } catch (e) {
    const message = getErrorMessage(e);
    throw new Error(message.startsWith(`GET ${url}`) ? message : `GET ${url}: ${message}`);
  }
  const doc = yaml.load(text, { json: true }) as { entries?: Record<string, IndexEntry[]> } | undefined;
  if (!doc?.entries) throw new Error(`${url} is not a Helm repository index (no entries)`);
  return { entries: doc.entries };
}
