import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { existsSync } from 'node:fs';
import { helmStub, setFile } from '../helpers/helm-stub.js';
import { KubeServer } from '../helpers/kube-server.js';
import { installLinkerd, type Fixture } from '../helpers/linkerd-fixture.js';
import { run, expectNoKeyMaterial, visible } from '../helpers/action.js';
import * as ossl from '../helpers/openssl.js';
import { splitCertificates, parseCertificate } from '../../src/certs/pem.js';

/**
 * Rotation against the Kubernetes API double (real paths, verbs, Status objects, watches of
 * events), each run through the certs action's dist entry as the runner runs it. Procedures:
 * docs/reference/linkerd-certificates.md#rotation-order.
 */
const fp = (pem: string) => splitCertificates(pem).map((c) => parseCertificate(c).fingerprintSha256);
const serials = (pem: string) => splitCertificates(pem).map((c) => parseCertificate(c).serial);

let s: KubeServer;
let kubeconfig: string;
beforeEach(async () => {
  s = await new KubeServer().start();
  kubeconfig = s.kubeconfig();
});
afterEach(async () => s.stop());

function certs(mode: string, inputs: Record<string, string> = {}, env: Record<string, string> = {}) {
  return run('certs', { mode, kubeconfig, timeout: '20s', ...inputs }, { env });
}

function secretsIn(fx: Fixture, extra: string[] = []): string[] {
  return [fx.anchorKey, fx.issuerKey, ...extra];
}

describe('certs check against a cluster', () => {
  it('reads the bundle and issuer where Linkerd keeps them and checks the data plane', async () => {
    const fx = installLinkerd(s);
    const r = await certs('check');
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs['result']).toBe('success');
    expect(r.log).toContain('ConfigMap linkerd/linkerd-identity-trust-roots key ca-bundle.crt');
    expect(r.log).toContain('√ linkerd-identity-data-plane / data plane proxies certificate match CA');
    for (const [w, t] of Object.entries(visible(r))) expectNoKeyMaterial(w, t, secretsIn(fx));
  });

  it('a pod list the API refuses (403) fails the data-plane check, it is not dropped', async () => {
    installLinkerd(s);
    s.forbid('list', 'pods');
    const r = await certs('check');
    expect(r.exitCode).toBe(1);
    expect(r.outputs['result']).toBe('error');
    expect(r.log).toMatch(/linkerd-identity-data-plane \/ data plane proxies certificate match CA/);
    expect(r.log).toMatch(/cannot tell which pods trust which anchor: Kubernetes API list .*pods.* 403/);
  });

  it('an unreachable API server fails at the first call, naming it', async () => {
    installLinkerd(s);
    await s.stop();
    const r = await certs('check');
    s = await new KubeServer().start();
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(
      /Kubernetes API get \/version at https:\/\/127\.0\.0\.1:\d+ failed: cluster unreachable \(request to https:\/\/127\.0\.0\.1:\d+\/version failed/,
    );
  });

  it('names a namespace without Linkerd', async () => {
    const r = await certs('check', { namespace: 'nolinkerd' });
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(/Linkerd is not installed in namespace 'nolinkerd': ConfigMap linkerd-config not found \(input 'namespace'\)/);
  });
});

describe('rotate-issuer', () => {
  it('signs a new issuer under the given anchor, writes it, waits for IssuerUpdated, restarts workloads', async () => {
    const fx = installLinkerd(s);
    const oldPods = fx.meshedPods().map((p) => p.name);
    const r = await certs('rotate-issuer', { 'trust-anchor': fx.anchor, 'trust-anchor-key': fx.anchorKey });
    expect(r.exitCode, r.log).toBe(0);
    const now = fx.issuerInCluster();
    expect(now.crt).not.toBe(fx.issuer);
    expect(ossl.verify(fx.anchor, now.crt)).toMatch(/OK$/);
    expect(ossl.openssl(['ec', '-pubout'], now.key)).toBe(ossl.openssl(['x509', '-noout', '-pubkey'], now.crt));
    expect(r.log).toMatch(/identity controller: IssuerUpdated after/);
    expect(r.outputs['rotated']).toBe('true');
    expect(r.outputs['issuer']).toBe(parseCertificate(now.crt).pem);
    expect(
      fx
        .meshedPods()
        .map((p) => p.name)
        .some((n) => oldPods.includes(n) && n.startsWith('web')),
    ).toBe(false);
    expect(r.summary).toContain('confirmed by the IssuerUpdated event');
    for (const [w, t] of Object.entries(visible(r))) expectNoKeyMaterial(w, t, secretsIn(fx, [now.key]));
    expectNoKeyMaterial('outputs', JSON.stringify(r.outputs), secretsIn(fx, [now.key]));
    expect(r.secrets).toContain(now.key);
    expect(s.requests.filter((q) => q.verb === 'patch').every((q) => q.fieldManager === 'meshci')).toBe(true);
  });

  it('restarts linkerd-identity when no IssuerUpdated event comes (linkerd2#15109)', async () => {
    const fx = installLinkerd(s, { identityEvents: 'none' });
    const r = await certs('rotate-issuer', { 'trust-anchor': fx.anchor, 'trust-anchor-key': fx.anchorKey, timeout: '4s', 'restart-workloads': 'false' });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.log).toMatch(/::warning::no IssuerUpdated event within 2\.0s \(linkerd2#15109\): restarting deploy\/linkerd-identity/);
    const dep = s.get('apps/v1', 'Deployment', fx.ns, 'linkerd-identity')!;
    expect(dep.spec.template.metadata.annotations['kubectl.kubernetes.io/restartedAt']).toBeTruthy();
    expect(s.get('apps/v1', 'Deployment', 'app', 'web')!.spec.template.metadata.annotations['kubectl.kubernetes.io/restartedAt']).toBeUndefined();
  });

  it('puts the old issuer back when the identity controller skips the update', async () => {
    const fx = installLinkerd(s, { identityEvents: 'skipped' });
    const r = await certs('rotate-issuer', { 'trust-anchor': fx.anchor, 'trust-anchor-key': fx.anchorKey });
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(/the identity controller refused the new issuer \(IssuerUpdateSkipped: Skipping issuer update.*\); the previous issuer was restored/);
    expect(fx.issuerInCluster()).toEqual({ crt: fx.issuer, key: fx.issuerKey });
    expect(r.outputs['rotated']).toBe('false');
  });

  it('refuses an issuer that the cluster bundle does not verify, and writes nothing', async () => {
    const fx = installLinkerd(s);
    const other = ossl.stepLikePair();
    const r = await certs('rotate-issuer', { issuer: other.issuer, 'issuer-key': other.issuerKey });
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(
      /nothing was changed: the new issuer against the cluster bundle would fail Linkerd's checks: issuer cert is issued by the trust anchor: x509: certificate signed by unknown authority/,
    );
    // the rotation lock (a Lease, taken and released) is the only write
    expect(s.requests.filter((q) => (q.verb === 'patch' || q.verb === 'create') && q.path?.includes('/leases') !== true)).toEqual([]);
    expect(fx.issuerInCluster()).toEqual({ crt: fx.issuer, key: fx.issuerKey });
    expectNoKeyMaterial('log', r.log, [other.issuerKey, ...secretsIn(fx)]);
  });

  it('says what it needs when no anchor key is available', async () => {
    installLinkerd(s);
    const r = await certs('rotate-issuer');
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(
      /rotate-issuer needs either 'issuer' \+ 'issuer-key', or the trust anchor that signs the new issuer \('trust-anchor' \+ 'trust-anchor-key'\)/,
    );
  });

  it('names the verb and resource when RBAC forbids it, before changing anything else', async () => {
    const fx = installLinkerd(s);
    s.forbid('patch', 'secrets');
    const r = await certs('rotate-issuer', { 'trust-anchor': fx.anchor, 'trust-anchor-key': fx.anchorKey });
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(
      /Kubernetes API patch secret\/linkerd-identity-issuer in namespace linkerd failed \(HTTP 403\): secrets "linkerd-identity-issuer" is forbidden: User "meshci-test" cannot patch resource "secrets"/,
    );
    expect(fx.issuerInCluster().crt).toBe(fx.issuer);
  });

  it('Linkerd 2.10 layout: bundle from linkerd-config, issuer expiry annotation set', async () => {
    const fx = installLinkerd(s, { legacy210: true });
    const r = await certs('rotate-issuer', { 'trust-anchor': fx.anchor, 'trust-anchor-key': fx.anchorKey, 'linkerd-version': 'stable-2.10.2' });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.log).toContain('ConfigMap linkerd/linkerd-config values.identityTrustAnchorsPEM');
    const sec = s.get('v1', 'Secret', fx.ns, 'linkerd-identity-issuer')!;
    expect(sec.metadata.annotations['linkerd.io/identity-issuer-expiry']).toBe(
      parseCertificate(fx.issuerInCluster().crt).notAfter.toISOString().replace('.000Z', 'Z'),
    );
  });

  it('kubernetes.io/tls scheme: writes tls.crt / tls.key', async () => {
    const fx = installLinkerd(s, { scheme: 'kubernetes.io/tls' });
    const r = await certs('rotate-issuer', { 'trust-anchor': fx.anchor, 'trust-anchor-key': fx.anchorKey, 'restart-workloads': 'false' });
    expect(r.exitCode, r.log).toBe(0);
    expect(ossl.verify(fx.anchor, fx.issuerInCluster().crt)).toMatch(/OK$/);
    expect(fx.issuerInCluster().crt).not.toBe(fx.issuer);
  });
});

describe('rotate-anchor', () => {
  it('auto walks bundle → issuer → finalize, keeping every step verifiable', async () => {
    const fx = installLinkerd(s);
    const oldFp = fp(fx.anchor)[0];

    const r1 = await certs('rotate-anchor');
    expect(r1.exitCode, r1.log).toBe(0);
    expect(r1.outputs['phase']).toBe('bundle');
    const bundle1 = fx.bundle();
    expect(fp(bundle1).length).toBe(2);
    expect(fp(bundle1)[1]).toBe(oldFp);
    const newAnchor = splitCertificates(bundle1)[0]!;
    // the linkerd-config values carry the same bundle
    expect(s.get('v1', 'ConfigMap', fx.ns, 'linkerd-config')!.data.values).toContain(newAnchor.trim().split('\n')[1]);
    expect(
      fx
        .meshedPods()
        .filter((p) => p.namespace === 'app')
        .every((p) => fp(p.anchors).includes(fp(newAnchor)[0]!)),
    ).toBe(true);
    const pending = s.get('v1', 'Secret', fx.ns, 'meshci-pending-trust-anchor')!;
    expect(pending.type).toBe('kubernetes.io/tls');
    const pendingKey = Buffer.from(pending.data['tls.key'], 'base64').toString();
    for (const [w, t] of Object.entries(visible(r1))) expectNoKeyMaterial(w, t, secretsIn(fx, [pendingKey]));
    expect(ossl.verify(fx.anchor, fx.issuerInCluster().crt)).toMatch(/OK$/); // old issuer still valid under the bundle

    const r2 = await certs('rotate-anchor');
    expect(r2.exitCode, r2.log).toBe(0);
    expect(r2.outputs['phase']).toBe('issuer');
    expect(ossl.verify(newAnchor, fx.issuerInCluster().crt)).toMatch(/OK$/);
    expect(fp(fx.bundle()).length).toBe(2);

    const r3 = await certs('rotate-anchor');
    expect(r3.exitCode, r3.log).toBe(0);
    expect(r3.outputs['phase']).toBe('finalize');
    expect(fp(fx.bundle())).toEqual(fp(newAnchor));
    expect(s.get('v1', 'Secret', fx.ns, 'meshci-pending-trust-anchor')).toBeUndefined();
    expect(
      fx
        .meshedPods()
        .filter((p) => p.namespace === 'app')
        .every((p) => fp(p.anchors).length === 1),
    ).toBe(true);
    expect(r3.outputs['result']).toBe('success');

    const r4 = await certs('rotate-anchor', { phase: 'finalize' });
    expect(r4.exitCode, r4.log).toBe(0);
    expect(r4.outputs['rotated']).toBe('false');
  });

  it('a bundle phase that failed before the restarts resumes at bundle (and restarts), not at issuer', async () => {
    const fx = installLinkerd(s);
    s.forbid('patch', 'deployments'); // the bundle is written, the control-plane restart is refused
    const r1 = await certs('rotate-anchor');
    expect(r1.exitCode).toBe(1);
    expect(r1.outputs['phase']).toBe('bundle');
    expect(fp(fx.bundle()).length).toBe(2);
    expect(s.get('v1', 'ConfigMap', fx.ns, 'meshci-rotation-state')!.data).toMatchObject({ phase: 'bundle', status: 'started' });
    s.allow('patch', 'deployments');
    const r2 = await certs('rotate-anchor');
    expect(r2.exitCode, r2.log).toBe(0);
    expect(r2.log).toContain("resuming phase 'bundle', which did not finish (meshci-rotation-state)");
    expect(r2.outputs['phase']).toBe('bundle');
    const newAnchor = splitCertificates(fx.bundle())[0]!;
    expect(
      fx
        .meshedPods()
        .filter((p) => p.namespace === 'app')
        .every((p) => fp(p.anchors).includes(fp(newAnchor)[0]!)),
    ).toBe(true);
    expect(s.get('v1', 'ConfigMap', fx.ns, 'meshci-rotation-state')!.data).toMatchObject({ phase: 'bundle', status: 'done' });
    expect((await certs('rotate-anchor')).outputs['phase']).toBe('issuer');
  });

  it('an issuer phase that stopped after writing the issuer resumes: the confirmation and the restarts are repeated, not skipped as "nothing to do"', async () => {
    const fx = installLinkerd(s);
    expect((await certs('rotate-anchor')).exitCode).toBe(0); // bundle
    s.forbid('patch', 'deployments'); // the new issuer is written and confirmed, the workload restarts are refused
    const r1 = await certs('rotate-anchor');
    expect(r1.exitCode).toBe(1);
    expect(r1.outputs['phase']).toBe('issuer');
    expect(s.get('v1', 'ConfigMap', fx.ns, 'meshci-rotation-state')!.data).toMatchObject({ phase: 'issuer', status: 'started' });
    s.allow('patch', 'deployments');
    const restartedBefore = s.get('apps/v1', 'Deployment', 'app', 'web')!.spec.template.metadata.annotations?.['kubectl.kubernetes.io/restartedAt'];
    const r2 = await certs('rotate-anchor');
    expect(r2.exitCode, r2.log).toBe(0);
    expect(r2.outputs['phase']).toBe('issuer');
    expect(r2.log).toContain("resuming phase 'issuer', which did not finish (meshci-rotation-state)");
    expect(r2.log).not.toContain('nothing to do in this phase');
    expect(r2.log).toMatch(
      /identity controller: IssuerUpdated \(before this run resumed the phase\)|restarting deploy\/linkerd-identity so it loads the new issuer/,
    );
    // the restarts the first run could not make are made now, and only then is the phase done
    expect(s.get('apps/v1', 'Deployment', 'app', 'web')!.spec.template.metadata.annotations['kubectl.kubernetes.io/restartedAt']).not.toBe(restartedBefore);
    expect(s.get('v1', 'ConfigMap', fx.ns, 'meshci-rotation-state')!.data).toMatchObject({ phase: 'issuer', status: 'done' });
    expect((await certs('rotate-anchor')).outputs['phase']).toBe('finalize');
  });

  it('a finalize that failed after writing the bundle reports its phase and resumes; no third anchor, the pending key kept until then', async () => {
    const fx = installLinkerd(s);
    expect((await certs('rotate-anchor')).exitCode).toBe(0);
    expect((await certs('rotate-anchor')).exitCode).toBe(0);
    const pendingBefore = s.get('v1', 'Secret', fx.ns, 'meshci-pending-trust-anchor')!.data['tls.key'];
    const newAnchor = splitCertificates(fx.bundle())[0]!;
    s.forbid('patch', 'deployments');
    const r3 = await certs('rotate-anchor');
    expect(r3.exitCode).toBe(1);
    expect(r3.outputs['phase']).toBe('finalize'); // not "none"
    expect(fp(fx.bundle())).toEqual(fp(newAnchor));
    // without the state a plain bundle phase would now start a third anchor over the only key
    expect(s.get('v1', 'Secret', fx.ns, 'meshci-pending-trust-anchor')!.data['tls.key']).toBe(pendingBefore);
    const bundle = await certs('rotate-anchor', { phase: 'bundle' });
    expect(bundle.exitCode).toBe(1);
    expect(bundle.log).toContain('holds the key of an anchor in the bundle');
    expect(s.get('v1', 'Secret', fx.ns, 'meshci-pending-trust-anchor')!.data['tls.key']).toBe(pendingBefore);
    s.allow('patch', 'deployments');
    const r4 = await certs('rotate-anchor');
    expect(r4.exitCode, r4.log).toBe(0);
    expect(r4.log).toContain("resuming phase 'finalize'");
    expect(r4.log).toMatch(/::warning::Secret linkerd\/meshci-pending-trust-anchor held the only copy meshci kept of the new anchor's key/);
    expect(fp(fx.bundle())).toEqual(fp(newAnchor));
    expect(s.get('v1', 'Secret', fx.ns, 'meshci-pending-trust-anchor')).toBeUndefined();
  });

  it('refuses to finalize while the issuer is still signed by the old anchor', async () => {
    const fx = installLinkerd(s);
    expect((await certs('rotate-anchor', { phase: 'bundle' })).exitCode).toBe(0);
    const before = fx.bundle();
    const r = await certs('rotate-anchor', { phase: 'finalize' });
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(/refusing to finalize: the issuer is still signed by an old anchor/);
    expect(fx.bundle()).toBe(before);
  });

  it('refuses to finalize while a meshed pod lacks the new anchor, naming it, and changes nothing', async () => {
    const fx = installLinkerd(s);
    expect((await certs('rotate-anchor')).exitCode).toBe(0);
    expect((await certs('rotate-anchor')).exitCode).toBe(0);
    // a bare meshed pod (no workload to restart), started before the rotation with the old bundle
    s.put({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'debug-shell', namespace: 'app', labels: { 'linkerd.io/control-plane-ns': fx.ns } },
      spec: { containers: [{ name: 'linkerd-proxy', env: [{ name: 'LINKERD2_PROXY_IDENTITY_TRUST_ANCHORS', value: fx.anchor }] }] },
    });
    const before = fx.bundle();
    const patches = s.requests.filter((q) => q.verb === 'patch').length;
    const r = await certs('rotate-anchor', { phase: 'finalize' });
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(/refusing to finalize: 1 meshed pod\(s\) still lack the new trust anchor \(serial \d+\) and would lose mTLS: app\/debug-shell/);
    expect(fx.bundle()).toBe(before);
    expect(s.requests.filter((q) => q.verb === 'patch').length).toBe(patches);
    expect(serials(fx.bundle()).length).toBe(2);
  });

  it('rotate-issuer refuses an issuer under an anchor that some meshed pods do not trust yet', async () => {
    const fx = installLinkerd(s);
    expect((await certs('rotate-anchor', { phase: 'bundle' })).exitCode).toBe(0);
    s.put({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'late-pod', namespace: 'app', labels: { 'linkerd.io/control-plane-ns': fx.ns } },
      spec: { containers: [{ name: 'linkerd-proxy', env: [{ name: 'LINKERD2_PROXY_IDENTITY_TRUST_ANCHORS', value: fx.anchor }] }] },
    });
    const r = await certs('rotate-issuer');
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(
      /nothing was changed: the new issuer is signed by the anchor with serial \d+, which 1 meshed pod\(s\) do not trust yet \(app\/late-pod\)/,
    );
    expect(fx.issuerInCluster().crt).toBe(fx.issuer);
  });

  it('refuses a second bundle phase while a rotation is under way', async () => {
    installLinkerd(s);
    expect((await certs('rotate-anchor', { phase: 'bundle' })).exitCode).toBe(0);
    const r = await certs('rotate-anchor', { phase: 'bundle' });
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(/a trust-anchor rotation is already under way: the bundle holds 2 anchors/);
  });
});

describe('rotation through Helm', () => {
  it('upgrades the release with --reuse-values and 0600 value files that are gone afterwards', async () => {
    const fx = installLinkerd(s, { helm: true });
    const helm = helmStub({
      'linkerd-control-plane': { chart: 'linkerd-control-plane', version: '1.16.11', namespace: 'linkerd', appVersion: 'stable-2.14.10', revision: 3 },
    });
    // "render" the chart: when helm upgrade has been called with new issuer values, apply them to the double
    let rendered = 0;
    const render = setInterval(() => {
      const ups = helm.calls().filter((c) => c.args[0] === 'upgrade');
      for (const up of ups.slice(rendered)) {
        const crt = setFile(up, 'identity.issuer.tls.crtPEM');
        const key = setFile(up, 'identity.issuer.tls.keyPEM');
        const sec = s.get('v1', 'Secret', fx.ns, 'linkerd-identity-issuer')!;
        if (crt && key) s.put({ ...sec, data: { 'crt.pem': Buffer.from(crt.body).toString('base64'), 'key.pem': Buffer.from(key.body).toString('base64') } });
      }
      rendered = ups.length;
    }, 20);
    try {
      const r = await certs('rotate-issuer', { 'trust-anchor': fx.anchor, 'trust-anchor-key': fx.anchorKey, 'restart-workloads': 'false' }, helm.env);
      expect(r.exitCode, r.log).toBe(0);
      const calls = helm.calls();
      expect(calls[0]!.args).toEqual(['list', '--namespace', 'linkerd', '--filter', '^linkerd-control-plane$', '--output', 'json', '--kubeconfig', kubeconfig]);
      const up = calls[1]!;
      const crt = setFile(up, 'identity.issuer.tls.crtPEM')!;
      const key = setFile(up, 'identity.issuer.tls.keyPEM')!;
      expect(up.args).toEqual([
        'upgrade',
        'linkerd-control-plane',
        'linkerd-control-plane',
        '--namespace',
        'linkerd',
        '--version',
        '1.16.11',
        '--reuse-values',
        '--repo',
        'https://helm.linkerd.io/stable',
        '--set-file',
        `identity.issuer.tls.crtPEM=${crt.path}`,
        '--set-file',
        `identity.issuer.tls.keyPEM=${key.path}`,
        '--timeout',
        '20s',
        '--kubeconfig',
        kubeconfig,
      ]);
      expect(key.mode).toBe('600');
      expect(existsSync(key.path)).toBe(false);
      expect(crt.body).toBe(fx.issuerInCluster().crt);
      expect(r.log).toContain('changes go through helm upgrade --reuse-values of release linkerd-control-plane');
      expect(r.log).toMatch(/IssuerUpdated/);
      expectNoKeyMaterial('log', r.log, [key.body, fx.anchorKey]);
      expect(r.post?.exitCode).toBe(0);
    } finally {
      clearInterval(render);
    }
  });
});
