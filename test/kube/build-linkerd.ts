import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { KUBE_DIR, cacheRoot, diskUse, type Built } from './build.js';

/**
 * Builds the upstream Linkerd programs that test/real/linkerd-upstream.test.ts runs against the
 * local cluster, from the Go module pinned in test/linkerd: the `linkerd` CLI
 * (github.com/linkerd/linkerd2/cli) and the controller binary (…/controller/cmd) whose `identity`
 * subcommand is Linkerd's identity controller. Same pattern as buildKube/buildAct (build.ts): once
 * per pin into ~/.cache/meshci/linkerd-<tag>/, with a stamp of everything that went in, built in a
 * folder of its own and renamed into place.
 *
 * The module is asked of the Go module proxy first: where the proxy does not serve it, the build
 * stops at once with the proxy's answer instead of after minutes of work; that answer is kept beside
 * the cache folder (linkerd-<tag>.failed) for the tests to skip with. The tests run inside the
 * cluster's network namespace, where no registry is reachable, so they never build: build first,
 * outside it (`npx tsx test/kube/build-linkerd.ts`). MESHCI_LINKERD_BIN may name a folder that
 * already holds `linkerd` and `controller` of the pinned release (checked by `linkerd version
 * --client`): linkerdBinaries() then uses them.
 */
export const LINKERD_DIR = join(KUBE_DIR, '..', 'linkerd');
export const LINKERD_PIN = 'edge-26.8.3';
export const LINKERD_MODULE = 'github.com/linkerd/linkerd2';
export const LINKERD_BINARIES = ['linkerd', 'controller'] as const;

/** The `-X` flag that stamps the release into the CLI (else `linkerd version` says "undefined"). */
export function linkerdLdflags(version: string): string {
  return `-s -w -X ${LINKERD_MODULE}/pkg/version.Version=${version}`;
}

/** The version test/linkerd/go.mod requires linkerd2 at (the pseudo-version of the pinned tag). */
export function pinnedModuleVersion(): string {
  const m = new RegExp(`^require ${LINKERD_MODULE.replace(/\./g, '\\.')} (\\S+)$`, 'm').exec(readFileSync(join(LINKERD_DIR, 'go.mod'), 'utf8'));
  if (!m) throw new Error(`test/linkerd/go.mod requires no ${LINKERD_MODULE}`);
  return m[1]!;
}

const GO_ENV = { GOTOOLCHAIN: 'local', CGO_ENABLED: '0' };

function go(args: string[], cwd: string, log: (line: string) => void, goflags: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('go', args, { cwd, env: { ...process.env, ...GO_ENV, GOFLAGS: goflags }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
      for (const l of c.toString().split('\n')) if (l.trim()) log(l);
    });
    child.on('error', (e) => reject(new Error(`go ${args.join(' ')}: ${e.message}`)));
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`go ${args.join(' ')} exited ${code}: ${(err || out).trim().slice(-2000)}`))));
  });
}

/**
 * What the Go module proxy answers for the pinned tag: its version, which must be go.mod's pin, or
 * an Error carrying the proxy's own words (e.g. `403 Forbidden … This module version is not available.`).
 */
export async function resolvePin(log: (line: string) => void = () => undefined): Promise<string> {
  const pinned = pinnedModuleVersion();
  let out: string;
  try {
    out = await go(['list', '-m', '-json', `${LINKERD_MODULE}@${LINKERD_PIN}`], LINKERD_DIR, log, '-mod=mod');
  } catch (e) {
    const msg = (e as Error).message.replace(/\s+/g, ' ');
    // `go: M@V: invalid version: reading URL: 403 Forbidden server response: This module version is not available.`
    const answer = /reading \S+: (\d{3} .*?) server response: (.*)$/.exec(msg);
    throw new Error(
      `the Go module proxy does not serve ${LINKERD_MODULE}@${LINKERD_PIN} (${answer ? `${answer[1]}: ${answer[2]}` : msg.replace(/^go list [^:]*: /, '')})`,
    );
  }
  const version = (JSON.parse(out) as { Version?: string }).Version ?? '';
  if (version !== pinned)
    throw new Error(`${LINKERD_MODULE}@${LINKERD_PIN} is ${version} at the Go module proxy, but test/linkerd/go.mod pins ${pinned}: update the pin`);
  return version;
}

function stamp(extra: string): string {
  const h = createHash('sha256');
  for (const f of ['go.mod', 'go.sum', 'tools.go'])
    h.update(f)
      .update('\0')
      .update(readFileSync(join(LINKERD_DIR, f)))
      .update('\0');
  h.update(extra).update(process.version);
  return h.digest('hex').slice(0, 16);
}

/** `linkerd version --client --short` of a binary, or the reason it could not say. */
export function cliVersion(bin: string): string {
  const r = spawnSync(bin, ['version', '--client', '--short'], { encoding: 'utf8', timeout: 30_000 });
  if (r.error) return `(${r.error.message})`;
  return r.status === 0 ? r.stdout.trim() : `(exit ${r.status}: ${(r.stderr || r.stdout).trim().slice(0, 200)})`;
}

function cache(): { dir: string; key: string; failed: string; ready: () => boolean } {
  const key = stamp(linkerdLdflags(LINKERD_PIN));
  const dir = join(cacheRoot(), `linkerd-${LINKERD_PIN}`);
  return { dir, key, failed: `${dir}.failed`, ready: () => existsSync(join(dir, '.stamp')) && readFileSync(join(dir, '.stamp'), 'utf8') === key };
}

export function buildLinkerd(log: (line: string) => void = () => undefined): Promise<Built> {
  const flags = linkerdLdflags(LINKERD_PIN);
  const { dir, key, failed, ready } = cache();
  return (async () => {
    if (ready()) return { dir, built: false, seconds: 0 };
    const t0 = Date.now();
    mkdirSync(cacheRoot(), { recursive: true, mode: 0o700 });
    const tmp = `${dir}.partial-${process.pid}-${Date.now()}`;
    try {
      await resolvePin(log);
      rmSync(tmp, { recursive: true, force: true });
      mkdirSync(join(tmp, 'module'), { recursive: true });
      log(`building ${LINKERD_MODULE} ${LINKERD_PIN} (cli, controller) from its Go module into ${tmp} (a cold build takes minutes)`);
      // a copy of the module: go.sum gains linkerd2's own lines (checked against the checksum database), test/linkerd stays as committed
      for (const f of ['go.mod', 'go.sum', 'tools.go']) copyFileSync(join(LINKERD_DIR, f), join(tmp, 'module', f));
      await go(
        ['build', '-trimpath', '-tags', 'prod', '-ldflags', flags, '-o', `${tmp}/`, `${LINKERD_MODULE}/cli`, `${LINKERD_MODULE}/controller/cmd`],
        join(tmp, 'module'),
        log,
        '-mod=mod',
      );
      // go build names each binary after its package's folder: cli → linkerd, cmd → controller
      renameSync(join(tmp, 'cli'), join(tmp, 'linkerd'));
      renameSync(join(tmp, 'cmd'), join(tmp, 'controller'));
      rmSync(join(tmp, 'module'), { recursive: true, force: true });
      for (const b of LINKERD_BINARIES) if (!existsSync(join(tmp, b))) throw new Error(`the build made no ${b} (made: ${readdirSync(tmp).join(', ')})`);
      const v = cliVersion(join(tmp, 'linkerd'));
      if (v !== LINKERD_PIN) throw new Error(`the built linkerd says it is ${v}, not ${LINKERD_PIN}`);
      writeFileSync(join(tmp, '.stamp'), key);
      rmSync(dir, { recursive: true, force: true });
      renameSync(tmp, dir);
      rmSync(failed, { force: true });
    } catch (e) {
      rmSync(tmp, { recursive: true, force: true });
      // another build finished the same pin first: use it
      if (ready()) return { dir, built: false, seconds: 0 };
      writeFileSync(failed, `${key} ${(e as Error).message.replace(/\s+/g, ' ')}\n`);
      throw e;
    }
    return { dir, built: true, seconds: (Date.now() - t0) / 1000 };
  })();
}

export interface LinkerdBinaries {
  dir: string;
  linkerd: string;
  controller: string;
  /** where they came from: built now, the cache, or MESHCI_LINKERD_BIN */
  source: string;
}

/**
 * The pinned CLI and controller: MESHCI_LINKERD_BIN's when set, else the cache's, else (with
 * `build`) buildLinkerd()'s; or the one-line reason there are none, for a test to skip with.
 */
export async function linkerdBinaries(
  log: (line: string) => void = () => undefined,
  o: { build?: boolean } = {},
): Promise<LinkerdBinaries | { missing: string }> {
  const given = process.env['MESHCI_LINKERD_BIN'];
  if (given) {
    const absent = LINKERD_BINARIES.filter((b) => !existsSync(join(given, b)));
    if (absent.length) return { missing: `MESHCI_LINKERD_BIN=${given} has no ${absent.join(', ')}` };
    const v = cliVersion(join(given, 'linkerd'));
    if (v !== LINKERD_PIN) return { missing: `MESHCI_LINKERD_BIN=${given}: its linkerd is ${v}, not ${LINKERD_PIN}` };
    return { dir: given, linkerd: join(given, 'linkerd'), controller: join(given, 'controller'), source: `MESHCI_LINKERD_BIN=${given}` };
  }
  const c = cache();
  const found = (source: string): LinkerdBinaries => ({ dir: c.dir, linkerd: join(c.dir, 'linkerd'), controller: join(c.dir, 'controller'), source });
  if (c.ready()) return found(c.dir);
  if (!o.build) {
    // the last build's failure, when it was of this pin (the key of go.mod, go.sum, tools.go, flags)
    const last = existsSync(c.failed) ? readFileSync(c.failed, 'utf8').trim() : '';
    const reason = last.startsWith(`${c.key} `) ? last.slice(c.key.length + 1) : '';
    return {
      missing: reason
        ? `linkerd ${LINKERD_PIN} cannot be built here: ${reason.slice(0, 300)}`
        : `no linkerd ${LINKERD_PIN} built in ${c.dir} (npx tsx test/kube/build-linkerd.ts, outside the cluster's network namespace)`,
    };
  }
  try {
    const b = await buildLinkerd(log);
    return found(b.built ? `built in ${Math.round(b.seconds)} s` : c.dir);
  } catch (e) {
    return { missing: `linkerd ${LINKERD_PIN} cannot be built here: ${(e as Error).message.replace(/\s+/g, ' ').slice(0, 300)}` };
  }
}

// `npx tsx test/kube/build-linkerd.ts`: build (or find) the pinned binaries, print where, how long and how big
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildLinkerd((l) => console.error(l)).then(
    (b) =>
      console.log(
        `linkerd ${LINKERD_PIN}: ${b.dir} (${b.built ? `built in ${b.seconds.toFixed(0)} s` : 'already built'}; ${(diskUse(b.dir) / 1e6).toFixed(1)} MB)`,
      ),
    (e: unknown) => {
      console.error((e as Error).message);
      process.exitCode = 1;
    },
  );
}
