/**
 * Benchmark (not a test): meshci republish against `skopeo copy --all` run per image — the peer a
 * user would script — between the TLS + token registry pair (GHCR-like → ACR-like) on loopback.
 * A synthetic Linkerd-like set of 6 multi-arch images (≥ 600 MB of blobs), cold and warm, then peak
 * memory copying an image with a 1 GB layer. Prints times, ratios and peak RSS.
 *
 *   npx tsx bench/republish.ts [--images 6] [--layer-mb 46] [--big-mb 1024] [--concurrency 4] [--direct] [--profile DIR] [--node PATH]
 *
 * meshci runs on the Node.js the actions declare (node24, installed by scripts/setup.sh), as on a
 * GitHub runner; without it, on the Node.js running this script. --node PATH picks another.
 * The warm figure is the median of 5 runs (one run moves by ±10 ms); skopeo's is one pass over the 6 images.
 */
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { rmSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPair, GHCR_USER, ACR_USER } from '../test/helpers/registry/pair.js';
import { Pusher, type Pushed } from '../test/helpers/registry/mkimage.js';
import { inputEnvName } from '../src/local/runner.js';
import { node24 } from '../test/helpers/node24.js';

const exec = promisify(execFile);
const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const arg = (name: string, d: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};
const N = arg('images', 6);
const LAYER_MB = arg('layer-mb', 46);
const BIG_MB = arg('big-mb', 1024);
const CONCURRENCY = String(arg('concurrency', 4));
/** --node PATH: the Node.js that runs meshci (default: node24 from setup.sh, else this one). */
const NODE = process.argv.includes('--node')
  ? (process.argv[process.argv.indexOf('--node') + 1] as string)
  : (() => {
      try {
        return node24();
      } catch {
        console.log(`(node24 not installed — scripts/setup.sh installs it; meshci runs on this Node ${process.version})`);
        return process.execPath;
      }
    })();
/** --profile DIR: write a V8 CPU profile of each meshci run into DIR. */
const PROFILE = process.argv.includes('--profile') ? process.argv[process.argv.indexOf('--profile') + 1] : undefined;
const NAMES = ['controller', 'policy-controller', 'proxy', 'proxy-init', 'metrics-api', 'tap', 'web', 'debug'];
const SKOPEO_CACHE = '/var/lib/containers/cache/blob-info-cache-v1.boltdb';

/** Busy CPU seconds of the whole machine (all processes: tool, registries, TLS fronts). */
function machineBusy(): number {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = (f[3] ?? 0) + (f[4] ?? 0);
  return (f.reduce((a, b) => a + b, 0) - idle) / 100;
}
const busy: Record<string, number> = {};

/** CPU seconds a child process has used so far (utime + stime from /proc). */
function procCpu(pid: number | undefined): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
}
/** Where the machine's CPU went: this process (the TLS + token fronts), and each registry. */
const split: Record<string, string> = {};

async function time<T>(f: () => Promise<T>, label?: string): Promise<[number, T]> {
  const t = process.hrtime.bigint();
  const b = machineBusy();
  const fronts = process.cpuUsage();
  const regs = [pair.ghcr.proc.pid, pair.acr.proc.pid].map(procCpu);
  const r = await f();
  if (label) {
    busy[label] = machineBusy() - b;
    const c = process.cpuUsage(fronts);
    const [g, a] = [pair.ghcr.proc.pid, pair.acr.proc.pid].map((pid, i) => procCpu(pid) - regs[i]!);
    split[label] = `fronts ${((c.user + c.system) / 1e6).toFixed(2)} s, source registry ${g!.toFixed(2)} s, destination registry ${a!.toFixed(2)} s`;
  }
  return [Number(process.hrtime.bigint() - t) / 1e9, r];
}

async function meshci(pairEnv: Record<string, string>, images: string[], destination: string, user: { user: string; pass: string }): Promise<{ maxRssMb: number; bytes: string; cpu: string }> {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), ...pairEnv };
  for (const [k, v] of Object.entries({ images: images.join('\n'), destination, 'destination-username': user.user, 'destination-password': user.pass, concurrency: CONCURRENCY, signatures: 'true', mode: 'copy', 'destination-auth': 'auto', 'import-timeout-seconds': '600' })) env[inputEnvName(k)] = v;
  env['GITHUB_OUTPUT'] = join(tmpdir(), `bench-out-${process.pid}`);
  env['GITHUB_STEP_SUMMARY'] = join(tmpdir(), `bench-summary-${process.pid}`);
  env['GITHUB_STATE'] = join(tmpdir(), `bench-state-${process.pid}`);
  for (const f of [env['GITHUB_OUTPUT'], env['GITHUB_STEP_SUMMARY'], env['GITHUB_STATE']]) writeFileSync(f, '');
  return new Promise((resolve, reject) => {
    // Through /usr/bin/time: a child forked straight from this process would report this
    // process's resident pages (the pushed test layers) as its own peak, since Linux keeps
    // ru_maxrss across fork+exec.
    const p = spawn('/usr/bin/time', ['-f', 'MESHCI_BENCH_MAXRSS_KB=%M CPU=%Us+%Ss', NODE, ...(PROFILE ? ['--cpu-prof', '--cpu-prof-dir', PROFILE] : []), join(ROOT, 'dist/republish.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    let out = '';
    p.stdout.on('data', (b: Buffer) => (out += b.toString()));
    p.stderr.on('data', (b: Buffer) => (err += b.toString()));
    p.on('close', (code) => {
      const kb = Number(/MESHCI_BENCH_MAXRSS_KB=(\d+)/.exec(err)?.[1] ?? 0);
      if (code !== 0) reject(new Error(`meshci exited ${code}: ${out.slice(-2000)}`));
      else resolve({ cpu: /CPU=(\S+)/.exec(err)?.[1] ?? '?', maxRssMb: kb / 1024, bytes: /bytes<<\S+\n(\d+)/.exec(readFileSync(env['GITHUB_OUTPUT'] as string, 'utf8'))?.[1] ?? '?' });
    });
  });
}

async function skopeo(pair: Awaited<ReturnType<typeof startPair>>, src: string, dst: string): Promise<void> {
  await exec('skopeo', ['copy', '--all', '--quiet', '--src-cert-dir', pair.pki.certDir, '--dest-cert-dir', pair.pki.certDir, '--dest-creds', `${ACR_USER.user}:${ACR_USER.pass}`, `docker://${src}`, `docker://${dst}`], { maxBuffer: 1 << 24 });
}

async function maxRssOf(cmd: string, args: string[], env?: Record<string, string>): Promise<number> {
  const { stderr } = await exec('/usr/bin/time', ['-f', 'MAXRSS_KB=%M', cmd, ...args], { env: { ...process.env, ...env }, maxBuffer: 1 << 24 });
  return Number(/MAXRSS_KB=(\d+)/.exec(stderr)?.[1] ?? 0) / 1024;
}

// Default: the registries behind the Node TLS + token fronts (docs/reference/registry.md#testing-against-a-local-registry).
// --direct: the registries serve TLS themselves and the fronts only issue tokens.
const pair = await startPair({ direct: process.argv.includes('--direct') });
const pusher = new Pusher(pair.ghcr.front, pair.pki.caCert);
try {
  console.log(`pushing ${N} multi-arch images (2 platforms × (5 MB + ${LAYER_MB} MB))…`);
  const imgs: Pushed[] = [];
  for (let i = 0; i < N; i++) imgs.push(await pusher.push({ repo: `linkerd/${NAMES[i % NAMES.length]}`, tag: 'stable-2.14.10', layers: [5 << 20, LAYER_MB << 20], auth: GHCR_USER }));
  const total = imgs.reduce((n, i) => n + i.blobBytes, 0);
  console.log(`source set: ${N} images, ${(total / 1e6).toFixed(0)} MB of blobs`);
  const acr = pair.acr.front.host;
  rmSync(SKOPEO_CACHE, { force: true });

  const [skCold] = await time(async () => {
    for (const i of imgs) await skopeo(pair, i.ref, `${acr}/skopeo/${i.ref.split('/').slice(1).join('/')}`);
  }, 'skopeo cold');
  const [skWarm] = await time(async () => {
    for (const i of imgs) await skopeo(pair, i.ref, `${acr}/skopeo/${i.ref.split('/').slice(1).join('/')}`);
  });
  await pair.resetDestination(); // meshci's cold run starts from an empty registry too
  const [mcCold, cold] = await time(() => meshci(pair.env, imgs.map((i) => i.ref), `${acr}/meshci`, ACR_USER), 'meshci cold');
  const warmRuns: [number, Awaited<ReturnType<typeof meshci>>][] = [];
  for (let k = 0; k < 5; k++) warmRuns.push(await time(() => meshci(pair.env, imgs.map((i) => i.ref), `${acr}/meshci`, ACR_USER)));
  warmRuns.sort((x, y) => x[0] - y[0]);
  const [mcWarm, warm] = warmRuns[2]!;

  console.log(`machine CPU (all processes): ${Object.entries(busy).map(([k, v]) => `${k} ${v.toFixed(2)} s`).join(', ')}`);
  for (const [k, v] of Object.entries(split)) console.log(`  ${k}: ${v}`);
  console.log(`meshci ran on Node ${(await exec(NODE, ['--version'])).stdout.trim()}; warm runs ${warmRuns.map(([t]) => (t * 1000).toFixed(0)).join(', ')} ms`);
  console.log(`cold meshci ${mcCold.toFixed(2)} s (cpu ${cold.cpu}) vs skopeo ${skCold.toFixed(2)} s = ${(mcCold / skCold).toFixed(2)}; warm ${mcWarm.toFixed(2)} vs ${skWarm.toFixed(2)} = ${(mcWarm / skWarm).toFixed(2)} (concurrency ${CONCURRENCY})`);
  if (BIG_MB > 0) await bigLayer(mcCold, skCold, mcWarm, skWarm, total, cold, warm);
} finally {
  await pusher.close();
  await pair.stop();
}

async function bigLayer(mcCold: number, skCold: number, mcWarm: number, skWarm: number, total: number, cold: { maxRssMb: number; bytes: string }, warm: { bytes: string }) {
  const acr = pair.acr.front.host;
  console.log(`\nbig layer: pushing 1 image with one ${BIG_MB} MB layer…`);
  const big = await pusher.push({ repo: 'linkerd/big', tag: 'v1', layers: [BIG_MB << 20], platforms: ['linux/amd64'], auth: GHCR_USER });
  const [mcBig, bigRes] = await time(() => meshci(pair.env, [big.ref], `${acr}/meshci-big`, ACR_USER));
  rmSync(SKOPEO_CACHE, { force: true });
  const skBigRss = await maxRssOf('skopeo', ['copy', '--all', '--quiet', '--src-cert-dir', pair.pki.certDir, '--dest-cert-dir', pair.pki.certDir, '--dest-creds', `${ACR_USER.user}:${ACR_USER.pass}`, `docker://${big.ref}`, `docker://${acr}/skopeo-big/linkerd/big:v1`]);

  const row = (k: string, a: number, b: number) => console.log(`${k.padEnd(34)} meshci ${a.toFixed(2).padStart(7)} s   skopeo ${b.toFixed(2).padStart(7)} s   ratio ${(a / b).toFixed(2)}`);
  console.log(`\n=== republish benchmark (${N} images, ${(total / 1e6).toFixed(0)} MB, TLS + token auth, loopback, ${cpus().length} cores) ===`);
  row('cold (empty destination repos)', mcCold, skCold);
  row('warm (destination has every digest)', mcWarm, skWarm);
  console.log(`meshci transferred cold ${(Number(cold.bytes) / 1e6).toFixed(0)} MB, warm ${warm.bytes} bytes`);
  console.log(`peak RSS, ${N}-image cold run: meshci ${cold.maxRssMb.toFixed(0)} MB`);
  console.log(`peak RSS, ${BIG_MB} MB layer: meshci ${bigRes.maxRssMb.toFixed(0)} MB (${mcBig.toFixed(2)} s), skopeo ${skBigRss.toFixed(0)} MB`);
  console.log(`targets: cold ≤ 0.70× → ${(mcCold / skCold).toFixed(2)}; warm ≤ 0.20× → ${(mcWarm / skWarm).toFixed(2)}; peak RSS ≤ 200 MB → ${bigRes.maxRssMb.toFixed(0)} MB`);
}
