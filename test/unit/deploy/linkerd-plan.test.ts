import { describe, it, expect } from 'vitest';
import { linkerdPlan, dgraphMeshValues, compatibilityProblems } from '../../../src/deploy/linkerd-plan.js';
import { releaseValues } from '../../../src/deploy/values.js';
import { knownEntry, knownVersions, SUPPORTED_VERSIONS } from '../../../src/linkerd/versions.js';
import { Helm } from '../../../src/tools/helm/helm.js';

/**
 * The plan per version, from the facts scripts/linkerd-images.ts read off the upstream charts
 * (src/data/linkerd-images.json; docs/reference/linkerd-charts.md#charts-per-version-family). Each case below was a defect against the
 * real charts (issue 12); test/render proves the same plans render with the real helm.
 */
const plan = (v: string, o: Partial<{ viz: boolean; jaeger: boolean; cni: boolean; ha: boolean; namespace: string }> = {}) =>
  linkerdPlan(knownEntry(v)!, v, { viz: true, jaeger: false, cni: false, ha: false, ...o });

describe('Linkerd Helm plan per version', () => {
  it('2.14: CRDs before the control plane, viz and jaeger, chart versions of stable-2.14.10', () => {
    const p = plan('stable-2.14.10', { jaeger: true });
    expect(p.releases.map((r) => `${r.release}@${r.version}`)).toEqual([
      'linkerd-crds@1.8.0',
      'linkerd-control-plane@1.16.11',
      'linkerd-viz@30.12.11',
      'linkerd-jaeger@30.12.11',
    ]);
    expect(p.releases.every((r) => r.repo === 'https://helm.linkerd.io/stable')).toBe(true);
    expect(p.releases.find((r) => r.identity)?.release).toBe('linkerd-control-plane');
    expect(p.warnings).toEqual([]);
    // 2.14 bundles no GRPCRoute: ServiceProfiles
    expect(p.grpcRouteVersion).toBeUndefined();
  });

  it('2.10: the charts that render their own Namespace get installNamespace false, and meshci applies it with their labels', () => {
    const p = plan('stable-2.10.2', { cni: true, ha: true, jaeger: true });
    expect(p.releases.map((r) => r.chart)).toEqual(['linkerd2-cni', 'linkerd2', 'linkerd-viz', 'linkerd-jaeger']);
    const cp = p.releases[1]!;
    expect(cp.values).toEqual({ namespace: 'linkerd', installNamespace: false, cniEnabled: true });
    // with HA the injector fails closed: its own namespace must be out of its reach
    expect(cp.namespaceObject).toEqual({
      name: 'linkerd',
      labels: { 'linkerd.io/is-control-plane': 'true', 'config.linkerd.io/admission-webhooks': 'disabled', 'linkerd.io/control-plane-ns': 'linkerd' },
      annotations: { 'linkerd.io/inject': 'disabled' },
    });
    expect(cp.haValuesFile).toBe(true);
    for (const r of p.releases) expect(r.values?.['installNamespace'], r.chart).toBe(false);
    expect(p.releases[2]!.namespaceObject?.labels).toEqual({ 'linkerd.io/extension': 'viz' });
  });

  it('the namespace input reaches every chart that has a value for it', () => {
    const p = plan('stable-2.10.2', { namespace: 'mesh', jaeger: true });
    expect(p.releases.map((r) => [r.chart, r.namespace, r.values?.['namespace'], r.values?.['linkerdNamespace']])).toEqual([
      ['linkerd2', 'mesh', 'mesh', undefined],
      ['linkerd-viz', 'linkerd-viz', 'linkerd-viz', 'mesh'],
      ['linkerd-jaeger', 'linkerd-jaeger', 'linkerd-jaeger', undefined],
    ]);
    expect(p.releases[0]!.namespaceObject?.labels['linkerd.io/control-plane-ns']).toBe('mesh');
    expect(plan('stable-2.14.10', { namespace: 'mesh' }).releases.find((r) => r.chart === 'linkerd-viz')?.values).toEqual({ linkerdNamespace: 'mesh' });
  });

  it('cni: true sets cniEnabled, so proxy-init is not injected; HA means HA for viz too', () => {
    const p = plan('stable-2.14.10', { cni: true, ha: true });
    expect(p.releases.find((r) => r.chart === 'linkerd-control-plane')?.values).toEqual({ cniEnabled: true });
    expect(p.releases.filter((r) => r.haValuesFile).map((r) => r.chart)).toEqual(['linkerd-control-plane', 'linkerd-viz']);
  });

  it('GRPCRoute at the version the CRDs serve: v1alpha2 for 2.16 and 2.17, v1 from 2.18; Gateway API optional on current edge', () => {
    expect(plan('edge-24.8.2').grpcRouteVersion).toBe('v1alpha2');
    expect(plan('edge-24.11.8').grpcRouteVersion).toBe('v1alpha2');
    expect(plan('edge-25.4.4').grpcRouteVersion).toBe('v1');
    const edge = plan('edge-26.8.3', { jaeger: true });
    expect(edge.releases.map((r) => `${r.chart}@${r.version}`)).toEqual(['linkerd-crds@2026.8.3', 'linkerd-control-plane@2026.8.3', 'linkerd-viz@2026.8.3']);
    expect(edge.releases[0]!.gatewayApiOptional).toBe(true);
    expect(edge.warnings[0]).toMatch(/jaeger is skipped: Linkerd edge-26\.8\.3 has no linkerd-jaeger chart \(the extension was removed in edge-25\.10\.1/);
  });

  it('every supported version is known, each entry naming the charts it came from', () => {
    expect(knownVersions()).toEqual([...SUPPORTED_VERSIONS]);
    for (const v of SUPPORTED_VERSIONS)
      expect(knownEntry(v)!.source).toMatch(
        new RegExp(
          `^linkerd/linkerd2@${v.replace(/\./g, '\\.')} \\([0-9a-f]{40}\\): charts prepared as bin/helm-build packages them, rendered with helm v3\\.17\\.3`,
        ),
      );
  });
});

describe('Kubernetes APIs the charts need', () => {
  it('2.10 and 2.11 create batch/v1beta1 (and 2.10 policy/v1beta1) objects: refused on 1.25+, naming the API', () => {
    const k132 = { major: 1, minor: 32, gitVersion: 'v1.32.2' };
    expect(compatibilityProblems(knownEntry('stable-2.10.2')!, 'stable-2.10.2', k132)).toEqual([
      "Linkerd stable-2.10.2's linkerd2 chart creates batch/v1beta1 CronJob, which Kubernetes removed in 1.25; the cluster runs v1.32.2 (use Kubernetes 1.24 or older — provider kind: node-image kindest/node:v1.24.x — or a newer Linkerd)",
      "Linkerd stable-2.10.2's linkerd2 chart creates policy/v1beta1 PodSecurityPolicy, which Kubernetes removed in 1.25; the cluster runs v1.32.2 (use Kubernetes 1.24 or older — provider kind: node-image kindest/node:v1.24.x — or a newer Linkerd)",
      "Linkerd stable-2.10.2's linkerd2-cni chart creates policy/v1beta1 PodSecurityPolicy, which Kubernetes removed in 1.25; the cluster runs v1.32.2 (use Kubernetes 1.24 or older — provider kind: node-image kindest/node:v1.24.x — or a newer Linkerd)",
    ]);
    expect(compatibilityProblems(knownEntry('stable-2.11.5')!, 'stable-2.11.5', k132)).toHaveLength(1);
    expect(compatibilityProblems(knownEntry('stable-2.10.2')!, 'stable-2.10.2', { major: 1, minor: 24, gitVersion: 'v1.24.17' })).toEqual([]);
    expect(compatibilityProblems(knownEntry('stable-2.14.10')!, 'stable-2.14.10', k132)).toEqual([]);
    // and the minimum: current edge needs 1.31
    expect(compatibilityProblems(knownEntry('edge-26.8.3')!, 'edge-26.8.3', { major: 1, minor: 29, gitVersion: 'v1.29.4' })).toEqual([
      "Linkerd edge-26.8.3 needs Kubernetes 1.31 or newer (its chart's kubeVersion >=1.31.0-0); the cluster runs v1.29.4",
    ]);
  });
});

describe('release values, layered', () => {
  const id = { trustAnchor: { text: 'A' }, issuer: { text: 'I' }, issuerKey: { text: 'K' } };
  const none = { current: async () => undefined, hasGatewayApi: async () => true };
  it("the user's values win over generated helm-values (app-values over the image pin, linkerd-values per chart)", async () => {
    const inputs = {
      helmValues: {
        dgraph: { image: { registry: 'm.azurecr.io', repository: 'mirror/dgraph/dgraph', tag: 'v25.3.1' } },
        'linkerd-viz': { prometheus: { image: { registry: 'm' } } },
      },
      linkerdValues: { 'linkerd-viz': { prometheus: { image: { registry: 'mine' } } } },
      appValues: { image: { tag: 'v24.1.1' } },
      ...id,
    };
    const dg = await releaseValues(inputs, { release: 'dgraph', chart: 'dgraph', version: '1', repo: 'r', namespace: 'dgraph', values: { alpha: {} } }, none);
    expect(dg['image']).toEqual({ registry: 'm.azurecr.io', repository: 'mirror/dgraph/dgraph', tag: 'v24.1.1' });
    const viz = await releaseValues(inputs, { release: 'linkerd-viz', chart: 'linkerd-viz', version: '1', repo: 'r', namespace: 'linkerd-viz' }, none);
    expect(viz).toEqual({ prometheus: { image: { registry: 'mine' } } });
  });

  it('Gateway API CRDs stay in the release on every run (set when missing, kept once set)', async () => {
    const crds = plan('edge-26.8.3').releases[0]!;
    const inputs = { helmValues: {}, linkerdValues: {}, ...id };
    expect(await releaseValues(inputs, crds, { current: async () => undefined, hasGatewayApi: async () => false })).toEqual({ installGatewayAPI: true });
    // second identical deploy: the CRDs exist now (installed by this release) — still set
    expect(await releaseValues(inputs, crds, { current: async () => ({ installGatewayAPI: true }), hasGatewayApi: async () => true })).toEqual({
      installGatewayAPI: true,
    });
    // a cluster with its own Gateway API: left alone
    expect(await releaseValues(inputs, crds, { current: async () => undefined, hasGatewayApi: async () => true })).toEqual({});
  });

  it('2.14 linkerd-crds leaves an HTTPRoute CRD it does not own alone (found by the real API server: storedVersions)', async () => {
    const crds = plan('stable-2.14.10').releases[0]!;
    expect(crds.httpRoutesToggle).toBe(true);
    const inputs = { helmValues: {}, linkerdValues: {}, ...id };
    const notes: string[] = [];
    const facts = (current: Record<string, unknown> | undefined, has: boolean) => ({
      current: async () => current,
      hasGatewayApi: async () => has,
      hasHttpRoutes: async () => has,
      note: (l: string) => notes.push(l),
    });
    // a cluster without Gateway API: the chart's default (it installs the CRD)
    expect(await releaseValues(inputs, crds, facts(undefined, false))).toEqual({});
    // a cluster that has it (a gateway controller, or CRDs a newer Linkerd left behind): off, said once
    expect(await releaseValues(inputs, crds, facts(undefined, true))).toEqual({ enableHttpRoutes: false });
    expect(notes).toEqual([expect.stringMatching(/already has Gateway API's HTTPRoute CRD.*enableHttpRoutes: false/)]);
    // the next deploy of that release keeps it off; a release that installed the CRD keeps it on
    expect(await releaseValues(inputs, crds, facts({ enableHttpRoutes: false }, true))).toEqual({ enableHttpRoutes: false });
    expect(await releaseValues(inputs, crds, facts({}, true))).toEqual({});
    // the user's word wins
    expect(await releaseValues({ ...inputs, linkerdValues: { 'linkerd-crds': { enableHttpRoutes: true } } }, crds, facts(undefined, true))).toEqual({
      enableHttpRoutes: true,
    });
    expect(notes).toHaveLength(1);
  });
});

describe('helm argv', () => {
  it.each([
    [
      'control plane with identity from 0600 files and image overrides',
      {
        release: 'linkerd-control-plane',
        chart: 'linkerd-control-plane',
        version: '1.16.11',
        repo: 'https://helm.linkerd.io/stable',
        namespace: 'linkerd',
        valuesFiles: ['/t/images.yaml'],
        setFile: { identityTrustAnchorsPEM: '/t/ca.crt', 'identity.issuer.tls.crtPEM': '/t/issuer.crt', 'identity.issuer.tls.keyPEM': '/t/issuer.key' },
        wait: true,
        timeoutMs: 600_000,
        kubeconfig: '/k',
      },
      [
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
        '--values',
        '/t/images.yaml',
        '--set-file',
        'identityTrustAnchorsPEM=/t/ca.crt',
        '--set-file',
        'identity.issuer.tls.crtPEM=/t/issuer.crt',
        '--set-file',
        'identity.issuer.tls.keyPEM=/t/issuer.key',
        '--wait',
        '--timeout',
        '600s',
        '--output',
        'json',
        '--kubeconfig',
        '/k',
      ],
    ],
    [
      'CRDs, creating the namespace',
      { release: 'linkerd-crds', chart: 'linkerd-crds', version: '1.8.0', repo: 'https://helm.linkerd.io/stable', namespace: 'linkerd', createNamespace: true },
      [
        'upgrade',
        '--install',
        'linkerd-crds',
        'linkerd-crds',
        '--namespace',
        'linkerd',
        '--version',
        '1.8.0',
        '--labels',
        'app.kubernetes.io/managed-by=meshci',
        '--repo',
        'https://helm.linkerd.io/stable',
        '--create-namespace',
        '--output',
        'json',
      ],
    ],
  ])('%s', (_n, opts, argv) => {
    const args = Helm.installArgs(opts);
    expect(args).toEqual(argv);
    expect(args.join(' ')).not.toMatch(/PRIVATE KEY|BEGIN/);
  });

  it('Dgraph mesh values quote every annotation value (annotations are strings)', () => {
    const v = dgraphMeshValues() as { alpha: { extraAnnotations: Record<string, unknown> }; zero: { extraAnnotations: Record<string, unknown> } };
    for (const a of [v.alpha.extraAnnotations, v.zero.extraAnnotations]) for (const x of Object.values(a)) expect(typeof x).toBe('string');
    expect(v.alpha.extraAnnotations['config.linkerd.io/skip-inbound-ports']).toBe('7080');
    expect(v.zero.extraAnnotations['linkerd.io/inject']).toBe('enabled');
  });
});

describe('helm output parsers', () => {
  it('reads `helm list -o json` and splits chart name from version, edge calendar versions included', async () => {
    const { readFileSync } = await import('node:fs');
    const rels = Helm.parseList(readFileSync(new URL('../../fixtures/helm/list.json', import.meta.url), 'utf8'));
    expect(rels.map((r) => [r.name, r.status, Helm.splitChart(r.chart)])).toEqual([
      ['linkerd-control-plane', 'deployed', { name: 'linkerd-control-plane', version: '1.16.11' }],
      ['linkerd-crds', 'deployed', { name: 'linkerd-crds', version: '1.8.0' }],
      ['linkerd-viz', 'deployed', { name: 'linkerd-viz', version: '2026.8.3' }],
    ]);
    expect(Helm.parseList('')).toEqual([]);
    expect(() => Helm.parseList('{"a":1}')).toThrow(/did not print a JSON array/);
  });
});
