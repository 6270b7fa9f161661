import yaml from 'js-yaml';
import { ConfigurationError } from '../lib/errors.js';
import { maskSecret } from '../lib/logger.js';
import type { Cluster, KObject, WorkloadKind } from '../k8s/cluster.js';
import { splitCertificates, parseCertificate, type CertInfo } from '../certs/pem.js';

/**
 * Where Linkerd keeps its identity in a cluster (docs/reference/linkerd-certificates.md#where-the-identity-lives-in-a-cluster), read in one place:
 * the `linkerd-config` values, the `linkerd-identity-trust-roots` ConfigMap (2.11+; on 2.10 the
 * bundle lives only in linkerd-config and the identity Deployment env), and the
 * `linkerd-identity-issuer` Secret in either scheme.
 */

export const ISSUER_SECRET = 'linkerd-identity-issuer';
export const TRUST_ROOTS_CM = 'linkerd-identity-trust-roots';
export const CONFIG_CM = 'linkerd-config';
export const PENDING_ANCHOR_SECRET = 'meshci-pending-trust-anchor';
export const PROXY_TRUST_ENV = 'LINKERD2_PROXY_IDENTITY_TRUST_ANCHORS';
export const CONTROL_PLANE_NS_LABEL = 'linkerd.io/control-plane-ns';

export type Scheme = 'linkerd.io/tls' | 'kubernetes.io/tls';

export interface IdentityState {
  namespace: string;
  scheme: Scheme;
  externalCA: boolean;
  /** true when there is no trust-roots ConfigMap (Linkerd 2.10). */
  legacyConfig: boolean;
  bundlePem: string;
  bundleSource: string;
  issuerPem: string;
  issuerKeyPem: string;
  issuerSource: string;
  helm?: { release: string; namespace: string };
  values: Record<string, unknown>;
  linkerdVersion?: string;
}

type CM = KObject & { data?: Record<string, string>; metadata: { labels?: Record<string, string>; annotations?: Record<string, string> } };
type Secret = KObject & { data?: Record<string, string>; type?: string };

/** Secret data is base64 of the text. */
export const toBase64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
export const fromBase64 = (s: string) => Buffer.from(s, 'base64').toString('utf8');
const b64 = (s: string | undefined) => (s === undefined ? undefined : fromBase64(s));

/** linkerd-config and its Helm values; a missing ConfigMap means Linkerd is not installed there. */
/** Linkerd's config ConfigMap answered 404: Linkerd is not installed there — the only "absence". */
export class LinkerdNotInstalled extends ConfigurationError {}

export async function readLinkerdConfig(cluster: Cluster, namespace: string): Promise<{ config: CM; values: Record<string, unknown> }> {
  const config = await cluster.get<CM>({ apiVersion: 'v1', kind: 'ConfigMap', namespace, name: CONFIG_CM });
  if (!config) {
    throw new LinkerdNotInstalled(`Linkerd is not installed in namespace '${namespace}': ConfigMap ${CONFIG_CM} not found (input 'namespace')`);
  }
  return { config, values: (yaml.load(config.data?.['values'] ?? '') ?? {}) as Record<string, unknown> };
}

export async function readIdentityState(cluster: Cluster, namespace: string): Promise<IdentityState> {
  const { config, values } = await readLinkerdConfig(cluster, namespace);
  const identity = (values['identity'] ?? {}) as { issuer?: { scheme?: string }; externalCA?: boolean };
  const scheme: Scheme = identity.issuer?.scheme === 'kubernetes.io/tls' ? 'kubernetes.io/tls' : 'linkerd.io/tls';
  const externalCA = identity.externalCA === true;
  const roots = await cluster.get<CM>({ apiVersion: 'v1', kind: 'ConfigMap', namespace, name: TRUST_ROOTS_CM });
  let bundlePem: string;
  let bundleSource: string;
  if (roots?.data?.['ca-bundle.crt']) {
    bundlePem = roots.data['ca-bundle.crt'];
    bundleSource = `ConfigMap ${namespace}/${TRUST_ROOTS_CM} key ca-bundle.crt`;
  } else if (typeof values['identityTrustAnchorsPEM'] === 'string' && values['identityTrustAnchorsPEM']) {
    bundlePem = values['identityTrustAnchorsPEM'];
    bundleSource = `ConfigMap ${namespace}/${CONFIG_CM} values.identityTrustAnchorsPEM`;
  } else {
    throw new ConfigurationError(`No trust bundle found in namespace '${namespace}': neither ${TRUST_ROOTS_CM} nor identityTrustAnchorsPEM in ${CONFIG_CM}`);
  }
  const secret = await cluster.get<Secret>({ apiVersion: 'v1', kind: 'Secret', namespace, name: ISSUER_SECRET });
  if (!secret) throw new ConfigurationError(`Secret ${namespace}/${ISSUER_SECRET} not found: the identity issuer is missing`);
  const [crtKey, keyKey] = scheme === 'kubernetes.io/tls' ? ['tls.crt', 'tls.key'] : ['crt.pem', 'key.pem'];
  const issuerPem = b64(secret.data?.[crtKey]);
  const issuerKeyPem = b64(secret.data?.[keyKey]);
  const external = scheme === 'kubernetes.io/tls';
  if (!issuerPem)
    throw new ConfigurationError(
      `key ${crtKey} containing the issuer certificate needs to exist in secret ${ISSUER_SECRET} if --identity-external-issuer=${external}`,
    );
  if (!issuerKeyPem)
    throw new ConfigurationError(
      `key ${keyKey} containing the issuer private key needs to exist in secret ${ISSUER_SECRET} if --identity-external-issuer=${external}`,
    );
  maskSecret(issuerKeyPem);
  if (external && secret.data?.['ca.crt'] && !roots) {
    bundlePem = b64(secret.data['ca.crt']) ?? bundlePem;
    bundleSource = `Secret ${namespace}/${ISSUER_SECRET} key ca.crt`;
  }
  const labels = config.metadata.labels ?? {};
  const ann = config.metadata.annotations ?? {};
  const helm =
    labels['app.kubernetes.io/managed-by'] === 'Helm' && ann['meta.helm.sh/release-name']
      ? { release: ann['meta.helm.sh/release-name'], namespace: ann['meta.helm.sh/release-namespace'] ?? namespace }
      : undefined;
  return {
    namespace,
    scheme,
    externalCA,
    legacyConfig: !roots,
    bundlePem,
    bundleSource,
    issuerPem,
    issuerKeyPem,
    issuerSource: `Secret ${namespace}/${ISSUER_SECRET} key ${crtKey}`,
    helm,
    values,
    linkerdVersion: typeof values['linkerdVersion'] === 'string' ? values['linkerdVersion'] : undefined,
  };
}

export interface MeshedPod {
  namespace: string;
  name: string;
  workload?: { kind: WorkloadKind; name: string };
  /** Anchors in the proxy's env; undefined when the env references a ConfigMap (control-plane pods). */
  anchors?: CertInfo[];
  byReference: boolean;
}

const WORKLOAD_LABELS: [string, WorkloadKind][] = [
  ['linkerd.io/proxy-deployment', 'Deployment'],
  ['linkerd.io/proxy-statefulset', 'StatefulSet'],
  ['linkerd.io/proxy-daemonset', 'DaemonSet'],
];

/** Every meshed pod (label linkerd.io/control-plane-ns=<ns>), with the trust anchors its proxy was started with. */
export async function listMeshedPods(cluster: Cluster, controlPlaneNs: string): Promise<MeshedPod[]> {
  const pods = await cluster.list<KObject>('v1', 'Pod', { labelSelector: `${CONTROL_PLANE_NS_LABEL}=${controlPlaneNs}` });
  return pods
    .filter((p) => !p.metadata?.deletionTimestamp)
    .map((p) => {
      const labels = p.metadata?.labels ?? {};
      type Container = { name?: string; env?: { name: string; value?: string; valueFrom?: unknown }[] };
      const spec = (p['spec'] ?? {}) as { containers?: Container[]; initContainers?: Container[] };
      // Native sidecars (2.15+) run the proxy as an init container.
      const proxy = [...(spec.containers ?? []), ...(spec.initContainers ?? [])].find((c) => c?.name === 'linkerd-proxy');
      const env = (proxy?.env ?? []).find((e) => e.name === PROXY_TRUST_ENV);
      const wl = WORKLOAD_LABELS.find(([l]) => labels[l]);
      let anchors: CertInfo[] | undefined;
      if (env?.value) {
        try {
          anchors = splitCertificates(env.value).map(parseCertificate);
        } catch {
          anchors = [];
        }
      }
      return {
        namespace: p.metadata?.namespace ?? '',
        name: p.metadata?.name ?? '',
        workload: wl ? { kind: wl[1], name: labels[wl[0]] as string } : undefined,
        anchors,
        byReference: !env?.value && !!env?.valueFrom,
      };
    });
}

export function carriesAnchor(pod: MeshedPod, anchor: CertInfo): boolean {
  return !!pod.anchors?.some((a) => a.fingerprintSha256 === anchor.fingerprintSha256);
}

/**
 * Pods that still lack `anchor`. As `linkerd check --proxy` does (2.14), pods of the control-plane
 * namespace are not judged by their env: meshci restarts the control plane itself after each change.
 */
export function podsLacking(pods: MeshedPod[], anchor: CertInfo, controlPlaneNs: string): MeshedPod[] {
  return pods.filter((p) => p.namespace !== controlPlaneNs && !p.byReference && !carriesAnchor(p, anchor));
}

export function parseBundle(pem: string): CertInfo[] {
  return splitCertificates(pem).map(parseCertificate);
}
