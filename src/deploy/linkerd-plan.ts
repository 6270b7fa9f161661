import { ConfigurationError } from '../lib/errors.js';
import type { VersionEntry } from '../linkerd/versions.js';
import { linkerdHelmRepo } from '../linkerd/version.js';

/**
 * Which Helm releases install a Linkerd version, in order, and the values each needs — read from
 * the version's chart facts (src/data/linkerd-images.json or resolved from its charts): `linkerd2`
 * (CRDs included) up to 2.11, `linkerd-crds` then `linkerd-control-plane` from 2.12; viz; jaeger
 * only where the version has it (gone from 2.19); cni first. A value is set only where the chart
 * has it: the control-plane namespace (`namespace`, `linkerdNamespace`), `cniEnabled` with CNI,
 * and `installNamespace: false` for charts that render their own Namespace — meshci applies that
 * Namespace itself (with the chart's labels: the 2.10 control plane's
 * `config.linkerd.io/admission-webhooks: disabled`, viz's `linkerd.io/extension: viz`), so helm's
 * `--create-namespace` and the chart never both create it.
 */
export interface NamespaceObject {
  name: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

export interface Release {
  release: string;
  chart: string;
  version: string;
  repo: string;
  namespace: string;
  /** What the identity values of this release are (control plane only). */
  identity?: boolean;
  /** Values this plan sets (under generated helm-values and the user's values). */
  values?: Record<string, unknown>;
  /** Layer the chart's own values-ha.yaml (fetched with `helm pull`) under the values, as the docs do. */
  haValuesFile?: boolean;
  /** A Namespace the chart would render itself: applied before the install, with the chart's metadata. */
  namespaceObject?: NamespaceObject;
  /** linkerd-crds whose Gateway API CRDs are off by default (installGatewayAPI). */
  gatewayApiOptional?: boolean;
  /**
   * linkerd-crds that installs Gateway API's HTTPRoute (and GRPCRoute) CRDs unless
   * `enableHttpRoutes: false` (2.14, edges up to 2024): off when the cluster already has them.
   */
  httpRoutesToggle?: boolean;
}

export interface Plan {
  releases: Release[];
  warnings: string[];
  /** The GRPCRoute apiVersion the version's CRDs serve (v1 preferred), if it bundles GRPCRoute. */
  grpcRouteVersion?: string;
}

export function linkerdPlan(
  entry: VersionEntry,
  version: string,
  opts: { viz: boolean; jaeger: boolean; cni: boolean; ha: boolean; namespace?: string; repo?: string },
): Plan {
  const ns = opts.namespace ?? 'linkerd';
  const repo = opts.repo ?? linkerdHelmRepo(version);
  const releases: Release[] = [];
  const warnings: string[] = [];
  const facts = (chart: string) => entry.charts[chart];
  const release = (chart: string, namespace: string, extra: Partial<Release> = {}): Release => {
    const f = facts(chart);
    if (!f) throw new ConfigurationError(`Linkerd ${version} has no ${chart} chart`);
    const values: Record<string, unknown> = { ...(extra.values ?? {}) };
    let namespaceObject: NamespaceObject | undefined;
    if (f.keys.includes('namespace')) values['namespace'] = namespace;
    if (f.keys.includes('linkerdNamespace')) values['linkerdNamespace'] = ns;
    if (f.createsNamespace && f.keys.includes('installNamespace')) {
      values['installNamespace'] = false;
      // the chart's own Namespace, its default names swapped for the ones in use
      const swap = (v: string) => (v === f.createsNamespace!.name ? namespace : v === 'linkerd' ? ns : v);
      namespaceObject = {
        name: namespace,
        labels: Object.fromEntries(Object.entries(f.createsNamespace.labels).map(([k, v]) => [k, swap(v)])),
        annotations: { ...f.createsNamespace.annotations },
      };
    }
    return {
      release: chart,
      chart,
      version: f.version,
      repo,
      namespace,
      ...extra,
      ...(Object.keys(values).length ? { values } : {}),
      ...(opts.ha && f.haValues ? { haValuesFile: true } : {}),
      ...(namespaceObject ? { namespaceObject } : {}),
    };
  };
  if (opts.cni) {
    if (!facts('linkerd2-cni')) throw new ConfigurationError(`Input 'cni': Linkerd ${version} has no linkerd2-cni chart`);
    releases.push(release('linkerd2-cni', 'linkerd-cni'));
  }
  const cp = entry.chart;
  if (cp !== 'linkerd2') {
    const crds = facts('linkerd-crds');
    releases.push(
      release(
        'linkerd-crds',
        ns,
        crds?.gatewayAPI === 'optional' ? { gatewayApiOptional: true } : crds?.keys.includes('enableHttpRoutes') ? { httpRoutesToggle: true } : {},
      ),
    );
  }
  releases.push(release(cp, ns, { identity: true, ...(opts.cni && facts(cp)?.keys.includes('cniEnabled') ? { values: { cniEnabled: true } } : {}) }));
  if (opts.viz) releases.push(release('linkerd-viz', 'linkerd-viz'));
  if (opts.jaeger) {
    if (facts('linkerd-jaeger')) releases.push(release('linkerd-jaeger', 'linkerd-jaeger'));
    else
      warnings.push(
        `jaeger is skipped: Linkerd ${version} has no linkerd-jaeger chart (the extension was removed in edge-25.10.1 / 2.19; use OpenTelemetry directly)`,
      );
  }
  const grpc = facts('linkerd-crds')?.grpcRoute ?? [];
  const grpcRouteVersion = grpc.includes('v1') ? 'v1' : grpc[0];
  return { releases, warnings, ...(grpcRouteVersion ? { grpcRouteVersion } : {}) };
}

/**
 * A version whose charts create APIs the cluster no longer serves cannot install there: refused
 * before anything is installed, naming the API, the chart and the Kubernetes versions.
 */
export function compatibilityProblems(entry: VersionEntry, version: string, cluster: { major: number; minor: number; gitVersion: string }): string[] {
  const out: string[] = [];
  for (const r of entry.removedApis ?? []) {
    const [maj, min] = r.removedIn.split('.').map(Number) as [number, number];
    if (cluster.major > maj || (cluster.major === maj && cluster.minor >= min)) {
      out.push(
        `Linkerd ${version}'s ${r.chart} chart creates ${r.api} ${r.kind}, which Kubernetes removed in ${r.removedIn}; the cluster runs ${cluster.gitVersion} (use Kubernetes ${maj}.${min - 1} or older — provider kind: node-image kindest/node:v${maj}.${min - 1}.x — or a newer Linkerd)`,
      );
    }
  }
  const min = /^>=\s*(\d+)\.(\d+)/.exec(entry.kubeVersion);
  if (min && (cluster.major < Number(min[1]) || (cluster.major === Number(min[1]) && cluster.minor < Number(min[2])))) {
    out.push(
      `Linkerd ${version} needs Kubernetes ${min[1]}.${min[2]} or newer (its chart's kubeVersion ${entry.kubeVersion}); the cluster runs ${cluster.gitVersion}`,
    );
  }
  return [...new Set(out)];
}

/** Dgraph's chart repository (docs/reference/dgraph.md#chart-and-repository). */
export const DGRAPH_REPO = 'https://charts.dgraph.io';

/** The app release: Dgraph's chart with the values that mesh it (under helm-values and app-values). */
export function dgraphRelease(o: { release: string; version: string; namespace: string; repo?: string }): Release {
  return { release: o.release, chart: 'dgraph', version: o.version, repo: o.repo ?? DGRAPH_REPO, namespace: o.namespace, values: dgraphMeshValues() };
}

/**
 * Dgraph chart values that mesh alpha and zero (docs/reference/dgraph.md#mesh-annotations): injection through
 * `*.extraAnnotations` — values quoted, as Kubernetes annotations are strings — and the cluster
 * ports (7080, 5080) skipped, as the chart's own linkerd example does.
 */
export function dgraphMeshValues(): Record<string, unknown> {
  return {
    alpha: {
      extraAnnotations: { 'linkerd.io/inject': 'enabled', 'config.linkerd.io/skip-inbound-ports': '7080', 'config.linkerd.io/skip-outbound-ports': '7080' },
    },
    zero: {
      extraAnnotations: { 'linkerd.io/inject': 'enabled', 'config.linkerd.io/skip-inbound-ports': '5080', 'config.linkerd.io/skip-outbound-ports': '5080' },
    },
  };
}
