import * as core from '@actions/core';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, maskAll, wholeLines, Cancel, RUNNER_GRACE, type RunOpts, type RunResult } from '../../local/runner.js';
import { runPipeline, recordPath, teardownInputs, type PipelineResult, type Stage } from '../../local/pipeline.js';
import { formatDuration } from '../../runtime/log.js';
import { escapeHtml } from '../../lib/html.js';
import { defaultName } from '../../env/spec.js';
import { readRecordFile, validateRecord, describeRecord, type EnvironmentRecord } from '../../env/record.js';
import { pullRequestNumber } from '../../lib/event.js';
import { getInputs, type Inputs } from './inputs.js';

/**
 * The root action, `uses: meshci/meshci@v1`: the AKS + Linkerd walkthrough in one step
 * (docs/reference/walkthrough.md). A node entry that runs the
 * pipeline of src/local/pipeline.ts — the same code as `meshci up` — with each stage's committed
 * dist entry as a child process of this step (a composite action cannot `uses: ./certs`: that
 * resolves against the caller's workspace, not this action; see ARCHITECTURE.md).
 *
 * Each stage's log is passed through as it is written, workflow commands included, so the runner
 * masks what the stage masks and shows its groups and annotations; the stages' summaries become
 * one summary; the outputs of each stage are in `stages`. The Linkerd keys are written under
 * RUNNER_TEMP (0600) and deleted before this step ends: they never leave the job.
 *
 * What provision creates is recorded before it is created (the environment record, in the run's
 * folder); the post-step state points at it from before provision starts, so the post step tears
 * down whatever main did not — a failed teardown, or a cancelled job. On cancel (the runner's
 * SIGINT, then SIGTERM) the running stage gets the signal with its whole process group and the
 * runner's grace, no further stage starts, the keys are deleted, and the state is saved.
 */

/** A stage's log handed to the runner as this step's own: whole lines, stdout to stdout, stderr to stderr. */
const passThrough = () => wholeLines((text, stream) => (stream === 'stdout' ? process.stdout : process.stderr).write(text));

/** The post step's state: the record (once known) or the file it is written to. */
interface PendingTeardown {
  file: string;
  record?: EnvironmentRecord;
  /** the `tools-mirror` input: an air-gapped runner's post step downloads kind from there too */
  toolsMirror?: string;
}

// eslint-disable-next-line max-lines-per-function -- one lifetime: the signal handlers, the stage runner and the post-step state are wired to the same pipeline run and released with it
export async function main(inputs = getInputs()): Promise<void> {
  const name = inputs.name ?? defaultName(pullRequestNumber(), process.env['GITHUB_RUN_ID']);
  const dir = join(process.env['RUNNER_TEMP'] ?? tmpdir(), `meshci-${name}`);
  // where the keys will be: a step killed outright (no finally runs) leaves them to the post step
  core.saveState('certs-dir', join(dir, 'certs'));
  const secrets: string[] = [];
  const token: Record<string, string> = inputs.githubToken ? { 'github-token': inputs.githubToken } : {};
  // cancellation: the runner signals this process only; the running stage (and what it spawned) is told here
  const cancel = new Cancel();
  let running: { stage: Stage; pid?: number } | undefined;
  const onSignal = (sig: NodeJS.Signals) => {
    const first = !cancel.requested;
    cancel.send(sig);
    const what = running ? `${running.stage}${running.pid ? ` (pid ${running.pid})` : ''}` : 'the pipeline';
    core.info(
      `── meshci: ${sig} received: ${first ? `cancelling; ${cancel.current} passed to ${what}, SIGTERM after ${RUNNER_GRACE.termMs / 1000} s, SIGKILL ${RUNNER_GRACE.killMs / 1000} s later` : `${cancel.current} passed to ${what}`} ──`,
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const runner = (action: string, opts: RunOpts): Promise<RunResult> => {
    const out = passThrough();
    return runAction(action, {
      ...opts,
      node: process.execPath,
      inheritGithubEnv: true,
      signalTarget: 'group',
      onOutput: out.feed,
      onSpawn: (pid) => {
        if (running) running.pid = pid;
      },
    })
      .then((r) => {
        secrets.push(...r.secrets);
        return r;
      })
      .finally(out.flush);
  };
  const record = recordPath(dir);
  const mirror = inputs.toolsMirror ? { toolsMirror: inputs.toolsMirror } : {};
  const pending = (p: PendingTeardown | undefined) => core.saveState('teardown', p ? JSON.stringify(p) : '');
  const t0 = Date.now();
  let res: PipelineResult | undefined;
  try {
    res = await runPipeline(
      {
        name,
        provider: inputs.provider,
        linkerdVersion: inputs.linkerdVersion,
        dir,
        republish: inputs.republish,
        verify: true,
        teardown: !inputs.keep,
        kubeconfig: inputs.kubeconfig,
        mirror: inputs.mirror,
        toolsMirror: inputs.toolsMirror,
        cancel,
        inputs: stageInputs(inputs, token),
      },
      runner,
      {
        start: (stage) => {
          running = { stage };
          // before provision creates anything, the post step knows where its record will be
          if (stage === 'provision' && !inputs.keep) pending({ file: record, ...mirror });
          core.info(`\n── meshci ${stage} ──`);
        },
        end: (stage, r, ms) => {
          running = undefined;
          const how = r.signal ? `stopped by ${r.signal}` : r.exitCode === 0 ? 'done' : cancel.requested ? 'cancelled' : 'failed';
          core.info(`── meshci ${stage}: ${how} in ${formatDuration(ms)}${cancel.requested && r.pid ? ` (pid ${r.pid} exited)` : ''} ──`);
          if (stage === 'provision' && !inputs.keep) {
            const rec = readRecordFile(record);
            pending(rec ? { file: record, record: rec, ...mirror } : undefined);
          }
          if (stage === 'teardown' && r.exitCode === 0) pending(undefined);
        },
        skip: (stage, why) => core.info(`── meshci ${stage}: skipped (${why}) ──`),
      },
    );
  } finally {
    // key material never outlives the step (the identity the cluster needs is in the cluster)
    rmSync(join(dir, 'certs'), { recursive: true, force: true });
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  const mask = (v: string) => maskAll(v, secrets);
  setOutputs(res, inputs, name, mask);
  await summary(res, Date.now() - t0, mask);
  if (res.cancelled) {
    const left = !res.record
      ? 'nothing was created'
      : inputs.keep
        ? `${describeRecord(res.record)} is kept (keep: true)`
        : `the post step tears down ${describeRecord(res.record)}`;
    throw new Error(`cancelled (${res.cancelled.signal}) during ${res.cancelled.stage}; ${left}`);
  }
  if (!res.ok) {
    throw new Error(
      res.failedAt === 'verify' && res.verdict === 'fail'
        ? `verify found problems (verdict fail): see the report in the summary${res.stages.some((s) => s.stage === 'teardown') ? '; the environment was torn down' : ''}`
        : `stopped at ${res.failedAt ?? 'teardown'} (its error is above)`,
    );
  }
}

/** What each stage gets beyond the pipeline's own inputs: the user's and the token. */
function stageInputs(inputs: Inputs, token: Record<string, string>): NonNullable<Parameters<typeof runPipeline>[0]['inputs']> {
  // the environment's own sticky comment (how to connect) only for an environment that is kept
  const comment = inputs.keep ? 'auto' : 'never';
  return {
    provision: { ...inputs.provision, ...token, comment },
    verify: { 'github-token': '', ...inputs.verify },
    deploy: inputs.deploy,
    teardown: { ...token, comment },
  };
}

/** The step's outputs: the environment, the verdict, where it stopped, and each stage's outputs (masked) as JSON. */
function setOutputs(res: PipelineResult, inputs: Inputs, name: string, mask: (v: string) => string): void {
  const stageOutputs: Record<string, unknown> = {};
  for (const s of res.stages)
    stageOutputs[s.stage] = {
      exitCode: s.exitCode,
      seconds: Math.round(s.ms / 100) / 10,
      outputs: Object.fromEntries(Object.entries(s.outputs).map(([k, v]) => [k, mask(v)])),
    };
  const out = (stage: Stage, key: string) => res.stages.find((s) => s.stage === stage)?.outputs[key] ?? '';
  core.setOutput('environment', res.environment ?? (inputs.provider === 'existing' ? '' : name));
  core.setOutput('verdict', res.verdict ?? '');
  core.setOutput('failed-stage', res.failedAt ?? '');
  core.setOutput('kubeconfig', inputs.keep || inputs.provider === 'existing' ? (res.kubeconfig ?? '') : '');
  core.setOutput('registry', res.registry ?? '');
  core.setOutput('expires-at', out('provision', 'expires-at'));
  core.setOutput('report', out('verify', 'report'));
  core.setOutput('evidence-dir', out('verify', 'evidence-dir'));
  core.setOutput('anchor-fingerprint', out('certs', 'anchor-fingerprint'));
  core.setOutput('stages', JSON.stringify(stageOutputs));
  core.setOutput('record', res.record ? JSON.stringify(res.record) : '');
}

/** One summary: the stages as a table, then each stage's own summary. */
async function summary(res: PipelineResult, ms: number, mask: (v: string) => string): Promise<void> {
  const icon = res.ok ? '✅' : '❌';
  const rows = [
    [
      { data: 'stage', header: true },
      { data: 'result', header: true },
      { data: 'time', header: true },
    ],
    ...res.stages.map((s) => [{ data: s.stage }, { data: s.exitCode === 0 ? '✅ done' : '❌ failed' }, { data: formatDuration(s.ms) }]),
    ...res.skipped.map((s) => [{ data: s.stage }, { data: `⏭️ ${escapeHtml(s.why)}` }, { data: '' }]),
  ];
  const title = res.ok
    ? `mesh verified${res.verdict ? ` (${res.verdict})` : ''}`
    : res.cancelled
      ? `cancelled during ${res.cancelled.stage}`
      : `stopped at ${res.failedAt ?? 'teardown'}`;
  const s = core.summary
    .addHeading(`${icon} meshci: ${title}`, 2)
    .addTable(rows)
    .addRaw(`<p>${formatDuration(ms)} in all</p>`, true);
  // what provision created (or was creating) and what became of it
  if (res.record) {
    const tornDown = res.stages.some((st) => st.stage === 'teardown' && st.exitCode === 0);
    const fate = tornDown
      ? 'torn down'
      : res.cancelled
        ? 'left for the post step to tear down'
        : res.skipped.some((k) => k.stage === 'teardown')
          ? 'kept'
          : 'teardown failed: the post step tries again';
    s.addRaw(
      `<p>environment: ${escapeHtml(describeRecord(res.record))}: ${escapeHtml(fate)}${tornDown && res.failedAt === 'provision' ? ' (provision failed after creating it)' : ''}</p>`,
      true,
    );
  }
  for (const st of res.stages) if (st.summary.trim()) s.addRaw(mask(st.summary.replace(/<h2>/g, '<h3>').replace(/<\/h2>/g, '</h3>')), true);
  await s.write();
}

/** The post step: what provision recorded and main did not tear down (a failed teardown, a cancelled job) is torn down here, unless keep. */
export async function post(): Promise<void> {
  // key material never outlives the job, even when main was killed before its finally (found by act,
  // which SIGKILLs a cancelled step): removed first, whatever else post does
  const certsDir = core.getState('certs-dir');
  if (certsDir && existsSync(certsDir)) {
    rmSync(certsDir, { recursive: true, force: true });
    core.info(`removed ${certsDir}, which the main step did not get to remove`);
  }
  const state = core.getState('teardown');
  if (!state) return;
  const pending = JSON.parse(state) as PendingTeardown;
  const rec = pending.record ? validateRecord('the post-step state', pending.record) : existsSync(pending.file) ? readRecordFile(pending.file) : undefined;
  if (!rec) {
    core.info('the run ended before provision created anything: nothing to tear down');
    return;
  }
  core.info(`the run ended before its teardown: deleting environment ${rec.name}: ${describeRecord(rec)}`);
  const out = passThrough();
  const r = await runAction('teardown', {
    inputs: { ...teardownInputs(rec), ...(pending.toolsMirror ? { 'tools-mirror': pending.toolsMirror } : {}) },
    node: process.execPath,
    inheritGithubEnv: true,
    onOutput: out.feed,
  }).finally(out.flush);
  if (r.exitCode !== 0) core.warning(`teardown of ${rec.name} failed: delete it with meshci/meshci/teardown (the reaper deletes it after its ttl)`);
}
