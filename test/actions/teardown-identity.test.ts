import { describe, it, expect, beforeEach, afterEach, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubeServer } from '../helpers/kube-server.js';
import { installLinkerd } from '../helpers/linkerd-fixture.js';
import { meshDgraph, playNetwork } from '../helpers/mesh-network.js';
import { linkerdStub } from '../helpers/linkerd-cli-stub.js';
import { helmStub } from '../helpers/helm-stub.js';
import { calicoMirror, kindTools, type CalicoMirror } from '../helpers/cli-stub.js';
import { ArmEnvServer } from '../helpers/arm-env-server.js';
import { stubAz } from '../helpers/stub-az.js';
import { run } from '../helpers/action.js';
import type { EnvironmentRecord } from '../../src/env/record.js';

/** a tools mirror serving the stand-in Calico manifest that kind provisions download and check */
let calico: CalicoMirror;
beforeAll(async () => {
  calico = await calicoMirror();
});
afterAll(() => calico.close());

/**
 * What is created is what is removed (issue 19, item 1). Provision records the identity of what it
 * creates before creating it; the root action's teardown (main and post), `meshci down` and a
 * teardown step given the record remove exactly that, also after a provision that failed half-way.
 * The root action runs through the runner emulation against the ARM double and the Kubernetes double.
 */
const SUB = '00000000-0000-0000-0000-00000000abcd';
const fx = (f: string) => readFileSync(join(import.meta.dirname, '../fixtures/linkerd', f), 'utf8');

let kube: KubeServer;
let arm: ArmEnvServer;
let meshPath: (first: string[]) => Record<string, string>;
const dirs: string[] = [];

beforeEach(async () => {
  kube = await new KubeServer().start();
  installLinkerd(kube, { helm: true });
  kube.put({
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: 'serviceprofiles.linkerd.io' },
    spec: {
      group: 'linkerd.io',
      scope: 'Namespaced',
      names: { plural: 'serviceprofiles', kind: 'ServiceProfile' },
      versions: [{ name: 'v1alpha2', served: true, storage: true }],
    },
  });
  meshDgraph(kube);
  playNetwork(kube);
  const l5d = linkerdStub();
  l5d.set({ check: fx('check-healthy.json'), edges: fx('edges-dgraph.json') });
  const helm = helmStub();
  meshPath = (first) => ({ ...l5d.env, PATH: [...first, helm.env['PATH'], l5d.env['PATH'], process.env['PATH']].join(':') });
  arm = await new ArmEnvServer('arm-test-token', SUB).start();
  arm.clusterKubeconfig = readFileSync(kube.kubeconfig(), 'utf8');
});
afterEach(async () => {
  await Promise.all([kube.stop(), arm.stop()]);
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** The job's environment for provider aks: no AZURE_SUBSCRIPTION_ID unless given. */
function aksEnv(extra: Record<string, string> = {}): Record<string, string> {
  const az = stubAz({ 'https://management.azure.com': arm.token, [arm.origin]: arm.token });
  return {
    ...meshPath([az]),
    MESHCI_ARM_ENDPOINT: arm.origin,
    MESHCI_ARM_POLL_MS: '5',
    NODE_EXTRA_CA_CERTS: arm.tls.certFile as string,
    GITHUB_REPOSITORY: 'acme/mesh',
    GITHUB_ACTOR: 'octocat',
    GITHUB_RUN_ID: '4242',
    AZURE_SUBSCRIPTION_ID: '',
    ...extra,
  };
}
const group = (name: string) => arm.get(`/subscriptions/${SUB}/resourceGroups/${name}`);
const deletes = () => arm.calls.filter((c) => c.startsWith('DELETE'));

describe('root action, provider aks: teardown removes what provision created', () => {
  it("resource-group team-rg-7 and subscription-id given only as inputs: main's teardown deletes team-rg-7 (and nothing else)", async () => {
    const r = await run(
      '.',
      { provider: 'aks', name: 'pr-21', 'resource-group': 'team-rg-7', 'subscription-id': SUB, republish: 'false', comment: 'never', 'node-count': '1' },
      { env: aksEnv() },
    );
    expect(r.exitCode, r.log).toBe(0);
    expect(Object.keys(JSON.parse(r.outputs['stages']!) as object)).toEqual(['provision', 'certs', 'deploy', 'verify', 'teardown']);
    // provision recorded the group before it created it
    expect(r.log).toMatch(
      /recorded for teardown \(.*environment\.json\): resource group team-rg-7 \(AKS aks-pr-21, ACR meshci\w+\) in subscription 00000000-0000-0000-0000-00000000abcd/,
    );
    // the old teardown recomputed meshci-acme-mesh-pr-21, found nothing and left team-rg-7 running
    expect(deletes()).toEqual([`DELETE /subscriptions/${SUB}/resourcegroups/team-rg-7`]);
    expect(group('team-rg-7')).toBeUndefined();
    expect(arm.resourceGroups().map((g) => g.name)).toEqual([]);
    expect(r.summary).toMatch(/deleted team-rg-7 and verified it and MC_team-rg-7_aks-pr-21_westeurope are gone; with it AKS aks-pr-21, ACR meshci\w+/);
    expect(r.summary).toContain('environment: resource group team-rg-7 (AKS aks-pr-21');
    // the record is an output too (another job's teardown can be given it)
    expect(JSON.parse(r.outputs['record']!)).toMatchObject({ provider: 'aks', resourceGroup: 'team-rg-7', subscription: SUB });
    // torn down in main: nothing left for the post step
    expect(r.state['teardown']).toBe('');
    expect(r.post?.log ?? '').not.toContain('the run ended before its teardown');
  });

  it('subscription-id given only as an input: a teardown that fails in main is done by the post step, in that subscription', async () => {
    // the first deletion of the group fails (an ARM error on the operation); the post step's succeeds
    arm.failNext.push({ match: /^DELETE .*\/resourcegroups\/team-rg-8$/i, code: 'InternalServerError', message: 'Deletion failed transiently.' });
    const r = await run(
      '.',
      { provider: 'aks', name: 'pr-22', 'resource-group': 'team-rg-8', 'subscription-id': SUB, republish: 'false', comment: 'never', 'node-count': '1' },
      { env: aksEnv() },
    );
    expect(r.exitCode).toBe(1);
    expect(r.outputs['failed-stage']).toBe('teardown');
    expect(r.log).toContain('could not delete resource group team-rg-8');
    // the state names exactly what to tear down, subscription included
    const pending = JSON.parse(r.state['teardown']!) as { record: EnvironmentRecord };
    expect(pending.record).toMatchObject({ provider: 'aks', name: 'pr-22', subscription: SUB, resourceGroup: 'team-rg-8', cluster: 'aks-pr-22' });
    expect(r.post?.exitCode).toBe(0);
    expect(r.post?.log).toContain('the run ended before its teardown: deleting environment pr-22: resource group team-rg-8');
    expect(r.post?.log).not.toMatch(/::warning::/);
    expect(deletes()).toEqual([`DELETE /subscriptions/${SUB}/resourcegroups/team-rg-8`, `DELETE /subscriptions/${SUB}/resourcegroups/team-rg-8`]);
    expect(group('team-rg-8')).toBeUndefined();
  });

  it('provision failing after the group exists (quota error on the AKS create): teardown deletes the group, and the summary says so', async () => {
    arm.failNext.push({
      match: /^PUT .*\/managedClusters\/aks-pr-23$/,
      code: 'QuotaExceeded',
      message: 'Operation could not be completed as it results in exceeding approved standardDSv5Family Cores quota.',
    });
    const r = await run(
      '.',
      { provider: 'aks', name: 'pr-23', republish: 'false', comment: 'never', 'node-count': '1' },
      { env: aksEnv({ AZURE_SUBSCRIPTION_ID: SUB }) },
    );
    expect(r.exitCode).toBe(1);
    expect(r.outputs['failed-stage']).toBe('provision');
    expect(r.log).toContain('QuotaExceeded');
    const stages = JSON.parse(r.outputs['stages']!) as Record<string, { exitCode: number }>;
    expect(Object.keys(stages)).toEqual(['provision', 'teardown']);
    expect(stages['teardown']!.exitCode).toBe(0);
    // the old pipeline said "teardown: skipped (nothing was provisioned)" and left group, ACR and cluster
    expect(r.log).not.toContain('nothing was provisioned');
    expect(deletes()).toEqual([`DELETE /subscriptions/${SUB}/resourcegroups/meshci-acme-mesh-pr-23`]);
    expect(arm.resourceGroups()).toEqual([]);
    expect(r.summary).toMatch(/deleted meshci-acme-mesh-pr-23 and verified it .*are gone; with it AKS aks-pr-23, ACR meshci\w+/);
    expect(r.summary).toMatch(
      /environment: resource group meshci-acme-mesh-pr-23 \(AKS aks-pr-23, ACR meshci\w+\) in subscription [-0-9a-f]+: torn down \(provision failed after creating it\)/,
    );
    expect(r.state['teardown']).toBe('');
  });

  it('provision refused before creating anything (cost guard): nothing recorded, nothing torn down, nothing deleted', async () => {
    arm.seedGroup('meshci-acme-mesh-pr-1', { 'meshci-env': 'pr-1', 'meshci-repository': 'acme/mesh' });
    const r = await run(
      '.',
      { provider: 'aks', name: 'pr-24', 'max-environments': '1', republish: 'false', comment: 'never' },
      { env: aksEnv({ AZURE_SUBSCRIPTION_ID: SUB }) },
    );
    expect(r.exitCode).toBe(1);
    expect(r.outputs['failed-stage']).toBe('provision');
    expect(r.log).toContain('── meshci teardown: skipped (provision created nothing) ──');
    expect(deletes()).toEqual([]);
    expect(group('meshci-acme-mesh-pr-1')).toBeDefined();
    // nothing for the post step either
    expect(r.state['teardown']).toBe('');
    expect(r.post?.log ?? '').not.toContain('the run ended before its teardown');
  });
});

describe('root action, provider kind: the registry container goes only when meshci started it', () => {
  it("a kind-registry meshci found running (another cluster's) is left alone by teardown", async () => {
    const stub = kindTools({ nodes: 'meshci-pr-25-control-plane\n', kubeconfig: readFileSync(kube.kubeconfig(), 'utf8') });
    // the registry container runs already (kind's own guide names it kind-registry too); the cluster exists at teardown
    stub.rules('docker', [
      { prefix: ['info'], stdout: '28.2.2\n' },
      { prefix: ['inspect'], stdout: 'true\n' },
      { prefix: ['network', 'connect'] },
      { prefix: ['exec'] },
      { prefix: ['rm'] },
    ]);
    const r = await run(
      '.',
      { provider: 'kind', name: 'pr-25', republish: 'false', comment: 'never', 'node-count': '0', ...calico.inputs },
      { env: meshPath([stub.bin]) },
    );
    expect(r.exitCode, r.log).toBe(0);
    expect(r.log).toContain('recorded for teardown');
    expect(r.log).toContain('kind cluster meshci-pr-25 and no registry container (kind-registry was not started by meshci)');
    // the old teardown ran `docker rm -f kind-registry` whoever had started it
    expect(stub.calls().filter((c) => c.cmd === 'docker' && (c.args[0] === 'rm' || c.args[0] === 'run'))).toEqual([]);
    expect(r.summary).toContain('left registry container kind-registry alone: meshci did not start it');
  });
});

describe('provision and teardown steps: the record output and input', () => {
  it('provision writes the record before it creates the group, also when it then fails; teardown given the record path removes exactly that', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshci-record-'));
    dirs.push(dir);
    arm.failNext.push({ match: /^PUT .*\/managedClusters\/aks-pr-26$/, code: 'QuotaExceeded', message: 'quota' });
    const env = aksEnv();
    const p = await run(
      'provision',
      { name: 'pr-26', 'subscription-id': SUB, 'resource-group': 'team-rg-26', 'kubeconfig-path': join(dir, 'kc'), record: join(dir, 'rec.json') },
      { env },
    );
    expect(p.exitCode).toBe(1);
    expect(p.outputs['record']).toBe(join(dir, 'rec.json'));
    expect(JSON.parse(readFileSync(join(dir, 'rec.json'), 'utf8'))).toMatchObject({
      provider: 'aks',
      name: 'pr-26',
      subscription: SUB,
      repository: 'acme/mesh',
      resourceGroup: 'team-rg-26',
      cluster: 'aks-pr-26',
    });
    expect(group('team-rg-26')).toBeDefined();
    // no subscription-id, no name, no resource-group: all from the record
    const t = await run('teardown', { record: p.outputs['record']! }, { env });
    expect(t.exitCode, t.log).toBe(0);
    expect(t.log).toContain('removing what provision recorded: resource group team-rg-26');
    expect(t.outputs['deleted']).toBe('["team-rg-26"]');
    expect(group('team-rg-26')).toBeUndefined();
  });

  it('a record is checked like any input: a missing file, a record naming another environment than name, one of another environment in Azure', async () => {
    const env = aksEnv();
    const missing = await run('teardown', { record: '/nonexistent/rec.json' }, { env });
    expect(missing.exitCode).toBe(1);
    expect(missing.log).toContain("Input 'record' names '/nonexistent/rec.json', which does not exist");
    const rec = JSON.stringify({
      provider: 'aks',
      name: 'pr-27',
      subscription: SUB,
      repository: 'acme/mesh',
      resourceGroup: 'shared-rg',
      cluster: 'aks-pr-27',
    });
    const clash = await run('teardown', { record: rec, name: 'pr-99' }, { env });
    expect(clash.exitCode).toBe(1);
    expect(clash.log).toContain("Input 'name' is 'pr-99' but the record names environment 'pr-27'");
    // the group is a meshci environment of this repository, but not the one recorded: not deleted
    arm.seedGroup('shared-rg', { 'meshci-env': 'pr-3', 'meshci-repository': 'acme/mesh' });
    const other = await run('teardown', { record: rec }, { env });
    expect(other.exitCode).toBe(1);
    expect(other.log).toContain("Resource group shared-rg is meshci environment 'pr-3', not 'pr-27' as the record says: refusing to delete it");
    expect(deletes()).toEqual([]);
    const bad = await run('teardown', { record: '{"provider":"aks","name":"pr-27"}' }, { env });
    expect(bad.exitCode).toBe(1);
    expect(bad.log).toContain("Input 'record' is not a meshci environment record: 'subscription' is missing");
    expect(existsSync('/nonexistent')).toBe(false);
  });
});
