/**
 * Benchmark (not a test): meshci republish against `skopeo copy --all` run per image — the peer a
 * user would script — and against a bare Node.js relay over the same bytes (bench/relay.mjs: TLS
 * in, sha256, TLS out; the runtime's limit), between two Debian docker-registry instances with
 * token auth on loopback (docs/reference/registry.md#testing-against-a-local-registry).
 *
 * Two set-ups: `direct` (the headline) — the registries serve TLS themselves (docker-registry's own
 * http.tls), as a real registry does, whose CPU is not on the runner; `fronts` — the registries
 * behind the tests' Node TLS + token fronts, which burn CPU in this process (reported apart).
 *
 * For 1, 6 and 16 multi-arch images, ROUNDS rounds; in each, the tools run in the order
 * meshci skopeo relay, reversed every other round (A B / B A); the destination registry is wiped
 * before every cold run. Each tool runs as its own process under /usr/bin/time, so its CPU
 * (user + sys) and peak RSS come from its own accounting (wait4), not the machine's; the two
 * registries' CPU is read from /proc/<pid>/stat, the fronts' from this process. Every figure is
 * printed as median (min–max) over the rounds, ratios paired within a round. Then one image with a
 * BIG_MB layer: peak RSS of each tool.
 *
 *   npm run bench [-- --quick] [--rounds 3] [--sets 1,6,16] [--layer-mb 46] [--big-mb 1024]
 *                 [--setups direct,fronts] [--concurrency 4] [--profile DIR] [--node PATH]
 *
 * --quick (or MESHCI_BENCH_QUICK=1): direct set-up only, sets 1 and 6, 16 MB layers, a 256 MB big
 * layer — a few minutes. The full run takes ~20 minutes on 2 cores.
 * meshci and the relay run on the Node.js the actions declare (node24, installed by
 * scripts/setup.sh), as on a GitHub runner; --node PATH picks another.
 */
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPair, GHCR_USER, ACR_USER, type Pair } from '../test/helpers/registry/pair.js';
import { Pusher, type Pushed } from '../test/helpers/registry/mkimage.js';
import { inputEnvName } from '../src/local/runner.js';
import { node24OrThis } from '../test/helpers/node24.js';
import { HttpTransport } from '../src/oci/http.js';
import { Registry } from '../src/oci/registry.js';
import { setMasker } from '../src/lib/logger.js';
import { TIME_FORMAT, cpuPerGb, fmt, parseTime, ratios, roundOrder, spread, sumCosts, target, type ProcCost } from './stats.js';

const exec = promisify(execFile);
// the tokens this process fetches for the relay: kept, not printed as runner add-mask commands
setMasker(() => undefined);
const ROOT = join(fileURLToPath(import.meta.url), '..', '..');
const QUICK = process.argv.includes('--quick') || process.env['MESHCI_BENCH_QUICK'] === '1';
const opt = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const num = (name: string, d: number) => Number(opt(name) ?? d);
const ROUNDS = num('rounds', 3);
const SETS = (opt('sets') ?? (QUICK ? '1,6' : '1,6,16')).split(',').map(Number);
const LAYER_MB = num('layer-mb', QUICK ? 16 : 46);
const BIG_MB = num('big-mb', QUICK ? 256 : 1024);
const SETUPS = (opt('setups') ?? (QUICK ? 'direct' : 'direct,fronts')).split(',') as ('direct' | 'fronts')[];
const CONCURRENCY = num('concurrency', 4);
/** meshci's blob slots for that image concurrency (src/actions/republish/main.ts blobSlots): the relay gets as many. */
const BLOB_SLOTS = Math.max(4, CONCURRENCY * 2);
const PROFILE = opt('profile');
const NODE =
  opt('node') ?? node24OrThis(() => console.log(`(node24 not installed — scripts/setup.sh installs it; meshci runs on this Node ${process.version})`));
const NAMES = ['controller', 'policy-controller', 'proxy', 'proxy-init', 'metrics-api', 'tap', 'web', 'debug'];
const SKOPEO_CACHE = '/var/lib/containers/cache/blob-info-cache-v1.boltdb';
const WORK = mkdtempSync(join(tmpdir(), 'meshci-bench-'));

type Tool = 'meshci' | 'skopeo' | 'relay';
/** A tool run with what it cost and what the rest of the machine spent serving it. */
interface Run extends ProcCost {
  bytes: number;
  registries: { source: number; destination: number };
  fronts: number;
  /** meshci only: connections per registry origin, and full TLS handshakes. */
  connections?: string;
}

/** CPU seconds a process has used so far (utime + stime from /proc/<pid>/stat). */
function procCpu(pid: number | undefined): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
}

/** Run a command under /usr/bin/time (wait4: the child's own CPU and peak RSS). */
function timed(cmd: string, args: string[], env: Record<string, string>): Promise<ProcCost & { stdout: string }> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    // Through /usr/bin/time, not forked from here: Linux keeps ru_maxrss across fork+exec, so a
    // child of this process (which holds the pushed layers) would report this process's pages.
    const p = spawn('/usr/bin/time', ['-f', TIME_FORMAT, cmd, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (b: Buffer) => (out += b.toString()));
    p.stderr.on('data', (b: Buffer) => (err += b.toString()));
    p.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - t0) / 1e9;
      if (code !== 0) return reject(new Error(`${cmd} exited ${code}: ${(out + err).slice(-2000)}`));
      try {
        resolve({ wall, ...parseTime(err), stdout: out });
      } catch (e) {
        reject(e as Error);
      }
    });
  });
}

/** Run f and charge the registries' and fronts' CPU meanwhile to it. */
async function around(pair: Pair, f: () => Promise<ProcCost & { bytes: number; connections?: string }>): Promise<Run> {
  const regs = [pair.ghcr.proc.pid, pair.acr.proc.pid].map(procCpu);
  const fronts = process.cpuUsage();
  const r = await f();
  const c = process.cpuUsage(fronts);
  const [g, a] = [pair.ghcr.proc.pid, pair.acr.proc.pid].map((pid, i) => procCpu(pid) - regs[i]!);
  return { ...r, registries: { source: g!, destination: a! }, fronts: (c.user + c.system) / 1e6 };
}

async function meshci(pair: Pair, images: Pushed[], destination: string, profile?: string): Promise<Run> {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), ...pair.env };
  for (const [k, v] of Object.entries({
    images: images.map((i) => i.ref).join('\n'),
    destination,
    'destination-username': ACR_USER.user,
    'destination-password': ACR_USER.pass,
    concurrency: String(CONCURRENCY),
    signatures: 'true',
    mode: 'copy',
    'destination-auth': 'auto',
  }))
    env[inputEnvName(k)] = v;
  for (const k of ['GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY', 'GITHUB_STATE']) writeFileSync((env[k] = join(WORK, k)), '');
  return around(pair, async () => {
    const r = await timed(NODE, [...(profile ? ['--cpu-prof', '--cpu-prof-dir', profile] : []), join(ROOT, 'dist/republish.js')], env);
    const bytes = Number(/bytes<<\S+\n(\d+)/.exec(readFileSync(env['GITHUB_OUTPUT']!, 'utf8'))?.[1] ?? NaN);
    const conns = [...r.stdout.matchAll(/::debug::connections to (\S+): (\d+) \((\d+) TLS handshakes?, (\d+) resumed\)/g)].map(
      (m) => `${m[1]} ${m[2]} conn/${m[3]} handshake`,
    );
    return { ...r, bytes, connections: conns.join(', ') };
  });
}

async function skopeo(pair: Pair, images: Pushed[], prefix: string): Promise<Run> {
  rmSync(SKOPEO_CACHE, { force: true }); // no blob-info cache from an earlier run
  const acr = pair.acr.front.host;
  return around(pair, async () => {
    const costs: ProcCost[] = [];
    for (const i of images) {
      const dst = `${acr}/${prefix}/${i.ref.split('/').slice(1).join('/')}`;
      costs.push(
        await timed(
          'skopeo',
          [
            'copy',
            '--all',
            '--quiet',
            '--src-cert-dir',
            pair.pki.certDir,
            '--dest-cert-dir',
            pair.pki.certDir,
            '--dest-creds',
            `${ACR_USER.user}:${ACR_USER.pass}`,
            `docker://${i.ref}`,
            `docker://${dst}`,
          ],
          process.env as Record<string, string>,
        ),
      );
    }
    return { ...sumCosts(costs), bytes: NaN };
  });
}

/** A bearer token for scopes, the way meshci gets one (the relay is handed it). */
async function token(pair: Pair, host: string, scopes: string[], basic?: { user: string; pass: string }): Promise<string> {
  const http = new HttpTransport({ ca: pair.pki.caCert });
  try {
    const r = new Registry({
      registry: host,
      auth: basic ? { kind: 'basic', username: basic.user, password: basic.pass, describe: basic.user } : { kind: 'anonymous' },
      http,
    });
    await r.prefetch(scopes);
    const h = r.tokens.cached(scopes);
    if (!h) throw new Error(`no token for ${scopes.join(' ')} at ${host}`);
    return h;
  } finally {
    await http.close();
  }
}

async function relay(pair: Pair, images: Pushed[]): Promise<Run> {
  const blobs = [
    ...new Map(images.flatMap((i) => i.blobs.map((b) => [b.digest, { repo: i.ref.split('/').slice(1).join('/').split(':')[0]!, ...b }]))).values(),
  ];
  const dstRepo = 'relay/blobs';
  const job = {
    src: pair.ghcr.front.origin,
    dst: pair.acr.front.origin,
    srcAuth: await token(pair, pair.ghcr.front.host, [...new Set(blobs.map((b) => `repository:${b.repo}:pull`))]),
    dstAuth: await token(pair, pair.acr.front.host, [`repository:${dstRepo}:pull,push`], ACR_USER),
    dstRepo,
    concurrency: BLOB_SLOTS,
    blobs,
  };
  const file = join(WORK, 'relay-job.json');
  writeFileSync(file, JSON.stringify(job), { mode: 0o600 });
  return around(pair, async () => {
    const r = await timed(NODE, [join(ROOT, 'bench/relay.mjs'), file], { ...(process.env as Record<string, string>), ...pair.env });
    return { ...r, bytes: Number(/RELAY_BYTES=(\d+)/.exec(r.stdout)?.[1] ?? NaN) };
  });
}

const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`;
const col = (xs: number[], d = 2, unit = '') => fmt(spread(xs), d, unit);

// eslint-disable-next-line max-lines-per-function -- the bench's set-up in order (PKI, registries, fronts, seeded images), each step using the one before
async function setup(kind: 'direct' | 'fronts'): Promise<string[]> {
  const targets: string[] = [];
  const pair = await startPair({ direct: kind === 'direct' });
  const pusher = new Pusher(pair.ghcr.front, pair.pki.caCert);
  try {
    const max = Math.max(...SETS);
    console.log(`\n##### set-up: ${kind === 'direct' ? 'registries serve TLS themselves (headline)' : 'registries behind the Node TLS + token fronts'}`);
    console.log(`pushing ${max} multi-arch images (2 platforms × (5 MB + ${LAYER_MB} MB))…`);
    const imgs: Pushed[] = [];
    for (let i = 0; i < max; i++)
      imgs.push(
        await pusher.push({ repo: `linkerd/${NAMES[i % NAMES.length]}-${i}`, tag: 'stable-2.14.10', layers: [5 << 20, LAYER_MB << 20], auth: GHCR_USER }),
      );
    const acr = pair.acr.front.host;

    for (const n of SETS) {
      const set = imgs.slice(0, n);
      const total = set.reduce((a, i) => a + i.blobBytes, 0);
      const runs: Record<Tool | 'meshciWarm' | 'skopeoWarm', Run[]> = { meshci: [], skopeo: [], relay: [], meshciWarm: [], skopeoWarm: [] };
      for (let round = 0; round < ROUNDS; round++) {
        for (const tool of roundOrder(['meshci', 'skopeo', 'relay'] as const, round)) {
          await pair.resetDestination();
          if (tool === 'meshci') {
            runs.meshci.push(await meshci(pair, set, `${acr}/meshci`, PROFILE && round === 0 ? join(PROFILE, `${kind}-${n}-cold`) : undefined));
            runs.meshciWarm.push(await meshci(pair, set, `${acr}/meshci`, PROFILE && round === 0 ? join(PROFILE, `${kind}-${n}-warm`) : undefined));
          } else if (tool === 'skopeo') {
            runs.skopeo.push(await skopeo(pair, set, 'skopeo'));
            runs.skopeoWarm.push(await skopeo(pair, set, 'skopeo'));
          } else {
            runs.relay.push(await relay(pair, set));
          }
        }
      }
      for (const r of runs.meshci) if (r.bytes !== total) throw new Error(`meshci moved ${r.bytes} bytes of ${total}`);
      for (const r of runs.relay) if (r.bytes !== total) throw new Error(`the relay moved ${r.bytes} bytes of ${total}`);
      const wall = (k: keyof typeof runs) => runs[k].map((r) => r.wall);
      const gb = (k: keyof typeof runs) => runs[k].map((r) => cpuPerGb(r.cpu, total));
      console.log(
        `\n=== ${kind}: ${n} image(s), ${mb(total)} of blobs, ${ROUNDS} rounds (A B / B A), ${cpus().length} cores, concurrency ${CONCURRENCY} — median (min–max) ===`,
      );
      // other work on the machine slows every tool's wall time (CPU figures are each process's own)
      console.log(`load average at the end of the set: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
      console.log(
        `                      wall s              CPU s (user+sys)     CPU s/GB             peak RSS MB        registries CPU s (src+dst)   fronts CPU s`,
      );
      for (const k of ['meshci', 'skopeo', 'relay', 'meshciWarm', 'skopeoWarm'] as const) {
        const rs = runs[k];
        console.log(
          `${k.padEnd(20)}  ${col(wall(k)).padEnd(20)}${col(rs.map((r) => r.cpu)).padEnd(21)}${(k.endsWith('Warm') ? '—' : col(gb(k))).padEnd(21)}${col(
            rs.map((r) => r.rssMb),
            0,
          ).padEnd(19)}${col(rs.map((r) => r.registries.source + r.registries.destination)).padEnd(29)}${col(rs.map((r) => r.fronts))}`,
        );
      }
      console.log(`meshci connections (cold, round 1): ${runs.meshci[0]?.connections || '?'}; warm: ${runs.meshciWarm[0]?.connections || '?'}`);
      const cold = ratios(wall('meshci'), wall('skopeo'));
      const warm = ratios(wall('meshciWarm'), wall('skopeoWarm'));
      const vsRelay = ratios(gb('meshci'), gb('relay'));
      const vsSkopeoCpu = ratios(gb('meshci'), gb('skopeo'));
      console.log(
        `ratios: cold meshci/skopeo ${fmt(cold)}; warm meshci/skopeo ${fmt(warm)}; CPU/GB meshci/relay ${fmt(vsRelay)}; CPU/GB meshci/skopeo ${fmt(vsSkopeoCpu)}; wall meshci/relay ${fmt(ratios(wall('meshci'), wall('relay')))}`,
      );
      if (kind === 'direct') {
        if (n === 1) targets.push(target('cold, 1 image, meshci/skopeo wall', cold, 0.8));
        if (n === 6) targets.push(target('cold, 6 images, meshci/skopeo wall', cold, 0.5));
        targets.push(target(`warm, ${n} image(s), meshci/skopeo wall`, warm, 0.1));
        if (n === Math.max(...SETS)) targets.push(target(`CPU per GB, ${n} images, meshci/relay`, vsRelay, 1.15));
      }
    }

    if (BIG_MB > 0) {
      console.log(`\nbig layer: pushing 1 image with one ${BIG_MB} MB layer…`);
      const big = await pusher.push({ repo: 'linkerd/big', tag: 'v1', layers: [BIG_MB << 20], platforms: ['linux/amd64'], auth: GHCR_USER });
      const res: Partial<Record<Tool, Run>> = {};
      for (const tool of ['meshci', 'skopeo', 'relay'] as const) {
        await pair.resetDestination();
        res[tool] =
          tool === 'meshci'
            ? await meshci(pair, [big], `${acr}/meshci-big`)
            : tool === 'skopeo'
              ? await skopeo(pair, [big], 'skopeo-big')
              : await relay(pair, [big]);
      }
      console.log(`=== ${kind}: one ${BIG_MB} MB layer (${mb(big.blobBytes)}), one run each ===`);
      for (const [k, r] of Object.entries(res))
        console.log(
          `${k.padEnd(8)} wall ${r.wall.toFixed(2)} s   CPU ${r.cpu.toFixed(2)} s (${cpuPerGb(r.cpu, big.blobBytes).toFixed(2)} s/GB)   peak RSS ${r.rssMb.toFixed(0)} MB   registries ${(r.registries.source + r.registries.destination).toFixed(2)} s   fronts ${r.fronts.toFixed(2)} s${r.connections ? `   connections: ${r.connections}` : ''}`,
        );
      if (kind === 'direct')
        targets.push(
          `${res.meshci!.rssMb <= 100 ? 'MET    ' : 'NOT MET'} peak RSS with a ${BIG_MB} MB layer: meshci ${res.meshci!.rssMb.toFixed(0)} MB, skopeo ${res.skopeo!.rssMb.toFixed(0)} MB, relay ${res.relay!.rssMb.toFixed(0)} MB (target ≤ 100 MB; one run)`,
        );
    }
  } finally {
    await pusher.close();
    await pair.stop();
  }
  return targets;
}

try {
  console.log(
    `meshci and the relay run on Node ${(await exec(NODE, ['--version'])).stdout.trim()}; ${QUICK ? 'quick mode' : 'full run'}: sets ${SETS.join(', ')}, ${ROUNDS} rounds, set-ups ${SETUPS.join(', ')}`,
  );
  const targets: string[] = [];
  for (const s of SETUPS) targets.push(...(await setup(s)));
  console.log(`\n=== targets (registries serving TLS themselves) ===\n${targets.join('\n')}`);
} finally {
  rmSync(WORK, { recursive: true, force: true });
}
