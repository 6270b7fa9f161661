import { describe, it, expect, beforeAll } from 'vitest';
import { Cluster, type KObject } from '../../src/k8s/cluster.js';
import { parseManifests, applyOrder, applyManifests } from '../../src/k8s/manifests.js';
import { silentLogger } from '../../src/lib/logger.js';
import { useCluster, uniqueName } from '../helpers/cluster-target.js';

describe('parseManifests', () => {
  it('names file, line and column of a YAML error', () => {
    expect(() => parseManifests('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: [unclosed\n', 'values/app.yaml')).toThrow(
      /^values\/app\.yaml:7:1: /,
    );
  });

  it('names the document that lacks kind or name, by its first line', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\napiVersion: v1\nmetadata: {name: b}\n';
    expect(() => parseManifests(text, 'm.yaml')).toThrow(/^m\.yaml:5: document 2 has no apiVersion\/kind$/);
    expect(() => parseManifests('apiVersion: v1\nkind: Secret\nmetadata: {}\n', 'm.yaml')).toThrow(/m\.yaml:1: document 1 \(Secret\) has no metadata\.name/);
  });

  it('skips empty documents and flattens Lists', () => {
    const objs = parseManifests(
      '---\n---\nkind: List\napiVersion: v1\nitems:\n- {apiVersion: v1, kind: ConfigMap, metadata: {name: a}}\n- {apiVersion: v1, kind: Secret, metadata: {name: b}}\n',
      'l.yaml',
    );
    expect(objs.map((o) => o.kind)).toEqual(['ConfigMap', 'Secret']);
  });

  it('orders CRDs, then Namespaces, then the rest, webhooks last, keeping file order otherwise', () => {
    const objs = parseManifests(
      ['kind: Deployment', 'kind: MutatingWebhookConfiguration', 'kind: Namespace', 'kind: CustomResourceDefinition', 'kind: ConfigMap', 'kind: Server']
        .map((k, i) => `apiVersion: x/v1\n${k}\nmetadata: {name: o${i}}`)
        .join('\n---\n'),
      'o.yaml',
    );
    expect(applyOrder(objs).map((o) => o.kind)).toEqual([
      'CustomResourceDefinition',
      'Namespace',
      'ConfigMap',
      'Deployment',
      'Server',
      'MutatingWebhookConfiguration',
    ]);
  });
});

const env = useCluster();
describe(`applyManifests (${env.where})`, () => {
  let c: Cluster;
  beforeAll(() => {
    c = env.cluster;
  });

  it('applies a CRD and waits for Established before its custom resource, in any file order; a re-apply changes nothing', async () => {
    const suffix = uniqueName('x').replace(/[^a-z0-9]/g, '');
    const ns = uniqueName('meshci-apply');
    const plural = `widgets${suffix}`;
    const kind = `Widget${suffix.slice(0, 1).toUpperCase()}${suffix.slice(1)}`;
    const text = [
      `apiVersion: meshci.test.io/v1\nkind: ${kind}\nmetadata: {name: w1, namespace: ${ns}}\nspec: {size: 3}`,
      `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cfg}\ndata: {a: "1"}`,
      `apiVersion: v1\nkind: Namespace\nmetadata: {name: ${ns}}`,
      `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: ${plural}.meshci.test.io}
spec:
  group: meshci.test.io
  scope: Namespaced
  names: {plural: ${plural}, singular: w${suffix}, kind: ${kind}}
  versions:
  - name: v1
    served: true
    storage: true
    schema: {openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}}`,
    ].join('\n---\n');
    const objs = parseManifests(text, 'bundle.yaml');
    const r = await applyManifests(c, objs, { defaultNamespace: ns, timeoutMs: 30_000, log: silentLogger });
    expect(r.changed).toBe(true);
    expect(r.applied[0]).toBe(`customresourcedefinition/${plural}.meshci.test.io`);
    const w = await c.get<KObject>({ apiVersion: 'meshci.test.io/v1', kind, namespace: ns, name: 'w1' });
    expect((w?.['spec'] as { size?: number })?.size).toBe(3);
    expect((await c.get<KObject & { data?: Record<string, string> }>({ apiVersion: 'v1', kind: 'ConfigMap', namespace: ns, name: 'cfg' }))?.data).toEqual({
      a: '1',
    });
    const again = await applyManifests(c, objs, { defaultNamespace: ns, timeoutMs: 30_000, log: silentLogger });
    expect(again.changed).toBe(false);
    await c.delete({ apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', name: `${plural}.meshci.test.io` });
    await c.delete({ apiVersion: 'v1', kind: 'Namespace', name: ns });
  });

  it('reports a missing namespace (404) and an invalid name (422) with verb and resource', async () => {
    const ghost = uniqueName('meshci-ghost');
    await expect(
      applyManifests(c, parseManifests(`apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, namespace: ${ghost}}`, 'a.yaml'), {
        timeoutMs: 5000,
        log: silentLogger,
      }),
    ).rejects.toThrow(new RegExp(`Kubernetes API apply configmap/a in namespace ${ghost} failed \\(HTTP 404\\): namespaces "${ghost}" not found`));
    await expect(
      applyManifests(c, parseManifests('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: Bad_Name, namespace: default}', 'b.yaml'), {
        timeoutMs: 5000,
        log: silentLogger,
      }),
    ).rejects.toThrow(
      /Kubernetes API apply configmap\/Bad_Name in namespace default failed \(HTTP 422\): ConfigMap "bad_name" is invalid: metadata\.name: Invalid value/i,
    );
  });
});
