import { describe, it, expect } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { up, down } from '../../src/local/pipeline.js';
import type { RunOpts, RunResult } from '../../src/local/runner.js';

/** `meshci up`'s chaining: each step gets the previous steps' exported env, PATH and outputs. */
const result = (o: Partial<RunResult>): RunResult => ({ exitCode: 0, rawStdout: '', log: '', stderr: '', outputs: {}, state: {}, env: {}, summary: '', secrets: [], path: [], workDir: '', ...o });

function fakeRunner(answers: Record<string, Partial<RunResult>>) {
  const calls: { action: string; opts: RunOpts }[] = [];
  const runner = async (action: string, opts: RunOpts) => {
    calls.push({ action, opts });
    return result(answers[action] ?? {});
  };
  return { calls, runner };
}

describe('meshci up', () => {
  it('kind: provision → certs → republish (plain HTTP to the local registry) → deploy with its helm values → verify', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'meshci-up-'));
    const { calls, runner } = fakeRunner({
      provision: { outputs: { 'acr-login-server': 'localhost:5001', kubeconfig: join(dir, 'kubeconfig') }, env: { KUBECONFIG: join(dir, 'kubeconfig') }, path: ['/tools/kind'] },
      deploy: { path: ['/tools/helm'] },
      republish: { outputs: { 'helm-values': 'linkerd-control-plane: {}\n' } },
      verify: { outputs: { verdict: 'pass' } },
    });
    const reported: string[] = [];
    const r = await up({ name: 'dev', provider: 'kind', linkerdVersion: 'stable-2.14.10', dir, republish: true, verify: true, provision: { 'node-count': '2' } }, runner, (a) => reported.push(a));
    expect(r).toMatchObject({ ok: true, verdict: 'pass', kubeconfig: join(dir, 'kubeconfig') });
    expect(calls.map((c) => c.action)).toEqual(['provision', 'certs', 'republish', 'deploy', 'verify']);
    expect(reported).toEqual(['provision', 'certs', 'republish', 'deploy', 'verify']);
    // provision learns the Linkerd version: kind picks a node image its charts install on
    expect(calls[0]!.opts.inputs).toEqual({ provider: 'kind', name: 'dev', 'kubeconfig-path': join(dir, 'kubeconfig'), 'node-count': '2', 'linkerd-version': 'stable-2.14.10' });
    expect(calls[2]!.opts.inputs).toMatchObject({ destination: 'localhost:5001/mirror', 'plain-http': 'localhost:5001', extensions: 'viz' });
    expect(calls[3]!.opts.inputs).toMatchObject({ 'helm-values': 'linkerd-control-plane: {}\n', 'identity-dir': join(dir, 'certs'), kubeconfig: join(dir, 'kubeconfig') });
    // exported env and PATH reach the later steps
    expect(calls[1]!.opts.env?.['KUBECONFIG']).toBe(join(dir, 'kubeconfig'));
    expect(calls[4]!.opts.env?.['PATH']?.split(':').slice(0, 2)).toEqual(['/tools/helm', '/tools/kind']);
    expect(calls[4]!.opts.inputs).toMatchObject({ comment: 'never', 'output-dir': join(dir, 'verify') });
  });

  it('stops at the first failing step and says where', async () => {
    const { calls, runner } = fakeRunner({ provision: { exitCode: 1 } });
    const r = await up({ name: 'dev', provider: 'kind', linkerdVersion: 'stable-2.14.10', dir: mkdtempSync(join(tmpdir(), 'meshci-up-')), republish: true, verify: true, provision: {} }, runner, () => undefined);
    expect(r).toMatchObject({ ok: false, failedAt: 'provision' });
    expect(calls.map((c) => c.action)).toEqual(['provision']);
  });

  it('down tears the environment down', async () => {
    const { calls, runner } = fakeRunner({});
    expect(await down({ name: 'dev', provider: 'kind', removeRegistry: true }, runner, () => undefined)).toBe(true);
    expect(calls).toEqual([{ action: 'teardown', opts: { inputs: { provider: 'kind', name: 'dev', 'remove-registry': 'true' } } }]);
  });
});
