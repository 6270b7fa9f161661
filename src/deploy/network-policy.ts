/**
 * Mesh-only access (the AKS + Linkerd walkthrough's NetworkPolicy, docs/reference/walkthrough.md#tests-0-to-2,
 * done so it survives Linkerd's port rewriting):
 * ingress to the app is admitted only from pods that carry `linkerd.io/control-plane-ns=<linkerd
 * namespace>` — meshed pods, in any namespace. A meshed connection arrives at the destination pod on
 * the proxy's inbound port 4143 (iptables redirect), so when ports are listed 4143 is added, and a
 * per-port rule cannot tell meshed ports apart (docs/reference/linkerd-charts.md#proxy-injection, linkerd2#15246). Kubelet probes
 * come from the node; Calico admits host-to-local-pod traffic by default
 * (docs/reference/kubernetes.md#networkpolicy-and-node-traffic).
 */
export const PROXY_INBOUND_PORT = 4143;

export interface MeshOnlyOpts {
  name: string;
  namespace: string;
  linkerdNamespace: string;
  /** Pods the policy protects (matchLabels); empty = every pod of the namespace. */
  podSelector?: Record<string, string>;
  /** Restrict to these app ports (4143 is added); empty = any port from meshed pods. */
  ports?: number[];
}

export function meshOnlyNetworkPolicy(o: MeshOnlyOpts): Record<string, unknown> {
  const from = [{ namespaceSelector: {}, podSelector: { matchLabels: { 'linkerd.io/control-plane-ns': o.linkerdNamespace } } }];
  const ports = o.ports?.length ? [...new Set([...o.ports, PROXY_INBOUND_PORT])].sort((a, b) => a - b).map((port) => ({ protocol: 'TCP', port })) : undefined;
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: o.name, namespace: o.namespace, labels: { 'app.kubernetes.io/managed-by': 'meshci' } },
    spec: {
      podSelector: o.podSelector && Object.keys(o.podSelector).length ? { matchLabels: o.podSelector } : {},
      policyTypes: ['Ingress'],
      ingress: [{ from, ...(ports ? { ports } : {}) }],
    },
  };
}

/** Linkerd's own mesh-only stance: the namespace's default inbound policy requires mTLS identity. */
export function allAuthenticatedNamespacePatch(namespace: string): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name: namespace, annotations: { 'config.linkerd.io/default-inbound-policy': 'all-authenticated' } },
  };
}
