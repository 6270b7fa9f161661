import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtempSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { chartRepo } from '../helpers/chart-repo.js';
import { KubeServer } from '../helpers/kube-server.js';
import { helmStub, type HelmStub } from '../helpers/helm-stub.js';
import { run, expectNoKeyMaterial, visible } from '../helpers/action.js';
import * as ossl from '../helpers/openssl.js';
import { installLinkerd } from '../helpers/linkerd-fixture.js';

/**
 * The deploy action's dist entry against the Kubernetes double and a recording helm: Helm argv and
 * value files checked (identity only in 0600 files), idempotent re-runs, routes / NetworkPolicy /
 * manifests applied through the cluster layer, pull-time evidence, and the failure paths.
 */
let s: KubeServer;
let kubeconfig: string;
let helm: HelmStub;
let certsDir: string;
let pair: ReturnType<typeof ossl.stepLikePair>;

const crd = (plural: string, group: string, kind: string, scope = 'Namespaced') => ({
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: `${plural}.${group}` },
  spec: { group, scope, names: { plural, kind }, versions: [{ name: group === 'linkerd.io' ? 'v1alpha2' : 'v1', served: true, storage: true }] },
});

beforeEach(async () => {
  s = await new KubeServer().start();
  kubeconfig = s.kubeconfig();
  helm = helmStub();
  pair = ossl.stepLikePair();
  certsDir = mkdtempSync(join(tmpdir(), 'meshci-deploy-certs-'));
  writeFileSync(join(certsDir, 'ca.crt'), pair.anchor);
  writeFileSync(join(certsDir, 'issuer.crt'), pair.issuer);
  writeFileSync(join(certsDir, 'issuer.key'), pair.issuerKey, { mode: 0o600 });
  // what the charts would create: the Linkerd CRDs and the app namespace
  s.put(crd('serviceprofiles', 'linkerd.io', 'ServiceProfile'));
  s.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dgraph' } });
  s.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'linkerd' } });
});
afterEach(async () => s.stop());

function deploy(inputs: Record<string, string> = {}) {
  return run('deploy', { 'linkerd-version': 'stable-2.14.10', 'identity-dir': certsDir, kubeconfig, timeout: '30s', ...inputs }, { env: helm.env });
}

describe('deploy', () => {
  it('installs CRDs → control plane → viz → Dgraph with identity in 0600 values files, then policy and routes', async () => {
    s.put({
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: 'e1', namespace: 'linkerd' },
      reason: 'Pulled',
      involvedObject: { kind: 'Pod', name: 'linkerd-identity-x', namespace: 'linkerd' },
      message:
        'Successfully pulled image "myacr.azurecr.io/mirror/linkerd/controller:stable-2.14.10" in 2.1s (2.4s including waiting). Image size: 50000000 bytes.',
    });
    const helmValues = yaml.dump({
      'linkerd-control-plane': { proxy: { image: { name: 'myacr.azurecr.io/mirror/linkerd/proxy' } } },
      dgraph: { image: { registry: 'myacr.azurecr.io', repository: 'mirror/dgraph/dgraph', tag: 'v25.3.1@sha256:' + 'a'.repeat(64) } },
    });
    const r = await deploy({ 'helm-values': helmValues });
    expect(r.exitCode, r.log).toBe(0);
    const installs = helm.calls().filter((c) => c.args[0] === 'upgrade');
    expect(installs.map((c) => c.args.slice(2, 4).join(' '))).toEqual([
      'linkerd-crds linkerd-crds',
      'linkerd-control-plane linkerd-control-plane',
      'linkerd-viz linkerd-viz',
      'dgraph dgraph',
    ]);
    const cp = installs[1]!;
    const valuesPath = cp.args[cp.args.indexOf('--values') + 1]!;
    expect(cp.args).toEqual([
      'upgrade',
      '--install',
      'linkerd-control-plane',
      'linkerd-control-plane',
      '--namespace',
      'linkerd',
      '--version',
      '1.16.11',
      '--labels',
      'app.kubernetes.io/managed-by=meshci',
      '--repo',
      'https://helm.linkerd.io/stable',
      '--create-namespace',
      '--values',
      valuesPath,
      '--wait',
      '--timeout',
      '30s',
      '--output',
      'json',
      '--kubeconfig',
      kubeconfig,
    ]);
    expect(cp.files[valuesPath]!.mode).toBe('600');
    expect(existsSync(valuesPath)).toBe(false);
    const cpValues = yaml.load(cp.files[valuesPath]!.body) as any;
    expect(cpValues.identityTrustAnchorsPEM).toBe(pair.anchor.trim());
    expect(cpValues.identity.issuer.tls.keyPEM).toBe(pair.issuerKey.trim());
    expect(cpValues.proxy.image.name).toBe('myacr.azurecr.io/mirror/linkerd/proxy');
    for (const c of helm.calls()) expect(c.args.join(' ')).not.toMatch(/BEGIN|PRIVATE/);
    const dg = installs[3]!;
    expect(dg.args.slice(4, 12)).toEqual([
      '--namespace',
      'dgraph',
      '--version',
      '24.1.1',
      '--labels',
      'app.kubernetes.io/managed-by=meshci',
      '--repo',
      'https://charts.dgraph.io',
    ]);
    const dgValues = yaml.load(Object.values(dg.files)[0]!.body) as any;
    expect(dgValues.alpha.extraAnnotations['linkerd.io/inject']).toBe('enabled');
    expect(dgValues.image.tag).toMatch(/^v25\.3\.1@sha256:a{64}$/);
    // applied through the cluster layer
    const np = s.get('networking.k8s.io/v1', 'NetworkPolicy', 'dgraph', 'meshci-mesh-only')!;
    expect(np.spec.ingress[0].from[0].podSelector.matchLabels).toEqual({ 'linkerd.io/control-plane-ns': 'linkerd' });
    const sp = s.get('linkerd.io/v1alpha2', 'ServiceProfile', 'dgraph', 'dgraph-dgraph-alpha.dgraph.svc.cluster.local')!;
    expect(sp.spec.routes.map((x: { name: string }) => x.name)).toEqual(['Login', 'Query', 'Alter', 'CommitOrAbort', 'CheckVersion']);
    // outputs and evidence
    expect(JSON.parse(r.outputs['charts']!)).toEqual({
      'linkerd-crds': 'linkerd-crds@1.8.0',
      'linkerd-control-plane': 'linkerd-control-plane@1.16.11',
      'linkerd-viz': 'linkerd-viz@30.12.11',
      dgraph: 'dgraph@24.1.1',
    });
    expect(r.outputs['changed']).toBe('true');
    expect(JSON.parse(r.outputs['pull-times']!)[0]).toMatchObject({
      image: 'myacr.azurecr.io/mirror/linkerd/controller:stable-2.14.10',
      pulls: 1,
      maxSeconds: 2.4,
    });
    expect(r.summary).toContain('Image pulls (kubelet)');
    for (const [w, t] of Object.entries(visible(r))) expectNoKeyMaterial(w, t, [pair.issuerKey]);
    expect(r.post?.exitCode).toBe(0);
  });

  it("ha: layers the chart's own values-ha.yaml (helm pull) under meshci's values, and stays idempotent", async () => {
    const r = await deploy({ ha: 'true', app: 'none', routes: 'none' });
    expect(r.exitCode, r.log).toBe(0);
    const pull = helm.calls().find((c) => c.args[0] === 'pull')!;
    expect(pull.args.slice(0, 6)).toEqual(['pull', 'linkerd-control-plane', '--version', '1.16.11', '--repo', 'https://helm.linkerd.io/stable']);
    const cp = helm.calls().find((c) => c.args[0] === 'upgrade' && c.args[2] === 'linkerd-control-plane')!;
    const files = cp.args.flatMap((a, i) => (a === '--values' ? [cp.args[i + 1]!] : []));
    expect(files[0]).toMatch(/charts\/linkerd-control-plane\/values-ha\.yaml$/);
    expect(helm.releases()['linkerd-control-plane']!.values).toMatchObject({ controllerReplicas: 3, webhookFailurePolicy: 'Fail' });
    const again = await deploy({ ha: 'true', app: 'none', routes: 'none' });
    expect(again.outputs['changed'], again.log).toBe('false');
  });

  it('app none without manifests: no NetworkPolicy in a namespace nobody creates, with a warning', async () => {
    const r = await deploy({ app: 'none', routes: 'none', 'app-namespace': 'nowhere' });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.log).toMatch(/::warning::no NetworkPolicy: namespace 'nowhere' does not exist/);
  });

  it('an unreachable cluster says so', async () => {
    const dead = await new KubeServer().start();
    const cfg = dead.kubeconfig();
    await dead.stop();
    const r = await run(
      'deploy',
      { 'linkerd-version': 'stable-2.14.10', 'identity-dir': certsDir, kubeconfig: cfg, app: 'none', routes: 'none', viz: 'false' },
      { env: helm.env },
    );
    expect(r.exitCode).toBe(1);
    // the first call is GET /version: it fails before helm is downloaded or run
    expect(r.log).toMatch(
      /::error::meshci\/deploy failed: Kubernetes API get \/version at https:\/\/127\.0\.0\.1:\d+ failed: cluster unreachable \(.*ECONNREFUSED/,
    );
    expect(helm.calls()).toEqual([]);
  });

  it('warns about a headless Service in front of meshed pods', async () => {
    s.put({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'cache-headless', namespace: 'dgraph' },
      spec: { clusterIP: 'None', selector: { app: 'cache' }, ports: [{ port: 6379, targetPort: 6379 }] },
    });
    s.put({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'cache-0', namespace: 'dgraph', labels: { app: 'cache', 'linkerd.io/control-plane-ns': 'linkerd' } },
      spec: { containers: [] },
    });
    const r = await deploy({ app: 'none', routes: 'none' });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.log).toMatch(/::warning::headless Service dgraph\/cache-headless fronts 1 meshed pod\(s\) on port\(s\) 6379/);
  });

  it('a second run with the same inputs runs no helm upgrade and changes nothing', async () => {
    expect((await deploy()).exitCode).toBe(0);
    const before = helm.calls().filter((c) => c.args[0] === 'upgrade').length;
    const again = await deploy();
    expect(again.exitCode, again.log).toBe(0);
    expect(helm.calls().filter((c) => c.args[0] === 'upgrade').length).toBe(before);
    expect(again.outputs['changed']).toBe('false');
    expect(again.log).toMatch(/linkerd-control-plane: linkerd-control-plane 1\.16\.11 already deployed with these values/);
  });

  it('current edge: GRPCRoute instead of ServiceProfile, Gateway API CRDs through linkerd-crds (kept on the next run), jaeger skipped with a reason', async () => {
    const first = await deploy({ 'linkerd-version': 'edge-26.8.3', jaeger: 'true', routes: 'none' });
    expect(first.exitCode, first.log).toBe(0);
    expect(first.log).toMatch(/::warning::jaeger is skipped: Linkerd edge-26\.8\.3 has no linkerd-jaeger chart/);
    const crds = helm.calls().find((c) => c.args[0] === 'upgrade' && c.args[2] === 'linkerd-crds')!;
    expect((yaml.load(Object.values(crds.files)[0]!.body) as any).installGatewayAPI).toBe(true);
    // linkerd-crds installed the Gateway API CRDs; the next identical deploy must keep them in the release
    s.put(crd('grpcroutes', 'gateway.networking.k8s.io', 'GRPCRoute'));
    const upgrades = helm.calls().filter((c) => c.args[0] === 'upgrade').length;
    const r = await deploy({ 'linkerd-version': 'edge-26.8.3', jaeger: 'true' });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.log).toMatch(/linkerd-crds: linkerd-crds 2026\.8\.3 already deployed with these values/);
    expect(helm.calls().filter((c) => c.args[0] === 'upgrade' && c.args[2] === 'linkerd-crds').length).toBe(1);
    expect(helm.calls().filter((c) => c.args[0] === 'upgrade').length).toBeGreaterThanOrEqual(upgrades);
    const route = s.get('gateway.networking.k8s.io/v1', 'GRPCRoute', 'dgraph', 'dgraph-dgraph-alpha-grpc')!;
    expect(route.spec.rules[4].matches[0].method).toEqual({ type: 'Exact', service: 'api.Dgraph', method: 'CheckVersion' });
  });

  it('a running control plane keeps its trust anchor: a re-deploy with a freshly generated identity does not cut off the proxies', async () => {
    const running = installLinkerd(s, { helm: true });
    const r = await deploy({ app: 'none', viz: 'false', routes: 'none', 'network-policy': 'false' });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.log).toContain(
      "already has a different trust anchor (ConfigMap linkerd/linkerd-identity-trust-roots key ca-bundle.crt): keeping the cluster's identity, not the given one (identity-mode keep; rotate with meshci/certs)",
    );
    const cp = helm.calls().find((c) => c.args[0] === 'upgrade' && c.args[2] === 'linkerd-control-plane')!;
    const values = yaml.load(Object.values(cp.files)[0]!.body) as any;
    expect(values.identityTrustAnchorsPEM).toBe(running.anchor.trim());
    expect(values.identity.issuer.tls.crtPEM).toBe(running.issuer.trim());
    expect(values.identity.issuer.tls.keyPEM).toBe(running.issuerKey.trim());
    for (const [w, t] of Object.entries(visible(r))) expectNoKeyMaterial(w, t, [running.issuerKey, pair.issuerKey]);
  });

  it.each([
    ['403 on ConfigMaps', (k: KubeServer) => k.forbid('get', 'configmaps'), /configmaps "linkerd-config" is forbidden/],
    ['a 500 on ConfigMaps', (k: KubeServer) => k.fail('get', 'configmaps', 500), /\(HTTP 500\)|etcdserver: request timed out/],
    ['a 403 on the issuer Secret', (k: KubeServer) => k.forbid('get', 'secrets'), /secrets "linkerd-identity-issuer" is forbidden/],
  ])('a running mesh whose identity cannot be read (%s) is never taken for "not installed": nothing is installed over it', async (_n, fault, why) => {
    installLinkerd(s, { helm: true });
    fault(s);
    const r = await deploy({ app: 'none', viz: 'false', routes: 'none', 'network-policy': 'false' });
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(/::error::meshci\/deploy failed: cannot read the Linkerd identity already in namespace 'linkerd' \(Kubernetes API get /);
    expect(r.log).toMatch(why);
    expect(r.log).toContain('refusing to install one over it');
    expect(r.log).not.toContain('installing the given one');
    expect(helm.calls()).toEqual([]);
  });

  it('a half-present identity (issuer Secret without its key) is an error that says what is missing', async () => {
    installLinkerd(s, { helm: true });
    const sec = s.get('v1', 'Secret', 'linkerd', 'linkerd-identity-issuer')!;
    s.put({ ...sec, data: { 'crt.pem': sec.data['crt.pem'] } });
    const r = await deploy({ app: 'none', viz: 'false', routes: 'none', 'network-policy': 'false' });
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(
      /cannot read the Linkerd identity already in namespace 'linkerd' \(key key\.pem containing the issuer private key needs to exist in secret linkerd-identity-issuer/,
    );
    expect(helm.calls().filter((c) => c.args[0] === 'upgrade')).toEqual([]);
  });

  it('identity-mode replace installs the given anchor over the running one, with a warning', async () => {
    installLinkerd(s, { helm: true });
    const r = await deploy({ app: 'none', viz: 'false', routes: 'none', 'network-policy': 'false', 'identity-mode': 'replace' });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.log).toContain('::warning::identity-mode replace: Linkerd in linkerd gets a new trust anchor');
    const cp = helm.calls().find((c) => c.args[0] === 'upgrade' && c.args[2] === 'linkerd-control-plane')!;
    expect((yaml.load(Object.values(cp.files)[0]!.body) as any).identityTrustAnchorsPEM).toBe(pair.anchor.trim());
  });

  it('refuses an identity Linkerd would not start with, before any helm call', async () => {
    const other = ossl.stepLikePair();
    writeFileSync(join(certsDir, 'ca.crt'), other.anchor);
    const r = await deploy();
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(/the identity would not start Linkerd: issuer cert is issued by the trust anchor: x509: certificate signed by unknown authority/);
    expect(helm.calls()).toEqual([]);
  });

  it('a version no chart repository has is refused, naming the nearest versions meshci knows, before any install', async () => {
    const repo = await chartRepo({ 'linkerd-control-plane': [{ version: '1.16.11', appVersion: 'stable-2.14.10', created: '2024-02-01T00:00:00Z' }] });
    try {
      const r = await deploy({ 'linkerd-version': 'stable-2.14.99', 'chart-repo': repo.url });
      expect(r.exitCode).toBe(1);
      expect(r.log).toContain(
        `::error::meshci/deploy configuration error: Input 'linkerd-version': Linkerd 'stable-2.14.99' exists in no chart of ${repo.url} (no linkerd-control-plane chart has appVersion stable-2.14.99). Nearest versions meshci knows: stable-2.14.10, stable-2.13.7, stable-2.12.6`,
      );
      expect(repo.requests).toEqual(['GET /index.yaml']);
      expect(helm.calls().filter((c) => c.args[0] === 'upgrade')).toEqual([]);
    } finally {
      await repo.stop();
    }
  });

  it('Linkerd 2.10 on Kubernetes 1.32 is refused before any install, naming the removed API', async () => {
    const r = await deploy({ 'linkerd-version': 'stable-2.10.2' });
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(
      /configuration error: Input 'linkerd-version': Linkerd stable-2\.10\.2's linkerd2 chart creates batch\/v1beta1 CronJob, which Kubernetes removed in 1\.25; the cluster runs v1\.32\.2/,
    );
    expect(helm.calls().filter((c) => c.args[0] === 'upgrade')).toEqual([]);
  });

  it.each([
    ['no identity', { 'identity-dir': '' }, /Missing Linkerd identity: give 'identity-dir' \(the certs action's output-dir\) or 'trust-anchor'/],
    [
      'a release name Helm refuses',
      { 'app-release': 'a'.repeat(54) },
      /Input 'app-release' has invalid value 'a{54}': 54 characters, Helm allows at most 53 in a release name/,
    ],
    [
      'helm "latest"',
      { 'helm-version': 'latest' },
      /Input 'helm-version' has invalid value 'latest': expected a pinned release like v3\.17\.3 \(never latest\)/,
    ],
    ['the enterprise CLI', { 'linkerd-version': 'enterprise-2.15.1', 'linkerd-cli': 'true' }, /Input 'linkerd-cli': meshci installs the open-source CLI only/],
    ['a values file that does not parse', { 'helm-values': 'a: 1\nb: [x\n' }, /input 'helm-values': YAML error at line 3, column 1/],
  ])('bad input: %s', async (_n, inputs, msg) => {
    const r = await deploy(inputs);
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(msg);
    expect(helm.calls().filter((c) => c.args[0] === 'upgrade')).toEqual([]);
  });

  it('a forbidden apply names the verb and resource, and writes diagnostics', async () => {
    s.forbid('patch', 'networkpolicies');
    const diag = join(mkdtempSync(join(tmpdir(), 'meshci-diag-')), 'd');
    const r = await deploy({ 'diagnostics-dir': diag });
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(
      /Kubernetes API apply networkpolicy\/meshci-mesh-only in namespace dgraph failed \(HTTP 403\): networkpolicies "meshci-mesh-only" is forbidden/,
    );
    expect(r.outputs['diagnostics-dir']).toBe(diag);
    expect(readdirSync(diag).sort()).toContain('dgraph-events.json');
  });
});
