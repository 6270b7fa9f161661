import { describe, it, expect } from 'vitest';
import yaml from 'js-yaml';
import { linkerdImages, appImages, appEntry, type Extension } from '../../../src/republish/images.js';
import { knownEntry } from '../../../src/linkerd/versions.js';
import { helmValues, helmValuesYaml } from '../../../src/republish/helm-values.js';

const D = (c: string) => 'sha256:' + c.repeat(64);
const E = (v: string) => knownEntry(v)!;
const L = (v: string, ext: Extension[]) => linkerdImages(E(v), v, ext);

/** Image sets read off the upstream charts (src/data/linkerd-images.json; docs/reference/linkerd-charts.md#image-lists). */
describe('Linkerd image sets', () => {
  it('stable-2.14.10 with viz and jaeger: every image the charts render, hook Jobs (extension-init) included', () => {
    expect(L('stable-2.14.10', ['viz', 'jaeger']).sort()).toEqual([
      'cr.l5d.io/linkerd/controller:stable-2.14.10',
      'cr.l5d.io/linkerd/debug:stable-2.14.10',
      'cr.l5d.io/linkerd/extension-init:v0.1.0',
      'cr.l5d.io/linkerd/jaeger-webhook:stable-2.14.10',
      'cr.l5d.io/linkerd/metrics-api:stable-2.14.10',
      'cr.l5d.io/linkerd/policy-controller:stable-2.14.10',
      'cr.l5d.io/linkerd/proxy-init:v2.2.3',
      'cr.l5d.io/linkerd/proxy:stable-2.14.10',
      'cr.l5d.io/linkerd/tap:stable-2.14.10',
      'cr.l5d.io/linkerd/web:stable-2.14.10',
      'docker.io/jaegertracing/all-in-one:1.31',
      'docker.io/otel/opentelemetry-collector:0.59.0',
      'docker.io/prom/prometheus:v2.48.0',
    ]);
  });

  it('current edge: controller, proxy and debug for the control plane; its CNI plugin image is listed', () => {
    expect(L('edge-26.8.3', []).sort()).toEqual([
      'cr.l5d.io/linkerd/controller:edge-26.8.3',
      'cr.l5d.io/linkerd/debug:edge-26.8.3',
      'cr.l5d.io/linkerd/proxy:edge-26.8.3',
    ]);
    expect(L('edge-26.8.3', ['cni'])).toContain('cr.l5d.io/linkerd/cni-plugin:v1.7.0-alpha.1');
    expect(() => L('edge-26.8.3', ['jaeger'])).toThrow(/Input 'extensions' asks for 'jaeger', which Linkerd edge-26\.8\.3 does not have/);
  });

  it('2.10 has grafana in viz and the old jaeger images; 2.12 the noop image the control plane adds with CNI', () => {
    expect(L('stable-2.10.2', ['viz', 'jaeger'])).toContain('cr.l5d.io/linkerd/grafana:stable-2.10.2');
    expect(L('stable-2.10.2', ['jaeger'])).toContain('docker.io/omnition/opencensus-collector:0.1.11');
    expect(L('stable-2.12.6', ['cni'])).toContain('gcr.io/google_containers/pause:3.2');
  });

  it('the stable releases most clusters run (2.11–2.13) and the edges behind 2.15–2.20 are known', () => {
    for (const v of [
      'stable-2.11.5',
      'stable-2.12.6',
      'stable-2.13.7',
      'edge-24.2.4',
      'edge-24.8.2',
      'edge-24.11.8',
      'edge-25.4.4',
      'edge-25.10.7',
      'edge-26.6.3',
    ]) {
      expect(
        L(v, []).some((i) => i.startsWith('cr.l5d.io/linkerd/proxy:')),
        v,
      ).toBe(true);
    }
    expect(appImages('dgraph')).toEqual(['docker.io/bitnami/kubectl:1.31', 'docker.io/dgraph/dgraph:v25.3.1']);
    expect(appImages('dgraph', 'v24.1.0')).toContain('docker.io/dgraph/dgraph:v24.1.0');
    expect(appImages('none')).toEqual([]);
    expect(() => appImages('redis')).toThrow(/Input 'app' has invalid value 'redis': allowed values are dgraph, none/);
  });
});

describe('helm-values, at the value paths each chart reads', () => {
  const dest = 'myacr.azurecr.io/mirror';
  const mirror = (list: string[]) =>
    list.map((s, i) => {
      const [, path] = /^[^/]+\/(.*)$/.exec(s)!;
      return { source: s, destination: `${dest}/${path}`, digest: D(((i % 9) + 1).toString()) };
    });
  const values = helmValues(mirror([...L('stable-2.14.10', ['viz', 'jaeger', 'cni']), ...appImages('dgraph')]), {
    linkerd: E('stable-2.14.10'),
    apps: { dgraph: appEntry('dgraph')! },
  });

  it('points every Linkerd control-plane image at the destination (there is no single registry value: linkerd2#11672)', () => {
    expect(values['linkerd-control-plane']).toEqual({
      controllerImage: `${dest}/linkerd/controller`,
      policyController: { image: { name: `${dest}/linkerd/policy-controller` } },
      proxy: { image: { name: `${dest}/linkerd/proxy` } },
      proxyInit: { image: { name: `${dest}/linkerd/proxy-init` } },
      debugContainer: { image: { name: `${dest}/linkerd/debug` } },
    });
  });

  it('viz per component; tags left as the chart has them (the mirror holds them), never tag@digest', () => {
    const viz = values['linkerd-viz'] as Record<string, any>;
    expect(viz['metricsAPI']).toEqual({ image: { registry: `${dest}/linkerd`, name: 'metrics-api' } });
    expect(viz['dashboard']).toEqual({ image: { registry: `${dest}/linkerd`, name: 'web' } });
    expect(viz['prometheus']).toEqual({ image: { registry: `${dest}/prom`, name: 'prometheus' } });
    expect(JSON.stringify(values)).not.toContain('@sha256:');
  });

  it('the 2.14 jaeger chart gets its namespace-metadata image (the hook Job kept cr.l5d.io before)', () => {
    expect((values['linkerd-jaeger'] as any)['namespaceMetadata']).toEqual({ image: { registry: `${dest}/linkerd`, name: 'extension-init' } });
    expect((values['linkerd-jaeger'] as any)['collector'].image.name).toBe(`${dest}/otel/opentelemetry-collector`);
    expect(values['linkerd2-cni']).toEqual({ image: { name: `${dest}/linkerd/cni-plugin` } });
  });

  it('the 2.10 CNI chart reads cniPluginImage, not image.name', () => {
    const v = helmValues(mirror(L('stable-2.10.2', ['cni'])), { linkerd: E('stable-2.10.2') });
    expect(v['linkerd2-cni']).toEqual({ cniPluginImage: `${dest}/linkerd/cni-plugin` });
    expect(Object.keys(v)).toContain('linkerd2');
  });

  it('Dgraph: registry, repository and a plain tag (the chart semver-compares image.tag), its hook image too', () => {
    expect(values['dgraph']).toEqual({
      image: { registry: 'myacr.azurecr.io', repository: 'mirror/dgraph/dgraph', tag: 'v25.3.1' },
      alpha: { initContainers: { init: { image: { registry: 'myacr.azurecr.io', repository: 'mirror/dgraph/dgraph', tag: 'v25.3.1' } } } },
      backups: { image: { registry: 'myacr.azurecr.io', repository: 'mirror/dgraph/dgraph', tag: 'v25.3.1' } },
      preUpgradeHook: { image: { registry: 'myacr.azurecr.io', repository: 'mirror/bitnami/kubectl' } },
    });
  });

  it('serialises to YAML that parses back to the same values', () => {
    expect(yaml.load(helmValuesYaml(values))).toEqual(values);
  });
});
