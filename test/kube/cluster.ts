import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { buildKube, KUBE_DIR, PINS } from './build.js';

/**
 * The local Kubernetes of the real-cluster suite (issue 18): etcd, kube-apiserver (RBAC, TLS on
 * loopback, the default admission chain), kube-controller-manager, kube-scheduler and kwok with three
 * fake nodes, all built from upstream (build.ts), each run as a process inside a network namespace
 * that has only loopback. Nothing there can reach another address: a webhook or Service the API server
 * dials fails at once (ENETUNREACH) instead of going out. A bridge (bridge.mjs) makes the API server's
 * port answer on the host's loopback too, over a Unix socket the two namespaces share, so the same
 * kubeconfig works inside (npm run cluster -- exec) and outside.
 *
 * State lives in <root>/.meshci/cluster: kubeconfig, pki/, etcd/, logs/, state.json (namespace, port
 * and the pid of every process started). `down` stops exactly those pids and removes the folder and
 * the namespace.
 */
export interface ClusterState {
  netns: string;
  port: number;
  kubeconfig: string;
  version: string;
  bin: string;
  startedAt: string;
  processes: { name: string; pid: number; log: string; argv: string[] }[];
}

export const NODES = ['kwok-node-0', 'kwok-node-1', 'kwok-node-2'];
export const SERVICE_CIDR = '10.96.0.0/16';
export const POD_CIDR = '10.0.0.0/16';

/**
 * Volumes for charts that claim them (Dgraph's StatefulSets do by default): 30 PersistentVolumes of no
 * class that the real PV binder hands to claims without a storageClassName. hostPath under the state
 * folder, never written: no kubelet runs. Retained when released, as a real cluster's would be (5
 * Dgraph installs with volumes before they run out; the suite turns Dgraph's persistence off).
 */
export const VOLUMES = 30;
function volumeManifest(dir: string): string {
  return Array.from({ length: VOLUMES }, (_, i) =>
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'PersistentVolume',
      metadata: { name: `local-pv-${i}`, labels: { 'meshci.io/local-cluster': 'true' } },
      spec: {
        capacity: { storage: '200Gi' },
        accessModes: ['ReadWriteOnce'],
        persistentVolumeReclaimPolicy: 'Retain',
        storageClassName: '',
        hostPath: { path: join(dir, 'volumes', String(i)) },
      },
    }),
  ).join('\n');
}

export function stateDir(root = process.cwd()): string {
  return join(resolve(root), '.meshci', 'cluster');
}

export function netnsName(root = process.cwd()): string {
  return `meshci-${createHash('sha256').update(stateDir(root)).digest('hex').slice(0, 8)}`;
}

export function readState(root = process.cwd()): ClusterState | undefined {
  const f = join(stateDir(root), 'state.json');
  return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as ClusterState) : undefined;
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sh(cmd: string, args: string[], opts: { input?: string; cwd?: string } = {}): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', input: opts.input, cwd: opts.cwd, timeout: 60_000 });
  if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${(r.stderr || r.stdout).slice(-1500)}`);
  return r.stdout;
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

/** A CA and the leaf certificates of the control plane, with openssl (ECDSA P-256). */
function makePki(pki: string): void {
  mkdirSync(pki, { recursive: true, mode: 0o700 });
  const key = (name: string) => sh('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', join(pki, `${name}.key`)]);
  key('ca');
  sh('openssl', [
    'req',
    '-x509',
    '-new',
    '-key',
    join(pki, 'ca.key'),
    '-subj',
    '/CN=meshci-local-ca',
    '-days',
    '30',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign,digitalSignature',
    '-out',
    join(pki, 'ca.crt'),
  ]);
  const leaf = (name: string, subj: string, ext: string) => {
    key(name);
    sh('openssl', ['req', '-new', '-key', join(pki, `${name}.key`), '-subj', subj, '-out', join(pki, `${name}.csr`)]);
    writeFileSync(join(pki, `${name}.ext`), ext);
    sh('openssl', [
      'x509',
      '-req',
      '-in',
      join(pki, `${name}.csr`),
      '-CA',
      join(pki, 'ca.crt'),
      '-CAkey',
      join(pki, 'ca.key'),
      '-CAcreateserial',
      '-days',
      '30',
      '-extfile',
      join(pki, `${name}.ext`),
      '-out',
      join(pki, `${name}.crt`),
    ]);
    rmSync(join(pki, `${name}.csr`));
    rmSync(join(pki, `${name}.ext`));
  };
  const client = 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth\n';
  leaf(
    'apiserver',
    '/CN=kube-apiserver',
    'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,IP:10.96.0.1,DNS:localhost,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local\n',
  );
  leaf('admin', '/O=system:masters/CN=meshci-admin', client);
  leaf('controller-manager', '/CN=system:kube-controller-manager', client);
  leaf('scheduler', '/CN=system:kube-scheduler', client);
  key('sa');
  sh('openssl', ['pkey', '-in', join(pki, 'sa.key'), '-pubout', '-out', join(pki, 'sa.pub')]);
}

function kubeconfigFor(pki: string, port: number, user: string): string {
  const b64 = (f: string) => readFileSync(join(pki, f)).toString('base64');
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- name: meshci-local',
    '  cluster:',
    `    server: https://127.0.0.1:${port}`,
    `    certificate-authority-data: ${b64('ca.crt')}`,
    'users:',
    `- name: ${user}`,
    '  user:',
    `    client-certificate-data: ${b64(`${user}.crt`)}`,
    `    client-key-data: ${b64(`${user}.key`)}`,
    'contexts:',
    '- name: meshci-local',
    '  context:',
    '    cluster: meshci-local',
    `    user: ${user}`,
    'current-context: meshci-local',
    '',
  ].join('\n');
}

function nodeManifest(): string {
  return NODES.map((name, i) =>
    JSON.stringify({
      apiVersion: 'v1',
      kind: 'Node',
      metadata: {
        name,
        annotations: { 'kwok.x-k8s.io/node': 'fake', 'node.alpha.kubernetes.io/ttl': '0' },
        labels: { 'kubernetes.io/arch': 'amd64', 'kubernetes.io/os': 'linux', 'kubernetes.io/hostname': name, type: 'kwok' },
      },
      spec: { podCIDR: `10.0.${i}.0/24`, podCIDRs: [`10.0.${i}.0/24`] },
      status: {
        addresses: [{ type: 'InternalIP', address: `192.0.2.${i + 1}` }],
        allocatable: { cpu: '32', memory: '256Gi', pods: '110' },
        capacity: { cpu: '32', memory: '256Gi', pods: '110' },
        nodeInfo: { architecture: 'amd64', operatingSystem: 'linux', kubeletVersion: PINS.kubernetes },
      },
    }),
  ).join('\n');
}

export interface UpOptions {
  root?: string;
  log?: (line: string) => void;
  /** Seconds to wait for the API and the nodes (default 120). */
  timeout?: number;
}

async function until(what: string, deadline: number, check: () => boolean | Promise<boolean>, procs: ClusterState['processes']): Promise<void> {
  for (;;) {
    if (await check()) return;
    const dead = procs.find((p) => !alive(p.pid));
    if (dead) throw new Error(`${dead.name} (pid ${dead.pid}) exited while waiting for ${what}; its log: ${dead.log}\n${tail(dead.log)}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function tail(file: string): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-15).join('\n');
  } catch {
    return '';
  }
}

/** Starts the cluster (building the binaries first if the pin changed); idempotent while it runs. */
export async function up(opts: UpOptions = {}): Promise<ClusterState> {
  const root = opts.root ?? process.cwd();
  const log = opts.log ?? (() => undefined);
  const current = readState(root);
  if (current && current.processes.every((p) => alive(p.pid))) return current;
  if (current) await down({ root, log });
  const { dir: bin } = await buildKube(log);
  const dir = stateDir(root);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'logs'), { recursive: true, mode: 0o700 });
  const netns = netnsName(root);
  spawnSync('ip', ['netns', 'del', netns]);
  sh('ip', ['netns', 'add', netns]);
  sh('ip', ['netns', 'exec', netns, 'ip', 'link', 'set', 'lo', 'up']);
  const pki = join(dir, 'pki');
  makePki(pki);
  const port = await freePort();
  const kubeconfig = join(dir, 'kubeconfig');
  writeFileSync(kubeconfig, kubeconfigFor(pki, port, 'admin'), { mode: 0o600 });
  writeFileSync(join(pki, 'controller-manager.kubeconfig'), kubeconfigFor(pki, port, 'controller-manager'), { mode: 0o600 });
  writeFileSync(join(pki, 'scheduler.kubeconfig'), kubeconfigFor(pki, port, 'scheduler'), { mode: 0o600 });
  const state: ClusterState = { netns, port, kubeconfig, version: PINS.kubernetes, bin, startedAt: new Date().toISOString(), processes: [] };
  const save = () => writeFileSync(join(dir, 'state.json'), JSON.stringify(state, null, 2));
  const start = (name: string, cmd: string, args: string[], inNetns = true) => {
    const logFile = join(dir, 'logs', `${name}.log`);
    const argv = inNetns ? ['ip', 'netns', 'exec', netns, cmd, ...args] : [cmd, ...args];
    state.processes.push({ name, pid: launch(argv, logFile, dir), log: logFile, argv });
    save();
  };
  const p = (f: string) => join(pki, f);
  const deadline = Date.now() + (opts.timeout ?? 120) * 1000;
  try {
    start('etcd', join(bin, 'etcd'), [
      '--data-dir',
      join(dir, 'etcd'),
      '--listen-client-urls',
      'http://127.0.0.1:2379',
      '--advertise-client-urls',
      'http://127.0.0.1:2379',
      '--listen-peer-urls',
      'http://127.0.0.1:2380',
      '--initial-advertise-peer-urls',
      'http://127.0.0.1:2380',
      '--initial-cluster',
      'default=http://127.0.0.1:2380',
      '--listen-metrics-urls',
      'http://127.0.0.1:2381',
      '--log-level',
      'warn',
      '--quota-backend-bytes',
      String(2 * 1024 ** 3),
    ]);
    start('kube-apiserver', join(bin, 'kube-apiserver'), [
      '--etcd-servers=http://127.0.0.1:2379',
      '--bind-address=127.0.0.1',
      '--advertise-address=127.0.0.1',
      `--secure-port=${port}`,
      `--tls-cert-file=${p('apiserver.crt')}`,
      `--tls-private-key-file=${p('apiserver.key')}`,
      `--client-ca-file=${p('ca.crt')}`,
      '--authorization-mode=Node,RBAC',
      '--enable-admission-plugins=NodeRestriction',
      '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
      `--service-account-key-file=${p('sa.pub')}`,
      `--service-account-signing-key-file=${p('sa.key')}`,
      `--service-cluster-ip-range=${SERVICE_CIDR}`,
      // the kubernetes Service's endpoint would be 127.0.0.1, which Endpoints validation refuses
      '--endpoint-reconciler-type=none',
      '--allow-privileged=true',
      '--v=1',
    ]);
    await until('the API server (/readyz)', deadline, () => ready(kubeconfig, bin, netns, '/readyz'), state.processes);
    start('kube-controller-manager', join(bin, 'kube-controller-manager'), [
      `--kubeconfig=${p('controller-manager.kubeconfig')}`,
      `--authentication-kubeconfig=${p('controller-manager.kubeconfig')}`,
      `--authorization-kubeconfig=${p('controller-manager.kubeconfig')}`,
      '--bind-address=127.0.0.1',
      '--secure-port=10257',
      '--leader-elect=false',
      '--use-service-account-credentials=true',
      `--service-account-private-key-file=${p('sa.key')}`,
      `--root-ca-file=${p('ca.crt')}`,
      `--cluster-signing-cert-file=${p('ca.crt')}`,
      `--cluster-signing-key-file=${p('ca.key')}`,
      `--service-cluster-ip-range=${SERVICE_CIDR}`,
      '--controllers=*',
      '--v=1',
    ]);
    start('kube-scheduler', join(bin, 'kube-scheduler'), [
      `--kubeconfig=${p('scheduler.kubeconfig')}`,
      `--authentication-kubeconfig=${p('scheduler.kubeconfig')}`,
      `--authorization-kubeconfig=${p('scheduler.kubeconfig')}`,
      '--bind-address=127.0.0.1',
      '--secure-port=10259',
      '--leader-elect=false',
      '--v=1',
    ]);
    start('kwok', join(bin, 'kwok'), [
      `--kubeconfig=${kubeconfig}`,
      `--config=${join(bin, 'stages.yaml')}`,
      '--manage-all-nodes=true',
      `--cidr=${POD_CIDR}`,
      '--node-ip=192.0.2.1',
      '--node-lease-duration-seconds=40',
      '--server-address=127.0.0.1:10247',
    ]);
    // the host's end of the bridge, then the namespace's: the API port on both loopbacks
    const sock = join(dir, 'api.sock');
    const bridge = join(KUBE_DIR, 'bridge.mjs');
    start('bridge-netns', process.execPath, [bridge, 'unix-to-tcp', sock, String(port)]);
    start('bridge-host', process.execPath, [bridge, 'tcp-to-unix', String(port), sock], false);
    kubectl(state, ['apply', '-f', '-'], nodeManifest());
    kubectl(state, ['apply', '-f', '-'], volumeManifest(dir));
    await until('3 Ready nodes', deadline, () => readyNodes(state) === NODES.length, state.processes);
    await until('the default ServiceAccount', deadline, () => hasDefaultServiceAccount(state), state.processes);
    await until('the host bridge', deadline, () => hostReady(kubeconfig, bin), state.processes);
  } catch (e) {
    await down({ root, log });
    throw e;
  }
  return state;
}

/** One control-plane process, in a session of its own (it outlives `up`), its output to its log. */
function launch(argv: string[], logFile: string, cwd: string): number {
  const fd = openSync(logFile, 'a');
  const child = spawn(argv[0]!, argv.slice(1), { detached: true, stdio: ['ignore', fd, fd], cwd });
  closeSync(fd);
  child.unref();
  if (child.pid === undefined) throw new Error(`could not start ${argv.join(' ')}`);
  return child.pid;
}

/**
 * Stops one process of the running cluster (SIGTERM, SIGKILL after 10 s) and starts it again with
 * the same arguments, then waits for the API: the fault tests' "the API server went away and came
 * back". Returns the new pid.
 */
export async function restart(name: string, o: { root?: string; beforeStart?: () => Promise<void> } = {}): Promise<number> {
  const root = o.root ?? process.cwd();
  const state = readState(root);
  const p = state?.processes.find((x) => x.name === name);
  if (!state || !p) throw new Error(`no ${name} in the running cluster`);
  await stop(p.pid);
  await o.beforeStart?.();
  p.pid = launch(p.argv, p.log, stateDir(root));
  writeFileSync(join(stateDir(root), 'state.json'), JSON.stringify(state, null, 2));
  await until('the API server (/readyz)', Date.now() + 60_000, () => ready(state.kubeconfig, state.bin, state.netns, '/readyz'), state.processes);
  return p.pid;
}

async function stop(pid: number): Promise<void> {
  if (!alive(pid)) return;
  process.kill(pid, 'SIGCONT');
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 10_000;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
}

function ready(kubeconfig: string, bin: string, netns: string, path: string): boolean {
  const r = spawnSync('ip', ['netns', 'exec', netns, join(bin, 'kubectl'), '--kubeconfig', kubeconfig, 'get', '--raw', path, '--request-timeout=5s'], {
    encoding: 'utf8',
    timeout: 10_000,
  });
  return r.status === 0 && r.stdout.trim() === 'ok';
}

function hostReady(kubeconfig: string, bin: string): boolean {
  const r = spawnSync(join(bin, 'kubectl'), ['--kubeconfig', kubeconfig, 'get', '--raw', '/readyz', '--request-timeout=5s'], {
    encoding: 'utf8',
    timeout: 10_000,
  });
  return r.status === 0 && r.stdout.trim() === 'ok';
}

/** kubectl of the pinned release, inside the cluster's namespace, as the admin. */
export function kubectl(state: ClusterState, args: string[], input?: string): string {
  return sh('ip', ['netns', 'exec', state.netns, join(state.bin, 'kubectl'), '--kubeconfig', state.kubeconfig, ...args], input === undefined ? {} : { input });
}

function readyNodes(state: ClusterState): number {
  const out = JSON.parse(kubectl(state, ['get', 'nodes', '-o', 'json'])) as { items: { status?: { conditions?: { type: string; status: string }[] } }[] };
  return out.items.filter((n) => n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True')).length;
}

function hasDefaultServiceAccount(state: ClusterState): boolean {
  const r = spawnSync(
    'ip',
    [
      'netns',
      'exec',
      state.netns,
      join(state.bin, 'kubectl'),
      '--kubeconfig',
      state.kubeconfig,
      'get',
      'serviceaccount',
      'default',
      '-n',
      'default',
      '-o',
      'name',
    ],
    { encoding: 'utf8', timeout: 10_000 },
  );
  return r.status === 0;
}

/** Stops every process `up` started, by pid (SIGTERM, then SIGKILL after 10 s), and removes the state. */
export async function down(opts: { root?: string; log?: (line: string) => void } = {}): Promise<{ stopped: string[] }> {
  const root = opts.root ?? process.cwd();
  const state = readState(root);
  const stopped: string[] = [];
  if (state) {
    // the processes of one start, newest first (kwok and the controllers before the API, etcd last)
    for (const p of [...state.processes].reverse()) {
      if (!alive(p.pid)) continue;
      await stop(p.pid);
      stopped.push(`${p.name} (pid ${p.pid})`);
    }
  }
  const netns = state?.netns ?? netnsName(root);
  spawnSync('ip', ['netns', 'del', netns]);
  rmSync(stateDir(root), { recursive: true, force: true });
  return { stopped };
}

export function status(root = process.cwd()): { state?: ClusterState; running: { name: string; pid: number; alive: boolean }[]; healthy: boolean } {
  const state = readState(root);
  if (!state) return { running: [], healthy: false };
  const running = state.processes.map((p) => ({ name: p.name, pid: p.pid, alive: alive(p.pid) }));
  return { state, running, healthy: running.every((r) => r.alive) && ready(state.kubeconfig, state.bin, state.netns, '/readyz') };
}

/** argv that runs CMD inside the cluster's namespace with KUBECONFIG set, cwd and environment kept. */
export function execArgv(state: ClusterState, cmd: string[]): string[] {
  return ['ip', 'netns', 'exec', state.netns, 'env', `KUBECONFIG=${state.kubeconfig}`, `PATH=${state.bin}:${process.env['PATH'] ?? ''}`, ...cmd];
}
