import { describe, it, expect } from 'vitest';
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline, down, recordPath, STAGES, type PipelineOpts } from '../../src/local/pipeline.js';
import { writeRecord, type EnvironmentRecord } from '../../src/env/record.js';
import type { RunOpts, RunResult } from '../../src/local/runner.js';

/** The pipeline's chaining (root action, `meshci up`): each stage gets the previous stages' exported env, PATH and outputs. */
const result = (o: Partial<RunResult>): RunResult => ({
  exitCode: 0,
  rawStdout: '',
  log: '',
  stderr: '',
  outputs: {},
  state: {},
  env: {},
  summary: '',
  secrets: [],
  path: [],
  workDir: '',
  ...o,
});

const KIND_RECORD: EnvironmentRecord = {
  provider: 'kind',
  name: 'dev',
  cluster: 'meshci-dev',
  registry: { container: 'kind-registry', port: 5001, created: true },
};

/** Stages answering as told; provision writes `record` (as the real one does, before it creates anything) unless it is null. */
function fakeRunner(answers: Record<string, Partial<RunResult>>, record: EnvironmentRecord | null = KIND_RECORD) {
  const calls: { action: string; opts: RunOpts }[] = [];
  const runner = async (action: string, opts: RunOpts) => {
    calls.push({ action, opts });
    const file = opts.inputs?.['record'];
    if (action === 'provision' && file && record) writeRecord(file, record);
    return result(answers[action] ?? {});
  };
  return { calls, runner };
}

const base = (dir: string, o: Partial<PipelineOpts> = {}): PipelineOpts => ({
  name: 'dev',
  provider: 'kind',
  linkerdVersion: 'stable-2.14.10',
  dir,
  republish: true,
  verify: true,
  teardown: false,
  ...o,
});
const tmp = () => mkdtempSync(join(tmpdir(), 'meshci-up-'));

describe('the pipeline', () => {
  it('kind: provision → certs → republish (plain HTTP to the local registry) → deploy with its helm values → verify', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshci-up-'));
    const { calls, runner } = fakeRunner({
      provision: {
        outputs: { 'acr-login-server': 'localhost:5001', kubeconfig: join(dir, 'kubeconfig') },
        env: { KUBECONFIG: join(dir, 'kubeconfig') },
        path: ['/tools/kind'],
      },
      deploy: { path: ['/tools/helm'] },
      republish: { outputs: { 'helm-values': 'linkerd-control-plane: {}\n' } },
      verify: { outputs: { verdict: 'pass' } },
    });
    const reported: string[] = [];
    const r = await runPipeline(base(dir, { inputs: { provision: { 'node-count': '2' } } }), runner, { end: (a) => reported.push(a) });
    expect(r).toMatchObject({ ok: true, verdict: 'pass', kubeconfig: join(dir, 'kubeconfig') });
    expect(calls.map((c) => c.action)).toEqual(['provision', 'certs', 'republish', 'deploy', 'verify']);
    expect(reported).toEqual(['provision', 'certs', 'republish', 'deploy', 'verify']);
    // provision learns the Linkerd version: kind picks a node image its charts install on
    // and where to record what it creates
    expect(calls[0]!.opts.inputs).toEqual({
      provider: 'kind',
      name: 'dev',
      'kubeconfig-path': join(dir, 'kubeconfig'),
      'node-count': '2',
      'linkerd-version': 'stable-2.14.10',
      record: join(dir, 'environment.json'),
    });
    expect(calls[2]!.opts.inputs).toMatchObject({ destination: 'localhost:5001/mirror', 'plain-http': 'localhost:5001', extensions: 'viz' });
    expect(calls[3]!.opts.inputs).toMatchObject({
      'helm-values': 'linkerd-control-plane: {}\n',
      'identity-dir': join(dir, 'certs'),
      kubeconfig: join(dir, 'kubeconfig'),
    });
    // exported env and PATH reach the later steps
    expect(calls[1]!.opts.env?.['KUBECONFIG']).toBe(join(dir, 'kubeconfig'));
    expect(calls[4]!.opts.env?.['PATH']?.split(':').slice(0, 2)).toEqual(['/tools/helm', '/tools/kind']);
    expect(calls[4]!.opts.inputs).toMatchObject({ comment: 'never', 'output-dir': join(dir, 'evidence') });
    expect(r.skipped).toEqual([{ stage: 'teardown', why: 'kept (keep: true)' }]);
  });

  it('stops at the first failing step and says where', async () => {
    const { calls, runner } = fakeRunner({ provision: { exitCode: 1 } });
    const r = await runPipeline(base(tmp()), runner);
    expect(r).toMatchObject({ ok: false, failedAt: 'provision' });
    expect(calls.map((c) => c.action)).toEqual(['provision']);
  });

  it('down without a record (an environment of an older meshci) tears the environment down by its name', async () => {
    const { calls, runner } = fakeRunner({});
    expect(await down({ name: 'dev', provider: 'kind', removeRegistry: true, dir: tmp() }, runner)).toBe(true);
    expect(calls).toEqual([{ action: 'teardown', opts: { inputs: { provider: 'kind', name: 'dev', 'remove-registry': 'true' } } }]);
  });

  it('down removes what the record in the folder names, then the record', async () => {
    const dir = tmp();
    const rec: EnvironmentRecord = {
      provider: 'aks',
      name: 'dev',
      subscription: '00000000-0000-0000-0000-00000000abcd',
      repository: 'acme/mesh',
      resourceGroup: 'team-rg-7',
      cluster: 'aks-dev',
    };
    writeRecord(recordPath(dir), rec);
    const { calls, runner } = fakeRunner({});
    // provider and name on the command line do not override the record
    expect(await down({ name: 'dev', provider: 'kind', removeRegistry: true, dir }, runner)).toBe(true);
    expect(calls).toEqual([{ action: 'teardown', opts: { inputs: { record: JSON.stringify(rec) } } }]);
    expect(existsSync(recordPath(dir))).toBe(false);
  });

  it('the stages run in the order STAGES names, teardown last — also after a failed verify', async () => {
    const { calls, runner } = fakeRunner({
      provision: { outputs: { 'acr-login-server': 'localhost:5001', environment: 'dev' } },
      verify: { exitCode: 1, outputs: { verdict: 'fail' } },
    });
    const r = await runPipeline(base(tmp(), { teardown: true }), runner);
    expect(calls.map((c) => c.action)).toEqual([...STAGES]);
    expect(r).toMatchObject({ ok: false, failedAt: 'verify', verdict: 'fail' });
    expect(calls[5]!.opts.inputs).toEqual({ record: JSON.stringify(KIND_RECORD) });
  });

  it('a tools mirror reaches every stage that downloads, and only those', async () => {
    const { calls, runner } = fakeRunner({ provision: { outputs: { 'acr-login-server': 'localhost:5001', environment: 'dev' } } });
    await runPipeline(base(tmp(), { teardown: true, toolsMirror: 'https://mirror.example/tools' }), runner);
    const got = Object.fromEntries(calls.map((c) => [c.action, c.opts.inputs?.['tools-mirror']]));
    expect(got).toEqual({
      provision: 'https://mirror.example/tools',
      certs: undefined,
      republish: undefined,
      deploy: 'https://mirror.example/tools',
      verify: 'https://mirror.example/tools',
      teardown: 'https://mirror.example/tools',
    });
  });

  it('a failed deploy still tears down; a provision that created nothing, nothing torn down', async () => {
    const a = fakeRunner({ deploy: { exitCode: 1 } });
    expect(await runPipeline(base(tmp(), { teardown: true }), a.runner)).toMatchObject({ ok: false, failedAt: 'deploy' });
    expect(a.calls.map((c) => c.action)).toEqual(['provision', 'certs', 'deploy', 'teardown']);
    const b = fakeRunner({ provision: { exitCode: 1 } }, null);
    const r = await runPipeline(base(tmp(), { teardown: true }), b.runner);
    expect(b.calls.map((c) => c.action)).toEqual(['provision']);
    expect(r.skipped).toContainEqual({ stage: 'teardown', why: 'provision created nothing' });
  });

  it('a provision that failed after it recorded (and began to create) an environment is torn down: exactly the record', async () => {
    const rec: EnvironmentRecord = {
      provider: 'aks',
      name: 'dev',
      subscription: '00000000-0000-0000-0000-00000000abcd',
      repository: 'acme/mesh',
      resourceGroup: 'team-rg-7',
      cluster: 'aks-dev',
      acr: 'meshciacmemeshdev0a1b2c3d',
    };
    const { calls, runner } = fakeRunner({ provision: { exitCode: 1 } }, rec);
    const r = await runPipeline(base(tmp(), { provider: 'aks', teardown: true }), runner);
    expect(calls.map((c) => c.action)).toEqual(['provision', 'teardown']);
    expect(calls[1]!.opts.inputs).toEqual({ record: JSON.stringify(rec) });
    expect(r).toMatchObject({ ok: false, failedAt: 'provision', record: rec });
  });

  it('a cancel stops the running stage and starts no other; the teardown is left to whoever reads the record', async () => {
    const { Cancel } = await import('../../src/local/runner.js');
    const cancel = new Cancel();
    const { calls, runner } = fakeRunner({});
    const cancelling = async (action: string, opts: RunOpts) => {
      const r = await runner(action, opts);
      if (action === 'certs') cancel.send('SIGINT'); // arrives while certs runs
      expect(opts.cancel).toBe(cancel); // each stage is handed the cancel
      return { ...r, exitCode: action === 'certs' ? 130 : 0 };
    };
    const r = await runPipeline(base(tmp(), { teardown: true, cancel }), cancelling);
    expect(calls.map((c) => c.action)).toEqual(['provision', 'certs']);
    expect(r).toMatchObject({ ok: false, failedAt: 'certs', cancelled: { signal: 'SIGINT', stage: 'certs' }, record: KIND_RECORD });
    expect(r.skipped.find((k) => k.stage === 'teardown')?.why).toMatch(
      /^cancelled \(SIGINT\): kind cluster meshci-dev .* is left for the post step or meshci down$/,
    );
  });

  it('existing: no provision and no teardown; the given kubeconfig everywhere; any OCI registry as the mirror, with basic auth', async () => {
    const { calls, runner } = fakeRunner({ republish: { outputs: { 'helm-values': 'x: 1\n' } }, verify: { outputs: { verdict: 'pass' } } });
    const r = await runPipeline(
      base(tmp(), {
        provider: 'existing',
        teardown: true,
        kubeconfig: '/k/config',
        mirror: { destination: 'registry.example.com/mesh', plainHttp: false, username: 'u', password: 'p' },
      }),
      runner,
    );
    expect(r.ok).toBe(true);
    expect(calls.map((c) => c.action)).toEqual(['certs', 'republish', 'deploy', 'verify']);
    expect(calls[1]!.opts.inputs).toMatchObject({
      destination: 'registry.example.com/mesh',
      'destination-auth': 'basic',
      'destination-username': 'u',
      'destination-password': 'p',
    });
    expect(calls[1]!.opts.inputs?.['plain-http']).toBeUndefined();
    expect(calls[2]!.opts.inputs).toMatchObject({ kubeconfig: '/k/config', 'helm-values': 'x: 1\n' });
    expect(calls[3]!.opts.inputs).toMatchObject({ kubeconfig: '/k/config' });
  });

  it('existing without a mirror: republish skipped, images from their origin', async () => {
    const { calls, runner } = fakeRunner({});
    const r = await runPipeline(base(tmp(), { provider: 'existing', kubeconfig: '/k/config' }), runner);
    expect(calls.map((c) => c.action)).toEqual(['certs', 'deploy', 'verify']);
    expect(r.skipped.map((s) => s.stage)).toEqual(['provision', 'republish']);
    expect(calls[1]!.opts.inputs?.['helm-values']).toBeUndefined();
  });

  it('aks: republish imports into the ACR provision made, signed in with Azure', async () => {
    const { calls, runner } = fakeRunner({
      provision: {
        outputs: {
          'acr-login-server': 'meshcidev.azurecr.io',
          'acr-resource-id': '/subscriptions/s/resourceGroups/g/providers/Microsoft.ContainerRegistry/registries/meshcidev',
        },
      },
    });
    await runPipeline(base(tmp(), { provider: 'aks' }), runner);
    expect(calls[2]!.opts.inputs).toMatchObject({
      destination: 'meshcidev.azurecr.io/mirror',
      'destination-auth': 'azure',
      mode: 'auto',
      'acr-resource-id': '/subscriptions/s/resourceGroups/g/providers/Microsoft.ContainerRegistry/registries/meshcidev',
    });
    expect(calls[2]!.opts.inputs?.['plain-http']).toBeUndefined();
  });
});
