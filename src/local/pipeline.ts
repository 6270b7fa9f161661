import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RunOpts, RunResult } from './runner.js';

/**
 * `meshci up` / `meshci down`: the ephemeral-environment workflow from a terminal, through the same
 * runner emulation as `meshci <action>`: provision (kind by default: no Azure account) → certs →
 * republish → deploy → verify, each step's outputs, exported environment and PATH handed to the
 * next as the runner would. Everything lands in one folder (`.meshci/<name>` by default).
 */
export interface UpOpts {
  name: string;
  provider: 'kind' | 'aks';
  linkerdVersion: string;
  dir: string;
  republish: boolean;
  verify: boolean;
  /** extra provision inputs (location, node-count, …) */
  provision: Record<string, string>;
}

export type Runner = (action: string, opts: RunOpts) => Promise<RunResult>;
export type Report = (action: string, r: RunResult) => void;

export interface UpResult {
  ok: boolean;
  failedAt?: string;
  steps: { action: string; exitCode: number }[];
  kubeconfig?: string;
  verdict?: string;
}

export async function up(o: UpOpts, runner: Runner, report: Report): Promise<UpResult> {
  const dir = resolve(o.dir);
  const env: Record<string, string> = {};
  const steps: UpResult['steps'] = [];
  const step = async (action: string, inputs: Record<string, string>): Promise<RunResult | undefined> => {
    const r = await runner(action, { inputs, env: { ...env } });
    report(action, r);
    steps.push({ action, exitCode: r.exitCode });
    if (r.exitCode !== 0) return undefined;
    Object.assign(env, r.env);
    if (r.path.length) env['PATH'] = [...r.path, env['PATH'] ?? process.env['PATH'] ?? ''].join(':');
    return r;
  };
  const fail = (at: string): UpResult => ({ ok: false, failedAt: at, steps });
  const kubeconfig = join(dir, 'kubeconfig');
  const prov = await step('provision', { provider: o.provider, name: o.name, 'kubeconfig-path': kubeconfig, 'linkerd-version': o.linkerdVersion, ...o.provision });
  if (!prov) return fail('provision');
  const certs = join(dir, 'certs');
  if (!existsSync(join(certs, 'issuer.key'))) {
    if (!(await step('certs', { mode: 'generate', 'linkerd-version': o.linkerdVersion, 'output-dir': certs }))) return fail('certs');
  }
  let helmValues = '';
  const registry = prov.outputs['acr-login-server'];
  if (o.republish && registry) {
    const images = await step('republish', {
      'linkerd-version': o.linkerdVersion,
      extensions: 'viz',
      destination: `${registry}/mirror`,
      ...(o.provider === 'kind' ? { 'plain-http': registry } : { 'destination-auth': 'azure', mode: 'auto', 'acr-resource-id': prov.outputs['acr-resource-id'] ?? '' }),
    });
    if (!images) return fail('republish');
    helmValues = images.outputs['helm-values'] ?? '';
  }
  const deployed = await step('deploy', { 'linkerd-version': o.linkerdVersion, 'identity-dir': certs, kubeconfig, 'linkerd-cli': 'true', viz: 'true', app: 'dgraph', 'diagnostics-dir': join(dir, 'diagnostics'), ...(helmValues ? { 'helm-values': helmValues } : {}) });
  if (!deployed) return fail('deploy');
  if (!o.verify) return { ok: true, steps, kubeconfig };
  const verified = await step('verify', { kubeconfig, 'output-dir': join(dir, 'verify'), comment: 'never' });
  return verified ? { ok: true, steps, kubeconfig, verdict: verified.outputs['verdict'] } : { ...fail('verify'), kubeconfig };
}

export async function down(o: { name: string; provider: 'kind' | 'aks'; removeRegistry: boolean }, runner: Runner, report: Report): Promise<boolean> {
  const r = await runner('teardown', { inputs: { provider: o.provider, name: o.name, ...(o.provider === 'kind' ? { 'remove-registry': String(o.removeRegistry) } : {}) } });
  report('teardown', r);
  return r.exitCode === 0;
}
