import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  knownEntry
} from "./chunk-GVPJXP3T.js";
import {
  jsYaml
} from "./chunk-U5AVLZRE.js";

// src/kind/plan.ts
var CURRENT_NODE_IMAGE = {
  image: "kindest/node:v1.32.2@sha256:f226345927d7e348497136874b6d207e0b32cc52154ad8323129352923a3142f",
  kind: "v0.27.0",
  source: "kubernetes-sigs/kind v0.27.0 pkg/apis/config/defaults/image.go"
};
var NODE_IMAGE_1_24 = {
  image: "kindest/node:v1.24.17@sha256:ea292d57ec5dd0e2f3f5a2d77efa246ac883c051ff80e887109fabefbd3125c7",
  kind: "v0.21.0",
  source: 'kubernetes-sigs/kind release v0.21.0, "Images pre-built for this release"'
};
var DEFAULT_NODE_IMAGE = CURRENT_NODE_IMAGE.image;
function kindNodeImageFor(version) {
  const removed = (knownEntry(version)?.removedApis ?? []).map((r) => r.removedIn);
  return removed.some((v) => v === "1.25") ? NODE_IMAGE_1_24 : CURRENT_NODE_IMAGE;
}
var DEFAULT_CALICO = "v3.29.3";
var CALICO_MANIFEST_SHA256 = {
  "v3.29.3": "9a575859428b822a224dedafc4238555b6b0f910f2abf12983f20f871860914e",
  "v3.29.7": "b200cb3c2c7341717abe98e4acc80a13117bcd2c9c46ad46e8c209c5753f0b2f",
  "v3.30.7": "ed105288f27c7ba4cae143bcaa3f6425f02d84fa94a4786cc8e3d371412c1a36",
  "v3.31.7": "d6d8a489a4ed8e5b8efd8b339047b496ca657b55ee2e3618e791507b0a853e8d"
};
function calicoManifestUrl(version, mirror) {
  return mirror ? `${mirror.replace(/\/$/, "")}/calico-${version}.yaml` : `https://raw.githubusercontent.com/projectcalico/calico/${version}/manifests/calico.yaml`;
}
var DEFAULT_REGISTRY_IMAGE = "registry:2.8.3";
function kindConfig(o) {
  return jsYaml.dump(
    {
      kind: "Cluster",
      apiVersion: "kind.x-k8s.io/v1alpha4",
      networking: { disableDefaultCNI: true, podSubnet: "192.168.0.0/16" },
      // containerd reads per-registry hosts.toml files (written into each node below)
      containerdConfigPatches: ['[plugins."io.containerd.grpc.v1.cri".registry]\n  config_path = "/etc/containerd/certs.d"\n'],
      nodes: [{ role: "control-plane", image: o.nodeImage }, ...Array.from({ length: o.workers }, () => ({ role: "worker", image: o.nodeImage }))]
    },
    { lineWidth: -1 }
  );
}
function registryHostingConfigMap(o) {
  return jsYaml.dump(
    {
      apiVersion: "v1",
      kind: "ConfigMap",
      metadata: { name: "local-registry-hosting", namespace: "kube-public" },
      data: { "localRegistryHosting.v1": jsYaml.dump({ host: `localhost:${o.registryPort}`, help: "https://kind.sigs.k8s.io/docs/user/local-registry/" }) }
    },
    { lineWidth: -1 }
  );
}
var kubectl = (o, ...args) => ["--kubeconfig", o.kubeconfig, ...args];
function createClusterSteps(o) {
  return [
    {
      title: `kind cluster ${o.cluster} (${1 + o.workers} nodes, no default CNI)`,
      cmd: o.kind,
      args: ["create", "cluster", "--name", o.cluster, "--kubeconfig", o.kubeconfig, "--wait", "0s", "--config", "-"],
      input: kindConfig(o)
    }
  ];
}
function registrySteps(o) {
  return [
    {
      title: `registry ${o.registryName} on 127.0.0.1:${o.registryPort}`,
      cmd: "docker",
      args: ["run", "-d", "--restart=always", "-p", `127.0.0.1:${o.registryPort}:5000`, "--network", "bridge", "--name", o.registryName, o.registryImage]
    }
  ];
}
function wiringSteps(o, nodes) {
  const dir = `/etc/containerd/certs.d/localhost:${o.registryPort}`;
  return [
    ...nodes.map((n) => ({
      title: `node ${n}: localhost:${o.registryPort} \u2192 ${o.registryName}:5000`,
      cmd: "docker",
      args: ["exec", "-i", n, "sh", "-c", `mkdir -p '${dir}' && cat > '${dir}/hosts.toml'`],
      input: `[host."http://${o.registryName}:5000"]
`
    })),
    { title: "advertise the registry (local-registry-hosting)", cmd: o.kubectl, args: kubectl(o, "apply", "-f", "-"), input: registryHostingConfigMap(o) },
    { title: `Calico ${o.calicoVersion}`, cmd: o.kubectl, args: kubectl(o, "apply", "--server-side", "-f", o.calicoManifest) },
    {
      title: "calico-node ready",
      cmd: o.kubectl,
      args: kubectl(o, "-n", "kube-system", "rollout", "status", "daemonset/calico-node", `--timeout=${o.timeoutSeconds}s`)
    },
    {
      title: "calico-kube-controllers ready",
      cmd: o.kubectl,
      args: kubectl(o, "-n", "kube-system", "rollout", "status", "deployment/calico-kube-controllers", `--timeout=${o.timeoutSeconds}s`)
    },
    { title: "nodes Ready", cmd: o.kubectl, args: kubectl(o, "wait", "--for=condition=Ready", "nodes", "--all", `--timeout=${o.timeoutSeconds}s`) }
  ];
}
function deleteSteps(o, removeRegistry) {
  return [
    { title: `delete kind cluster ${o.cluster}`, cmd: o.kind, args: ["delete", "cluster", "--name", o.cluster] },
    ...removeRegistry ? [{ title: `remove registry ${o.registryName}`, cmd: "docker", args: ["rm", "-f", o.registryName] }] : []
  ];
}

export {
  CURRENT_NODE_IMAGE,
  DEFAULT_NODE_IMAGE,
  kindNodeImageFor,
  DEFAULT_CALICO,
  CALICO_MANIFEST_SHA256,
  calicoManifestUrl,
  DEFAULT_REGISTRY_IMAGE,
  createClusterSteps,
  registrySteps,
  wiringSteps,
  deleteSteps
};
