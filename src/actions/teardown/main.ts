import * as core from '@actions/core';
import { actionsLogger, formatDuration } from '../../runtime/log.js';
import { githubIdToken } from '../../runtime/oidc.js';
import { getErrorMessage } from '../../lib/errors.js';
import { escapeHtml } from '../../lib/html.js';
import { deletedComment, kindClusterName, namesFor } from '../../env/spec.js';
import { commentMarker, postStickyComment } from '../../runtime/sticky-comment.js';
import { ensureTool } from '../../runtime/tool-install.js';
import { HELM_VERSION } from '../../tools/versions.js';
import { kindDown, requireDocker } from '../../kind/run.js';
import { describeRecord } from '../../env/record.js';
import { getInputs, type Inputs } from './inputs.js';
import { group } from '../../runtime/group.js';

export async function main(inputs = getInputs()): Promise<void> {
  const t0 = Date.now();
  if (inputs.provider === 'kind') await kind(inputs);
  else if (inputs.provider === 'existing') await existing(inputs);
  else if (inputs.mode === 'reap') await reap(inputs);
  else await remove(inputs);
  core.info(`done in ${formatDuration(Date.now() - t0)}`);
}

async function environments(inputs: Inputs) {
  const [{ AzureEnvironments }, { loadAzureCredential }, { explainAuthError }] = await Promise.all([
    import('../../azure/environments.js'),
    import('../../azure/lazy.js'),
    import('../../azure/auth-hint.js'),
  ]);
  const envs = new AzureEnvironments(await loadAzureCredential(githubIdToken), inputs.subscription as string, actionsLogger);
  const explained = async <T>(f: () => Promise<T>): Promise<T> => {
    try {
      return await f();
    } catch (e) {
      const hint = await explainAuthError(e, githubIdToken);
      if (hint) throw new Error(`${getErrorMessage(e)} — ${hint}`);
      throw e;
    }
  };
  return { envs, explained };
}

async function remove(inputs: Inputs): Promise<void> {
  const rec = inputs.record?.provider === 'aks' ? inputs.record : undefined;
  const rg = rec?.resourceGroup ?? inputs.resourceGroup ?? namesFor(inputs.name as string, inputs.repository, inputs.subscription as string).resourceGroup;
  if (rec) core.info(`removing what provision recorded: ${describeRecord(rec)}`);
  const { envs, explained } = await environments(inputs);
  const r = await group(`Delete resource group ${rg}${inputs.wait ? ' and verify it is gone' : ''}`, () =>
    explained(() => envs.teardown(rg, { wait: inputs.wait, timeoutMs: inputs.timeoutMs, repository: inputs.repository, env: rec?.name })),
  );
  core.setOutput('existed', String(r.existed));
  core.setOutput('deleted', JSON.stringify(r.existed ? [rg] : []));
  // what went with the group, in words: the clusters and registries that were in it
  const inside = [...r.clusters.map((c) => `AKS ${c}`), ...r.registries.map((a) => `ACR ${a}`)];
  const withIt = `; ${inside.length ? `with it ${inside.join(', ')}` : 'it held no cluster or registry'}`;
  const line = !r.existed
    ? `resource group ${rg} does not exist: nothing to delete`
    : r.verified
      ? `deleted ${rg} and verified it${r.nodeResourceGroups.length ? ` and ${r.nodeResourceGroups.join(', ')} are` : ' is'} gone${withIt}`
      : `deleting ${rg} (not waiting: wait is false)${withIt}`;
  core.info(line);
  await core.summary
    .addHeading('meshci teardown', 2)
    .addRaw(`<p>${escapeHtml(line)}</p>`)
    .write();
  if (r.existed && inputs.name) await markDeleted(inputs, inputs.name, `resource group ${rg} ${r.verified ? 'deleted and verified gone' : 'deletion started'}`);
}

/** The environment's sticky PR comment (if provision wrote one) now says it is gone. */
async function markDeleted(inputs: Inputs, env: string, what: string, prNumber?: number): Promise<void> {
  await postStickyComment({
    mode: inputs.comment,
    token: inputs.githubToken,
    prNumber,
    marker: commentMarker(env, 'env'),
    body: deletedComment(env, what, new Date()),
    onlyUpdate: true,
  });
}

async function reap(inputs: Inputs): Promise<void> {
  const { envs, explained } = await environments(inputs);
  const now = new Date();
  const rows = await group(
    `Reap environments past expires-at${inputs.allRepositories ? '' : ` of ${inputs.repository}`}${inputs.dryRun ? ' (dry run)' : ''}`,
    () => explained(() => envs.reap(now, { dryRun: inputs.dryRun, repository: inputs.allRepositories ? undefined : inputs.repository })),
  );
  for (const r of rows) core.info(`${r.resourceGroup} (${r.env}): ${r.state}${r.expiresAt ? `, expires ${r.expiresAt.toISOString()}` : ''} → ${r.action}`);
  core.setOutput('deleted', JSON.stringify(rows.filter((r) => r.action === 'deleted').map((r) => r.resourceGroup)));
  core.setOutput('report', JSON.stringify(rows.map((r) => ({ ...r, expiresAt: r.expiresAt?.toISOString() ?? null }))));
  await core.summary
    .addHeading(`meshci reap${inputs.dryRun ? ' (dry run)' : ''}`, 2)
    .addRaw(`<p>${rows.length} environment(s) at ${now.toISOString()}; ${rows.filter((r) => r.state === 'expired').length} expired.</p>`)
    .addTable([
      ['resource group', 'environment', 'repository', 'expires-at', 'state', 'action'].map((h) => ({ data: h, header: true })),
      ...rows.map((r) =>
        [r.resourceGroup, r.env, r.repository ?? '', r.expiresAt?.toISOString() ?? '(none)', r.state, r.action].map((d) => ({ data: escapeHtml(d) })),
      ),
    ])
    .write();
  // a reaped preview's PR comment says so (this repository's PRs only: the token is this repository's)
  for (const r of rows) {
    if (r.action === 'deleted' && r.pr && r.repository === inputs.repository) {
      await markDeleted(inputs, r.env, `deleted by the reaper: it expired at ${r.expiresAt?.toISOString() ?? '?'}`, r.pr);
    }
  }
}

async function kind(inputs: Inputs): Promise<void> {
  const rec = inputs.record?.provider === 'kind' ? inputs.record : undefined;
  const cluster = rec?.cluster ?? kindClusterName(inputs.name ?? '');
  const registryName = rec?.registry.container ?? 'kind-registry';
  if (rec) core.info(`removing what provision recorded: ${describeRecord(rec)}`);
  // a kind cluster lives in Docker: without an engine there is nothing to delete with, and kind is not downloaded
  await requireDocker(actionsLogger, 'delete');
  const kindBin = await group('kind', () => ensureTool({ name: 'kind', version: inputs.kindVersion, mirror: inputs.toolsMirror }));
  const r = await group(`Delete kind cluster ${cluster}`, () => kindDown({ cluster, kind: kindBin, registryName }, inputs.removeRegistry, actionsLogger));
  core.setOutput('existed', String(r.existed));
  core.setOutput('deleted', JSON.stringify(r.existed ? [cluster] : []));
  const lines = [
    r.existed ? `deleted kind cluster ${cluster}` : `kind cluster ${cluster} does not exist: nothing to delete`,
    ...(inputs.removeRegistry
      ? [`removed registry container ${registryName}${rec ? ' (meshci started it)' : ''}`]
      : rec
        ? [`left registry container ${registryName} alone: meshci did not start it`]
        : []),
  ];
  for (const l of lines) core.info(l);
  await core.summary
    .addHeading('meshci teardown', 2)
    .addRaw(lines.map((l) => `<p>${escapeHtml(l)}</p>`).join(''))
    .write();
  if (r.existed && inputs.name) await markDeleted(inputs, inputs.name, `kind cluster ${cluster} deleted`);
}

/** provider existing: what deploy put into a cluster meshci did not create (src/deploy/remove.ts). */
async function existing(inputs: Inputs): Promise<void> {
  const [{ Cluster }, { Helm }, { removeDeployed }] = await Promise.all([
    import('../../k8s/cluster.js'),
    import('../../tools/helm/helm.js'),
    import('../../deploy/remove.js'),
  ]);
  const cluster = Cluster.connect({ kubeconfig: inputs.kubeconfig, input: 'kubeconfig', log: actionsLogger });
  await cluster.serverVersion(); // unreachable or forbidden: fail here, naming the server
  const helmBin = await group('helm', () => ensureTool({ name: 'helm', version: HELM_VERSION, mirror: inputs.toolsMirror }));
  const helm = new Helm({ binPath: helmBin, kubeconfig: inputs.kubeconfig, log: actionsLogger });
  const r = await group("Remove what meshci deployed (releases, namespaces and objects with meshci's label)", () =>
    removeDeployed(cluster, helm, { log: actionsLogger, timeoutMs: inputs.timeoutMs }),
  );
  const deleted = [...r.releases.map((x) => `helm release ${x}`), ...r.namespaces.map((n) => `namespace ${n}`), ...r.objects];
  core.setOutput('existed', String(deleted.length > 0));
  core.setOutput('deleted', JSON.stringify(deleted));
  const line = deleted.length ? `removed ${deleted.length}: ${deleted.join(', ')}` : "nothing in this cluster carries meshci's label: nothing to remove";
  core.info(line);
  await core.summary
    .addHeading('meshci teardown', 2)
    .addRaw(
      `<p>${escapeHtml(line)}</p>${r.kept.length ? `<p>kept, as their chart asks (helm.sh/resource-policy: keep): ${escapeHtml(r.kept.join(', '))}</p>` : ''}`,
    )
    .write();
}
