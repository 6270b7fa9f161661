import yaml from 'js-yaml';
import { KubeServer } from './kube-server.js';
import * as ossl from './openssl.js';

/**
 * A Linkerd control plane laid out in the Kubernetes API double as the chart lays it out
 * (docs/reference/linkerd-certificates.md#where-the-identity-lives-in-a-cluster): linkerd-config values, the trust-roots ConfigMap (2.11+), the issuer Secret,
 * the control-plane Deployments, and a meshed app whose pods carry the bundle in their proxy env.
 *
 * The tests also play the controllers meshci relies on, and nothing more:
 * - the deployment controller + proxy injector: when a Deployment's pod template changes, its pods
 *   are replaced by pods whose proxy env holds the trust bundle as it is *now* (the injector reads
 *   the ConfigMap at admission), and its status shows the rollout done;
 * - the identity controller: when the issuer Secret changes it emits `IssuerUpdated` (or, by
 *   choice, nothing, or `IssuerUpdateSkipped`).
 */
export interface FixtureOpts {
  ns?: string;
  legacy210?: boolean;
  helm?: boolean;
  scheme?: 'linkerd.io/tls' | 'kubernetes.io/tls';
  identityEvents?: 'updated' | 'none' | 'skipped';
  appReplicas?: number;
}

export interface Fixture {
  ns: string;
  anchor: string;
  anchorKey: string;
  issuer: string;
  issuerKey: string;
  /** Change identity-controller behaviour mid-test. */
  identityEvents: 'updated' | 'none' | 'skipped';
  bundle(): string;
  issuerInCluster(): { crt: string; key: string };
  meshedPods(): { name: string; namespace: string; anchors: string }[];
}

const CP_DEPLOYMENTS = ['linkerd-identity', 'linkerd-destination', 'linkerd-proxy-injector'];
const b64 = (s: string) => Buffer.from(s).toString('base64');
const unb64 = (s: string) => Buffer.from(s, 'base64').toString('utf8');

export function installLinkerd(s: KubeServer, opts: FixtureOpts = {}): Fixture {
  const ns = opts.ns ?? 'linkerd';
  const pair = ossl.stepLikePair();
  const scheme = opts.scheme ?? 'linkerd.io/tls';
  const helmMeta = opts.helm
    ? {
        labels: { 'app.kubernetes.io/managed-by': 'Helm' },
        annotations: { 'meta.helm.sh/release-name': 'linkerd-control-plane', 'meta.helm.sh/release-namespace': ns },
      }
    : {};
  const values = {
    linkerdVersion: opts.legacy210 ? 'stable-2.10.2' : 'stable-2.14.10',
    identityTrustAnchorsPEM: pair.anchor,
    identity: { issuer: { scheme } },
    proxy: { logLevel: 'warn' },
  };
  s.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
  s.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'app', annotations: { 'linkerd.io/inject': 'enabled' } } });
  s.put({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'linkerd-config', namespace: ns, ...helmMeta }, data: { values: yaml.dump(values) } });
  if (!opts.legacy210) {
    s.put({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'linkerd-identity-trust-roots', namespace: ns, ...helmMeta },
      data: { 'ca-bundle.crt': pair.anchor },
    });
  }
  const data =
    scheme === 'kubernetes.io/tls'
      ? { 'tls.crt': b64(pair.issuer), 'tls.key': b64(pair.issuerKey), 'ca.crt': b64(pair.anchor) }
      : { 'crt.pem': b64(pair.issuer), 'key.pem': b64(pair.issuerKey) };
  s.put({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'linkerd-identity-issuer', namespace: ns, ...helmMeta },
    type: scheme === 'kubernetes.io/tls' ? 'kubernetes.io/tls' : 'Opaque',
    data,
  });

  const fx: Fixture = {
    ns,
    anchor: pair.anchor,
    anchorKey: pair.anchorKey,
    issuer: pair.issuer,
    issuerKey: pair.issuerKey,
    identityEvents: opts.identityEvents ?? 'updated',
    bundle() {
      if (opts.legacy210) return (yaml.load(s.get('v1', 'ConfigMap', ns, 'linkerd-config')!.data.values) as typeof values).identityTrustAnchorsPEM;
      return s.get('v1', 'ConfigMap', ns, 'linkerd-identity-trust-roots')!.data['ca-bundle.crt'];
    },
    issuerInCluster() {
      const d = s.get('v1', 'Secret', ns, 'linkerd-identity-issuer')!.data;
      return scheme === 'kubernetes.io/tls' ? { crt: unb64(d['tls.crt']), key: unb64(d['tls.key']) } : { crt: unb64(d['crt.pem']), key: unb64(d['key.pem']) };
    },
    meshedPods() {
      return s
        .list('v1', 'Pod')
        .filter((p) => p.metadata.labels?.['linkerd.io/control-plane-ns'] === ns)
        .map((p) => ({
          name: p.metadata.name,
          namespace: p.metadata.namespace,
          anchors:
            p.spec.containers.find((c: any) => c.name === 'linkerd-proxy').env.find((e: any) => e.name === 'LINKERD2_PROXY_IDENTITY_TRUST_ANCHORS')?.value ??
            '',
        }));
    },
  };

  let podSeq = 0;
  const makePods = (namespace: string, name: string, replicas: number, controlPlane: boolean) => {
    for (const p of s.list('v1', 'Pod', namespace)) if (p.metadata.labels?.['meshci.test/owner'] === name) s.remove('v1', 'Pod', namespace, p.metadata.name);
    for (let i = 0; i < replicas; i++) {
      const env = controlPlane
        ? { name: 'LINKERD2_PROXY_IDENTITY_TRUST_ANCHORS', valueFrom: { configMapKeyRef: { name: 'linkerd-identity-trust-roots', key: 'ca-bundle.crt' } } }
        : { name: 'LINKERD2_PROXY_IDENTITY_TRUST_ANCHORS', value: fx.bundle() };
      s.put({
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          name: `${name}-${(podSeq++).toString(36)}`,
          namespace,
          labels: { 'meshci.test/owner': name, 'linkerd.io/control-plane-ns': ns, 'linkerd.io/proxy-deployment': name },
        },
        spec: {
          containers: [
            { name: controlPlane ? name.replace('linkerd-', '') : 'app', image: 'app' },
            { name: 'linkerd-proxy', image: 'cr.l5d.io/linkerd/proxy', env: [env] },
          ],
        },
        status: { phase: 'Running' },
      });
    }
  };
  const deploy = (namespace: string, name: string, replicas: number, controlPlane: boolean) => {
    s.put({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, namespace },
      spec: { replicas, template: { metadata: { annotations: {} }, spec: {} } },
    });
    const d = s.get('apps/v1', 'Deployment', namespace, name)!;
    s.put({ ...d, status: { observedGeneration: d.metadata.generation, replicas, updatedReplicas: replicas, availableReplicas: replicas } });
    makePods(namespace, name, replicas, controlPlane);
  };
  for (const d of CP_DEPLOYMENTS) deploy(ns, d, 1, true);
  deploy('app', 'web', opts.appReplicas ?? 2, false);

  s.onChange((type, obj) => {
    if (obj.kind === 'Deployment' && type === 'MODIFIED' && (obj.status?.observedGeneration ?? 0) < obj.metadata.generation) {
      const replicas = obj.spec.replicas ?? 1;
      makePods(obj.metadata.namespace, obj.metadata.name, replicas, obj.metadata.namespace === ns);
      s.put({ ...obj, status: { observedGeneration: obj.metadata.generation, replicas, updatedReplicas: replicas, availableReplicas: replicas } });
    }
    if (obj.kind === 'Secret' && obj.metadata.name === 'linkerd-identity-issuer' && type === 'MODIFIED' && fx.identityEvents !== 'none') {
      const reason = fx.identityEvents === 'updated' ? 'IssuerUpdated' : 'IssuerUpdateSkipped';
      s.put({
        apiVersion: 'v1',
        kind: 'Event',
        metadata: { name: `linkerd-identity.${Date.now().toString(16)}${(podSeq++).toString(16)}`, namespace: ns },
        involvedObject: { kind: 'Deployment', name: 'linkerd-identity', namespace: ns },
        reason,
        type: reason === 'IssuerUpdated' ? 'Normal' : 'Warning',
        message: reason === 'IssuerUpdated' ? 'Updated identity issuer' : 'Skipping issuer update as certs could not be read from disk: bad certificate',
      });
    }
  });
  return fx;
}
