import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RunOpts, RunResult } from './runner.js';

/**
 * The article in one pipeline: provision → certs → republish → deploy → verify → teardown. One
 * module serves the root action (`uses: meshci/meshci@v1`, src/actions/meshci), `meshci up` /
 * `meshci down`, and through the root action the reusable workflows — so the order of the stages
 * and what each hands the next are written once, here.
 *
 * Each stage is an action run through the runner emulation (src/local/runner.ts) exactly as the
 * runner runs a step: its outputs, exported environment and PATH are handed to the next stage.
 * Everything a run writes lands in one folder (`dir`): kubeconfig, certs (0600 keys), evidence,
 * diagnostics.
 */
export const STAGES = ['provision', 'certs', 'republish', 'deploy', 'verify', 'teardown'] as const;
export type Stage = (typeof STAGES)[number];
export const PROVIDERS = ['kind', 'aks', 'existing'] as const;
export type Provider = (typeof PROVIDERS)[number];

export interface Mirror {
  /** registry host[/prefix] the images are copied to */
  destination: string;
  plainHttp: boolean;
  username?: string;
  password?: string;
}

export interface PipelineOpts {
  name: string;
  provider: Provider;
  linkerdVersion: string;
  dir: string;
  republish: boolean;
  verify: boolean;
  /** delete the environment at the end (root action unless `keep`); `meshci up` keeps it */
  teardown: boolean;
  /** provider existing: the cluster's kubeconfig (a path) */
  kubeconfig?: string;
  /** provider existing: any OCI registry as the mirror; without it images come from their origin */
  mirror?: Mirror;
  /** extra inputs per stage (location, node-count, expectations, comment-key, …) */
  inputs?: Partial<Record<Stage, Record<string, string>>>;
}

export type Runner = (action: string, opts: RunOpts) => Promise<RunResult>;

export interface StageResult {
  stage: Stage;
  exitCode: number;
  ms: number;
  outputs: Record<string, string>;
  summary: string;
}

export interface Hooks {
  start?(stage: Stage): void;
  end?(stage: Stage, r: RunResult, ms: number): void;
  skip?(stage: Stage, why: string): void;
}

export interface PipelineResult {
  ok: boolean;
  failedAt?: Stage;
  stages: StageResult[];
  skipped: { stage: Stage; why: string }[];
  environment?: string;
  kubeconfig?: string;
  verdict?: string;
  registry?: string;
  evidenceDir: string;
  certsDir: string;
}

export async function runPipeline(o: PipelineOpts, runner: Runner, hooks: Hooks = {}): Promise<PipelineResult> {
  const dir = resolve(o.dir);
  // the run's folder holds a kubeconfig and key files: the user's alone
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const env: Record<string, string> = {};
  const res: PipelineResult = { ok: false, stages: [], skipped: [], evidenceDir: join(dir, 'evidence'), certsDir: join(dir, 'certs') };
  const extra = (s: Stage) => o.inputs?.[s] ?? {};
  const skip = (stage: Stage, why: string) => {
    res.skipped.push({ stage, why });
    hooks.skip?.(stage, why);
  };
  const step = async (stage: Stage, inputs: Record<string, string>): Promise<RunResult | undefined> => {
    hooks.start?.(stage);
    const t0 = Date.now();
    const r = await runner(stage, { inputs: { ...inputs, ...extra(stage) }, env: { ...env } });
    const ms = Date.now() - t0;
    hooks.end?.(stage, r, ms);
    res.stages.push({ stage, exitCode: r.exitCode, ms, outputs: r.outputs, summary: r.summary });
    if (r.exitCode !== 0) {
      res.failedAt ??= stage;
      return undefined;
    }
    Object.assign(env, r.env);
    if (r.path.length) env['PATH'] = [...r.path, env['PATH'] ?? process.env['PATH'] ?? ''].join(':');
    return r;
  };

  let provisioned = false;
  try {
    // provision
    let kubeconfig = o.kubeconfig;
    let registry: string | undefined;
    let plainHttp = false;
    if (o.provider === 'existing') {
      skip('provision', 'provider existing: the cluster of the given kubeconfig');
      registry = o.mirror?.destination;
      plainHttp = o.mirror?.plainHttp ?? false;
    } else {
      kubeconfig = join(dir, 'kubeconfig');
      const prov = await step('provision', { provider: o.provider, name: o.name, 'kubeconfig-path': kubeconfig, 'linkerd-version': o.linkerdVersion });
      if (!prov) return res;
      provisioned = true;
      res.environment = prov.outputs['environment'] ?? o.name;
      const server = prov.outputs['acr-login-server'];
      registry = server ? `${server}/mirror` : undefined;
      plainHttp = o.provider === 'kind';
    }
    res.kubeconfig = kubeconfig;
    res.registry = registry;

    // certs: a folder that already holds an identity (a second `meshci up`) is reused
    if (existsSync(join(res.certsDir, 'issuer.key'))) skip('certs', `the identity in ${res.certsDir} is reused`);
    else if (!(await step('certs', { mode: 'generate', 'linkerd-version': o.linkerdVersion, 'output-dir': res.certsDir }))) return res;

    // republish
    let helmValues = '';
    if (!o.republish) skip('republish', 'turned off');
    else if (!registry) skip('republish', 'no mirror registry: images are pulled from their origin');
    else {
      const auth: Record<string, string> =
        o.provider === 'aks'
          ? { 'destination-auth': 'azure', mode: 'auto', 'acr-resource-id': res.stages[0]?.outputs['acr-resource-id'] ?? '' }
          : o.mirror?.username
            ? { 'destination-auth': 'basic', 'destination-username': o.mirror.username, 'destination-password': o.mirror.password ?? '' }
            : {};
      const images = await step('republish', {
        'linkerd-version': o.linkerdVersion,
        extensions: 'viz',
        destination: registry,
        ...(plainHttp ? { 'plain-http': registry.split('/')[0]! } : {}),
        ...auth,
      });
      if (!images) return res;
      helmValues = images.outputs['helm-values'] ?? '';
    }

    // deploy
    const deployed = await step('deploy', {
      'linkerd-version': o.linkerdVersion, 'identity-dir': res.certsDir, kubeconfig: kubeconfig ?? '', 'linkerd-cli': 'true', viz: 'true', app: 'dgraph',
      'diagnostics-dir': join(dir, 'diagnostics'), ...(helmValues ? { 'helm-values': helmValues } : {}),
    });
    if (!deployed) return res;

    // verify
    if (!o.verify) skip('verify', 'turned off');
    else {
      const verified = await step('verify', { kubeconfig: kubeconfig ?? '', 'output-dir': res.evidenceDir, comment: 'never' });
      res.verdict = verified?.outputs['verdict'] ?? res.stages.at(-1)?.outputs['verdict'];
      if (!verified) return res;
    }
    res.ok = true;
    return res;
  } finally {
    if (provisioned && o.teardown && o.provider !== 'existing') {
      const ok = await step('teardown', teardownInputs(o.provider, res.environment ?? o.name, true));
      if (!ok) res.ok = false;
    } else if (o.provider !== 'existing') skip('teardown', provisioned ? 'kept (keep: true)' : 'nothing was provisioned');
  }
}

/** The teardown stage's inputs for an environment (kind: and its registry container, when asked). */
export function teardownInputs(provider: 'kind' | 'aks', name: string, removeRegistry: boolean): Record<string, string> {
  return { provider, name, ...(provider === 'kind' ? { 'remove-registry': String(removeRegistry) } : {}) };
}

/** `meshci down`: delete what `meshci up` made. */
export async function down(o: { name: string; provider: 'kind' | 'aks'; removeRegistry: boolean }, runner: Runner, hooks: Hooks = {}): Promise<boolean> {
  hooks.start?.('teardown');
  const t0 = Date.now();
  const r = await runner('teardown', { inputs: teardownInputs(o.provider, o.name, o.removeRegistry) });
  hooks.end?.('teardown', r, Date.now() - t0);
  return r.exitCode === 0;
}
