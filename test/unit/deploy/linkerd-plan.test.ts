import { describe, it, expect } from 'vitest';
import { linkerdPlan, dgraphMeshValues } from '../../../src/deploy/linkerd-plan.js';
import { Helm } from '../../../src/tools/helm/helm.js';

describe('Linkerd Helm plan per version (linkerd-facts §3.1, §8)', () => {
  it('2.14: CRDs before the control plane, viz and jaeger, chart versions of stable-2.14.10', () => {
    const p = linkerdPlan('stable-2.14.10', { viz: true, jaeger: true, cni: false, ha: false });
    expect(p.releases.map((r) => `${r.release}@${r.version}`)).toEqual(['linkerd-crds@1.8.0', 'linkerd-control-plane@1.16.11', 'linkerd-viz@30.12.11', 'linkerd-jaeger@30.12.11']);
    expect(p.releases.every((r) => r.repo === 'https://helm.linkerd.io/stable')).toBe(true);
    expect(p.releases.find((r) => r.identity)?.release).toBe('linkerd-control-plane');
    expect(p.warnings).toEqual([]);
    expect(p.needsGatewayApiCrds).toBe(false);
  });

  it('2.10: the single linkerd2 chart (CRDs included), cni first', () => {
    const p = linkerdPlan('stable-2.10.2', { viz: true, jaeger: false, cni: true, ha: true });
    expect(p.releases.map((r) => r.chart)).toEqual(['linkerd2-cni', 'linkerd2', 'linkerd-viz']);
    expect(p.releases[1]!.values).toEqual({ installNamespace: false });
    expect(p.releases[1]!.haValuesFile).toBe(true);
  });

  it('current edge: Gateway API CRDs needed, jaeger skipped with a reason', () => {
    const p = linkerdPlan('edge-26.8.3', { viz: true, jaeger: true, cni: false, ha: false });
    expect(p.releases.map((r) => `${r.chart}@${r.version}`)).toEqual(['linkerd-crds@2026.8.3', 'linkerd-control-plane@2026.8.3', 'linkerd-viz@2026.8.3']);
    expect(p.needsGatewayApiCrds).toBe(true);
    expect(p.warnings[0]).toMatch(/jaeger is skipped: Linkerd edge-26\.8\.3 has no linkerd-jaeger chart \(the extension was removed in edge-25\.10\.1/);
  });

  it('an unknown version lists the known ones', () => {
    expect(() => linkerdPlan('stable-2.13.7', { viz: false, jaeger: false, cni: false, ha: false })).toThrow(/Input 'linkerd-version' names 'stable-2\.13\.7', which meshci has no chart versions for\. Known: stable-2\.10\.2, stable-2\.14\.10, edge-26\.8\.3/);
  });
});

describe('helm argv', () => {
  it.each([
    [
      'control plane with identity from 0600 files and image overrides',
      { release: 'linkerd-control-plane', chart: 'linkerd-control-plane', version: '1.16.11', repo: 'https://helm.linkerd.io/stable', namespace: 'linkerd', valuesFiles: ['/t/images.yaml'], setFile: { identityTrustAnchorsPEM: '/t/ca.crt', 'identity.issuer.tls.crtPEM': '/t/issuer.crt', 'identity.issuer.tls.keyPEM': '/t/issuer.key' }, wait: true, timeoutMs: 600_000, kubeconfig: '/k' },
      ['upgrade', '--install', 'linkerd-control-plane', 'linkerd-control-plane', '--namespace', 'linkerd', '--version', '1.16.11', '--repo', 'https://helm.linkerd.io/stable', '--values', '/t/images.yaml',
        '--set-file', 'identityTrustAnchorsPEM=/t/ca.crt', '--set-file', 'identity.issuer.tls.crtPEM=/t/issuer.crt', '--set-file', 'identity.issuer.tls.keyPEM=/t/issuer.key', '--wait', '--timeout', '600s', '--output', 'json', '--kubeconfig', '/k'],
    ],
    [
      'CRDs, creating the namespace',
      { release: 'linkerd-crds', chart: 'linkerd-crds', version: '1.8.0', repo: 'https://helm.linkerd.io/stable', namespace: 'linkerd', createNamespace: true },
      ['upgrade', '--install', 'linkerd-crds', 'linkerd-crds', '--namespace', 'linkerd', '--version', '1.8.0', '--repo', 'https://helm.linkerd.io/stable', '--create-namespace', '--output', 'json'],
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
