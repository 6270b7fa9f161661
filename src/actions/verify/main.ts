import * as core from '@actions/core';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { getErrorMessage } from '../../lib/errors.js';
import { actionsLogger, formatDuration } from '../../runtime/log.js';
import { requireAccess, verifyPermissions } from '../../k8s/access.js';
import { Cluster } from '../../k8s/cluster.js';
import { CONFIG_CM, readLinkerdConfig } from '../../linkerd/identity-cluster.js';
import { ensureTool } from '../../runtime/tool-install.js';
import { absentTool, exec } from '../../lib/exec.js';
import { collect, type CollectOpts } from '../../verify/collect.js';
import { assertEvidenceDir, readEvidence, writeEvidence, type Evidence } from '../../verify/evidence.js';
import { analyze } from '../../verify/judge.js';
import { SECTIONS, type Report } from '../../verify/verdict-types.js';
import { ICON, renderHtml, renderJunit } from '../../verify/report.js';
import { renderPage } from '../../verify/page.js';
import { commentMarker, postStickyComment } from '../../runtime/sticky-comment.js';
import { getInputs, type Inputs } from './inputs.js';
import { group } from '../../runtime/group.js';

export async function main(inputs = getInputs()): Promise<void> {
  const started = Date.now();
  const evidence = inputs.evidenceDir
    ? await group(`Read the evidence in ${inputs.evidenceDir}`, async () => {
        const e = readEvidence(inputs.evidenceDir as string);
        core.info(
          `evidence of ${e.collectedAt}: ${e.probes.length} probes, ${Object.keys(e.edges).length} edge sets, namespaces ${e.namespaces.map((n) => n.name).join(', ')}`,
        );
        return e;
      })
    : await collectFromCluster(inputs);

  const report = analyze(evidence, {
    minCertValidityMs: inputs.minCertValidityMs,
    balanceMaxRatio: inputs.balanceMaxRatio,
    failOnWarning: inputs.failOnWarning,
    acceptRefused: inputs.acceptRefused,
    // no evidence, no pass: what this run asks for must be in the evidence, whoever collected it
    expect: { check: inputs.linkerdCli.mode !== 'none', balance: inputs.balanceRequests > 0 },
  });
  const html = renderHtml(report, { marker: commentMarker(inputs.commentKey) });

  await group('Findings', async () => {
    // every connectivity, mTLS and balancing finding; of the long check lists only what did not pass
    const always = new Set(['connectivity', 'mtls', 'balancing', 'data-plane']);
    for (const s of SECTIONS) {
      const fs = report.findings.filter((x) => x.section === s);
      const passed = fs.filter((f) => f.status === 'pass').length;
      if (!always.has(s)) core.info(`${s}: ${passed}/${fs.length} passed`);
      for (const f of fs) if (always.has(s) || f.status !== 'pass') core.info(`${ICON[f.status]} ${s}: ${f.name}${f.detail ? ` — ${f.detail}` : ''}`);
    }
    core.info(
      `${report.counts.pass} passed, ${report.counts.warn} warnings${report.failOnWarning && report.counts.warn ? ' (failing: fail-on-warning)' : ''}, ${report.counts.fail} failed, ${report.counts.skip} skipped`,
    );
  });

  const dir = await group(`Write evidence and reports to ${inputs.outputDir}`, async () => writeBundle(inputs.outputDir, evidence, report));
  core.setOutput('verdict', report.verdict);
  core.setOutput('failed', String(report.failed));
  core.setOutput('report', join(dir, 'report.json'));
  core.setOutput('junit', join(dir, 'junit.xml'));
  core.setOutput('evidence-dir', dir);

  await core.summary
    .addRaw(html)
    .addRaw(
      `<p>Evidence and reports: <code>${dir}</code> (upload it with actions/upload-artifact; re-analyse with input evidence-dir). ${formatDuration(Date.now() - started)}.</p>`,
    )
    .write();
  await stickyComment(inputs, html);

  if (report.verdict === 'fail') {
    const n = report.failures.length;
    const shown = report.failures.slice(0, 5).join('; ');
    throw new Error(
      `${n} finding${n === 1 ? '' : 's'} failed: ${shown}${n > 5 ? `; … and ${n - 5} more` : ''} (full report: job summary and ${join(dir, 'report.json')})`,
    );
  }
  core.info(`verify passed in ${formatDuration(Date.now() - started)}`);
}

async function collectFromCluster(inputs: Inputs): Promise<Evidence> {
  const cluster = Cluster.connect({ kubeconfig: inputs.kubeconfig, input: 'kubeconfig', log: actionsLogger });
  // the cheapest call first: an unreachable or forbidding cluster fails here, before the CLI download
  await cluster.serverVersion();
  // every permission verify needs, before it creates its probes (a missing one is named, not met halfway)
  await group('Check access', async () => {
    const want = {
      linkerdNamespace: inputs.namespace,
      probeNamespace: inputs.probeNamespace,
      namespaces: inputs.namespaces,
      ...(inputs.balanceRequests > 0 ? { appNamespace: inputs.appNamespace } : {}),
    };
    // what it needs in any case first (get namespaces among it), then the namespace rights only an
    // absent probe namespace calls for
    const always = verifyPermissions({ ...want, probeNamespaceExists: true });
    await requireAccess(cluster, always, 'verify');
    const exists = !!(await cluster.get({ apiVersion: 'v1', kind: 'Namespace', name: inputs.probeNamespace }));
    if (!exists)
      await requireAccess(
        cluster,
        verifyPermissions({ ...want, probeNamespaceExists: false }).filter(
          (p) => !always.includes(p) && !always.some((a) => a.verb === p.verb && a.resource === p.resource && a.namespace === p.namespace),
        ),
        'verify',
      );
  });
  const linkerd = await group('linkerd CLI', () => linkerdCli(cluster, inputs));
  const opts: CollectOpts = {
    cluster,
    kubeconfig: inputs.kubeconfig,
    linkerdNamespace: inputs.namespace,
    namespaces: inputs.namespaces,
    probes: inputs.probes,
    probe: {
      namespace: inputs.probeNamespace,
      curlImage: inputs.curlImage,
      connectTimeoutSeconds: inputs.connectTimeoutSeconds,
      maxTimeSeconds: inputs.maxTimeSeconds,
      nativeSidecar: inputs.nativeSidecar,
      retries: inputs.retries,
      timeoutMs: inputs.timeoutMs,
    },
    balance:
      inputs.balanceRequests > 0
        ? { service: inputs.appService, namespace: inputs.appNamespace, port: inputs.balancePort, path: inputs.balancePath, requests: inputs.balanceRequests }
        : { skip: "input 'balance-requests' is 0" },
    linkerd,
    log: actionsLogger,
  };
  return group(`Collect: linkerd check, identity, pods, ${inputs.probes.length} probes (${inputs.probesSource}), balancing, edges`, async () => {
    const t0 = Date.now();
    const e = await collect(opts);
    core.info(`collected in ${formatDuration(Date.now() - t0)}`);
    return e;
  });
}

/** The linkerd CLI for `check` and `viz edges`: the control plane's own version, so checks match it. */
async function linkerdCli(cluster: Cluster, inputs: Inputs): Promise<CollectOpts['linkerd']> {
  const wait = inputs.checkWaitSeconds;
  if (inputs.linkerdCli.mode === 'none') return { skip: "input 'linkerd-cli' is none" };
  if (inputs.linkerdCli.mode === 'path') return { bin: inputs.linkerdCli.path, waitSeconds: wait };
  const { values } = await readLinkerdConfig(cluster, inputs.namespace);
  const version = typeof values['linkerdVersion'] === 'string' ? values['linkerdVersion'] : undefined;
  if (!version || !/^(stable|edge|enterprise)-\d+\.\d+\.\d+$/.test(version)) {
    return {
      error: `cannot tell the control plane's version from ${inputs.namespace}/${CONFIG_CM} (linkerdVersion: ${String(values['linkerdVersion'])}); give input 'linkerd-cli' a path`,
    };
  }
  if (version.startsWith('enterprise-')) {
    const onPath = await exec('linkerd', ['version', '--client', '--short'], { check: false, log: actionsLogger }).catch(absentTool);
    if (onPath?.exitCode === 0) return { bin: 'linkerd', waitSeconds: wait };
    return { error: `${version} is Buoyant Enterprise for Linkerd: put its CLI on PATH or give input 'linkerd-cli' a path` };
  }
  try {
    return { bin: await ensureTool({ name: 'linkerd', version, mirror: inputs.toolsMirror }), waitSeconds: wait };
  } catch (e) {
    // a missing CLI fails the control-plane section (it is not silently skipped)
    return { error: `could not get the linkerd CLI ${version}: ${getErrorMessage(e)}` };
  }
}

/**
 * Evidence and reports land together: written to a staging folder beside output-dir and renamed
 * into place, replacing an earlier bundle (a folder holding evidence.json) but nothing else.
 */
function writeBundle(dir: string, evidence: Evidence, report: Report): string {
  assertEvidenceDir(dir);
  // output-dir may name a folder whose parents do not exist yet (e.g. under RUNNER_TEMP)
  mkdirSync(dirname(dir), { recursive: true });
  const stage = mkdtempSync(join(dirname(dir), `.${basename(dir)}-`));
  try {
    const files = writeEvidence(stage, evidence);
    writeFileSync(join(stage, 'report.json'), JSON.stringify(report, (_k, v: unknown) => (v === Infinity ? 'Infinity' : v), 2) + '\n');
    writeFileSync(join(stage, 'junit.xml'), renderJunit(report));
    writeFileSync(join(stage, 'report.html'), renderPage(report));
    rmSync(dir, { recursive: true, force: true });
    renameSync(stage, dir);
    core.info(`${files.length + 3} files: evidence.json, linkerd-check.json, identity/, edges/, probes/, balance.log, report.json, junit.xml, report.html`);
  } catch (e) {
    rmSync(stage, { recursive: true, force: true });
    throw e;
  }
  return dir;
}

async function stickyComment(inputs: Inputs, html: string): Promise<void> {
  await postStickyComment({ mode: inputs.comment, token: inputs.githubToken, prNumber: inputs.prNumber, marker: commentMarker(inputs.commentKey), body: html });
}
