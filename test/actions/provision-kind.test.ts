import { describe, it, expect, beforeEach, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { calicoMirror, kindTools, type CalicoMirror, type CliStub } from '../helpers/cli-stub.js';
import { run } from '../helpers/action.js';
import {
  CALICO_MANIFEST_SHA256,
  CURRENT_NODE_IMAGE,
  DEFAULT_CALICO,
  NODE_IMAGE_1_24,
  calicoManifestUrl,
  kindConfig,
  wiringSteps,
  createClusterSteps,
  registrySteps,
  deleteSteps,
  registryHostingConfigMap,
  type KindOpts,
} from '../../src/kind/plan.js';

/**
 * The kind provider: its command plan checked as argv tables, and the provision / teardown actions
 * driving recording docker, kind and kubectl stubs (no Docker engine runs on test machines; the e2e
 * workflow runs the real thing). PATH holds only the stubs, so nothing real is touched.
 */
const opts: KindOpts = {
  cluster: 'meshci-dev',
  nodeImage: 'kindest/node:v1.32.2',
  calicoVersion: 'v3.29.3',
  calicoManifest: '/cache/calico.yaml',
  workers: 1,
  registryName: 'kind-registry',
  registryPort: 5001,
  registryImage: 'registry:2.8.3',
  kubeconfig: '/tmp/kc',
  timeoutSeconds: 300,
  kind: 'kind',
  kubectl: 'kubectl',
};

describe('the kind plan', () => {
  it('cluster without the default CNI (kindnet enforces no NetworkPolicy), containerd reading per-registry hosts', () => {
    const c = yaml.load(kindConfig(opts)) as any;
    expect(c.networking).toEqual({ disableDefaultCNI: true, podSubnet: '192.168.0.0/16' });
    expect(c.nodes.map((n: any) => n.role)).toEqual(['control-plane', 'worker']);
    expect(c.containerdConfigPatches[0]).toContain('config_path = "/etc/containerd/certs.d"');
    expect(createClusterSteps(opts).map((s) => [s.cmd, ...s.args])).toEqual([
      ['kind', 'create', 'cluster', '--name', 'meshci-dev', '--kubeconfig', '/tmp/kc', '--wait', '0s', '--config', '-'],
    ]);
    expect(registrySteps(opts).map((s) => [s.cmd, ...s.args])).toEqual([
      ['docker', 'run', '-d', '--restart=always', '-p', '127.0.0.1:5001:5000', '--network', 'bridge', '--name', 'kind-registry', 'registry:2.8.3'],
    ]);
  });

  it('registry wired into each node, advertised, Calico installed and waited for', () => {
    expect(wiringSteps(opts, ['meshci-dev-control-plane', 'meshci-dev-worker']).map((s) => [s.cmd, ...s.args].join(' '))).toEqual([
      "docker exec -i meshci-dev-control-plane sh -c mkdir -p '/etc/containerd/certs.d/localhost:5001' && cat > '/etc/containerd/certs.d/localhost:5001/hosts.toml'",
      "docker exec -i meshci-dev-worker sh -c mkdir -p '/etc/containerd/certs.d/localhost:5001' && cat > '/etc/containerd/certs.d/localhost:5001/hosts.toml'",
      'kubectl --kubeconfig /tmp/kc apply -f -',
      'kubectl --kubeconfig /tmp/kc apply --server-side -f /cache/calico.yaml',
      'kubectl --kubeconfig /tmp/kc -n kube-system rollout status daemonset/calico-node --timeout=300s',
      'kubectl --kubeconfig /tmp/kc -n kube-system rollout status deployment/calico-kube-controllers --timeout=300s',
      'kubectl --kubeconfig /tmp/kc wait --for=condition=Ready nodes --all --timeout=300s',
    ]);
    expect(wiringSteps(opts, ['n'])[0]!.input).toBe('[host."http://kind-registry:5000"]\n');
    expect((yaml.load(registryHostingConfigMap(opts)) as any).data['localRegistryHosting.v1']).toBe(
      'host: localhost:5001\nhelp: https://kind.sigs.k8s.io/docs/user/local-registry/\n',
    );
    expect(deleteSteps(opts, true).map((s) => [s.cmd, ...s.args].join(' '))).toEqual(['kind delete cluster --name meshci-dev', 'docker rm -f kind-registry']);
  });
});

describe('the Calico manifest', () => {
  it('comes from upstream by tag or from the tools mirror, with a pinned sha256 for the default', () => {
    expect(calicoManifestUrl('v3.29.3')).toBe('https://raw.githubusercontent.com/projectcalico/calico/v3.29.3/manifests/calico.yaml');
    expect(calicoManifestUrl('v3.29.3', 'https://mirror.example/tools/')).toBe('https://mirror.example/tools/calico-v3.29.3.yaml');
    expect(CALICO_MANIFEST_SHA256[DEFAULT_CALICO]).toMatch(/^[0-9a-f]{64}$/);
  });

  // the pins are the sha256 of the file at each tag (what raw.githubusercontent.com serves); checked
  // against the upstream repository where a copy of it is on the machine (MESHCI_CALICO_GITDIR)
  const gitDir = process.env['MESHCI_CALICO_GITDIR'] ?? '/work/.mirror/projectcalico+calico/repo';
  it.skipIf(!existsSync(gitDir))('each pin is the sha256 of manifests/calico.yaml at that tag upstream', async () => {
    const { execFileSync } = await import('node:child_process');
    for (const [tag, sha] of Object.entries(CALICO_MANIFEST_SHA256)) {
      const file = execFileSync('git', ['--git-dir', gitDir, 'show', `${tag}:manifests/calico.yaml`], { maxBuffer: 16 << 20 });
      expect(createHash('sha256').update(file).digest('hex'), tag).toBe(sha);
    }
  });
});

describe('provision / teardown with provider kind', () => {
  let stub: CliStub;
  let dir: string;
  let mirror: CalicoMirror;
  beforeAll(async () => {
    mirror = await calicoMirror();
  });
  afterAll(() => mirror.close());
  const nodes = 'meshci-dev-control-plane\nmeshci-dev-worker\n';
  beforeEach(() => {
    stub = kindTools({ nodes });
    dir = mkdtempSync(join(tmpdir(), 'meshci-kind-'));
  });
  const provision = (inputs: Record<string, string> = {}) =>
    run(
      'provision',
      { provider: 'kind', name: 'dev', 'kubeconfig-path': join(dir, 'kc'), 'node-count': '1', ...mirror.inputs, ...inputs },
      { env: { PATH: stub.bin } },
    );

  it('first run: cluster, registry, wiring, Calico; outputs point later steps at the cluster and localhost:5001', async () => {
    const r = await provision();
    expect(r.exitCode, r.log).toBe(0);
    const calls = stub.calls().filter((c) => !(c.args[0] === 'version'));
    const applied = calls.find((c) => c.args.includes('--server-side'))?.args.at(-1) ?? '';
    expect(calls.map((c) => `${c.cmd} ${c.args.join(' ')}`)).toEqual([
      'docker info --format {{.ServerVersion}}',
      'kind get clusters',
      `kind create cluster --name meshci-dev --kubeconfig ${join(dir, 'kc')} --wait 0s --config -`,
      'docker inspect -f {{.State.Running}} kind-registry',
      'docker run -d --restart=always -p 127.0.0.1:5001:5000 --network bridge --name kind-registry registry:2.8.3',
      'docker network connect kind kind-registry',
      'kind get nodes --name meshci-dev',
      ...wiringSteps({ ...opts, kubeconfig: join(dir, 'kc'), timeoutSeconds: 2700, calicoManifest: applied }, [
        'meshci-dev-control-plane',
        'meshci-dev-worker',
      ]).map((s) => `${s.cmd} ${s.args.join(' ')}`),
    ]);
    // Calico is applied from the file meshci downloaded and checked, never from a URL
    expect(applied).toMatch(/^\/.*\/calico\.yaml$/);
    expect(createHash('sha256').update(readFileSync(applied)).digest('hex')).toBe(mirror.sha256);
    expect(mirror.requests.every((q) => q === 'GET /calico-v3.29.3.yaml')).toBe(true);
    expect((yaml.load(calls[2]!.stdin) as any).networking.disableDefaultCNI).toBe(true);
    expect(r.outputs).toMatchObject({
      environment: 'dev',
      provider: 'kind',
      'cluster-name': 'meshci-dev',
      'acr-login-server': 'localhost:5001',
      kubeconfig: join(dir, 'kc'),
      reused: 'false',
    });
    expect(r.env['KUBECONFIG']).toBe(join(dir, 'kc'));
  });

  it('node images by digest, each with the kind release that built it: 1.32.2 with kind v0.27.0, 1.24.17 with v0.21.0 for Linkerd 2.11', async () => {
    const first = await provision();
    expect(first.exitCode, first.log).toBe(0);
    const config = (c: { args: string[]; stdin: string }[]) => yaml.load(c.find((x) => x.args[0] === 'create')!.stdin) as { nodes: { image: string }[] };
    expect(config(stub.calls().filter((c) => c.cmd === 'kind')).nodes.map((n) => n.image)).toEqual([CURRENT_NODE_IMAGE.image, CURRENT_NODE_IMAGE.image]);
    expect(CURRENT_NODE_IMAGE.image).toMatch(/^kindest\/node:v1\.32\.2@sha256:[0-9a-f]{64}$/);

    const old = kindTools({ nodes });
    old.rules('kind', [
      { prefix: ['version'], stdout: 'kind v0.21.0 go1.20.13 linux/amd64\n' },
      { prefix: ['get', 'clusters'], stdout: '' },
      { prefix: ['get', 'nodes'], stdout: nodes },
      { prefix: ['create', 'cluster'] },
    ]);
    const r = await run(
      'provision',
      { provider: 'kind', name: 'dev', 'kubeconfig-path': join(dir, 'kc2'), 'node-count': '1', 'linkerd-version': 'stable-2.11.5', ...mirror.inputs },
      { env: { PATH: old.bin } },
    );
    expect(r.exitCode, r.log).toBe(0);
    expect(r.log).toContain('kind v0.21.0 found on PATH');
    expect(config(old.calls().filter((c) => c.cmd === 'kind')).nodes.map((n) => n.image)).toEqual([NODE_IMAGE_1_24.image, NODE_IMAGE_1_24.image]);
    expect(NODE_IMAGE_1_24).toMatchObject({ image: expect.stringMatching(/^kindest\/node:v1\.24\.17@sha256:[0-9a-f]{64}$/), kind: 'v0.21.0' });
  });

  it('second run reuses the cluster and the running registry', async () => {
    stub.rules('kind', [
      { prefix: ['version'], stdout: 'kind v0.27.0 go1.23.6 linux/amd64\n' },
      { prefix: ['get', 'clusters'], stdout: 'meshci-dev\nother\n' },
      { prefix: ['get', 'nodes'], stdout: nodes },
      { prefix: ['export', 'kubeconfig'] },
    ]);
    stub.rules('docker', [
      { prefix: ['info'], stdout: '28\n' },
      { prefix: ['inspect'], stdout: 'true\n' },
      { prefix: ['network', 'connect'], stderr: 'Error response from daemon: endpoint with name kind-registry already exists in network kind\n', exit: 1 },
      { prefix: ['exec'] },
    ]);
    const r = await provision();
    expect(r.exitCode, r.log).toBe(0);
    const cmds = stub.calls().map((c) => `${c.cmd} ${c.args.slice(0, 2).join(' ')}`);
    expect(cmds).toContain('kind export kubeconfig');
    expect(cmds).not.toContain('kind create cluster');
    expect(cmds).not.toContain('docker run -d');
    expect(r.outputs['reused']).toBe('true');
  });

  it('a Calico manifest whose sha256 is not the pin is refused before anything is created; so is a planted tool-cache copy', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'meshci-toolcache-'));
    const tampered = await calicoMirror();
    try {
      tampered.setContent('apiVersion: v1\nkind: ClusterRoleBinding # not what was pinned\n');
      const r = await run(
        'provision',
        { provider: 'kind', name: 'dev', 'kubeconfig-path': join(dir, 'kc'), 'node-count': '1', ...tampered.inputs },
        { env: { PATH: stub.bin, RUNNER_TOOL_CACHE: cache } },
      );
      expect(r.exitCode).toBe(1);
      expect(r.log).toMatch(
        new RegExp(`${tampered.url}/calico-v3\\.29\\.3\\.yaml: sha256 [0-9a-f]{64} does not match the pinned ${tampered.sha256}; refusing to apply it`),
      );
      expect(stub.calls().map((c) => `${c.cmd} ${c.args[0]}`)).not.toContain('kind create');
      expect(stub.calls().filter((c) => c.cmd === 'kubectl' && c.args.includes('apply'))).toEqual([]);
      expect(existsSync(join(cache, 'calico-manifest'))).toBe(false);

      // a copy planted in the tool cache under the pinned version is hashed before it is used
      const planted = join(cache, 'calico-manifest', '3.29.3', 'x64');
      mkdirSync(planted, { recursive: true });
      writeFileSync(join(planted, 'calico.yaml'), 'kind: ClusterRoleBinding # planted\n');
      writeFileSync(`${planted}.complete`, '');
      const p = await run(
        'provision',
        { provider: 'kind', name: 'dev', 'kubeconfig-path': join(dir, 'kc'), 'node-count': '1', ...mirror.inputs },
        { env: { PATH: stub.bin, RUNNER_TOOL_CACHE: cache } },
      );
      expect(p.exitCode).toBe(1);
      expect(p.log).toContain(`${join(planted, 'calico.yaml')}: the tool cache's calico.yaml v3.29.3 has sha256`);
      expect(p.log).toContain(`not the pinned ${mirror.sha256}; refusing to apply it (it may have been planted`);
      expect(stub.calls().map((c) => `${c.cmd} ${c.args[0]}`)).not.toContain('kind create');
    } finally {
      await tampered.close();
    }
  });

  it('a Calico version meshci pins no checksum for needs calico-sha256; a malformed one is named with the other bad inputs', async () => {
    const r = await provision({ 'calico-version': 'v3.28.0', 'tools-mirror': mirror.url, 'calico-sha256': '', 'node-count': 'many' });
    expect(r.exitCode).toBe(1);
    expect(r.log).toContain(
      "Input 'calico-version' is v3.28.0, for which meshci pins no manifest checksum (it pins v3.29.3, v3.29.7, v3.30.7, v3.31.7): set 'calico-sha256' to the sha256 of manifests/calico.yaml at projectcalico/calico v3.28.0",
    );
    expect(r.log).toContain("Input 'node-count'");
    const bad = await provision({ 'calico-sha256': 'abc123' });
    expect(bad.exitCode).toBe(1);
    expect(bad.log).toContain("Input 'calico-sha256' has invalid value 'abc123': expected the 64 hex digits of the sha256 of Calico's manifests/calico.yaml");
    expect(stub.calls()).toEqual([]);
    expect(mirror.requests.filter((q) => q.includes('v3.28.0'))).toEqual([]);
  });

  it('without a Docker engine it says what is missing', async () => {
    stub.rules('docker', [
      { prefix: ['info'], stderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n', exit: 1 },
    ]);
    const r = await provision();
    expect(r.exitCode).toBe(1);
    expect(r.log).toContain(
      "::error::meshci/provision configuration error: the kind provider needs a running Docker engine; 'docker info' says: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running? — start Docker (or Docker Desktop), or use provider aks",
    );
    expect(stub.calls().map((c) => c.cmd + ' ' + c.args[0])).not.toContain('kind create');
    // Docker is checked first: kind and kubectl are not even looked for (nor downloaded)
    expect(stub.calls().filter((c) => c.cmd === 'kind' || c.cmd === 'kubectl')).toEqual([]);
  });

  it('without docker at all it says so', async () => {
    const { rmSync } = await import('node:fs');
    rmSync(join(stub.bin, 'docker'));
    const r = await provision();
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(/the kind provider needs Docker, and 'docker' is not on PATH .*install Docker Engine or Docker Desktop, or use provider aks/);
  });

  it('teardown deletes the kind cluster; a cluster that does not exist is success', async () => {
    stub.rules('kind', [
      { prefix: ['version'], stdout: 'kind v0.27.0 go1.23.6 linux/amd64\n' },
      { prefix: ['get', 'clusters'], stdout: 'meshci-dev\n' },
      { prefix: ['delete', 'cluster'] },
    ]);
    const r = await run('teardown', { provider: 'kind', name: 'dev', 'remove-registry': 'true' }, { env: { PATH: stub.bin } });
    expect(r.exitCode, r.log).toBe(0);
    expect(
      stub
        .calls()
        .filter((c) => c.args[0] === 'delete' || c.args[0] === 'rm')
        .map((c) => `${c.cmd} ${c.args.join(' ')}`),
    ).toEqual(['kind delete cluster --name meshci-dev', 'docker rm -f kind-registry']);
    stub.rules('kind', [
      { prefix: ['version'], stdout: 'kind v0.27.0 go1.23.6 linux/amd64\n' },
      { prefix: ['get', 'clusters'], stdout: '' },
    ]);
    const again = await run('teardown', { provider: 'kind', name: 'dev' }, { env: { PATH: stub.bin } });
    expect(again.exitCode, again.log).toBe(0);
    expect(again.outputs['existed']).toBe('false');
    expect(again.log).toContain('kind cluster meshci-dev does not exist: nothing to delete');
  });

  it('teardown without a Docker engine says to start it and run again, not to use AKS', async () => {
    stub.rules('docker', [{ prefix: ['info'], stderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock.\n', exit: 1 }]);
    const r = await run('teardown', { provider: 'kind', name: 'dev' }, { env: { PATH: stub.bin } });
    expect(r.exitCode).toBe(1);
    expect(r.log).toContain('— start Docker (or Docker Desktop), then run the teardown again to delete the kind cluster');
    expect(r.log).not.toContain('provider aks');
  });
});
