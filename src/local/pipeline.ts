import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import type { Cancel, RunOpts, RunResult } from './runner.js';
import { readRecordFile, describeRecord, type EnvironmentRecord } from '../env/record.js';

/**
 * The AKS + Linkerd walkthrough (docs/reference/walkthrough.md) in one pipeline: provision → certs → republish → deploy → verify → teardown. One
 * module serves the root action (`uses: meshci/meshci@v1`, src/actions/meshci), `meshci up` /
 * `meshci down`, and through the root action the reusable workflows — so the order of the stages
 * and what each hands the next are written once, here.
 *
 * Each stage is an action run through the runner emulation (src/local/runner.ts) exactly as the
 * runner runs a step: its outputs, exported environment and PATH are handed to the next stage.
 * Everything a run writes lands in one folder (`dir`): kubeconfig, certs (0600 keys), evidence,
 * diagnostics, and the environment record (`recordPath`): provision writes there what it is about
 * to create before creating it, and teardown removes exactly that — also after a provision that
 * failed half-way. A cancel (`cancel`) is passed to the running stage; no later stage starts, and
 * the teardown is left to whoever reads the record next (the root action's post step, `meshci down`).
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
  /** a cancel (SIGINT / SIGTERM): forwarded to the running stage, and no stage starts after it */
  cancel?: Cancel;
  /** `tools-mirror`: every stage that downloads a tool (kind, kubectl, Calico, helm, linkerd) gets it */
  toolsMirror?: string;
}

/** The stages with a `tools-mirror` input. */
const DOWNLOADING: ReadonlySet<Stage> = new Set(['provision', 'deploy', 'verify', 'teardown']);

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
  /** what provision recorded it created (or was creating): what teardown removes */
  record?: EnvironmentRecord;
  /** the run was cancelled: the signal, and the stage it stopped (or would have started) */
  cancelled?: { signal: string; stage: Stage };
}

/**
 * PATH after a step added `added` (its GITHUB_PATH lines, in order) to `base`, as the runner builds
 * it: each line moves to the end of the list of added folders, and the list goes in front of PATH
 * last-added first (`b` added after `a`: `b:a:…`).
 */
export function prependPath(added: readonly string[], base: string | undefined): string {
  const list: string[] = [];
  for (const p of added) {
    const i = list.indexOf(p);
    if (i >= 0) list.splice(i, 1);
    list.push(p);
  }
  return [...list.reverse(), ...(base ? [base] : [])].join(delimiter);
}

/** Where a run's environment record lives: the run's folder (RUNNER_TEMP/meshci-<name>, .meshci/<name>). */
export function recordPath(dir: string): string {
  return join(resolve(dir), 'environment.json');
}

// eslint-disable-next-line max-lines-per-function -- the stages in order, each handing its kubeconfig, registry or Helm values to the next, and the teardown in `finally`: read top to bottom it is the pipeline; split, the hand-offs would travel through shared state
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
  const cancelled = (stage: Stage): boolean => {
    const signal = o.cancel?.requested;
    if (!signal) return false;
    res.cancelled ??= { signal, stage };
    res.failedAt ??= stage;
    return true;
  };
  const step = async (stage: Stage, inputs: Record<string, string>): Promise<RunResult | undefined> => {
    if (cancelled(stage)) {
      skip(stage, `cancelled (${o.cancel?.requested})`);
      return undefined;
    }
    hooks.start?.(stage);
    const t0 = Date.now();
    const tools: Record<string, string> = o.toolsMirror && DOWNLOADING.has(stage) ? { 'tools-mirror': o.toolsMirror } : {};
    const r = await runner(stage, { inputs: { ...inputs, ...tools, ...extra(stage) }, env: { ...env }, ...(o.cancel ? { cancel: o.cancel } : {}) });
    const ms = Date.now() - t0;
    hooks.end?.(stage, r, ms);
    res.stages.push({ stage, exitCode: r.exitCode, ms, outputs: r.outputs, summary: r.summary });
    if (cancelled(stage)) return undefined;
    if (r.exitCode !== 0) {
      res.failedAt ??= stage;
      return undefined;
    }
    Object.assign(env, r.env);
    if (r.path.length) env['PATH'] = prependPath(r.path, env['PATH'] ?? process.env['PATH']);
    return r;
  };

  const record = recordPath(dir);
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
      // a record of an earlier run in this folder stays until provision rewrites it (what it says
      // meshci started, it keeps)
      const prov = await step('provision', { provider: o.provider, name: o.name, 'kubeconfig-path': kubeconfig, 'linkerd-version': o.linkerdVersion, record });
      res.record = readRecordFile(record);
      if (!prov) return res;
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
      'linkerd-version': o.linkerdVersion,
      'identity-dir': res.certsDir,
      kubeconfig: kubeconfig ?? '',
      'linkerd-cli': 'true',
      viz: 'true',
      app: 'dgraph',
      'diagnostics-dir': join(dir, 'diagnostics'),
      ...(helmValues ? { 'helm-values': helmValues } : {}),
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
    if (o.provider !== 'existing') {
      // the record names what provision created, or had started to create when it failed
      if (!res.record) skip('teardown', 'provision created nothing');
      else if (res.cancelled) skip('teardown', `cancelled (${res.cancelled.signal}): ${describeRecord(res.record)} is left for the post step or meshci down`);
      else if (!o.teardown) skip('teardown', 'kept (keep: true)');
      else {
        const ok = await step('teardown', teardownInputs(res.record));
        if (!ok) res.ok = false;
      }
    }
  }
}

/** The teardown stage's inputs: the record itself, so exactly what provision made is removed. */
export function teardownInputs(record: EnvironmentRecord): Record<string, string> {
  return { record: JSON.stringify(record) };
}

/**
 * `meshci down`: delete what `meshci up` made — what the record in its folder names (and then the
 * record); without a record (an environment of an older meshci) the environment by its name.
 */
export async function down(
  o: { name: string; provider: 'kind' | 'aks'; removeRegistry: boolean; dir?: string; cancel?: Cancel; subscriptionId?: string | undefined },
  runner: Runner,
  hooks: Hooks = {},
): Promise<boolean> {
  const file = recordPath(o.dir ?? join('.meshci', o.name));
  const rec = readRecordFile(file);
  const inputs = rec
    ? teardownInputs(rec)
    : {
        provider: o.provider,
        name: o.name,
        ...(o.provider === 'kind' ? { 'remove-registry': String(o.removeRegistry) } : {}),
        ...(o.provider === 'aks' && o.subscriptionId ? { 'subscription-id': o.subscriptionId } : {}),
      };
  hooks.start?.('teardown');
  const t0 = Date.now();
  const r = await runner('teardown', { inputs, ...(o.cancel ? { cancel: o.cancel } : {}) });
  hooks.end?.('teardown', r, Date.now() - t0);
  if (r.exitCode === 0 && rec) rmSync(file, { force: true });
  return r.exitCode === 0;
}
