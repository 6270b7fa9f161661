import yaml from 'js-yaml';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ConfigurationError } from '../lib/errors.js';
import type { Logger } from '../lib/logger.js';
import type { Cluster, KObject } from '../k8s/cluster.js';
import { Helm } from '../tools/helm/helm.js';
import { linkerdHelmRepo } from './version.js';
import type { CertInfo } from '../certs/pem.js';
import { CONFIG_CM, ISSUER_SECRET, TRUST_ROOTS_CM, toBase64 as b64, type IdentityState } from './identity-cluster.js';
import { rfc3339 } from '../certs/rules.js';

/**
 * How a new trust bundle or issuer reaches the cluster. When the control plane is a Helm release,
 * the change goes through `helm upgrade --reuse-values` so that the release's stored values hold
 * it and a later `helm upgrade` does not revert the rotation; otherwise (a CLI install) the
 * resources Linkerd reads are patched directly, the way `linkerd upgrade | kubectl apply` would.
 */
export interface IdentityApplier {
  readonly how: string;
  setBundle(pem: string): Promise<void>;
  setIssuer(crtPem: string, keyPem: string, cert: CertInfo): Promise<void>;
}

export function applierFor(
  cluster: Cluster,
  state: IdentityState,
  opts: { kubeconfig?: string; helmRepo?: string; tempRoot?: string; timeoutMs: number; log: Logger; onTempDir?: (dir: string) => void },
): IdentityApplier {
  const patch = new PatchApplier(cluster, state);
  if (!state.helm) return patch;
  return new HelmApplier(state, patch, opts);
}

export class PatchApplier implements IdentityApplier {
  readonly how = 'patching the resources Linkerd reads (no Helm release found)';
  constructor(
    private readonly cluster: Cluster,
    private readonly state: IdentityState,
  ) {}

  async setBundle(pem: string): Promise<void> {
    const ns = this.state.namespace;
    if (this.state.externalCA) {
      throw new ConfigurationError(
        `the trust bundle in '${ns}' is managed outside Linkerd (identity.externalCA=true, e.g. by trust-manager): rotate the anchor there`,
      );
    }
    if (!this.state.legacyConfig) {
      await this.cluster.mergePatch({ apiVersion: 'v1', kind: 'ConfigMap', namespace: ns, name: TRUST_ROOTS_CM }, { data: { 'ca-bundle.crt': pem } });
    } else {
      // Linkerd 2.10: the identity controller reads the anchors from its Deployment's env.
      const dep = await this.cluster.mustGet<KObject>({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: ns, name: 'linkerd-identity' });
      type Container = { env?: { name: string; value?: string }[] } & Record<string, unknown>;
      const spec = dep['spec'] as { template?: { spec?: { containers?: Container[] } } } | undefined;
      const containers = structuredClone(spec?.template?.spec?.containers ?? []);
      for (const c of containers) {
        for (const e of c.env ?? []) {
          if (e.name === 'LINKERD2_IDENTITY_TRUST_ANCHORS') e.value = String(e.value ?? '').includes('-----BEGIN') ? pem : b64(pem);
        }
      }
      await this.cluster.mergePatch(
        { apiVersion: 'apps/v1', kind: 'Deployment', namespace: ns, name: 'linkerd-identity' },
        { spec: { template: { spec: { containers } } } },
      );
    }
    const values = { ...this.state.values, identityTrustAnchorsPEM: pem };
    await this.cluster.mergePatch(
      { apiVersion: 'v1', kind: 'ConfigMap', namespace: ns, name: CONFIG_CM },
      { data: { values: yaml.dump(values, { lineWidth: -1 }) } },
    );
    this.state.values = values;
    if (this.state.scheme === 'kubernetes.io/tls') {
      await this.cluster.mergePatch({ apiVersion: 'v1', kind: 'Secret', namespace: ns, name: ISSUER_SECRET }, { data: { 'ca.crt': b64(pem) } });
    }
  }

  async setIssuer(crtPem: string, keyPem: string, cert: CertInfo): Promise<void> {
    const ns = this.state.namespace;
    const data =
      this.state.scheme === 'kubernetes.io/tls' ? { 'tls.crt': b64(crtPem), 'tls.key': b64(keyPem) } : { 'crt.pem': b64(crtPem), 'key.pem': b64(keyPem) };
    const metadata = this.state.legacyConfig ? { annotations: { 'linkerd.io/identity-issuer-expiry': rfc3339(cert.notAfter) } } : undefined;
    await this.cluster.mergePatch({ apiVersion: 'v1', kind: 'Secret', namespace: ns, name: ISSUER_SECRET }, { data, ...(metadata ? { metadata } : {}) });
  }
}

export class HelmApplier implements IdentityApplier {
  readonly how: string;
  private readonly helm: Helm;
  constructor(
    private readonly state: IdentityState,
    private readonly patch: PatchApplier,
    private readonly opts: { kubeconfig?: string; helmRepo?: string; tempRoot?: string; timeoutMs: number; log: Logger; onTempDir?: (dir: string) => void },
  ) {
    this.how = `helm upgrade --reuse-values of release ${state.helm!.release} (so a later helm upgrade keeps the rotation)`;
    this.helm = new Helm({ kubeconfig: opts.kubeconfig, log: opts.log });
  }

  async setBundle(pem: string): Promise<void> {
    if (this.state.externalCA) return this.patch.setBundle(pem);
    await this.upgrade({ identityTrustAnchorsPEM: pem }, {});
  }

  async setIssuer(crtPem: string, keyPem: string, cert: CertInfo): Promise<void> {
    // The chart renders the issuer Secret only for scheme linkerd.io/tls; an external issuer's
    // Secret belongs to whoever made it (cert-manager), so it is patched in place.
    if (this.state.scheme === 'kubernetes.io/tls') return this.patch.setIssuer(crtPem, keyPem, cert);
    const set: Record<string, string> = this.state.legacyConfig ? { 'identity.issuer.crtExpiry': rfc3339(cert.notAfter) } : {};
    await this.upgrade({ 'identity.issuer.tls.crtPEM': crtPem, 'identity.issuer.tls.keyPEM': keyPem }, set);
  }

  private async upgrade(files: Record<string, string>, set: Record<string, string>): Promise<void> {
    const { release, namespace } = this.state.helm!;
    const rel = await this.helm.list(namespace, release);
    if (!rel)
      throw new ConfigurationError(`Helm release '${release}' not found in namespace '${namespace}' (helm list); is helm pointed at the right cluster?`);
    const chart = Helm.splitChart(rel.chart);
    const root = this.opts.tempRoot ?? tmpdir();
    mkdirSync(root, { recursive: true });
    const dir = mkdtempSync(join(root, 'meshci-certs-'));
    this.opts.onTempDir?.(dir);
    try {
      const setFile: Record<string, string> = {};
      let i = 0;
      for (const [k, v] of Object.entries(files)) {
        const p = join(dir, `value-${i++}.pem`);
        writeFileSync(p, v, { mode: 0o600 });
        setFile[k] = p;
      }
      this.opts.log.info(`helm upgrade ${release} ${chart.name} ${chart.version} --reuse-values (${Object.keys(files).join(', ')} from 0600 files)`);
      await this.helm.upgrade({
        release,
        namespace,
        chart: chart.name,
        version: chart.version,
        repo: this.opts.helmRepo ?? linkerdHelmRepo(rel.app_version),
        setFile,
        set,
        timeoutMs: this.opts.timeoutMs,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
