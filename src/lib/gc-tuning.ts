import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Before streaming gigabytes: let V8 count the stream buffers (external memory) in its global heap
 * limit instead of forcing a full mark-compact every 64 MB of them, its default. Measured on the
 * republish bench (642 MB, 2 cores, Node 24): ~80 collections and 370–410 ms of GC per copy before,
 * 66–95 ms after; about 0.15 s less wall time; ~17 MB more peak RSS on a 1 GB layer.
 *
 * Called when the first blob is about to move, not at start: changing a V8 flag changes V8's flag
 * hash, and every built-in module loaded afterwards misses Node's embedded code cache (~10 ms more
 * start-up when set first thing) — a warm run that moves no blob never pays it. The flag exists in
 * Node 24's V8 (the runtime the actions declare) and not in Node 20's, where V8 would print an
 * "unrecognized flag" error; there this does nothing.
 */
let done = false;
export function preferThroughputGc(): void {
  if (done) return;
  done = true;
  if (Number(process.versions.node.split('.')[0]) >= 24) v8.setFlagsFromString('--external-memory-accounted-in-global-limit');
}

/**
 * Bytes relayed between two young-generation collections (see `streamed`).
 */
export const STREAM_GC_BYTES = 2 * 1024 * 1024;

let minor: ((o: { type: 'minor' }) => void) | null | undefined;
let since = 0;

/**
 * Count bytes relayed through this process, and every STREAM_GC_BYTES run a young-generation
 * collection (a scavenge, well under a millisecond: the young generation holds little but the
 * chunk wrappers). Each 16 KB chunk a TLS socket reads is a fresh Buffer whose memory is outside
 * V8's heap; V8 frees it only when a collection finds the wrapper dead, and left to itself it
 * waits for ~64 MB of such memory (or, with the flag above, more). Measured on the republish bench
 * (Node 24, 2 cores): peak RSS with a 256 MB layer 173–179 MB before, 93–100 MB after, CPU within
 * noise (0.97–0.99 s before, 0.77–1.00 s after). Hand-written because no API asks V8 for a minor
 * collection without --expose-gc: the flag is set at run time, on the first blob (as above), and
 * `gc` taken from a fresh context, where V8 installs it; if that fails this does nothing.
 */
export function streamed(bytes: number): void {
  since += bytes;
  if (since < STREAM_GC_BYTES) return;
  since = 0;
  if (minor === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      minor = runInNewContext('gc') as (o: { type: 'minor' }) => void;
    } catch {
      minor = null;
    }
  }
  minor?.({ type: 'minor' });
}
