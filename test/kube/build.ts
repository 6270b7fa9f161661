import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, statSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Builds the upstream programs of the real-cluster harness from their Go modules, once per pin:
 * kube-apiserver, kube-controller-manager, kube-scheduler and kubectl from k8s.io/kubernetes, etcd
 * from go.etcd.io/etcd/server/v3 at the version that Kubernetes release pins, kwok and its Stage
 * configuration (test/kube/stages), and nektos/act (test/act). The binaries go to
 * ~/.cache/meshci/kube-<version>/ and act-<version>/ with a stamp of everything that went into them
 * (go.mod, go.sum, the stages program, the link flags): a changed pin rebuilds, nothing else does.
 * Built into a folder of its own and renamed into place, so two builds at once never mix files.
 */
export const KUBE_DIR = dirname(fileURLToPath(import.meta.url));
export const ACT_DIR = join(KUBE_DIR, '..', 'act');
export const PINS = JSON.parse(readFileSync(join(KUBE_DIR, 'versions.json'), 'utf8')) as { kubernetes: string; kwok: string; act: string };

export const KUBE_BINARIES = ['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kubectl', 'kwok'] as const;

export function cacheRoot(): string {
  return join(process.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'meshci');
}

/** The `-X` flags that stamp the real release into component-base (else the server says v0.0.0-master). */
export function kubeLdflags(version: string): string {
  const m = /^v(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!m) throw new Error(`kubernetes pin ${version}: expected vX.Y.Z`);
  const v = 'k8s.io/component-base/version';
  return [
    '-s -w',
    `-X ${v}.gitVersion=${version}`,
    `-X ${v}.gitMajor=${m[1]}`,
    `-X ${v}.gitMinor=${m[2]}`,
    `-X ${v}.gitTreeState=clean`,
    `-X ${v}.buildDate=1970-01-01T00:00:00Z`,
  ].join(' ');
}

function stamp(dir: string, files: string[], extra: string): string {
  const h = createHash('sha256');
  for (const f of files)
    h.update(f)
      .update('\0')
      .update(readFileSync(join(dir, f)))
      .update('\0');
  h.update(extra).update(process.version);
  return h.digest('hex').slice(0, 16);
}

export interface Built {
  dir: string;
  built: boolean;
  seconds: number;
}

function run(cmd: string, args: string[], cwd: string, log: (line: string) => void, stdoutFile?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, GOTOOLCHAIN: 'local', GOFLAGS: '-mod=readonly' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
      for (const l of c.toString().split('\n')) if (l.trim()) log(l);
    });
    child.on('error', (e) =>
      reject(
        new Error(
          (e as NodeJS.ErrnoException).code === 'ENOENT' && cmd === 'go'
            ? 'the local Kubernetes is built from its Go modules, and go is not on PATH: install Go >= 1.26'
            : `${cmd} ${args.join(' ')}: ${e.message}`,
        ),
      ),
    );
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${err.slice(-2000)}`));
      if (stdoutFile) writeFileSync(stdoutFile, Buffer.concat(out));
      resolve();
    });
  });
}

async function buildInto(name: string, key: string, log: (line: string) => void, make: (tmp: string) => Promise<void>): Promise<Built> {
  const dir = join(cacheRoot(), name);
  const t0 = Date.now();
  if (existsSync(join(dir, '.stamp')) && readFileSync(join(dir, '.stamp'), 'utf8') === key) return { dir, built: false, seconds: 0 };
  mkdirSync(cacheRoot(), { recursive: true, mode: 0o700 });
  const tmp = `${dir}.partial-${process.pid}-${Date.now()}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    await make(tmp);
    writeFileSync(join(tmp, '.stamp'), key);
    rmSync(dir, { recursive: true, force: true });
    renameSync(tmp, dir);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    // another build finished the same pin first: use it
    if (existsSync(join(dir, '.stamp')) && readFileSync(join(dir, '.stamp'), 'utf8') === key) return { dir, built: false, seconds: 0 };
    throw e;
  }
  return { dir, built: true, seconds: (Date.now() - t0) / 1000 };
}

export function buildKube(log: (line: string) => void = () => undefined): Promise<Built> {
  const flags = kubeLdflags(PINS.kubernetes);
  const key = stamp(KUBE_DIR, ['go.mod', 'go.sum', 'versions.json', 'stages/main.go'], flags);
  return buildInto(`kube-${PINS.kubernetes}`, key, log, async (tmp) => {
    log(`building Kubernetes ${PINS.kubernetes}, etcd and kwok ${PINS.kwok} from their Go modules into ${tmp} (a cold build takes minutes)`);
    await run(
      'go',
      [
        'build',
        '-trimpath',
        '-ldflags',
        flags,
        '-o',
        `${tmp}/`,
        'k8s.io/kubernetes/cmd/kube-apiserver',
        'k8s.io/kubernetes/cmd/kube-controller-manager',
        'k8s.io/kubernetes/cmd/kube-scheduler',
        'k8s.io/kubernetes/cmd/kubectl',
        'go.etcd.io/etcd/server/v3',
        'sigs.k8s.io/kwok/cmd/kwok',
      ],
      KUBE_DIR,
      log,
    );
    // go build names etcd's server after its module path (go.etcd.io/etcd/server/v3 → server)
    renameSync(join(tmp, 'server'), join(tmp, 'etcd'));
    await run('go', ['run', './stages'], KUBE_DIR, log, join(tmp, 'stages.yaml'));
    for (const b of KUBE_BINARIES) if (!existsSync(join(tmp, b))) throw new Error(`the build made no ${b} (made: ${readdirSync(tmp).join(', ')})`);
  });
}

export function buildAct(log: (line: string) => void = () => undefined): Promise<Built> {
  const key = stamp(ACT_DIR, ['go.mod', 'go.sum'], PINS.act);
  return buildInto(`act-${PINS.act}`, key, log, async (tmp) => {
    log(`building nektos/act ${PINS.act} from its Go module into ${tmp}`);
    await run(
      'go',
      ['build', '-trimpath', '-ldflags', `-s -w -X main.version=${PINS.act.replace(/^v/, '')}`, '-o', join(tmp, 'act'), 'github.com/nektos/act'],
      ACT_DIR,
      log,
    );
  });
}

/** Disk used by a built folder, for the notes. */
export function diskUse(dir: string): number {
  return readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}
