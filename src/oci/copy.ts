import type { Readable } from 'node:stream';
import { createHash, type Hash } from 'node:crypto';
import type { Logger } from '../lib/logger.js';
import type { ChunkTap } from './http.js';
import { Registry, RegistryError } from './registry.js';
import { isIndex, platformOf, type Descriptor, type Manifest } from './media.js';
import { formatReference, type ImageRef } from './reference.js';
import { backoffMs, isRetryableError, sleep } from './retry.js';
import { Limiter, allSettledOrThrow } from '../lib/limit.js';
import { getErrorMessage } from '../lib/errors.js';

/**
 * The copy engine: an image (index or single manifest) from a source registry to the destination,
 * digest-exact. Manifests are pushed byte for byte (children by digest, then the top level under
 * its tag); blobs are HEADed first, mounted from another repository of the destination when meshci
 * has seen them there, else streamed from the source GET into one destination PUT through a sha256
 * check — a mismatch aborts the upload and the image, and nothing is tagged. Memory stays bounded by
 * the stream buffers whatever the layer size.
 */
export type Action = 'copied' | 'skipped' | 'mounted' | 'failed';

export interface CopyResult {
  source: string;
  destination: string;
  digest?: string;
  platforms: string[];
  /** Bytes of blobs the image references (all platforms copied). */
  size: number;
  /** Bytes actually transferred through the runner. */
  bytes: number;
  blobs: { copied: number; skipped: number; mounted: number };
  signatures: number;
  action: Action;
  ms: number;
  /** The destination digest differs from the source by design (platform filter). */
  filtered?: boolean;
  error?: string;
}

/** A result with nothing counted yet: the start of every copy, and of the rows that copy nothing. */
export function newResult(src: ImageRef, dst: ImageRef, action: Action, extra: Partial<CopyResult> = {}): CopyResult {
  return {
    source: formatReference(src),
    destination: formatReference(dst),
    platforms: [],
    size: 0,
    bytes: 0,
    blobs: { copied: 0, skipped: 0, mounted: 0 },
    signatures: 0,
    action,
    ms: 0,
    ...extra,
  };
}

export interface CopyOpts {
  platforms?: string[];
  signatures: boolean;
  /** Blob transfers in flight across the whole run (every image shares one limit). */
  blobConcurrency: number;
  log: Logger;
}

export class DigestMismatchError extends Error {
  override readonly name = 'DigestMismatchError';
}

const SIG_SUFFIXES = ['sig', 'att', 'sbom'];

export class Copier {
  /** digest → a destination repository known to hold it (for cross-repository mounts). */
  private readonly known = new Map<string, string>();
  /** digest → the transfer of that blob now running (another image's copy waits, then mounts). */
  private readonly inflight = new Map<string, Promise<unknown>>();
  private readonly blobs: Limiter;
  constructor(
    private readonly source: (registry: string) => Registry,
    private readonly dest: Registry,
    private readonly opts: CopyOpts,
  ) {
    this.blobs = new Limiter(opts.blobConcurrency);
  }

  /**
   * Authorize every repository of a run up front: one token request per registry. `sources`:
   * which pairs will read their source — by default those named by tag (their warm check HEADs the
   * source); a warm run of pinned digests never touches the source registry. The pairs left to
   * copy after the warm checks are prepared with prepareSources.
   */
  async prepare(pairs: { src: ImageRef; dst: ImageRef }[], sources = pairs.filter((p) => !p.src.digest || this.opts.platforms?.length)): Promise<void> {
    await Promise.all([this.dest.prefetch([...new Set(pairs.map((p) => `repository:${p.dst.repository}:pull,push`))]), this.prepareSources(sources)]);
  }

  /** One token request per source registry for the repositories these pairs read. */
  async prepareSources(pairs: { src: ImageRef }[]): Promise<void> {
    const bySource = new Map<string, Set<string>>();
    for (const p of pairs) {
      const set = bySource.get(p.src.registry) ?? new Set<string>();
      set.add(`repository:${p.src.repository}:pull`);
      bySource.set(p.src.registry, set);
    }
    await Promise.all([...bySource].map(([host, scopes]) => this.source(host).prefetch([...scopes])));
  }

  /** The digest both sides share when the destination is already up to date, else undefined. */
  async upToDate(src: ImageRef, dst: ImageRef): Promise<string | undefined> {
    if (this.opts.platforms?.length) return undefined; // a filtered index has its own digest
    const ref = src.digest ?? (src.tag as string);
    const dstRef = dst.tag ?? dst.digest ?? (src.digest as string);
    const [srcHead, have] = await Promise.all([
      src.digest ? Promise.resolve({ digest: src.digest }) : this.source(src.registry).headManifest(src.repository, ref),
      this.dest.headManifest(dst.repository, dstRef, 'pull,push'),
    ]);
    return srcHead?.digest && have?.digest === srcHead.digest ? have.digest : undefined;
  }

  /**
   * For an image already up to date: copy the signatures, attestations and referrers of its digest
   * that the destination lacks (added at the source after the first copy). Nothing else is touched.
   */
  async refreshSignatures(src: ImageRef, dst: ImageRef, digest: string): Promise<CopyResult> {
    const t0 = Date.now();
    const result = newResult(src, dst, 'skipped', { digest });
    try {
      await this.copySignatures(this.source(src.registry), src, dst, digest, result);
    } catch (e) {
      result.action = 'failed';
      result.error = `signatures of ${result.source}: ${getErrorMessage(e)}`;
    }
    result.ms = Date.now() - t0;
    return result;
  }

  /** `checked`: the caller already ran upToDate and it said no. */
  async copy(src: ImageRef, dst: ImageRef, checked = false): Promise<CopyResult> {
    const t0 = Date.now();
    const result = newResult(src, dst, 'copied');
    const srcReg = this.source(src.registry);
    try {
      const ref = src.digest ?? (src.tag as string);
      const dstRef = dst.tag ?? dst.digest ?? (src.digest as string);
      // Warm path: one request per registry, in parallel, when the destination already has the source digest.
      if (!checked) {
        const same = await this.upToDate(src, dst);
        if (same) {
          result.action = 'skipped';
          result.digest = same;
          return result;
        }
      }
      const top = await srcReg.getManifest(src.repository, ref);
      if (src.digest && top.digest !== src.digest) throw new RegistryError(`${result.source} resolved to ${top.digest}`);
      // Look the signatures up while the blobs move, not after them: the answer is needed only
      // when the manifests are pushed (awaited below; a failure fails the image there).
      const lookup = this.opts.signatures ? this.findSignatures(srcReg, src, top.digest) : undefined;
      lookup?.catch(() => undefined);
      let bytes = top.bytes;
      const parsed = JSON.parse(top.bytes.toString('utf8')) as Manifest;
      if (isIndex(top.mediaType) || parsed.manifests) {
        let children = parsed.manifests ?? [];
        if (this.opts.platforms?.length) {
          const available = children.map(platformOf);
          const missing = this.opts.platforms.filter((p) => !available.includes(p));
          if (missing.length) {
            throw new RegistryError(`platform ${missing.join(', ')} is not in ${result.source} (it has ${[...new Set(available)].join(', ')})`);
          }
          const keep = new Set(children.filter((c) => this.opts.platforms!.includes(platformOf(c))).map((c) => c.digest));
          // keep attestation manifests that describe a kept platform (BuildKit's unknown/unknown entries)
          children = children.filter((c) => keep.has(c.digest) || keep.has(c.annotations?.['vnd.docker.reference.digest'] ?? ''));
          bytes = Buffer.from(JSON.stringify({ ...(JSON.parse(top.bytes.toString('utf8')) as object), manifests: children }));
          result.filtered = true;
        }
        result.platforms = children.map(platformOf).filter((p) => p !== 'unknown/unknown');
        // Every platform at once: their blobs queue on the run-wide limit, so the pipe stays full
        // to the last blob instead of draining platform by platform.
        await allSettledOrThrow(children.map((child) => this.copyManifest(srcReg, src.repository, dst.repository, child.digest, result)));
      } else {
        result.platforms = ['single'];
        await this.copyManifestBody(srcReg, src.repository, dst.repository, parsed, result);
      }
      // The tag last: signatures go first (the manifest pushed by digest so they have their subject),
      // so an image whose signatures failed is left untagged — the next run is not "up to date" and
      // copies them again, instead of reporting the image skipped forever.
      // With no signature to copy there is nothing to fail first: the manifest goes once, by tag.
      const found = lookup ? await lookup : undefined;
      const signatures = !!found && found.tags.length + found.referrers.length > 0;
      const signFirst = signatures && !result.filtered && dstRef !== top.digest;
      if (signFirst) {
        await this.dest.putManifest(dst.repository, top.digest, bytes, top.mediaType);
        await this.copySignatures(srcReg, src, dst, top.digest, result, found);
      }
      const digest = await this.dest.putManifest(dst.repository, dstRef, bytes, top.mediaType);
      result.digest = digest || top.digest;
      if (!result.filtered && result.digest !== top.digest) {
        throw new RegistryError(`${result.destination} stored digest ${result.digest}, the source has ${top.digest}`);
      }
      if (result.blobs.copied === 0 && result.blobs.mounted > 0) result.action = 'mounted';
      if (signatures && !signFirst) await this.copySignatures(srcReg, src, dst, top.digest, result, found);
      return result;
    } catch (e) {
      result.action = 'failed';
      result.error = getErrorMessage(e);
      return result;
    } finally {
      result.ms = Date.now() - t0;
    }
  }

  private async copyManifest(srcReg: Registry, srcRepo: string, dstRepo: string, digest: string, result: CopyResult): Promise<void> {
    const m = await srcReg.getManifest(srcRepo, digest);
    const parsed = JSON.parse(m.bytes.toString('utf8')) as Manifest;
    if (parsed.manifests) {
      await allSettledOrThrow(parsed.manifests.map((c) => this.copyManifest(srcReg, srcRepo, dstRepo, c.digest, result)));
    } else {
      await this.copyManifestBody(srcReg, srcRepo, dstRepo, parsed, result);
    }
    await this.dest.putManifest(dstRepo, digest, m.bytes, m.mediaType);
  }

  private async copyManifestBody(srcReg: Registry, srcRepo: string, dstRepo: string, m: Manifest, result: CopyResult): Promise<void> {
    const blobs: Descriptor[] = [...(m.config ? [m.config] : []), ...(m.layers ?? [])];
    const unique = [...new Map(blobs.map((b) => [b.digest, b])).values()];
    let failed: { error: unknown } | undefined;
    await Promise.all(
      unique.map((b) =>
        this.blobs.run(async () => {
          if (failed) return; // the image has failed: start nothing more for it
          try {
            const how = await this.copyBlobOnce(srcReg, srcRepo, dstRepo, b);
            result.size += b.size;
            result.blobs[how]++;
            if (how === 'copied') result.bytes += b.size;
          } catch (e) {
            failed ??= { error: e };
          }
        }),
      ),
    );
    if (failed) throw failed.error;
  }

  /** One transfer per digest at a time: a blob two images share is sent once, then mounted. */
  private async copyBlobOnce(srcReg: Registry, srcRepo: string, dstRepo: string, b: Descriptor): Promise<'copied' | 'skipped' | 'mounted'> {
    for (let running = this.inflight.get(b.digest); running; running = this.inflight.get(b.digest)) await running.catch(() => undefined);
    const p = this.copyBlob(srcReg, srcRepo, dstRepo, b);
    this.inflight.set(b.digest, p);
    try {
      return await p;
    } finally {
      this.inflight.delete(b.digest);
    }
  }

  private async copyBlob(srcReg: Registry, srcRepo: string, dstRepo: string, b: Descriptor): Promise<'copied' | 'skipped' | 'mounted'> {
    const policy = this.dest.retry;
    for (let attempt = 0; ; attempt++) {
      let verifier: DigestVerifier | undefined;
      try {
        if (await this.dest.blobExists(dstRepo, b.digest, 'pull,push')) {
          this.known.set(b.digest, dstRepo);
          return 'skipped';
        }
        const from = this.known.get(b.digest);
        const start = await this.dest.startUpload(dstRepo, from && from !== dstRepo ? { digest: b.digest, from } : undefined);
        if (start.mounted) {
          this.known.set(b.digest, dstRepo);
          return 'mounted';
        }
        const body = await srcReg.getBlob(srcRepo, b.digest);
        verifier = new DigestVerifier(b.digest, b.size);
        try {
          // socket to socket: the transport relays the download's chunks into the upload, the
          // verifier hashing each one on its way (http.ts `pump`)
          await this.dest.putBlob(dstRepo, start.location, b.digest, b.size, { source: body, tap: verifier });
        } finally {
          // an upload refused before it read the body leaves the download open: free its connection
          if (!body.readableEnded) body.destroy();
        }
        if (verifier.error) throw verifier.error;
        this.known.set(b.digest, dstRepo);
        return 'copied';
      } catch (e) {
        const mismatch = verifier?.error ?? (e instanceof DigestMismatchError ? e : findMismatch(e));
        if (mismatch) throw mismatch;
        const retryable = (e as { retryable?: boolean }).retryable || isRetryableError(e);
        if (!retryable || attempt + 1 >= policy.attempts) throw e;
        const d = backoffMs(attempt, policy);
        this.opts.log.info(`  retrying blob ${b.digest.slice(0, 19)}… (${getErrorMessage(e).split('\n')[0]}) in ${d} ms`);
        await sleep(d);
      }
    }
  }

  /**
   * The signatures, attestations and referrers of a digest at the source: the three tag lookups
   * and the referrers listing at once (most images have none of them, and four sequential round
   * trips would sit at the end of every image).
   */
  private async findSignatures(srcReg: Registry, src: ImageRef, digest: string): Promise<Found> {
    const tags = SIG_SUFFIXES.map((s) => `${digest.replace(':', '-')}.${s}`);
    const [heads, referrers] = await Promise.all([
      Promise.all(tags.map((t) => srcReg.headManifest(src.repository, t))),
      srcReg.referrers(src.repository, digest),
    ]);
    return { tags: tags.flatMap((tag, i) => (heads[i] ? [{ tag, digest: heads[i].digest }] : [])), referrers };
  }

  private async copySignatures(srcReg: Registry, src: ImageRef, dst: ImageRef, digest: string, result: CopyResult, found?: Found): Promise<void> {
    const { tags, referrers } = found ?? (await this.findSignatures(srcReg, src, digest));
    for (const { tag, digest: want } of tags) {
      const have = await this.dest.headManifest(dst.repository, tag, 'pull,push');
      if (have?.digest !== want) {
        const m = await srcReg.getManifest(src.repository, tag);
        await this.copyManifestBody(srcReg, src.repository, dst.repository, JSON.parse(m.bytes.toString('utf8')) as Manifest, result);
        await this.dest.putManifest(dst.repository, tag, m.bytes, m.mediaType);
      }
      result.signatures++;
    }
    for (const r of referrers) {
      const m = await srcReg.getManifest(src.repository, r.digest);
      await this.copyManifestBody(srcReg, src.repository, dst.repository, JSON.parse(m.bytes.toString('utf8')) as Manifest, result);
      await this.dest.putManifest(dst.repository, r.digest, m.bytes, m.mediaType);
      result.signatures++;
    }
  }
}

/** What findSignatures found: signature/attestation tags and their digests, and referrers. */
interface Found {
  tags: { tag: string; digest: string }[];
  referrers: { digest: string }[];
}

function findMismatch(e: unknown): DigestMismatchError | undefined {
  let cur: unknown = e;
  for (let i = 0; i < 4 && cur; i++) {
    if (cur instanceof DigestMismatchError) return cur;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Hashes a blob's bytes on their way from the download to the upload (the same buffers, no copy),
 * and holds the last chunk back until the digest and size are verified: on a mismatch the upload
 * ends short of its Content-Length, so the registry can never commit the blob, whatever it checks
 * itself. A tap the transport calls per chunk, not a Transform stream: a stream stage per blob cost
 * more CPU than the sha256 (measured with --cpu-prof; docs/republish.md).
 */
export class DigestVerifier implements ChunkTap {
  private readonly hash: Hash = createHash('sha256');
  private n = 0;
  private held?: Buffer;
  error?: DigestMismatchError;
  constructor(
    private readonly digest: string,
    private readonly size: number,
  ) {}

  chunk(c: Buffer): Buffer | undefined {
    this.hash.update(c);
    this.n += c.length;
    if (this.n > this.size) {
      this.error = new DigestMismatchError(`blob ${this.digest}: the source sent more than the ${this.size} bytes its descriptor declares`);
      throw this.error;
    }
    const previous = this.held;
    this.held = c;
    return previous;
  }

  end(): Buffer | undefined {
    const got = 'sha256:' + this.hash.digest('hex');
    if (got !== this.digest || this.n !== this.size) {
      this.error = new DigestMismatchError(`blob ${this.digest}: the source sent ${this.n} bytes hashing to ${got}; refusing to store it`);
      throw this.error;
    }
    return this.held;
  }
}

export type { Readable };
