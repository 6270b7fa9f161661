import { describe, it, expect, beforeEach, afterEach, beforeAll, afterAll } from 'vitest';
import { readFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { KubeServer } from '../helpers/kube-server.js';
import { installLinkerd } from '../helpers/linkerd-fixture.js';
import { meshDgraph, playNetwork } from '../helpers/mesh-network.js';
import { linkerdStub, type LinkerdStub } from '../helpers/linkerd-cli-stub.js';
import { helmStub, type HelmStub } from '../helpers/helm-stub.js';
import { calicoMirror, kindTools, type CalicoMirror } from '../helpers/cli-stub.js';
import { ArmEnvServer } from '../helpers/arm-env-server.js';
import { stubAz } from '../helpers/stub-az.js';
import { run, expectNoKeyMaterial, visible } from '../helpers/action.js';
import { STAGES } from '../../src/local/pipeline.js';

/** a tools mirror serving the stand-in Calico manifest that kind provisions download and check */
let calico: CalicoMirror;
beforeAll(async () => {
  calico = await calicoMirror();
});
afterAll(() => calico.close());

/**
 * The root action (`uses: meshci/meshci@v1`, action.yml at the repository root) through the runner
 * emulation, as a job step: every stage is the committed dist entry of its action, run by the same
 * pipeline as `meshci up` (src/local/pipeline.ts).
 */
const fx = (f: string) => readFileSync(join(import.meta.dirname, '../fixtures/linkerd', f), 'utf8');
/** What the charts would create (the helm stub renders nothing): the ServiceProfile CRD. */
function charts(s: KubeServer): void {
  s.put({
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
}
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/**
 * Every test's cluster: the Kubernetes test server with Linkerd and Dgraph meshed and the test
 * playing the network, a recording linkerd CLI and helm; `env` puts them (after `first`) on PATH.
 */
interface Mesh {
  s: KubeServer;
  l5d: LinkerdStub;
  helm: HelmStub;
  env(first?: string[]): Record<string, string>;
}
let mesh: Mesh;
beforeEach(async () => {
  const s = await new KubeServer().start();
  installLinkerd(s, { helm: true });
  charts(s);
  meshDgraph(s);
  playNetwork(s);
  const l5d = linkerdStub();
  l5d.set({ check: fx('check-healthy.json'), edges: fx('edges-dgraph.json') });
  const helm = helmStub();
  mesh = { s, l5d, helm, env: (first = []) => ({ ...l5d.env, PATH: [...first, helm.env['PATH'], l5d.env['PATH'], process.env['PATH']].join(':') }) };
});
afterEach(async () => mesh.s.stop());

describe('root action, provider existing, against the Kubernetes test server', () => {
  it('certs → deploy → verify pass in one step; one summary; keys never leave the step; the kubeconfig content is never printed', async () => {
    const kubeconfig = readFileSync(mesh.s.kubeconfig(), 'utf8');
    const r = await run('.', { provider: 'existing', kubeconfig, name: 'shared', comment: 'never' }, { keep: true, env: mesh.env() });
    dirs.push(r.workDir);
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs['verdict']).toBe('pass');
    expect(r.outputs['failed-stage']).toBe('');
    const stages = JSON.parse(r.outputs['stages']!) as Record<string, { exitCode: number; outputs: Record<string, string> }>;
    expect(Object.keys(stages)).toEqual(['certs', 'deploy', 'verify']);
    expect(stages['verify']!.outputs['verdict']).toBe('pass');
    // one summary: the stage table first, then the stages' own reports
    expect(r.summary).toMatch(/^<h2>✅ meshci: mesh verified \(pass\)<\/h2>/);
    expect(r.summary).toContain('<td>provision</td><td>⏭️ provider existing: the cluster of the given kubeconfig</td>');
    expect(r.summary).toContain('meshci verify: pass');
    // the stages' logs are in the step's log as they ran
    expect(r.log).toContain('── meshci deploy ──');
    expect(
      mesh.helm
        .calls()
        .filter((c) => c.args[0] === 'upgrade')
        .map((c) => c.args[2]),
    ).toEqual(['linkerd-crds', 'linkerd-control-plane', 'linkerd-viz', 'dgraph']);
    // keys: masked in the log, and the certs folder is gone when the step ends
    const token = /token: (\S+)/.exec(kubeconfig)?.[1];
    expect(token).toBeTruthy();
    for (const [w, t] of Object.entries(visible(r))) {
      expectNoKeyMaterial(w, t, []);
      expect(t, w).not.toContain(token!);
    }
    expect(JSON.stringify(r.outputs)).not.toContain(token!);
    const runDir = join(r.workDir, 'runner-temp', 'meshci-shared');
    expect(existsSync(join(runDir, 'certs'))).toBe(false);
    expect(existsSync(join(runDir, 'evidence', 'report.json'))).toBe(true);
    expect(r.outputs['evidence-dir']).toBe(join(runDir, 'evidence'));
  });

  it('a stage failing: the step fails naming the stage, outputs set first', async () => {
    mesh.s.forbid('patch', 'serviceprofiles');
    const r = await run('.', { provider: 'existing', kubeconfig: mesh.s.kubeconfig(), comment: 'never' }, { env: mesh.env() });
    expect(r.exitCode).toBe(1);
    expect(r.outputs['failed-stage']).toBe('deploy');
    expect(r.log).toMatch(/::error::meshci\/meshci failed: stopped at deploy/);
  });

  it('all bad inputs at once, before any stage runs', async () => {
    const r = await run('.', { provider: 'existing', registry: 'not a registry', 'registry-password': 'hunter2-secret', keep: 'maybe' });
    expect(r.exitCode).toBe(1);
    expect(r.log).toContain('problems with the inputs');
    for (const n of ['kubeconfig', 'registry', 'registry-username', 'keep']) expect(r.log).toContain(`'${n}'`);
    expect(r.log).not.toContain('hunter2-secret');
    expect(r.log).not.toContain('── meshci');
  });
});

describe('root action, provider kind, against recording stubs', () => {
  it('provision → certs → republish → deploy → verify → teardown, in the order of STAGES', async () => {
    // kind, kubectl and docker are recording stubs; the cluster they "create" is the Kubernetes test server
    const { s } = mesh;
    const stub = kindTools({ nodes: 'meshci-pr-7-control-plane\n', kubeconfig: readFileSync(s.kubeconfig(), 'utf8') });
    const r = await run(
      '.',
      { provider: 'kind', name: 'pr-7', republish: 'false', comment: 'never', 'node-count': '0', ...calico.inputs },
      {
        env: mesh.env([stub.bin]),
      },
    );
    expect(r.exitCode, r.log).toBe(0);
    const stages = JSON.parse(r.outputs['stages']!) as Record<string, unknown>;
    expect(Object.keys(stages)).toEqual(STAGES.filter((x) => x !== 'republish'));
    expect(r.outputs).toMatchObject({ environment: 'pr-7', verdict: 'pass', kubeconfig: '' });
    const calls = stub.calls().map((c) => `${c.cmd} ${c.args.slice(0, 2).join(' ')}`);
    expect(calls).toContain('kind create cluster');
    // teardown last: it looks the cluster up (the stub's static answer: gone already) and removes the registry
    expect(calls.slice(-4)).toEqual(['kind version', 'docker info --format', 'kind get clusters', 'docker rm -f']);
    expect(r.summary).toContain('<td>republish</td><td>⏭️ turned off</td>');
    // nothing left for the post step: the teardown ran in main
    expect(r.post?.log ?? '').not.toContain('the run ended before its teardown');
  });

  it('a teardown that failed in the main step is tried again by the post step, which warns when it cannot', async () => {
    const { s } = mesh;
    // the registry container cannot be removed: teardown fails, in main and again in post
    const stub = kindTools({
      nodes: 'meshci-pr-8-control-plane\n',
      kubeconfig: readFileSync(s.kubeconfig(), 'utf8'),
      rmError: 'Error response from daemon: cannot remove container "/kind-registry": device or resource busy',
    });
    const r = await run(
      '.',
      { provider: 'kind', name: 'pr-8', republish: 'false', comment: 'never', 'node-count': '0', ...calico.inputs },
      {
        env: mesh.env([stub.bin]),
      },
    );
    expect(r.exitCode).toBe(1);
    expect(r.outputs['failed-stage']).toBe('teardown');
    expect(r.outputs['verdict']).toBe('pass');
    expect(r.post?.log).toContain(
      'the run ended before its teardown: deleting environment pr-8: kind cluster meshci-pr-8 and registry container kind-registry (started by meshci)',
    );
    expect(r.post?.log).toMatch(/::warning::teardown of pr-8 failed/);
    expect(r.post?.exitCode).toBe(0);
    expect(stub.calls().filter((c) => c.cmd === 'docker' && c.args[0] === 'rm')).toHaveLength(2);
  });
});

describe('root action, provider aks, against the ARM and Kubernetes test servers', () => {
  it('provision (resource group, AKS, ACR) → certs → deploy → verify → teardown (the group deleted); the ARM token never printed', async () => {
    const SUB = '00000000-0000-0000-0000-00000000abcd';
    const arm = await new ArmEnvServer('arm-test-token', SUB).start();
    try {
      const { s } = mesh;
      // the AKS cluster's user credentials lead to the Kubernetes test server
      arm.clusterKubeconfig = readFileSync(s.kubeconfig(), 'utf8');
      const az = stubAz({ 'https://management.azure.com': arm.token, [arm.origin]: arm.token });
      const r = await run(
        '.',
        { provider: 'aks', name: 'pr-9', republish: 'false', comment: 'never', location: 'westeurope', 'node-count': '1' },
        {
          env: {
            ...mesh.env([az]),
            MESHCI_ARM_ENDPOINT: arm.origin,
            MESHCI_ARM_POLL_MS: '5',
            NODE_EXTRA_CA_CERTS: arm.tls.certFile as string,
            AZURE_SUBSCRIPTION_ID: SUB,
            GITHUB_REPOSITORY: 'acme/mesh',
            GITHUB_ACTOR: 'octocat',
            GITHUB_RUN_ID: '4242',
          },
        },
      );
      expect(r.exitCode, r.log).toBe(0);
      expect(r.outputs).toMatchObject({ environment: 'pr-9', verdict: 'pass', 'failed-stage': '' });
      expect(Object.keys(JSON.parse(r.outputs['stages']!) as object)).toEqual(['provision', 'certs', 'deploy', 'verify', 'teardown']);
      expect(r.outputs['registry']).toMatch(/\.azurecr\.io\/mirror$/);
      // teardown deleted the environment's resource group
      expect(arm.calls).toContain(`DELETE /subscriptions/${SUB}/resourcegroups/meshci-acme-mesh-pr-9`);
      expect(arm.get(`/subscriptions/${SUB}/resourceGroups/meshci-acme-mesh-pr-9`)).toBeUndefined();
      for (const [w, t] of Object.entries(visible(r))) expect(t, w).not.toContain(arm.token);
    } finally {
      await arm.stop();
    }
  });
});
