import { createHash } from 'node:crypto';
import { ResourceManagementClient, type ResourceGroup } from '@azure/arm-resources';
import { ContainerServiceClient, type ManagedCluster } from '@azure/arm-containerservice';
import { ContainerRegistryManagementClient } from '@azure/arm-containerregistry';
import { AuthorizationManagementClient } from '@azure/arm-authorization';
import type { TokenCredential } from '@azure/identity';
import { ConfigurationError, getErrorMessage } from '../lib/errors.js';
import type { Logger } from '../lib/logger.js';
import { TAG_ENV, TAG_PR, TAG_REPOSITORY, expiryOf, type Names } from '../env/spec.js';

/**
 * AKS environments through the Azure management SDKs (no `az`): a resource group per environment,
 * tagged; an ACR; an AKS cluster with Azure CNI and Calico network policy (the AKS + Linkerd walkthrough's setup,
 * docs/reference/walkthrough.md#the-setup); the
 * AcrPull role for the kubelet identity; the user kubeconfig. Idempotent: what exists is reused and
 * brought to the requested shape. Teardown deletes the resource group and verifies that it and the
 * AKS node resource group are gone; the reaper deletes expired, tagged groups only.
 * MESHCI_ARM_ENDPOINT points the clients at another cloud or a test server.
 */
export const ACR_PULL_ROLE = '7f951dda-4ed3-4680-a7ca-43fe172d538d';
const POOL = 'system';

export interface EnvSpec {
  names: Names;
  location: string;
  kubernetesVersion?: string;
  nodeCount: number;
  vmSize: string;
  tags: Record<string, string>;
  acr: boolean;
  /** 0 = no limit */
  maxEnvironments: number;
  repository: string;
  /** longest to wait for the cluster and registry operations */
  timeoutMs: number;
  /**
   * Called once the checks passed, just before the resource group is created or updated — the
   * first change to Azure: provision records the environment there, so that a run that fails or is
   * cancelled after this point is torn down.
   */
  beforeCreate?: () => void;
}

export interface EnvResult {
  reused: boolean;
  changes: string[];
  resourceGroup: string;
  cluster: string;
  nodeResourceGroup?: string;
  kubernetesVersion?: string;
  acrLoginServer?: string;
  acrId?: string;
  kubeconfig: string;
}

export interface TeardownResult {
  existed: boolean;
  verified: boolean;
  nodeResourceGroups: string[];
  /** AKS clusters and ACRs that were in the group (deleted with it) */
  clusters: string[];
  registries: string[];
}

export interface GroupRow {
  resourceGroup: string;
  env: string;
  repository?: string;
  /** the pull request the environment previews (tag meshci-pr) */
  pr?: number;
  expiresAt?: Date;
  state: 'expired' | 'live' | 'no-expiry' | 'deleting';
  action: 'deleted' | 'would delete' | 'kept' | 'deleting already';
}

const status = (e: unknown) => (e as { statusCode?: number }).statusCode;
const code = (e: unknown) => (e as { code?: string }).code;
const msg = (e: unknown) => getErrorMessage(e).split('\n')[0];

export class AzureEnvironments {
  private readonly resources: ResourceManagementClient;
  private readonly aks: ContainerServiceClient;
  private readonly acr: ContainerRegistryManagementClient;
  private readonly auth: AuthorizationManagementClient;
  private readonly poll = { updateIntervalInMs: Number(process.env['MESHCI_ARM_POLL_MS'] ?? 10_000) };

  constructor(
    credential: TokenCredential,
    readonly subscription: string,
    private readonly log: Logger,
    endpoint = process.env['MESHCI_ARM_ENDPOINT'],
  ) {
    const classic = endpoint ? { endpoint, $host: endpoint } : {};
    this.resources = new ResourceManagementClient(credential, subscription, classic);
    this.auth = new AuthorizationManagementClient(credential, subscription, classic);
    this.aks = new ContainerServiceClient(credential, subscription, endpoint ? { endpoint } : {});
    this.acr = new ContainerRegistryManagementClient(credential, subscription, endpoint ? { endpoint } : {});
  }

  /** Resource groups carrying the meshci-env tag (optionally of one repository). */
  async groups(repository?: string): Promise<ResourceGroup[]> {
    const out: ResourceGroup[] = [];
    for await (const g of this.resources.resourceGroups.list({ filter: `tagName eq '${TAG_ENV}'` })) {
      if (!g.tags?.[TAG_ENV]) continue; // never trust the filter alone
      if (repository && g.tags[TAG_REPOSITORY] !== repository) continue;
      out.push(g);
    }
    return out;
  }

  async provision(spec: EnvSpec): Promise<EnvResult> {
    const { names } = spec;
    const changes: string[] = [];
    const existingGroup = await this.resources.resourceGroups.get(names.resourceGroup).catch((e: unknown) => {
      if (status(e) === 404) return undefined;
      throw wrap(e, `read resource group ${names.resourceGroup}`);
    });
    if (existingGroup && existingGroup.tags?.[TAG_ENV] !== names.env) {
      throw new ConfigurationError(
        `Resource group ${names.resourceGroup} exists but is not meshci environment '${names.env}' (its ${TAG_ENV} tag is ${existingGroup.tags?.[TAG_ENV] ? `'${existingGroup.tags[TAG_ENV]}'` : 'missing'}); pick another name or resource-group`,
      );
    }
    // environments are keyed by repository: a group another repository made is never reused or re-tagged
    if (existingGroup && existingGroup.tags?.[TAG_REPOSITORY] !== spec.repository) {
      throw new ConfigurationError(
        `Resource group ${names.resourceGroup} is meshci environment '${names.env}' of ${existingGroup.tags?.[TAG_REPOSITORY] ? `repository ${existingGroup.tags[TAG_REPOSITORY]}` : 'no repository (no meshci-repository tag)'}, not of ${spec.repository}: refusing to take it over; pick another name or resource-group`,
      );
    }
    if (existingGroup && existingGroup.location !== spec.location) {
      throw new ConfigurationError(
        `Environment '${names.env}' exists in ${existingGroup.location}, not ${spec.location} (input 'location'): a resource group cannot move; tear it down first or use that location`,
      );
    }
    if (!existingGroup && spec.maxEnvironments > 0) {
      const live = (await this.groups(spec.repository)).filter((g) => g.properties?.provisioningState !== 'Deleting');
      if (live.length >= spec.maxEnvironments) {
        throw new ConfigurationError(
          `Refusing to create environment '${names.env}': ${spec.repository} already has ${live.length} live environment(s) (${live.map((g) => g.tags?.[TAG_ENV]).join(', ')}) and max-environments is ${spec.maxEnvironments}; tear one down (meshci/teardown) or raise max-environments`,
        );
      }
    }
    spec.beforeCreate?.();
    await this.resources.resourceGroups.createOrUpdate(names.resourceGroup, { location: spec.location, tags: spec.tags }).catch((e: unknown) => {
      throw wrap(e, `create resource group ${names.resourceGroup}`);
    });
    changes.push(
      existingGroup
        ? `resource group ${names.resourceGroup}: tags updated (${spec.tags['expires-at'] ? `expires ${spec.tags['expires-at']}` : 'no expiry'})`
        : `resource group ${names.resourceGroup} created`,
    );

    const signal = AbortSignal.timeout(spec.timeoutMs);
    const timedOut = (e: unknown) => {
      if (signal.aborted)
        throw new Error(
          `environment ${names.env} was not ready within ${Math.round(spec.timeoutMs / 60_000)} min (input 'timeout'); Azure keeps working on it — run provision again to pick it up`,
        );
      throw e;
    };
    const [cluster, registry] = await Promise.all([
      this.cluster(spec, changes, signal),
      spec.acr ? this.registry(spec, changes, signal) : Promise.resolve(undefined),
    ]).catch(timedOut);
    const kubelet = cluster.identityProfile?.['kubeletidentity']?.objectId;
    if (registry?.id && kubelet) {
      await this.acrPull(registry.id, kubelet, changes);
    } else if (registry?.id) {
      this.log.warning(
        `AKS ${names.cluster} reports no kubelet identity: AcrPull not granted; pulls from ${registry.loginServer} will need an image pull secret`,
      );
    }
    const creds = await this.aks.managedClusters.listClusterUserCredentials(names.resourceGroup, names.cluster).catch((e: unknown) => {
      throw wrap(e, `get the kubeconfig of ${names.cluster}`);
    });
    const value = creds.kubeconfigs?.[0]?.value;
    if (!value) throw new Error(`AKS ${names.cluster} returned no kubeconfig`);
    return {
      reused: !!existingGroup,
      changes,
      resourceGroup: names.resourceGroup,
      cluster: names.cluster,
      nodeResourceGroup: cluster.nodeResourceGroup,
      kubernetesVersion: cluster.currentKubernetesVersion ?? cluster.kubernetesVersion,
      acrLoginServer: registry?.loginServer,
      acrId: registry?.id,
      kubeconfig: Buffer.from(value).toString('utf8'),
    };
  }

  private async cluster(spec: EnvSpec, changes: string[], abortSignal: AbortSignal): Promise<ManagedCluster> {
    const { names } = spec;
    const rg = names.resourceGroup;
    const cur = await this.aks.managedClusters.get(rg, names.cluster).catch((e: unknown) => {
      if (status(e) === 404) return undefined;
      throw wrap(e, `read AKS ${names.cluster}`);
    });
    if (!cur) {
      this.log.info(
        `creating AKS ${names.cluster}: ${spec.nodeCount} × ${spec.vmSize}, Azure CNI + Calico, Kubernetes ${spec.kubernetesVersion ?? '(AKS default)'} — this takes several minutes`,
      );
      const created = await this.aks.managedClusters
        .createOrUpdate(
          rg,
          names.cluster,
          {
            location: spec.location,
            tags: spec.tags,
            identity: { type: 'SystemAssigned' },
            dnsPrefix: names.dnsPrefix,
            ...(spec.kubernetesVersion ? { kubernetesVersion: spec.kubernetesVersion } : {}),
            agentPoolProfiles: [{ name: POOL, mode: 'System', count: spec.nodeCount, vmSize: spec.vmSize, osType: 'Linux', type: 'VirtualMachineScaleSets' }],
            // the walkthrough's network: Azure CNI with Calico enforcing NetworkPolicy (docs/reference/walkthrough.md#the-setup)
            networkProfile: { networkPlugin: 'azure', networkPolicy: 'calico' },
          },
          { ...this.poll, abortSignal },
        )
        .catch((e: unknown) => {
          throw wrap(e, `create AKS ${names.cluster}`);
        });
      changes.push(
        `AKS ${names.cluster} created (${spec.nodeCount} × ${spec.vmSize}, Kubernetes ${created.currentKubernetesVersion ?? created.kubernetesVersion})`,
      );
      return created;
    }
    const net = cur.networkProfile;
    if (net?.networkPlugin !== 'azure' || net.networkPolicy !== 'calico') {
      throw new ConfigurationError(
        `AKS ${names.cluster} exists with network plugin ${net?.networkPlugin ?? '?'} and policy ${net?.networkPolicy ?? 'none'}; meshci environments need Azure CNI with Calico, which cannot be changed in place: tear the environment down first`,
      );
    }
    const pool = cur.agentPoolProfiles?.find((p) => p.name === POOL) ?? cur.agentPoolProfiles?.[0];
    if (pool && pool.vmSize !== spec.vmSize) {
      throw new ConfigurationError(
        `AKS ${names.cluster} runs ${pool.vmSize} nodes, not ${spec.vmSize} (input 'vm-size'): AKS cannot change a pool's VM size in place; tear the environment down or keep ${pool.vmSize}`,
      );
    }
    let cluster = cur;
    if (
      spec.kubernetesVersion &&
      cur.kubernetesVersion !== spec.kubernetesVersion &&
      !(cur.currentKubernetesVersion ?? '').startsWith(`${spec.kubernetesVersion}.`)
    ) {
      this.log.info(`upgrading AKS ${names.cluster} from ${cur.currentKubernetesVersion} to ${spec.kubernetesVersion}`);
      cluster = await this.aks.managedClusters
        .createOrUpdate(rg, names.cluster, { ...cur, kubernetesVersion: spec.kubernetesVersion }, { ...this.poll, abortSignal })
        .catch((e: unknown) => {
          throw wrap(e, `upgrade AKS ${names.cluster} to ${spec.kubernetesVersion}`);
        });
      changes.push(`AKS ${names.cluster} upgraded to ${spec.kubernetesVersion}`);
    }
    if (pool && pool.count !== spec.nodeCount) {
      await this.aks.agentPools
        .createOrUpdate(
          rg,
          names.cluster,
          pool.name,
          { count: spec.nodeCount, vmSize: pool.vmSize, mode: pool.mode, osType: pool.osType },
          { ...this.poll, abortSignal },
        )
        .catch((e: unknown) => {
          throw wrap(e, `scale node pool ${pool.name} of ${names.cluster} to ${spec.nodeCount}`);
        });
      changes.push(`AKS ${names.cluster} pool ${pool.name} scaled ${pool.count} → ${spec.nodeCount}`);
      cluster = await this.aks.managedClusters.get(rg, names.cluster);
    }
    if (cluster === cur) changes.push(`AKS ${names.cluster} reused as it is`);
    return cluster;
  }

  private async registry(spec: EnvSpec, changes: string[], abortSignal: AbortSignal): Promise<{ id?: string; loginServer?: string }> {
    const { names } = spec;
    const cur = await this.acr.registries.get(names.resourceGroup, names.acr).catch((e: unknown) => {
      if (status(e) === 404) return undefined;
      throw wrap(e, `read ACR ${names.acr}`);
    });
    if (cur) {
      changes.push(`ACR ${cur.loginServer} reused`);
      return cur;
    }
    const created = await this.acr.registries
      .create(
        names.resourceGroup,
        names.acr,
        { location: spec.location, tags: spec.tags, sku: { name: 'Basic' }, adminUserEnabled: false },
        { ...this.poll, abortSignal },
      )
      .catch((e: unknown) => {
        throw wrap(e, `create ACR ${names.acr}`);
      });
    changes.push(`ACR ${created.loginServer} created`);
    return created;
  }

  /** AcrPull for the kubelet identity, under a name derived from scope + principal (so re-runs find it). */
  private async acrPull(acrId: string, principalId: string, changes: string[]): Promise<void> {
    const h = createHash('sha256').update(`${acrId}|${principalId}|${ACR_PULL_ROLE}`).digest('hex');
    const name = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
    try {
      await this.auth.roleAssignments.create(acrId, name, {
        roleDefinitionId: `/subscriptions/${this.subscription}/providers/Microsoft.Authorization/roleDefinitions/${ACR_PULL_ROLE}`,
        principalId,
        principalType: 'ServicePrincipal',
      });
      changes.push('AcrPull granted to the kubelet identity');
    } catch (e) {
      if (status(e) === 409 && code(e) === 'RoleAssignmentExists') {
        changes.push('AcrPull already granted');
        return;
      }
      throw wrap(e, 'grant AcrPull to the kubelet identity (the credential needs User Access Administrator or Owner on the ACR)');
    }
  }

  /**
   * Delete an environment's resource group. A group that does not exist is success ("nothing to
   * delete"); one without the meshci-env tag is refused, and so is one of another repository or
   * (given `env`, from an environment record) of another environment. With `wait`, the group and
   * the AKS node resource group are confirmed gone. The clusters and registries found in the group
   * are returned: what was removed with it.
   */
  async teardown(resourceGroup: string, o: { wait: boolean; timeoutMs: number; repository?: string; env?: string }): Promise<TeardownResult> {
    const g = await this.resources.resourceGroups.get(resourceGroup).catch((e: unknown) => {
      if (status(e) === 404) return undefined;
      throw wrap(e, `read resource group ${resourceGroup}`);
    });
    if (!g) return { existed: false, verified: true, nodeResourceGroups: [], clusters: [], registries: [] };
    if (!g.tags?.[TAG_ENV])
      throw new ConfigurationError(`Resource group ${resourceGroup} has no ${TAG_ENV} tag: meshci deletes only resource groups it created`);
    if (o.repository && g.tags[TAG_REPOSITORY] !== o.repository) {
      throw new ConfigurationError(
        `Resource group ${resourceGroup} is an environment of ${g.tags[TAG_REPOSITORY] ? `repository ${g.tags[TAG_REPOSITORY]}` : 'no repository (no meshci-repository tag)'}, not of ${o.repository}: meshci deletes only this repository's environments`,
      );
    }
    if (o.env && g.tags[TAG_ENV] !== o.env) {
      throw new ConfigurationError(
        `Resource group ${resourceGroup} is meshci environment '${g.tags[TAG_ENV]}', not '${o.env}' as the record says: refusing to delete it`,
      );
    }
    const nodeResourceGroups: string[] = [];
    const clusters: string[] = [];
    const registries: string[] = [];
    for await (const c of this.aks.managedClusters.listByResourceGroup(resourceGroup)) {
      if (c.name) clusters.push(c.name);
      if (c.nodeResourceGroup) nodeResourceGroups.push(c.nodeResourceGroup);
    }
    for await (const r of this.acr.registries.listByResourceGroup(resourceGroup)) if (r.name) registries.push(r.name);
    const found = { nodeResourceGroups, clusters, registries };
    const poller = await this.resources.resourceGroups.beginDelete(resourceGroup, this.poll).catch((e: unknown) => {
      throw wrap(e, `delete resource group ${resourceGroup}`);
    });
    if (!o.wait) return { existed: true, verified: false, ...found };
    const signal = AbortSignal.timeout(o.timeoutMs);
    await poller.pollUntilDone({ abortSignal: signal }).catch((e: unknown) => {
      if (signal.aborted)
        throw new Error(
          `resource group ${resourceGroup} was not deleted within ${Math.round(o.timeoutMs / 60_000)} min; it keeps deleting in Azure — run teardown again to verify`,
        );
      throw wrap(e, `delete resource group ${resourceGroup}`);
    });
    const left: string[] = [];
    for (const name of [resourceGroup, ...nodeResourceGroups]) {
      const r = await this.resources.resourceGroups.checkExistence(name);
      if (r.body) left.push(name);
    }
    if (left.length)
      throw new Error(
        `deleted, but ${left.join(' and ')} still exist${left.length === 1 ? 's' : ''}; AKS removes its node resource group on its own — run teardown again to verify`,
      );
    return { existed: true, verified: true, ...found };
  }

  /** Delete (without waiting) every tagged group past its expires-at. Never one without the tag. */
  async reap(now: Date, o: { dryRun: boolean; repository?: string }): Promise<GroupRow[]> {
    const rows: GroupRow[] = [];
    for (const g of await this.groups(o.repository)) {
      const expires = expiryOf(g.tags);
      const deleting = g.properties?.provisioningState === 'Deleting';
      const state: GroupRow['state'] = deleting ? 'deleting' : !expires ? 'no-expiry' : expires.getTime() <= now.getTime() ? 'expired' : 'live';
      const pr = Number(g.tags?.[TAG_PR]);
      const row: GroupRow = {
        resourceGroup: g.name as string,
        env: g.tags?.[TAG_ENV] as string,
        repository: g.tags?.[TAG_REPOSITORY],
        ...(Number.isInteger(pr) && pr > 0 ? { pr } : {}),
        expiresAt: expires,
        state,
        action: deleting ? 'deleting already' : 'kept',
      };
      if (state === 'expired') {
        if (o.dryRun) row.action = 'would delete';
        else {
          await this.resources.resourceGroups.beginDelete(row.resourceGroup, this.poll).catch((e: unknown) => {
            throw wrap(e, `delete resource group ${row.resourceGroup}`);
          });
          row.action = 'deleted';
        }
      }
      rows.push(row);
    }
    return rows.sort((a, b) => a.resourceGroup.localeCompare(b.resourceGroup));
  }
}

/** An ARM failure as one sentence: what was being done, HTTP status, ARM error code and message. */
function wrap(e: unknown, what: string): Error {
  if (e instanceof ConfigurationError) return e;
  const s = status(e);
  const c = code(e);
  const hint =
    s === 403 || c === 'AuthorizationFailed'
      ? ' — the credential lacks permission (Contributor on the subscription or resource group; User Access Administrator to grant AcrPull)'
      : '';
  return new Error(`could not ${what}${s ? ` (HTTP ${s}${c ? ` ${c}` : ''})` : ''}: ${msg(e)}${hint}`);
}
