import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { rfc3339 } from '../certs/rules.js';
import { parseCertificate } from '../certs/pem.js';
import type { Release } from './linkerd-plan.js';

/**
 * The values one release is installed with, in this order, each layer over the one before:
 * 1. what the plan sets from the chart's facts (namespaces, installNamespace, cniEnabled, Dgraph's
 *    injection annotations);
 * 2. `helm-values` — republish's image overrides, generated;
 * 3. the user's own values (`linkerd-values` per chart, `app-values` for the app): they win over
 *    anything meshci generated;
 * 4. the identity (control plane): from the identity inputs, checked before.
 * linkerd-crds whose Gateway API CRDs are optional keeps `installGatewayAPI: true` once a release
 * has it — Helm would otherwise drop the CRDs from the release on the next, identical, deploy — and
 * sets it when the cluster has no GRPCRoute CRD yet. linkerd-crds that bundles Gateway API's HTTPRoute
 * CRD (2.14, edges of 2024) gets `enableHttpRoutes: false` on a first install into a cluster that
 * already has that CRD — from a gateway controller, the cloud's add-on, or an earlier Linkerd whose
 * CRDs Helm keeps (`helm.sh/resource-policy: keep`) — since Helm would otherwise patch a CRD it
 * does not own, and an older schema over one that stored a newer version is refused
 * ("status.storedVersions[0]: Invalid value: v1: missing from spec.versions"). Linkerd's own upgrade
 * notes give the same advice (linkerd.io/2.14/tasks/upgrade, "Gateway API CRDs").
 */
export interface ValueInputs {
  helmValues: Record<string, Record<string, unknown>>;
  linkerdValues: Record<string, Record<string, unknown>>;
  appValues?: Record<string, unknown>;
  trustAnchor: { text: string };
  issuer: { text: string };
  issuerKey: { text: string };
}

export interface ClusterFacts {
  current: () => Promise<Record<string, unknown> | undefined>;
  hasGatewayApi: () => Promise<boolean>;
  hasHttpRoutes?: () => Promise<boolean>;
  note?: (line: string) => void;
}

export async function releaseValues(inputs: ValueInputs, r: Release, cluster: ClusterFacts): Promise<Record<string, unknown>> {
  let values: Record<string, unknown> = { ...(r.values ?? {}) };
  values = merge(values, inputs.helmValues[r.chart] ?? {});
  const user = r.chart === 'dgraph' ? (inputs.appValues ?? {}) : (inputs.linkerdValues[r.chart] ?? {});
  if (r.gatewayApiOptional && !('installGatewayAPI' in user)) {
    const current = await cluster.current();
    if (current?.['installGatewayAPI'] === true || !(await cluster.hasGatewayApi())) values = merge(values, { installGatewayAPI: true });
  }
  if (r.httpRoutesToggle && !('enableHttpRoutes' in user) && cluster.hasHttpRoutes) {
    const current = await cluster.current();
    if (current ? current['enableHttpRoutes'] === false : await cluster.hasHttpRoutes()) {
      values = merge(values, { enableHttpRoutes: false });
      if (!current)
        cluster.note?.(
          `${r.release}: the cluster already has Gateway API's HTTPRoute CRD, which this release does not own: installing with enableHttpRoutes: false (set it in linkerd-values to override)`,
        );
    }
  }
  values = merge(values, user);
  if (r.identity) {
    values = merge(values, {
      identityTrustAnchorsPEM: inputs.trustAnchor.text.trim(),
      identity: { issuer: { tls: { crtPEM: inputs.issuer.text.trim(), keyPEM: inputs.issuerKey.text.trim() } } },
    });
    // the linkerd2 chart of 2.10–2.11.0 requires the issuer's expiry as a value; later 2.11 ignores it (docs/reference/linkerd-charts.md#identity-values)
    if (r.chart === 'linkerd2') values = merge(values, { identity: { issuer: { crtExpiry: rfc3339(parseCertificate(inputs.issuer.text).notAfter) } } });
  }
  return values;
}

/** What helm installs with the chart's values-ha.yaml as the first values file: the HA values under ours. */
export function withHaValues(values: Record<string, unknown>, haFile: string | undefined): Record<string, unknown> {
  return haFile ? merge((yaml.load(readFileSync(haFile, 'utf8')) ?? {}) as Record<string, unknown>, values) : values;
}

export function merge(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const cur = out[k];
    out[k] =
      cur && typeof cur === 'object' && !Array.isArray(cur) && v && typeof v === 'object' && !Array.isArray(v)
        ? merge(cur as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  }
  return out;
}
