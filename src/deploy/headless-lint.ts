/**
 * Linkerd balances requests per Service endpoint only for traffic addressed to a ClusterIP Service;
 * traffic sent to a pod IP or a headless Service (clusterIP: None) goes to that one pod, and no
 * ServiceProfile or route applies (docs/reference/linkerd-charts.md#grpc-routes-and-load-balancing). This lint flags headless Services in front of
 * meshed pods on ports the proxy handles (not listed in config.linkerd.io/skip-inbound-ports).
 */
export interface ServiceLike {
  metadata?: { name?: string; namespace?: string };
  spec?: { clusterIP?: string; selector?: Record<string, string>; ports?: { port?: number; targetPort?: number | string; name?: string }[] };
}

export interface PodLike {
  metadata?: { name?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
}

export interface LintFinding {
  service: string;
  ports: number[];
  pods: number;
  message: string;
}

export function headlessLint(services: ServiceLike[], pods: PodLike[], linkerdNamespace: string): LintFinding[] {
  const out: LintFinding[] = [];
  for (const s of services) {
    if (s.spec?.clusterIP !== 'None' || !s.spec.selector || Object.keys(s.spec.selector).length === 0) continue;
    const selector = s.spec.selector;
    const selected = pods.filter((p) => Object.entries(selector).every(([k, v]) => p.metadata?.labels?.[k] === v));
    const meshed = selected.filter((p) => p.metadata?.labels?.['linkerd.io/control-plane-ns'] === linkerdNamespace);
    if (meshed.length === 0) continue;
    const skipped = new Set(
      (meshed[0]?.metadata?.annotations?.['config.linkerd.io/skip-inbound-ports'] ?? '')
        .split(',')
        .map((p) => Number(p.trim()))
        .filter((n) => n > 0),
    );
    const ports = (s.spec.ports ?? []).map((p) => (typeof p.targetPort === 'number' ? p.targetPort : (p.port ?? 0))).filter((p) => p > 0 && !skipped.has(p));
    if (ports.length === 0) continue;
    const name = `${s.metadata?.namespace ?? ''}/${s.metadata?.name ?? ''}`;
    out.push({
      service: name,
      ports,
      pods: meshed.length,
      message: `headless Service ${name} fronts ${meshed.length} meshed pod(s) on port(s) ${ports.join(', ')}: traffic sent to it is not load-balanced by Linkerd and no route applies; use a ClusterIP Service, or skip those ports (config.linkerd.io/skip-inbound-ports) if they carry the app's own cluster protocol`,
    });
  }
  return out;
}
