import { describe, it, expect } from 'vitest';
import yaml from 'js-yaml';
import { linkerdImages, appImages, knownVersions } from '../../../src/republish/images.js';
import { helmValues, helmValuesYaml } from '../../../src/republish/helm-values.js';

const D = (c: string) => 'sha256:' + c.repeat(64);

describe('Linkerd image sets (linkerd-facts §3.5)', () => {
  it('stable-2.14.10 with viz and jaeger lists the fourteen-image table minus cni', () => {
    const imgs = linkerdImages('stable-2.14.10', ['viz', 'jaeger']);
    expect(imgs).toEqual([
      'cr.l5d.io/linkerd/controller:stable-2.14.10',
      'cr.l5d.io/linkerd/policy-controller:stable-2.14.10',
      'cr.l5d.io/linkerd/proxy:stable-2.14.10',
      'cr.l5d.io/linkerd/proxy-init:v2.2.3',
      'cr.l5d.io/linkerd/debug:stable-2.14.10',
      'cr.l5d.io/linkerd/metrics-api:stable-2.14.10',
      'cr.l5d.io/linkerd/tap:stable-2.14.10',
      'cr.l5d.io/linkerd/web:stable-2.14.10',
      'cr.l5d.io/linkerd/extension-init:v0.1.0',
      'docker.io/prom/prometheus:v2.48.0',
      'cr.l5d.io/linkerd/jaeger-webhook:stable-2.14.10',
      'docker.io/otel/opentelemetry-collector:0.59.0',
      'docker.io/jaegertracing/all-in-one:1.31',
    ]);
  });

  it('current edge needs only controller, proxy and debug for the control plane (policy and proxy-init merged)', () => {
    expect(linkerdImages('edge-26.8.3', [])).toEqual(['cr.l5d.io/linkerd/controller:edge-26.8.3', 'cr.l5d.io/linkerd/proxy:edge-26.8.3', 'cr.l5d.io/linkerd/debug:edge-26.8.3']);
  });

  it('2.10 has grafana in viz and the old jaeger images', () => {
    expect(linkerdImages('stable-2.10.2', ['viz', 'jaeger'])).toContain('cr.l5d.io/linkerd/grafana:stable-2.10.2');
    expect(linkerdImages('stable-2.10.2', ['jaeger'])).toContain('docker.io/omnition/opencensus-collector:0.1.11');
  });

  it('knows its versions and the Dgraph image', () => {
    expect(knownVersions()).toEqual(['stable-2.10.2', 'stable-2.14.10', 'edge-26.8.3']);
    expect(appImages('dgraph')).toEqual(['docker.io/dgraph/dgraph:v25.3.1']);
    expect(appImages('dgraph', 'v24.1.0')).toEqual(['docker.io/dgraph/dgraph:v24.1.0']);
    expect(appImages('none')).toEqual([]);
    expect(() => appImages('redis')).toThrow(/Input 'app' has invalid value 'redis': allowed values are dgraph, none/);
  });
});

describe('helm-values', () => {
  const dest = 'myacr.azurecr.io/mirror';
  const mapped = [...linkerdImages('stable-2.14.10', ['viz', 'jaeger', 'cni']), 'docker.io/dgraph/dgraph:v25.3.1'].map((s, i) => {
    const [, path] = /^[^/]+\/(.*)$/.exec(s)!;
    return { source: s, destination: `${dest}/${path}`, digest: D(((i % 9) + 1).toString()) };
  });
  const values = helmValues(mapped, 'linkerd-control-plane');

  it('points every Linkerd control-plane image at the destination (there is no single registry value: linkerd2#11672)', () => {
    expect(values['linkerd-control-plane']).toEqual({
      controllerImage: `${dest}/linkerd/controller`,
      policyController: { image: { name: `${dest}/linkerd/policy-controller` } },
      proxy: { image: { name: `${dest}/linkerd/proxy` } },
      proxyInit: { image: { name: `${dest}/linkerd/proxy-init` } },
      debugContainer: { image: { name: `${dest}/linkerd/debug` } },
    });
  });

  it('sets viz per component, Prometheus (not covered by defaultRegistry) pinned by digest, and the namespace-metadata image', () => {
    const viz = values['linkerd-viz'] as Record<string, any>;
    expect(viz['metricsAPI']).toEqual({ image: { registry: `${dest}/linkerd`, name: 'metrics-api' } });
    expect(viz['dashboard']).toEqual({ image: { registry: `${dest}/linkerd`, name: 'web' } });
    expect(viz['prometheus'].image.registry).toBe(`${dest}/prom`);
    expect(viz['prometheus'].image.tag).toMatch(/^v2\.48\.0@sha256:[0-9a-f]{64}$/);
    expect(viz['namespaceMetadata']).toEqual({ image: { registry: `${dest}/linkerd`, name: 'extension-init' } });
  });

  it('sets jaeger, cni and Dgraph (tag@digest)', () => {
    const j = values['linkerd-jaeger'] as Record<string, any>;
    expect(j['collector'].image.name).toBe(`${dest}/otel/opentelemetry-collector`);
    expect(j['jaeger'].image.version).toMatch(/^1\.31@sha256:/);
    expect(values['linkerd2-cni']).toEqual({ image: { name: `${dest}/linkerd/cni-plugin` } });
    expect(values['dgraph']).toEqual({ image: { registry: 'myacr.azurecr.io', repository: 'mirror/dgraph/dgraph', tag: expect.stringMatching(/^v25\.3\.1@sha256:[0-9a-f]{64}$/) } });
  });

  it('serialises to YAML that parses back to the same values, and uses linkerd2 for 2.10', () => {
    expect(yaml.load(helmValuesYaml(values))).toEqual(values);
    expect(Object.keys(helmValues(mapped.slice(0, 3), 'linkerd2'))).toEqual(['linkerd2']);
  });
});
