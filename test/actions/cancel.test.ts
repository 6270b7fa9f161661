import { describe, it, expect, beforeEach, afterEach, beforeAll, afterAll } from 'vitest';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubeServer } from '../helpers/kube-server.js';
import { installLinkerd } from '../helpers/linkerd-fixture.js';
import { meshDgraph, playNetwork } from '../helpers/mesh-network.js';
import { linkerdStub } from '../helpers/linkerd-cli-stub.js';
import { helmStub, type HelmStub } from '../helpers/helm-stub.js';
import { calicoMirror, cliStub, type CalicoMirror } from '../helpers/cli-stub.js';
import { ArmEnvServer } from '../helpers/arm-env-server.js';
import { stubAz } from '../helpers/stub-az.js';
import { run, ROOT } from '../helpers/action.js';
import { execFileSync, spawn } from 'node:child_process';
import { Cancel } from '../../src/local/runner.js';
import type { EnvironmentRecord } from '../../src/env/record.js';

/** a tools mirror serving the stand-in Calico manifest that kind provisions download and check */
let calico: CalicoMirror;
beforeAll(async () => {
  calico = await calicoMirror();
});
afterAll(() => calico.close());

/**
 * Cancellation is a phase, not a crash (issue 19, item 2). The root action runs through the runner
 * emulation, which cancels it as the runner cancels a step: SIGINT to the step's process (then
 * SIGTERM 7.5 s later, then the tree killed), and the post step (`post-if: always()`) afterwards
 * with what main saved. The root action passes the signal to the running stage's process group,
 * starts no further stage, deletes the keys, saves what provision recorded, and the post step tears
 * that down. Nothing may outlive the step: checked by pid.
 */
const SUB = '00000000-0000-0000-0000-00000000abcd';
const fx = (f: string) => readFileSync(join(import.meta.dirname, '../fixtures/linkerd', f), 'utf8');

/** A process that exists and is not a zombie. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

async function until<T>(what: string, f: () => T | undefined, ms = 90_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = f();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

let kube: KubeServer;
let helm: HelmStub;
let tmp: string;
const strays: number[] = [];
beforeEach(async () => {
  kube = await new KubeServer().start();
  tmp = mkdtempSync(join(tmpdir(), 'meshci-cancel-'));
});
afterEach(async () => {
  for (const p of strays.splice(0)) if (alive(p)) process.kill(p, 'SIGKILL');
  await kube.stop();
  rmSync(tmp, { recursive: true, force: true });
});

/**
 * The kind environment of the root-action cancel tests: the cluster is the Kubernetes double with
 * Linkerd and Dgraph in it; kind, docker, kubectl, linkerd and helm are stubs. `hangHelm`: helm's
 * first `upgrade --install --wait` hangs (a slow rollout), writing its pid to `helmPidFile` first.
 */
function kindEnvironment(hangHelm: boolean) {
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
  helm = helmStub();
  const hang = join(tmp, 'hang');
  const helmPidFile = join(tmp, 'helm.pid');
  mkdirSync(hang);
  if (hangHelm) {
    writeFileSync(
      join(hang, 'helm'),
      `#!/bin/sh\nif [ "$1" = upgrade ]; then echo $$ > '${helmPidFile}'; exec sleep 300; fi\nexec '${join(helm.bin, 'helm')}' "$@"\n`,
    );
    chmodSync(join(hang, 'helm'), 0o755);
  }
  // kind and docker: the cluster (the Kubernetes double) exists; the registry container does not, so meshci starts it
  const kind = cliStub(['docker', 'kind', 'kubectl']);
  kind.rules('kind', [
    { prefix: ['version'], stdout: 'kind v0.27.0 go1.23.6 linux/amd64\n' },
    { prefix: ['get', 'clusters'], stdout: 'meshci-cx\n' },
    { prefix: ['get', 'nodes'], stdout: 'meshci-cx-control-plane\n' },
    { prefix: ['export', 'kubeconfig'], writeArgFile: { after: '--kubeconfig', content: readFileSync(kube.kubeconfig(), 'utf8') } },
    { prefix: ['delete', 'cluster'] },
  ]);
  kind.rules('kubectl', [{ prefix: ['version'], stdout: '{"clientVersion":{"gitVersion":"v1.32.3"}}' }, { prefix: ['--kubeconfig'] }]);
  kind.rules('docker', [
    { prefix: ['info'], stdout: '28.2.2\n' },
    { prefix: ['inspect'], stderr: 'Error: No such object: kind-registry\n', exit: 1 },
    { prefix: ['run'], stdout: 'c0ffee\n' },
    { prefix: ['network', 'connect'] },
    { prefix: ['exec'] },
    { prefix: ['rm'] },
  ]);
  return { l5d, kind, helmPidFile, env: { ...l5d.env, PATH: [kind.bin, hang, helm.bin, l5d.bin, process.env['PATH']].join(':') } };
}

describe('root action cancelled mid-deploy (provider kind)', () => {
  it('the deploy stage and the helm it runs get the SIGINT and exit; the keys are deleted; the state names the environment; the post step tears it down', async () => {
    const { kind, helmPidFile, env } = kindEnvironment(true);
    const cancel = new Cancel();
    const running = run(
      '.',
      { provider: 'kind', name: 'cx', republish: 'false', comment: 'never', 'node-count': '0', ...calico.inputs },
      {
        keep: true,
        cancel,
        env,
      },
    );
    const helmPid = await until('helm upgrade to start', () =>
      existsSync(helmPidFile) && readFileSync(helmPidFile, 'utf8').trim() ? Number(readFileSync(helmPidFile, 'utf8')) : undefined,
    );
    strays.push(helmPid);
    const callsBefore = kind.calls().length;
    cancel.send('SIGINT'); // the runner cancels the job: SIGINT to the step's process
    const r = await running;
    try {
      expect(r.cancelled).toBe('SIGINT');
      expect(r.exitCode).toBe(1);
      // the stage child got the signal (with its process group) and exited; nothing outlives it
      const stagePid = Number(/SIGINT received: cancelling; SIGINT passed to deploy \(pid (\d+)\)/.exec(r.log)?.[1]);
      expect(stagePid, r.log).toBeGreaterThan(0);
      strays.push(stagePid);
      expect(r.log).toMatch(new RegExp(`── meshci deploy: (stopped by SIGINT|cancelled) in .* \\(pid ${stagePid} exited\\) ──`));
      expect(alive(stagePid)).toBe(false);
      expect(alive(helmPid)).toBe(false);
      // no stage started after the cancel; the step says why it failed
      const stages = JSON.parse(r.outputs['stages']!) as Record<string, unknown>;
      expect(Object.keys(stages)).toEqual(['provision', 'certs', 'deploy']);
      expect(r.outputs['failed-stage']).toBe('deploy');
      expect(r.log).toMatch(
        /::error::meshci\/meshci failed: cancelled \(SIGINT\) during deploy; the post step tears down kind cluster meshci-cx and registry container kind-registry \(started by meshci\)/,
      );
      expect(r.summary).toContain('cancelled during deploy');
      // the keys are gone (certs ran, so they had been written)
      const runDir = join(r.workDir, 'runner-temp', 'meshci-cx');
      expect(existsSync(join(runDir, 'environment.json'))).toBe(true);
      expect(existsSync(join(runDir, 'certs'))).toBe(false);
      // the state names what to tear down
      const pending = JSON.parse(r.state['teardown']!) as { record: EnvironmentRecord };
      expect(pending.record).toEqual({
        provider: 'kind',
        name: 'cx',
        cluster: 'meshci-cx',
        registry: { container: 'kind-registry', port: 5001, created: true },
      });
      // main did not tear down (it has seconds, not minutes); the post step did
      const after = kind
        .calls()
        .slice(callsBefore)
        .map((c) => `${c.cmd} ${c.args.join(' ')}`);
      expect(r.post?.exitCode).toBe(0);
      expect(r.post?.log).toContain(
        'the run ended before its teardown: deleting environment cx: kind cluster meshci-cx and registry container kind-registry (started by meshci)',
      );
      expect(after).toContain('kind delete cluster --name meshci-cx');
      expect(after).toContain('docker rm -f kind-registry');
      expect(after.filter((c) => c === 'kind delete cluster --name meshci-cx')).toHaveLength(1);
    } finally {
      rmSync(r.workDir, { recursive: true, force: true });
    }
  });
});

/** Processes still running with this marker in their environment (every process of one run has it). */
function survivors(marker: string): number[] {
  const left: number[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d) || Number(d) === process.pid) continue;
    try {
      if (readFileSync(`/proc/${d}/environ`, 'latin1').includes(marker) && alive(Number(d))) left.push(Number(d));
    } catch {
      // gone, or not ours
    }
  }
  return left;
}

describe('root action cancelled as each stage starts (provider kind): nothing is left', () => {
  const STAGES = ['provision', 'certs', 'deploy', 'verify', 'teardown'] as const;
  it.each(STAGES)('SIGINT as %s starts: no process, no key file, the environment torn down (by main or post), the failure named', async (stage) => {
    const { kind, env } = kindEnvironment(false);
    const marker = `MESHCI_CANCEL_PROBE=${stage}-${process.pid}-${Date.now()}`;
    const cancel = new Cancel();
    const r = await run(
      '.',
      { provider: 'kind', name: 'cx', republish: 'false', comment: 'never', 'node-count': '0', ...calico.inputs },
      {
        keep: true,
        cancel,
        env: { ...env, MESHCI_CANCEL_PROBE: marker.split('=')[1]! },
        onOutput: (chunk) => {
          if (chunk.includes(`── meshci ${stage} ──`) && !cancel.requested) cancel.send('SIGINT');
        },
      },
    );
    try {
      expect(r.cancelled, r.log).toBe('SIGINT');
      expect(r.exitCode).toBe(1);
      // the stage that was running (or, if it ended first, the one that did not start) is named
      const failed = r.outputs['failed-stage'];
      expect([stage, STAGES[STAGES.indexOf(stage) + 1] ?? stage]).toContain(failed);
      expect(r.log).toContain(`::error::meshci/meshci failed: cancelled (SIGINT) during ${failed}`);
      // no stage started after the cancel
      const ran = Object.keys(JSON.parse(r.outputs['stages'] ?? '{}') as Record<string, unknown>);
      const order = (x: string) => (STAGES as readonly string[]).indexOf(x);
      expect(
        ran.filter((x) => order(x) > order(failed!)),
        r.log,
      ).toEqual([]);
      // no process of the run outlives the step (stages, the tools they ran)
      expect(survivors(marker)).toEqual([]);
      // no key file anywhere in the runner's folders
      const keys = execFileSync('find', [r.workDir, '-name', '*.key'], { encoding: 'utf8' }).trim();
      expect(keys).toBe('');
      expect(r.post?.exitCode).toBe(0);
      const calls = kind.calls().map((c) => `${c.cmd} ${c.args.slice(0, 2).join(' ')}`);
      if (r.log.includes('nothing was created')) {
        // cancelled before provision recorded anything: it created nothing either
        expect(calls.filter((c) => c === 'kind create cluster' || c.startsWith('docker run'))).toEqual([]);
        expect(r.state['teardown'] ?? '').toBe('');
      } else {
        // what provision recorded is gone: the cluster deleted and the registry it started removed,
        // by main's teardown or by the post step
        expect(calls, r.log + (r.post?.log ?? '')).toContain('kind delete cluster');
        expect(calls).toContain('docker rm -f');
        if (r.state['teardown']) expect(r.post?.log).toContain('the run ended before its teardown: deleting environment cx');
      }
    } finally {
      rmSync(r.workDir, { recursive: true, force: true });
    }
  });
});

describe('root action cancelled during the AKS create (provider aks)', () => {
  it('provision is stopped mid-create; the post step deletes the resource group it had recorded', async () => {
    const arm = await new ArmEnvServer('arm-test-token', SUB).start();
    try {
      // the AKS create never finishes (5–15 minutes on Azure)
      arm.routes.push(({ method, path }, { json }) => {
        if (method === 'GET' && path === '/hanging-operation') {
          json(200, { status: 'InProgress' });
          return true;
        }
        if (method === 'PUT' && /\/managedClusters\/aks-pr-31$/.test(path)) {
          json(
            201,
            {
              id: path,
              name: 'aks-pr-31',
              type: 'Microsoft.ContainerService/managedClusters',
              location: 'westeurope',
              properties: { provisioningState: 'Creating' },
            },
            { 'azure-asyncoperation': `${arm.origin}/hanging-operation?api-version=2024-01-01`, 'retry-after': '0' },
          );
          return true;
        }
        return false;
      });
      const az = stubAz({ 'https://management.azure.com': arm.token, [arm.origin]: arm.token });
      const cancel = new Cancel();
      const running = run(
        '.',
        { provider: 'aks', name: 'pr-31', republish: 'false', comment: 'never', 'node-count': '1' },
        {
          cancel,
          env: {
            PATH: `${az}:${process.env['PATH']}`,
            MESHCI_ARM_ENDPOINT: arm.origin,
            MESHCI_ARM_POLL_MS: '20',
            NODE_EXTRA_CA_CERTS: arm.tls.certFile as string,
            AZURE_SUBSCRIPTION_ID: SUB,
            GITHUB_REPOSITORY: 'acme/mesh',
            GITHUB_ACTOR: 'octocat',
            GITHUB_RUN_ID: '4242',
          },
        },
      );
      // cancel once AKS is being created and polled for
      await until('the AKS create to be polled', () => (arm.calls.some((x) => x.startsWith('GET /hanging-operation')) ? true : undefined));
      cancel.send('SIGINT');
      const r = await running;
      const provisionPid = Number(/SIGINT passed to provision \(pid (\d+)\)/.exec(r.log)?.[1]);
      expect(provisionPid, r.log).toBeGreaterThan(0);
      strays.push(provisionPid);
      expect(alive(provisionPid)).toBe(false);
      expect(r.cancelled).toBe('SIGINT');
      expect(r.outputs['failed-stage']).toBe('provision');
      const pending = JSON.parse(r.state['teardown']!) as { record: EnvironmentRecord };
      expect(pending.record).toMatchObject({
        provider: 'aks',
        name: 'pr-31',
        subscription: SUB,
        resourceGroup: 'meshci-acme-mesh-pr-31',
        cluster: 'aks-pr-31',
      });
      expect(r.log).toContain('── meshci teardown: skipped (cancelled (SIGINT): resource group meshci-acme-mesh-pr-31');
      // the post step: the group (and the ACR created meanwhile) deleted and verified gone
      expect(r.post?.exitCode).toBe(0);
      expect(r.post?.log).toContain('deleted meshci-acme-mesh-pr-31 and verified it');
      expect(arm.calls.filter((c) => c.startsWith('DELETE'))).toEqual([`DELETE /subscriptions/${SUB}/resourcegroups/meshci-acme-mesh-pr-31`]);
      expect(arm.resourceGroups()).toEqual([]);
    } finally {
      await arm.stop();
    }
  });
});

describe('meshci up cancelled (the CLI)', () => {
  it('SIGINT during `kind create cluster`: the stage and kind exit, exit code 130, the record stays, and `meshci down` removes exactly what it names', async () => {
    const cwd = tmp;
    const stub = cliStub(['docker', 'kind', 'kubectl']);
    stub.rules('kind', [
      { prefix: ['version'], stdout: 'kind v0.27.0 go1.23.6 linux/amd64\n' },
      { prefix: ['get', 'clusters'], stdout: '' },
      { prefix: ['delete', 'cluster'] },
    ]);
    stub.rules('kubectl', [{ prefix: ['version'], stdout: '{"clientVersion":{"gitVersion":"v1.32.3"}}' }]);
    stub.rules('docker', [{ prefix: ['info'], stdout: '28.2.2\n' }, { prefix: ['rm'] }]);
    // kind hangs in `create cluster` (minutes on a real machine), writing its pid first
    const hang = join(tmp, 'hang');
    const kindPidFile = join(tmp, 'kind.pid');
    mkdirSync(hang);
    writeFileSync(
      join(hang, 'kind'),
      `#!/bin/sh\nif [ "$1" = create ]; then echo $$ > '${kindPidFile}'; exec sleep 300; fi\nexec '${join(stub.bin, 'kind')}' "$@"\n`,
    );
    chmodSync(join(hang, 'kind'), 0o755);
    const env = { PATH: [hang, stub.bin, '/usr/bin', '/bin'].join(':'), HOME: cwd };
    const cli = (args: string[]) => {
      const child = spawn(process.execPath, [join(ROOT, 'dist/cli.js'), ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
      child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
      const done = new Promise<{ status: number | null; stdout: string; stderr: string }>((res) =>
        child.on('close', (status) => res({ status, stdout, stderr })),
      );
      return { child, done };
    };
    const up = cli(['up', '--name', 'dev', ...calico.flags]);
    const kindPid = await until('kind create cluster to start', () =>
      existsSync(kindPidFile) && readFileSync(kindPidFile, 'utf8').trim() ? Number(readFileSync(kindPidFile, 'utf8')) : undefined,
    );
    strays.push(kindPid);
    // kind's parent is the provision stage's process
    const stat = readFileSync(`/proc/${kindPid}/stat`, 'utf8');
    const stagePid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    strays.push(stagePid);
    expect(stagePid).not.toBe(up.child.pid);
    up.child.kill('SIGINT'); // `kill -INT` to meshci alone: it must pass the signal on itself
    const r = await up.done;
    expect(r.status, r.stdout + r.stderr).toBe(130);
    expect(r.stderr).toContain('meshci: SIGINT: stopping the running step');
    expect(r.stderr).toContain(
      `meshci up: cancelled (SIGINT) during provision; ${join(cwd, '.meshci', 'dev', 'environment.json')} records what was created — 'meshci down --name dev' removes it`,
    );
    expect(alive(stagePid)).toBe(false);
    expect(alive(kindPid)).toBe(false);
    expect(r.stdout).not.toContain('═══ certs ═══');
    const rec = JSON.parse(readFileSync(join(cwd, '.meshci', 'dev', 'environment.json'), 'utf8')) as EnvironmentRecord;
    expect(rec).toEqual({ provider: 'kind', name: 'dev', cluster: 'meshci-dev', registry: { container: 'kind-registry', port: 5001, created: false } });

    // meshci down: the cluster named in the record, not the registry container meshci never started
    stub.rules('kind', [
      { prefix: ['version'], stdout: 'kind v0.27.0 go1.23.6 linux/amd64\n' },
      { prefix: ['get', 'clusters'], stdout: 'meshci-dev\n' },
      { prefix: ['delete', 'cluster'] },
    ]);
    const before = stub.calls().length;
    const d = await cli(['down', '--name', 'dev', '--remove-registry']).done;
    expect(d.status, d.stdout + d.stderr).toBe(0);
    const calls = stub
      .calls()
      .slice(before)
      .map((c) => `${c.cmd} ${c.args.join(' ')}`);
    expect(calls).toContain('kind delete cluster --name meshci-dev');
    expect(calls.filter((c) => c.startsWith('docker rm'))).toEqual([]);
    expect(existsSync(join(cwd, '.meshci', 'dev', 'environment.json'))).toBe(false);
  });
});
