#!/usr/bin/env bash
# A kind cluster with Calico (kind's default CNI does not enforce NetworkPolicy), as the e2e
# workflow and `meshci up` use it. Uses the kind, kubectl and helm already on GitHub's runners.
set -euo pipefail
name="${MESHCI_KIND_NAME:-meshci-e2e}"
calico="${MESHCI_CALICO_VERSION:-v3.29.3}"
cat <<YAML | kind create cluster --name "$name" --wait 60s --config=-
kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
networking:
  disableDefaultCNI: true
  podSubnet: 192.168.0.0/16
nodes:
  - role: control-plane
  - role: worker
YAML
kubectl apply --server-side -f "https://raw.githubusercontent.com/projectcalico/calico/${calico}/manifests/calico.yaml"
kubectl -n kube-system rollout status daemonset/calico-node --timeout=300s
kubectl -n kube-system rollout status deployment/calico-kube-controllers --timeout=300s
kubectl wait --for=condition=Ready nodes --all --timeout=300s
