import { describe, it, expect } from 'vitest';
import { imagesFromManifests, imageValuePaths, apiKinds, removedApis, crdVersions, renderedNamespaces } from '../../../src/linkerd/chart-images.js';

/**
 * The parsers the data file's generator and the run-time resolution read charts with, on
 * manifests and values in the shapes Linkerd's and Dgraph's charts have (the render check runs them
 * on the real charts: test/render).
 */
const rendered = `---
# Source: linkerd-control-plane/templates/heartbeat.yaml
apiVersion: batch/v1beta1
kind: CronJob
metadata: { name: linkerd-heartbeat }
spec:
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - name: heartbeat
            image: cr.l5d.io/linkerd/controller:stable-2.11.5
---
apiVersion: batch/v1
kind: Job
metadata:
  name: namespace-metadata
  annotations: { "helm.sh/hook": post-install }
spec:
  template:
    spec:
      containers:
      - name: namespace-metadata
        image: curlimages/curl:7.78.0
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: linkerd-destination }
spec:
  template:
    spec:
      initContainers:
      - { name: linkerd-init, image: "cr.l5d.io/linkerd/proxy-init:v2.0.0" }
      containers:
      - { name: destination, image: "cr.l5d.io/linkerd/controller:stable-2.11.5" }
      - { name: destination, image: "cr.l5d.io/linkerd/controller:stable-2.11.5" }
---
kind: ConfigMap
apiVersion: v1
metadata: { name: linkerd-config }
data:
  values: |
    linkerdVersion: stable-2.12.6
    proxy:
      image: { name: cr.l5d.io/linkerd/proxy, version: "" }
    proxyInit:
      image: { name: cr.l5d.io/linkerd/proxy-init, version: v2.0.0 }
    debugContainer:
      image: { name: cr.l5d.io/linkerd/debug, version: "" }
---
kind: Namespace
apiVersion: v1
metadata: { name: linkerd-viz, labels: { linkerd.io/extension: viz }, annotations: { linkerd.io/inject: enabled } }
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: { name: grpcroutes.gateway.networking.k8s.io }
spec:
  versions:
  - { name: v1, served: true }
  - { name: v1alpha2, served: true }
  - { name: v1alpha1, served: false }
`;

describe('reading rendered charts', () => {
  it("every image: CronJobs, hook Jobs, init containers, and the injector's images in linkerd-config; Docker Hub names in full", () => {
    expect(imagesFromManifests(rendered)).toEqual([
      'cr.l5d.io/linkerd/controller:stable-2.11.5',
      'cr.l5d.io/linkerd/debug:stable-2.12.6',
      'cr.l5d.io/linkerd/proxy-init:v2.0.0',
      'cr.l5d.io/linkerd/proxy:stable-2.12.6',
      'docker.io/curlimages/curl:7.78.0',
    ]);
  });

  it("APIs, those Kubernetes removed, served CRD versions and the chart's own Namespace", () => {
    expect(apiKinds(rendered)).toContain('batch/v1beta1 CronJob');
    expect(removedApis(apiKinds(rendered))).toEqual([{ api: 'batch/v1beta1', kind: 'CronJob', removedIn: '1.25' }]);
    expect(crdVersions(rendered, 'grpcroutes.gateway.networking.k8s.io')).toEqual(['v1', 'v1alpha2']);
    expect(renderedNamespaces(rendered)).toEqual([
      { name: 'linkerd-viz', labels: { 'linkerd.io/extension': 'viz' }, annotations: { 'linkerd.io/inject': 'enabled' } },
    ]);
  });

  it('tolerates the duplicate keys helm output can hold (2.14 viz renders runAsUser twice)', () => {
    expect(
      imagesFromManifests(
        'kind: Pod\nspec:\n  securityContext: { runAsUser: 1, runAsUser: 2 }\n  containers:\n  - { name: a, image: prom/prometheus:v2.48.0 }\n',
      ),
    ).toEqual(['docker.io/prom/prometheus:v2.48.0']);
  });
});

describe('where values name an image', () => {
  it("whole-repository values, registry + name with the chart's defaultRegistry, registry + repository, <x>Image/<x>Version", () => {
    const viz =
      'defaultRegistry: cr.l5d.io/linkerd\ntap:\n  image: { registry: "", name: tap, tag: "" }\nprometheus:\n  image: { registry: prom, name: prometheus, tag: v2.48.0 }\n';
    expect(imageValuePaths(viz, ['cr.l5d.io/linkerd/tap', 'docker.io/prom/prometheus'])).toEqual({
      'cr.l5d.io/linkerd/tap': [{ registry: 'tap.image.registry', name: 'tap.image.name', tag: 'tap.image.tag' }],
      'docker.io/prom/prometheus': [{ registry: 'prometheus.image.registry', name: 'prometheus.image.name', tag: 'prometheus.image.tag' }],
    });
    expect(imageValuePaths('cniPluginImage: "cr.l5d.io/linkerd/cni-plugin"\ncniPluginVersion: stable-2.10.2\n', ['cr.l5d.io/linkerd/cni-plugin'])).toEqual({
      'cr.l5d.io/linkerd/cni-plugin': [{ name: 'cniPluginImage', tag: 'cniPluginVersion' }],
    });
    expect(imageValuePaths('proxy:\n  image: { name: cr.l5d.io/linkerd/proxy, version: "" }\n', ['cr.l5d.io/linkerd/proxy'])).toEqual({
      'cr.l5d.io/linkerd/proxy': [{ name: 'proxy.image.name', tag: 'proxy.image.version' }],
    });
    expect(imageValuePaths('image: { registry: docker.io, repository: dgraph/dgraph, tag: v25.3.1, digest: "" }\n', ['docker.io/dgraph/dgraph'])).toEqual({
      'docker.io/dgraph/dgraph': [{ registry: 'image.registry', repository: 'image.repository', tag: 'image.tag', digest: 'image.digest' }],
    });
    // a repository no chart image uses is not reported
    expect(imageValuePaths('other: { image: { name: cr.l5d.io/linkerd/unused } }\n', ['cr.l5d.io/linkerd/proxy'])).toEqual({});
  });
});
