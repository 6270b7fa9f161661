import * as core from '@actions/core';
import { basename, dirname } from 'node:path';
import { writeFilesAtomically } from '../../lib/files.js';
import { actionsLogger, formatDuration, maskSecret } from '../../runtime/log.js';
import { githubIdToken } from '../../runtime/oidc.js';
import { getErrorMessage } from '../../lib/errors.js';
import { environmentComment, kindClusterName, namesFor, tagsFor } from '../../env/spec.js';
import { commentMarker, postStickyComment } from '../../runtime/sticky-comment.js';
import { ensureTool } from '../../runtime/tool-install.js';
import { ensureManifest } from '../../runtime/manifest-install.js';
import { kindUp, requireDocker } from '../../kind/run.js';
import { DEFAULT_REGISTRY_IMAGE, calicoManifestUrl } from '../../kind/plan.js';
import { writeRecord, describeRecord, registryCreatedBefore, type EnvironmentRecord, type KindRecord } from '../../env/record.js';
import { getInputs, type Inputs } from './inputs.js';
import { group } from '../../runtime/group.js';

export async function main(inputs = getInputs()): Promise<void> {
  core.setOutput('environment', inputs.name);
  core.setOutput('provider', inputs.provider);
  core.setOutput('expires-at', inputs.expiresAt.toISOString().replace(/\.\d{3}Z$/, 'Z'));
  core.setOutput('record', inputs.recordPath);
  const t0 = Date.now();
  if (inputs.provider === 'aks') await aks(inputs);
  else await kind(inputs);
  core.info(`environment ${inputs.name} ready in ${formatDuration(Date.now() - t0)}`);
}

/** The environment record, written before what it names is created (teardown removes exactly that). */
function record(inputs: Inputs, rec: EnvironmentRecord): void {
  writeRecord(inputs.recordPath, rec);
  core.info(`recorded for teardown (${inputs.recordPath}): ${describeRecord(rec)}`);
}

/** The kubeconfig: credentials masked, written 0600 all or nothing, exported. */
function saveKubeconfig(path: string, text: string): void {
  for (const m of text.matchAll(/^\s*(token|client-key-data|client-certificate-data|password):\s*(\S+)\s*$/gm)) maskSecret(m[2] as string);
  writeFilesAtomically(dirname(path), [{ name: basename(path), content: text, mode: 0o600 }], { overwrite: true, input: 'kubeconfig-path' });
  exportKubeconfig(path);
}

function exportKubeconfig(path: string): void {
  core.setOutput('kubeconfig', path);
  core.exportVariable('KUBECONFIG', path);
}

// eslint-disable-next-line max-lines-per-function -- the AKS phases in order (record, create, credentials, outputs, summary, comment), each one call
async function aks(inputs: Inputs): Promise<void> {
  const subscription = inputs.subscription as string;
  const names = namesFor(inputs.name, inputs.repository, subscription, inputs.resourceGroup);
  const tags = tagsFor({ env: inputs.name, repository: inputs.repository, pr: inputs.pr, owner: inputs.owner, expiresAt: inputs.expiresAt });
  core.setOutput('resource-group', names.resourceGroup);
  core.setOutput('cluster-name', names.cluster);
  const [{ AzureEnvironments }, { loadAzureCredential }, { explainAuthError }] = await Promise.all([
    import('../../azure/environments.js'),
    import('../../azure/lazy.js'),
    import('../../azure/auth-hint.js'),
  ]);
  const envs = new AzureEnvironments(await loadAzureCredential(githubIdToken), subscription, actionsLogger);
  let result;
  try {
    result = await group(`AKS environment ${inputs.name} in ${inputs.location} (resource group ${names.resourceGroup})`, () =>
      envs.provision({
        names,
        location: inputs.location,
        kubernetesVersion: inputs.kubernetesVersion,
        nodeCount: inputs.nodeCount,
        vmSize: inputs.vmSize,
        tags,
        acr: inputs.acr,
        maxEnvironments: inputs.maxEnvironments,
        repository: inputs.repository,
        timeoutMs: inputs.timeoutMs,
        beforeCreate: () =>
          record(inputs, {
            provider: 'aks',
            name: inputs.name,
            subscription,
            repository: inputs.repository,
            resourceGroup: names.resourceGroup,
            cluster: names.cluster,
            ...(inputs.acr ? { acr: names.acr } : {}),
          }),
      }),
    );
  } catch (e) {
    const hint = await explainAuthError(e, githubIdToken);
    if (hint) throw new Error(`${getErrorMessage(e)} — ${hint}`);
    throw e;
  }
  for (const c of result.changes) core.info(c);
  saveKubeconfig(inputs.kubeconfigPath, result.kubeconfig);
  core.setOutput('node-resource-group', result.nodeResourceGroup ?? '');
  core.setOutput('acr-login-server', result.acrLoginServer ?? '');
  core.setOutput('acr-resource-id', result.acrId ?? '');
  core.setOutput('reused', String(result.reused));
  await core.summary
    .addHeading(`meshci provision: ${inputs.name}`, 2)
    .addTable([
      [{ data: 'resource group' }, { data: result.resourceGroup }],
      [
        { data: 'AKS' },
        { data: `${result.cluster} (Kubernetes ${result.kubernetesVersion ?? '?'}, ${inputs.nodeCount} × ${inputs.vmSize}, Azure CNI + Calico)` },
      ],
      [{ data: 'ACR' }, { data: result.acrLoginServer ?? '(none)' }],
      [{ data: 'expires' }, { data: tags['expires-at'] ?? '' }],
      [{ data: 'state' }, { data: result.reused ? 'reused' : 'created' }],
    ])
    .addList(result.changes)
    .write();
  await postStickyComment({
    mode: inputs.comment,
    token: inputs.githubToken,
    marker: commentMarker(inputs.name, 'env'),
    body: environmentComment({
      env: inputs.name,
      provider: 'AKS',
      lines: [
        ['resource group', result.resourceGroup],
        ['cluster', `${result.cluster}: Kubernetes ${result.kubernetesVersion ?? '?'}, ${inputs.nodeCount} × ${inputs.vmSize}, Azure CNI + Calico`],
        ['registry', result.acrLoginServer ?? '(none)'],
        ['expires', tags['expires-at'] ?? ''],
      ],
      connect: `az aks get-credentials --resource-group ${result.resourceGroup} --name ${result.cluster}`,
      expiresAt: tags['expires-at'],
    }),
  });
}

async function kind(inputs: Inputs): Promise<void> {
  const cluster = kindClusterName(inputs.name);
  core.setOutput('cluster-name', cluster);
  // Docker first: without it nothing below can work, and kind/kubectl need not be downloaded
  await requireDocker(actionsLogger);
  const [kindBin, kubectlBin, calicoManifest] = await group('kind, kubectl and the Calico manifest', () =>
    Promise.all([
      ensureTool({ name: 'kind', version: inputs.kindVersion, mirror: inputs.toolsMirror }),
      ensureTool({ name: 'kubectl', version: inputs.kubectlVersion, mirror: inputs.toolsMirror }),
      ensureManifest({
        name: 'calico-manifest',
        version: inputs.calicoVersion,
        url: calicoManifestUrl(inputs.calicoVersion, inputs.toolsMirror),
        sha256: inputs.calicoSha256,
        file: 'calico.yaml',
      }),
    ]),
  );
  const kindRecord = (created: boolean): KindRecord => ({
    provider: 'kind',
    name: inputs.name,
    cluster,
    registry: { container: 'kind-registry', port: inputs.registryPort, created },
  });
  // a registry container an earlier run of this environment started is still meshci's
  const before = registryCreatedBefore(inputs.recordPath, kindRecord(true));
  // before the cluster is created: a cancel during `kind create cluster` leaves a cluster to delete
  record(inputs, kindRecord(before));
  const up = await group(`kind cluster ${cluster} with Calico and a local registry`, () =>
    kindUp(
      {
        cluster,
        nodeImage: inputs.kindNodeImage,
        calicoVersion: inputs.calicoVersion,
        calicoManifest,
        workers: inputs.nodeCount,
        registryName: 'kind-registry',
        registryPort: inputs.registryPort,
        registryImage: DEFAULT_REGISTRY_IMAGE,
        kubeconfig: inputs.kubeconfigPath,
        timeoutSeconds: Math.round(inputs.timeoutMs / 1000),
        kind: kindBin,
        kubectl: kubectlBin,
      },
      actionsLogger,
      {
        // meshci runs the registry container (recorded first): teardown removes it, and only then
        registry: (created) => record(inputs, kindRecord(created || before)),
      },
    ),
  );
  exportKubeconfig(inputs.kubeconfigPath);
  core.setOutput('acr-login-server', `localhost:${inputs.registryPort}`);
  core.setOutput('reused', String(!up.created));
  await core.summary
    .addHeading(`meshci provision: ${inputs.name} (kind)`, 2)
    .addList([
      `cluster ${cluster} ${up.created ? 'created' : 'reused'}: ${up.nodes.join(', ')}`,
      `Calico ${inputs.calicoVersion}`,
      `registry localhost:${inputs.registryPort} (kind-registry)${up.registryCreated || before ? ': started by meshci, teardown removes it' : ': not started by meshci, teardown leaves it'}`,
    ])
    .write();
  await postStickyComment({
    mode: inputs.comment,
    token: inputs.githubToken,
    marker: commentMarker(inputs.name, 'env'),
    body: environmentComment({
      env: inputs.name,
      provider: 'kind on the job runner',
      lines: [
        ['cluster', `${cluster}: ${up.nodes.length} nodes, Calico ${inputs.calicoVersion}`],
        ['registry', `localhost:${inputs.registryPort}`],
      ],
    }),
  });
}
