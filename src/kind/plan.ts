import { knownEntry } from '../linkerd/versions.js';
import yaml from 'js-yaml';

/**
 * The kind provider as a plan of commands (argv tables, tested as such): a kind cluster without
 * kind's default CNI (kindnet does not enforce NetworkPolicy), Calico in its place, and a local
 * registry container standing in for ACR — wired into every node's containerd as `localhost:<port>`
 * (kind's documented local-registry recipe) and advertised through the `local-registry-hosting`
 * ConfigMap (KEP-1755). Later actions see a cluster and a registry exactly as on AKS + ACR.
 */
export interface KindOpts {
  cluster: string;
  nodeImage: string;
  calicoVersion: string;
  /** the verified Calico manifest on disk (applied with kubectl; never fetched by kubectl from a URL) */
  calicoManifest: string;
  workers: number;
  registryName: string;
  registryPort: number;
  registryImage: string;
  kubeconfig: string;
  timeoutSeconds: number;
  kind: string;
  kubectl: string;
}

export interface Step {
  title: string;
  cmd: string;
  args: string[];
  /** bytes for stdin */
  input?: string;
}

/**
 * A kind node image by digest and the kind release it was built for: kind guarantees an image only
 * with the release whose notes list its digest ("You *must* use the @sha256 digest to guarantee an
 * image built for this release"), so the two are pinned together.
 */
export interface NodeImage {
  image: string;
  kind: string;
  source: string;
}

/** kind v0.27.0's default node image (kubernetes-sigs/kind v0.27.0, pkg/apis/config/defaults/image.go). */
export const CURRENT_NODE_IMAGE: NodeImage = {
  image: 'kindest/node:v1.32.2@sha256:f226345927d7e348497136874b6d207e0b32cc52154ad8323129352923a3142f',
  kind: 'v0.27.0',
  source: 'kubernetes-sigs/kind v0.27.0 pkg/apis/config/defaults/image.go',
};
/**
 * The last Kubernetes 1.24 image: the newest Kubernetes Linkerd 2.10 and 2.11's charts install on.
 * kind v0.27.0 builds none; kind v0.21.0's release notes list this one (its default, v1.29.1@sha256:
 * a0cc28af…, is the one in that tag's image.go, which the notes' list is checked against).
 */
export const NODE_IMAGE_1_24: NodeImage = {
  image: 'kindest/node:v1.24.17@sha256:ea292d57ec5dd0e2f3f5a2d77efa246ac883c051ff80e887109fabefbd3125c7',
  kind: 'v0.21.0',
  source: 'kubernetes-sigs/kind release v0.21.0, "Images pre-built for this release"',
};
export const DEFAULT_NODE_IMAGE = CURRENT_NODE_IMAGE.image;

/**
 * The kind node image (and kind release) that fits a Linkerd version: the current one, unless the
 * version's charts create APIs Kubernetes removed (2.10/2.11: batch/v1beta1, policy/v1beta1, gone in
 * 1.25; the facts in src/data/linkerd-images.json), then the last 1.24 image with its kind release.
 */
export function kindNodeImageFor(version: string): NodeImage {
  const removed = (knownEntry(version)?.removedApis ?? []).map((r) => r.removedIn);
  return removed.some((v) => v === '1.25') ? NODE_IMAGE_1_24 : CURRENT_NODE_IMAGE;
}
export const DEFAULT_CALICO = 'v3.29.3';

/**
 * sha256 of `manifests/calico.yaml` at each Calico release meshci pins (projectcalico/calico, the tag,
 * path manifests/calico.yaml: the file raw.githubusercontent.com serves for that tag). The manifest
 * runs as cluster-admin on the new cluster, so it is checked like a binary: another version needs
 * its checksum in the `calico-sha256` input.
 */
export const CALICO_MANIFEST_SHA256: Readonly<Record<string, string>> = {
  'v3.29.3': '9a575859428b822a224dedafc4238555b6b0f910f2abf12983f20f871860914e',
  'v3.29.7': 'b200cb3c2c7341717abe98e4acc80a13117bcd2c9c46ad46e8c209c5753f0b2f',
  'v3.30.7': 'ed105288f27c7ba4cae143bcaa3f6425f02d84fa94a4786cc8e3d371412c1a36',
  'v3.31.7': 'd6d8a489a4ed8e5b8efd8b339047b496ca657b55ee2e3618e791507b0a853e8d',
};

/** Where the Calico manifest of `version` comes from: upstream, or `<tools-mirror>/calico-<version>.yaml`. */
export function calicoManifestUrl(version: string, mirror?: string): string {
  return mirror
    ? `${mirror.replace(/\/$/, '')}/calico-${version}.yaml`
    : `https://raw.githubusercontent.com/projectcalico/calico/${version}/manifests/calico.yaml`;
}
export const DEFAULT_REGISTRY_IMAGE = 'registry:2.8.3';

export function kindConfig(o: KindOpts): string {
  return yaml.dump(
    {
      kind: 'Cluster',
      apiVersion: 'kind.x-k8s.io/v1alpha4',
      networking: { disableDefaultCNI: true, podSubnet: '192.168.0.0/16' },
      // containerd reads per-registry hosts.toml files (written into each node below)
      containerdConfigPatches: ['[plugins."io.containerd.grpc.v1.cri".registry]\n  config_path = "/etc/containerd/certs.d"\n'],
      nodes: [{ role: 'control-plane', image: o.nodeImage }, ...Array.from({ length: o.workers }, () => ({ role: 'worker', image: o.nodeImage }))],
    },
    { lineWidth: -1 },
  );
}

export function registryHostingConfigMap(o: KindOpts): string {
  return yaml.dump(
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'local-registry-hosting', namespace: 'kube-public' },
      data: { 'localRegistryHosting.v1': yaml.dump({ host: `localhost:${o.registryPort}`, help: 'https://kind.sigs.k8s.io/docs/user/local-registry/' }) },
    },
    { lineWidth: -1 },
  );
}

const kubectl = (o: KindOpts, ...args: string[]): Step['args'] => ['--kubeconfig', o.kubeconfig, ...args];

/** Create the cluster (skipped by the runner when `kind get clusters` lists it). */
export function createClusterSteps(o: KindOpts): Step[] {
  return [
    {
      title: `kind cluster ${o.cluster} (${1 + o.workers} nodes, no default CNI)`,
      cmd: o.kind,
      args: ['create', 'cluster', '--name', o.cluster, '--kubeconfig', o.kubeconfig, '--wait', '0s', '--config', '-'],
      input: kindConfig(o),
    },
  ];
}

/** Start the registry container unless it runs (the runner checks `docker inspect` first). */
export function registrySteps(o: KindOpts): Step[] {
  return [
    {
      title: `registry ${o.registryName} on 127.0.0.1:${o.registryPort}`,
      cmd: 'docker',
      args: ['run', '-d', '--restart=always', '-p', `127.0.0.1:${o.registryPort}:5000`, '--network', 'bridge', '--name', o.registryName, o.registryImage],
    },
  ];
}

/** Wire the registry into the cluster, install Calico, wait for the nodes. */
export function wiringSteps(o: KindOpts, nodes: string[]): Step[] {
  const dir = `/etc/containerd/certs.d/localhost:${o.registryPort}`;
  return [
    ...nodes.map((n) => ({
      title: `node ${n}: localhost:${o.registryPort} → ${o.registryName}:5000`,
      cmd: 'docker',
      args: ['exec', '-i', n, 'sh', '-c', `mkdir -p '${dir}' && cat > '${dir}/hosts.toml'`],
      input: `[host."http://${o.registryName}:5000"]\n`,
    })),
    { title: 'advertise the registry (local-registry-hosting)', cmd: o.kubectl, args: kubectl(o, 'apply', '-f', '-'), input: registryHostingConfigMap(o) },
    { title: `Calico ${o.calicoVersion}`, cmd: o.kubectl, args: kubectl(o, 'apply', '--server-side', '-f', o.calicoManifest) },
    {
      title: 'calico-node ready',
      cmd: o.kubectl,
      args: kubectl(o, '-n', 'kube-system', 'rollout', 'status', 'daemonset/calico-node', `--timeout=${o.timeoutSeconds}s`),
    },
    {
      title: 'calico-kube-controllers ready',
      cmd: o.kubectl,
      args: kubectl(o, '-n', 'kube-system', 'rollout', 'status', 'deployment/calico-kube-controllers', `--timeout=${o.timeoutSeconds}s`),
    },
    { title: 'nodes Ready', cmd: o.kubectl, args: kubectl(o, 'wait', '--for=condition=Ready', 'nodes', '--all', `--timeout=${o.timeoutSeconds}s`) },
  ];
}

export function deleteSteps(o: Pick<KindOpts, 'cluster' | 'kind' | 'registryName'>, removeRegistry: boolean): Step[] {
  return [
    { title: `delete kind cluster ${o.cluster}`, cmd: o.kind, args: ['delete', 'cluster', '--name', o.cluster] },
    ...(removeRegistry ? [{ title: `remove registry ${o.registryName}`, cmd: 'docker', args: ['rm', '-f', o.registryName] }] : []),
  ];
}
