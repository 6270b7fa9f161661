import * as core from '@actions/core';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, maskAll, type RunOpts, type RunResult } from '../../local/runner.js';
import { runPipeline, teardownInputs, type PipelineResult, type Stage } from '../../local/pipeline.js';
import { formatDuration } from '../../lib/log.js';
import { escapeHtml } from '../../lib/html.js';
import { defaultName } from '../../env/spec.js';
import { pullRequestNumber } from '../../lib/event.js';
import { getInputs } from './inputs.js';

/**
 * The root action, `uses: meshci/meshci@v1`: the article in one step. A node entry that runs the
 * pipeline of src/local/pipeline.ts — the same code as `meshci up` — with each stage's committed
 * dist entry as a child process of this step (a composite action cannot `uses: ./certs`: that
 * resolves against the caller's workspace, not this action; see ARCHITECTURE.md).
 *
 * Each stage's log is passed through as it is written, workflow commands included, so the runner
 * masks what the stage masks and shows its groups and annotations; the stages' summaries become
 * one summary; the outputs of each stage are in `stages`. The Linkerd keys are written under
 * RUNNER_TEMP (0600) and deleted before this step ends: they never leave the job.
 */
export async function main(inputs = getInputs()): Promise<void> {
  const name = inputs.name ?? defaultName(pullRequestNumber(), process.env['GITHUB_RUN_ID']);
  const dir = join(process.env['RUNNER_TEMP'] ?? tmpdir(), `meshci-${name}`);
  const secrets: string[] = [];
  const token: Record<string, string> = inputs.githubToken ? { 'github-token': inputs.githubToken } : {};
  const runner = (action: string, opts: RunOpts): Promise<RunResult> =>
    runAction(action, { ...opts, node: process.execPath, inheritGithubEnv: true, onOutput: (chunk) => process.stdout.write(chunk) }).then((r) => {
      secrets.push(...r.secrets);
      return r;
    });
  const t0 = Date.now();
  let res: PipelineResult | undefined;
  try {
    res = await runPipeline(
      {
        name, provider: inputs.provider, linkerdVersion: inputs.linkerdVersion, dir, republish: inputs.republish, verify: true, teardown: !inputs.keep,
        kubeconfig: inputs.kubeconfig, mirror: inputs.mirror,
        // the environment's own sticky comment (how to connect) only for an environment that is kept
        inputs: { provision: { ...inputs.provision, ...token, comment: inputs.keep ? 'auto' : 'never' }, verify: { 'github-token': '', ...inputs.verify }, deploy: inputs.deploy, teardown: { ...token, comment: inputs.keep ? 'auto' : 'never' } },
      },
      runner,
      {
        start: (stage) => core.info(`\n── meshci ${stage} ──`),
        end: (stage, r, ms) => {
          core.info(`── meshci ${stage}: ${r.exitCode === 0 ? 'done' : 'failed'} in ${formatDuration(ms)} ──`);
          if (stage === 'provision' && r.exitCode === 0) {
            core.saveState('teardown', inputs.keep ? '' : JSON.stringify({ provider: inputs.provider, name: r.outputs['environment'] ?? name }));
          }
          if (stage === 'teardown' && r.exitCode === 0) core.saveState('teardown', '');
        },
        skip: (stage, why) => core.info(`── meshci ${stage}: skipped (${why}) ──`),
      },
    );
  } finally {
    // key material never outlives the step (the identity the cluster needs is in the cluster)
    rmSync(join(dir, 'certs'), { recursive: true, force: true });
  }
  const mask = (v: string) => maskAll(v, secrets);
  const stageOutputs: Record<string, unknown> = {};
  for (const s of res.stages) stageOutputs[s.stage] = { exitCode: s.exitCode, seconds: Math.round(s.ms / 100) / 10, outputs: Object.fromEntries(Object.entries(s.outputs).map(([k, v]) => [k, mask(v)])) };
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
  await summary(res, Date.now() - t0, mask);
  if (!res.ok) {
    throw new Error(res.failedAt === 'verify' && res.verdict === 'fail'
      ? `verify found problems (verdict fail): see the report in the summary${res.stages.some((s) => s.stage === 'teardown') ? '; the environment was torn down' : ''}`
      : `stopped at ${res.failedAt ?? 'teardown'} (its error is above)`);
  }
}

/** One summary: the stages as a table, then each stage's own summary. */
async function summary(res: PipelineResult, ms: number, mask: (v: string) => string): Promise<void> {
  const icon = res.ok ? '✅' : '❌';
  const rows = [
    [{ data: 'stage', header: true }, { data: 'result', header: true }, { data: 'time', header: true }],
    ...res.stages.map((s) => [{ data: s.stage }, { data: s.exitCode === 0 ? '✅ done' : '❌ failed' }, { data: formatDuration(s.ms) }]),
    ...res.skipped.map((s) => [{ data: s.stage }, { data: `⏭️ ${escapeHtml(s.why)}` }, { data: '' }]),
  ];
  const s = core.summary.addHeading(`${icon} meshci: ${res.ok ? `mesh verified${res.verdict ? ` (${res.verdict})` : ''}` : `stopped at ${res.failedAt ?? 'teardown'}`}`, 2).addTable(rows).addRaw(`<p>${formatDuration(ms)} in all</p>`, true);
  for (const st of res.stages) if (st.summary.trim()) s.addRaw(mask(st.summary.replace(/<h2>/g, '<h3>').replace(/<\/h2>/g, '</h3>')), true);
  await s.write();
}

/** The post step: a teardown that main did not reach (a cancelled or killed job) is done here, unless keep. */
export async function post(): Promise<void> {
  const pending = core.getState('teardown');
  if (!pending) return;
  const { provider, name } = JSON.parse(pending) as { provider: 'kind' | 'aks'; name: string };
  core.info(`the run ended before its teardown: deleting environment ${name} (${provider})`);
  const r = await runAction('teardown', { inputs: teardownInputs(provider, name, true), node: process.execPath, inheritGithubEnv: true, onOutput: (c) => process.stdout.write(c) });
  if (r.exitCode !== 0) core.warning(`teardown of ${name} failed: delete it with meshci/meshci/teardown (the reaper deletes it after its ttl)`);
}
