#!/usr/bin/env bash
# Installs Linkerd's control plane from its Helm charts with identity files made by the certs action.
# Usage: linkerd-helm.sh <certs-dir>. Versions: linkerd-facts §3.1 (stable-2.14.10).
set -euo pipefail
certs="$1"
repo="${MESHCI_LINKERD_HELM_REPO:-https://helm.linkerd.io/stable}"
helm upgrade --install linkerd-crds linkerd-crds --repo "$repo" --version "${MESHCI_LINKERD_CRDS_CHART:-1.8.0}" \
  --namespace linkerd --create-namespace --wait
helm upgrade --install linkerd-control-plane linkerd-control-plane --repo "$repo" --version "${MESHCI_LINKERD_CP_CHART:-1.16.11}" \
  --namespace linkerd --wait --timeout 10m \
  --set-file identityTrustAnchorsPEM="$certs/ca.crt" \
  --set-file identity.issuer.tls.crtPEM="$certs/issuer.crt" \
  --set-file identity.issuer.tls.keyPEM="$certs/issuer.key"
kubectl create namespace app --dry-run=client -o yaml | kubectl apply -f -
kubectl annotate namespace app linkerd.io/inject=enabled --overwrite
kubectl -n app create deployment web --image=nginx:1.27 --replicas=2 --dry-run=client -o yaml | kubectl apply -f -
kubectl -n app rollout status deployment/web --timeout=300s
