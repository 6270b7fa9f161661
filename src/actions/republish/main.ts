import * as core from '@actions/core';
import { ConfigurationError, getErrorMessage } from '../../lib/errors.js';
import { actionsLogger, formatDuration } from '../../runtime/log.js';
import { Registry } from '../../oci/registry.js';
import { HttpTransport } from '../../oci/http.js';
import type { RegistryAuth } from '../../oci/auth.js';
import { Copier, newResult, type CopyResult } from '../../oci/copy.js';
import { destinationFor, parseReference, type ImageRef } from '../../oci/reference.js';
import { helmValues, helmValuesYaml } from '../../republish/helm-values.js';
import { escapeHtml } from '../../lib/html.js';
import { loadAzureCredential } from '../../azure/lazy.js';
import { githubIdToken } from '../../runtime/oidc.js';
import { Limiter } from '../../lib/limit.js';
import { preferThroughputGc } from '../../lib/gc-tuning.js';
import { addImages, getInputs, type Inputs } from './inputs.js';
import { appEntry, linkerdImages } from '../../republish/images.js';
import type { VersionEntry } from '../../linkerd/versions.js';
import { group } from '../../runtime/group.js';

interface Row extends CopyResult {
  how: 'copied' | 'skipped' | 'mounted' | 'imported' | 'failed';
}

export async function main(inputs = getInputs()): Promise<void> {
  const linkerd = inputs.linkerdVersion ? await group(`Linkerd ${inputs.linkerdVersion}: the images its charts pull`, () => linkerdSet(inputs)) : undefined;
  if (!inputs.images.length) throw new ConfigurationError("Nothing to republish: give 'images' (one reference per line) and/or 'linkerd-version'");
  if (inputs.mode === 'plan') return plan(inputs, linkerd);
  const http = new HttpTransport();
  try {
    await republish(inputs, http, linkerd);
  } finally {
    // one pool for the run: one full TLS handshake per registry, later connections resume it
    for (const [origin, s] of http.stats)
      core.debug(`connections to ${origin}: ${s.connections} (${s.handshakes} TLS handshake${s.handshakes === 1 ? '' : 's'}, ${s.resumed} resumed)`);
    await http.close();
  }
}

/** Linkerd's images for the version and extensions: from the data file, or resolved from the published charts. */
async function linkerdSet(inputs: Inputs): Promise<VersionEntry> {
  const version = inputs.linkerdVersion as string;
  // loaded only when a Linkerd version is asked for: resolution brings helm, the chart parsers and
  // certificate generation, which a plain image copy must not pay for at start-up
  const [{ versionFacts }, { ensureTool, HELM_VERSION }] = await Promise.all([import('../../republish/resolve.js'), import('../../runtime/tool-install.js')]);
  const entry = await versionFacts(version, { helm: () => ensureTool({ name: 'helm', version: HELM_VERSION }), repo: inputs.chartRepo, log: actionsLogger });
  const images = linkerdImages(entry, version, inputs.extensions);
  addImages(inputs, images, `Linkerd ${version}`);
  core.info(`${images.length} image(s) from ${entry.resolvedFrom}`);
  return entry;
}

function values(inputs: Inputs, linkerd: VersionEntry | undefined, images: { source: string; destination: string; digest?: string }[]): string {
  const app = appEntry(inputs.app);
  return helmValuesYaml(helmValues(images, { ...(linkerd ? { linkerd } : {}), ...(app ? { apps: { [inputs.app]: app } } : {}) }));
}

/**
 * mode plan: what a version would pull and the helm-values it would produce, without copying
 * anything or signing in anywhere (digests are not known, so none is set).
 */
async function plan(inputs: Inputs, linkerd: VersionEntry | undefined): Promise<void> {
  const pairs = inputs.images.map((src) => ({ src, dst: destinationFor(src, inputs.destination, inputs.mapping) }));
  const ref = (r: ImageRef) => `${r.registry}/${r.repository}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
  await group(
    `Plan: ${pairs.length} image(s) → ${inputs.destination.registry}${inputs.destination.prefix ? `/${inputs.destination.prefix}` : ''} (nothing is copied)`,
    async () => {
      for (const p of pairs) core.info(`${ref(p.src)} → ${ref(p.dst)}   (${inputs.origins.get(ref(p.src)) ?? ''})`);
    },
  );
  core.setOutput('images', pairs.map((p) => ref(p.src)).join('\n'));
  core.setOutput('image-map', JSON.stringify(Object.fromEntries(pairs.map((p) => [ref(p.src), ref(p.dst)]))));
  core.setOutput(
    'helm-values',
    values(
      inputs,
      linkerd,
      pairs.map((p) => ({ source: ref(p.src), destination: ref(p.dst) })),
    ),
  );
  for (const k of ['copied', 'skipped', 'failed', 'bytes']) core.setOutput(k, '0');
  await core.summary
    .addHeading('meshci republish: plan', 2)
    .addRaw(
      `<p>${pairs.length} image(s)${inputs.linkerdVersion ? ` for Linkerd ${escapeHtml(inputs.linkerdVersion)}${inputs.extensions.length ? ` (${inputs.extensions.join(', ')})` : ''}` : ''}${linkerd ? `, from ${escapeHtml(linkerd.source)}` : ''}. Nothing was copied.</p>`,
    )
    .addTable([
      ['image', 'from', 'would be republished as'].map((h) => ({ data: h, header: true })),
      ...pairs.map((p) => [
        { data: `<code>${escapeHtml(ref(p.src))}</code>` },
        { data: escapeHtml(inputs.origins.get(ref(p.src)) ?? '') },
        { data: `<code>${escapeHtml(ref(p.dst))}</code>` },
      ]),
    ])
    .write();
}

async function destinationAuth(inputs: Inputs): Promise<RegistryAuth> {
  const host = inputs.destination.registry;
  let kind = inputs.destinationAuth;
  if (kind === 'auto') kind = inputs.destinationUsername ? 'basic' : /\.azurecr\.(io|cn|us)(:\d+)?$/.test(host) ? 'azure' : 'anonymous';
  if (kind === 'basic') {
    if (!inputs.destinationUsername || !inputs.destinationPassword) {
      throw new ConfigurationError("Input 'destination-auth' is basic but 'destination-username' or 'destination-password' is empty");
    }
    return {
      kind: 'basic',
      username: inputs.destinationUsername,
      password: inputs.destinationPassword,
      describe: `username/password for ${inputs.destinationUsername}`,
    };
  }
  if (kind === 'azure') return { kind: 'azure', credential: await loadAzureCredential(githubIdToken), describe: 'the Azure identity (ACR token exchange)' };
  return { kind: 'anonymous' };
}

// eslint-disable-next-line max-lines-per-function -- the republish phases in order, each one call; the outputs are set before a failure is thrown
async function republish(inputs: Inputs, http: HttpTransport, linkerd: VersionEntry | undefined): Promise<void> {
  const auth = await destinationAuth(inputs);
  if (inputs.lockTags && auth.kind !== 'azure') {
    throw new ConfigurationError(
      "Input 'lock-tags' needs the Azure identity for the destination ('destination-auth: azure', or an *.azurecr.io destination without a username)",
    );
  }
  const dest = new Registry({
    registry: inputs.destination.registry,
    auth,
    http,
    plainHttp: inputs.plainHttp.has(inputs.destination.registry),
    onRetry: (what, n, ms, why) => core.info(`  retry ${n} of ${what} in ${ms} ms (${why})`),
  });
  const source = sourceRegistries(inputs, http);
  const copier = new Copier(source, dest, {
    platforms: inputs.platforms.length ? inputs.platforms : undefined,
    signatures: inputs.signatures !== 'false',
    blobConcurrency: blobSlots(inputs.concurrency),
    log: actionsLogger,
  });
  let importer: import('../../azure/acr-import.js').AcrImporter | undefined;
  if (inputs.mode !== 'copy' && inputs.acrResourceId) {
    const { AcrImporter, parseAcrId } = await import('../../azure/acr-import.js');
    importer = new AcrImporter(parseAcrId(inputs.acrResourceId), await loadAzureCredential(githubIdToken));
  }

  const pairs = inputs.images.map((src) => ({ src, dst: destinationFor(src, inputs.destination, inputs.mapping) }));
  if (!importer) await copier.prepare(pairs);
  const rows: Row[] = new Array(pairs.length);
  const t0 = Date.now();
  // Warm checks are one HEAD per image and side (the destination's alone for a pinned digest):
  // run them all at once, then copy what is left.
  const upToDate = new Map<number, string>();
  if (!importer) {
    const checks = await Promise.allSettled(pairs.map((p) => copier.upToDate(p.src, p.dst)));
    checks.forEach((c, i) => {
      if (c.status === 'fulfilled' && c.value) upToDate.set(i, c.value);
    });
    // the sources of what is left to copy (signatures: refresh reads every source): one token each
    await copier.prepareSources(inputs.signatures === 'refresh' ? pairs : pairs.filter((_, i) => !upToDate.has(i)));
  }
  await group(
    `Republish ${pairs.length} image(s) to ${inputs.destination.registry}${inputs.destination.prefix ? `/${inputs.destination.prefix}` : ''} (${inputs.mode})`,
    async () => {
      const images = new Limiter(inputs.concurrency);
      // a progress prefix on each image's line: images done and bytes moved so far (the CLI streams it live)
      let done = 0;
      let moved = 0;
      await Promise.all(
        pairs.map(({ src, dst }, i) =>
          images.run(async () => {
            const same = upToDate.get(i);
            rows[i] = !same
              ? await one(src, dst, !importer)
              : inputs.signatures === 'refresh'
                ? withHow(await copier.refreshSignatures(src, dst, same))
                : withHow(newResult(src, dst, 'skipped', { digest: same }));
            const r = rows[i]!;
            done++;
            moved += r.bytes;
            const line = `[${done}/${pairs.length} images, ${mb(moved)}] ${r.how.padEnd(8)} ${r.source} → ${r.destination}${r.digest ? `@${r.digest.slice(0, 19)}…` : ''} (${formatDuration(r.ms)}${r.bytes ? `, ${mb(r.bytes)}` : ''})`;
            if (r.how === 'failed') core.error(`${line}: ${r.error}`);
            else core.info(line);
          }),
        ),
      );
    },
  );

  async function one(src: ImageRef, dst: ImageRef, checked: boolean): Promise<Row> {
    if (importer) {
      const start = Date.now();
      try {
        await importer.importImage(src, dst, { timeoutMs: inputs.importTimeoutMs, credentials: inputs.sourceCredentials.get(src.registry) });
        const head = await dest.headManifest(dst.repository, dst.tag ?? dst.digest ?? 'latest');
        return { ...newResult(src, dst, 'copied', { digest: head?.digest, ms: Date.now() - start }), how: 'imported' };
      } catch (e) {
        if (inputs.mode === 'import') {
          return withHow(newResult(src, dst, 'failed', { ms: Date.now() - start, error: getErrorMessage(e) }));
        }
        core.warning(`${getErrorMessage(e)}; falling back to a client-side copy`);
      }
    }
    preferThroughputGc(); // bytes are about to stream through this process
    const r = await copier.copy(src, dst, checked);
    return withHow(r);
  }

  // outputs, before any failure is raised
  setOutputs(rows, inputs, linkerd);

  await writeSummary(rows, inputs, Date.now() - t0);

  if (inputs.lockTags && auth.kind === 'azure') await lockDestinationTags(rows, inputs, auth.credential);

  const failed = rows.filter((r) => r.how === 'failed');
  if (failed.length) throw new Error(`${failed.length} of ${rows.length} image(s) failed: ${failed.map((r) => `${r.source}: ${r.error}`).join('; ')}`);
}

/** One client per source registry host, made on first use, with the credentials given for that host. */
function sourceRegistries(inputs: Inputs, http: HttpTransport): (host: string) => Registry {
  const sources = new Map<string, Registry>();
  return (host: string): Registry => {
    let r = sources.get(host);
    if (!r) {
      const c = inputs.sourceCredentials.get(host);
      r = new Registry({
        registry: host,
        auth: c
          ? { kind: 'basic', username: c.username, password: c.password, describe: `username/password for ${c.username} on ${host}` }
          : { kind: 'anonymous' },
        http,
        plainHttp: inputs.plainHttp.has(host),
        onRetry: (what, n, ms, why) => core.info(`  retry ${n} of ${what} in ${ms} ms (${why})`),
      });
      sources.set(host, r);
    }
    return r;
  };
}

/** The step's outputs: what moved where, the image map, Helm values and counts. */
function setOutputs(rows: Row[], inputs: Inputs, linkerd: VersionEntry | undefined): void {
  const ok = rows.filter((r) => r.how !== 'failed');
  const map: Record<string, string> = {};
  for (const r of ok) map[r.source] = `${r.destination.split('@')[0]}${r.digest ? `@${r.digest}` : ''}`;
  core.setOutput('image-map', JSON.stringify(map));
  core.setOutput('images', rows.map((r) => r.source).join('\n'));
  core.setOutput(
    'helm-values',
    values(
      inputs,
      linkerd,
      ok.map((r) => ({ source: r.source, destination: r.destination, ...(r.digest ? { digest: r.digest } : {}) })),
    ),
  );
  core.setOutput('copied', String(rows.filter((r) => r.how === 'copied' || r.how === 'mounted' || r.how === 'imported').length));
  core.setOutput('skipped', String(rows.filter((r) => r.how === 'skipped').length));
  core.setOutput('failed', String(rows.filter((r) => r.how === 'failed').length));
  core.setOutput('bytes', String(rows.reduce((n, r) => n + r.bytes, 0)));
}

/** The step summary: one table row per image, with what happened to it. */
async function writeSummary(rows: Row[], inputs: Inputs, total: number): Promise<void> {
  await core.summary
    .addHeading('meshci republish', 2)
    .addRaw(
      `<p>${rows.length} image(s) to <code>${inputs.destination.registry}${inputs.destination.prefix ? `/${inputs.destination.prefix}` : ''}</code> in ${formatDuration(total)}, ${mb(rows.reduce((n, r) => n + r.bytes, 0))} transferred.</p>`,
    )
    .addTable([
      ['image', 'platforms', 'size', 'what happened', 'time'].map((h) => ({ data: h, header: true })),
      ...rows.map((r) => [
        { data: `<code>${r.source}</code>${r.digest ? `<br><sub>${r.digest}</sub>` : ''}` },
        { data: r.platforms.join(', ') || '—' },
        { data: r.size ? mb(r.size) : '—' },
        {
          data:
            r.how === 'failed'
              ? `❌ failed: ${escapeHtml(r.error ?? '')}`
              : `${r.how}${r.filtered ? ' (filtered index: new digest)' : ''}${r.signatures ? ` + ${r.signatures} signature(s)` : ''}${r.how === 'copied' ? ` (${r.blobs.copied} blobs copied, ${r.blobs.skipped} present, ${r.blobs.mounted} mounted)` : ''}`,
        },
        { data: formatDuration(r.ms) },
      ]),
    ])
    .write();
}

/** Input lock-tags: every tag this run wrote is locked against overwrite and deletion (ACR). */
async function lockDestinationTags(rows: Row[], inputs: Inputs, credential: Extract<RegistryAuth, { kind: 'azure' }>['credential']): Promise<void> {
  const lockable = rows
    .filter((r) => r.how !== 'failed')
    .map((r) => {
      const d = parseReference(r.destination);
      return { repository: d.repository, tag: d.tag };
    })
    .filter((t): t is { repository: string; tag: string } => !!t.tag);
  await group(`Lock ${lockable.length} tag(s)`, async () => {
    const { lockTags } = await import('../../azure/acr-tags.js');
    await lockTags(inputs.destination.registry, credential, lockable);
    for (const t of lockable) core.info(`locked ${inputs.destination.registry}/${t.repository}:${t.tag}`);
  });
}

function withHow(r: CopyResult): Row {
  return { ...r, how: r.action };
}

/**
 * Blob transfers in flight across the whole run: two per image slot, so that while one image's
 * big layer streams, another's small layers and configs are not queued behind it. Measured on the
 * bench (6 images, 2 cores): 4–12 slots are all within noise; the run-wide limit is what counts —
 * per-image limits drained the pipe platform by platform (4.9–5.1 s → 4.2–4.5 s).
 */
function blobSlots(imageConcurrency: number): number {
  return Math.max(4, imageConcurrency * 2);
}

function mb(n: number): string {
  return n >= 1e9 ? `${(n / 1e9).toFixed(2)} GB` : `${(n / 1e6).toFixed(1)} MB`;
}
