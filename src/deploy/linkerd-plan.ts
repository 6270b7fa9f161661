import data from '../data/linkerd-images.json' with { type: 'json' };
import { ConfigurationError } from '../lib/errors.js';
import { knownVersions } from '../republish/images.js';

/**
 * Which Helm releases install a Linkerd version, in order (linkerd-facts §3.1, §8): `linkerd2`
 * (CRDs included) up to 2.11; `linkerd-crds` then `linkerd-control-plane` from 2.12; Gateway API
 * CRDs first on current edge; viz; jaeger only where the version has it (gone from 2.19); cni.
 */
export interface Release {
  release: string;
  chart: string;
  version: string;
  repo: string;
  namespace: string;
  /** What the identity values of this release are (control plane only). */
  identity?: boolean;
  /** Extra values this plan sets. */
  values?: Record<string, unknown>;
  /** Layer the chart's own values-ha.yaml (fetched with `helm pull`) under the values, as the docs do. */
  haValuesFile?: boolean;
}

export interface Plan {
  releases: Release[];
  warnings: string[];
  needsGatewayApiCrds: boolean;
}

interface Charts {
  repo: string;
  gatewayAPI?: string;
  [chart: string]: string | undefined;
}

export function linkerdPlan(version: string, opts: { viz: boolean; jaeger: boolean; cni: boolean; ha: boolean; namespace?: string }): Plan {
  const v = (data.versions as Record<string, { charts?: Charts }>)[version];
  if (!v?.charts) {
    throw new ConfigurationError(`Input 'linkerd-version' names '${version}', which meshci has no chart versions for. Known: ${knownVersions().join(', ')}`);
  }
  const c = v.charts;
  const ns = opts.namespace ?? 'linkerd';
  const releases: Release[] = [];
  const warnings: string[] = [];
  // HA: the chart's own values-ha.yaml (linkerd-facts §3.3), not a hand-kept copy of it
  const ha = opts.ha ? { haValuesFile: true } : {};
  if (c['linkerd2']) {
    releases.push({ release: 'linkerd2', chart: 'linkerd2', version: c['linkerd2'], repo: c.repo, namespace: ns, identity: true, values: { installNamespace: false }, ...ha });
  } else {
    releases.push({ release: 'linkerd-crds', chart: 'linkerd-crds', version: c['linkerd-crds'] as string, repo: c.repo, namespace: ns });
    releases.push({ release: 'linkerd-control-plane', chart: 'linkerd-control-plane', version: c['linkerd-control-plane'] as string, repo: c.repo, namespace: ns, identity: true, ...ha });
  }
  if (opts.cni) {
    if (!c['linkerd2-cni']) throw new ConfigurationError(`Linkerd ${version}: meshci has no linkerd2-cni chart version for it`);
    releases.unshift({ release: 'linkerd2-cni', chart: 'linkerd2-cni', version: c['linkerd2-cni'], repo: c.repo, namespace: 'linkerd-cni' });
  }
  if (opts.viz) releases.push({ release: 'linkerd-viz', chart: 'linkerd-viz', version: c['linkerd-viz'] as string, repo: c.repo, namespace: 'linkerd-viz' });
  if (opts.jaeger) {
    if (c['linkerd-jaeger']) releases.push({ release: 'linkerd-jaeger', chart: 'linkerd-jaeger', version: c['linkerd-jaeger'], repo: c.repo, namespace: 'linkerd-jaeger' });
    else warnings.push(`jaeger is skipped: Linkerd ${version} has no linkerd-jaeger chart (the extension was removed in edge-25.10.1 / 2.19; use OpenTelemetry directly)`);
  }
  return { releases, warnings, needsGatewayApiCrds: c.gatewayAPI === 'required' };
}

/**
 * Dgraph chart values that mesh alpha and zero (linkerd-facts §7): injection through
 * `*.extraAnnotations` — values quoted, as Kubernetes annotations are strings — and the cluster
 * ports (7080, 5080) skipped, as the chart's own linkerd example does.
 */
export function dgraphMeshValues(): Record<string, unknown> {
  return {
    alpha: { extraAnnotations: { 'linkerd.io/inject': 'enabled', 'config.linkerd.io/skip-inbound-ports': '7080', 'config.linkerd.io/skip-outbound-ports': '7080' } },
    zero: { extraAnnotations: { 'linkerd.io/inject': 'enabled', 'config.linkerd.io/skip-inbound-ports': '5080', 'config.linkerd.io/skip-outbound-ports': '5080' } },
  };
}
