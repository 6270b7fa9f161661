import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { ArmEnvServer } from '../helpers/arm-env-server.js';
import { stubAz } from '../helpers/stub-az.js';
import { run } from '../helpers/action.js';
import { GitHubServer } from '../helpers/github-server.js';
import { writeFileSync } from 'node:fs';

/**
 * provision / teardown with provider aks, run as the runner runs them, against an ARM double that
 * speaks the wire protocol the Azure SDKs use (LROs via Azure-AsyncOperation / Location, ARM error
 * bodies, 409s, 429 + Retry-After). Credentials through AzureCliCredential and a stub `az`.
 */
const SUB = '00000000-0000-0000-0000-00000000abcd';
let arm: ArmEnvServer;
let env: Record<string, string>;
let dir: string;

beforeEach(async () => {
  arm = await new ArmEnvServer('arm-test-token', SUB).start();
  const az = stubAz({ 'https://management.azure.com': arm.token, [arm.origin]: arm.token });
  dir = mkdtempSync(join(tmpdir(), 'meshci-prov-'));
  env = {
    PATH: `${az}:${process.env['PATH']}`,
    MESHCI_ARM_ENDPOINT: arm.origin,
    MESHCI_ARM_POLL_MS: '5',
    NODE_EXTRA_CA_CERTS: arm.tls.certFile as string,
    AZURE_SUBSCRIPTION_ID: SUB,
    GITHUB_REPOSITORY: 'acme/mesh',
    GITHUB_ACTOR: 'octocat',
    GITHUB_RUN_ID: '4242',
  };
});
afterEach(async () => arm.stop());

const provision = (inputs: Record<string, string> = {}, extra: Record<string, string> = {}) =>
  run('provision', { name: 'pr-7', 'kubeconfig-path': join(dir, 'kubeconfig'), ...inputs }, { env: { ...env, ...extra } });
const teardown = (inputs: Record<string, string> = {}) => run('teardown', { name: 'pr-7', ...inputs }, { env });
const RG = 'meshci-acme-mesh-pr-7';
const rgId = `/subscriptions/${SUB}/resourceGroups/${RG}`;
const aksId = `${rgId}/providers/Microsoft.ContainerService/managedClusters/aks-pr-7`;

describe('provision (aks)', () => {
  it('creates the tagged resource group, ACR, AKS with Azure CNI + Calico, AcrPull for the kubelet, and a 0600 kubeconfig', async () => {
    const before = Date.now();
    const r = await provision({ location: 'westeurope', 'node-count': '2', 'vm-size': 'Standard_D4s_v5', 'kubernetes-version': '1.31', ttl: '6h' });
    expect(r.exitCode, r.log).toBe(0);
    const rg = arm.get(rgId)!;
    expect(rg.tags).toMatchObject({ 'meshci-env': 'pr-7', 'meshci-repository': 'acme/mesh', 'meshci-owner': 'octocat' });
    const expires = new Date(rg.tags!['expires-at']!).getTime();
    expect(expires - before).toBeGreaterThan(6 * 3_600_000 - 60_000);
    expect(expires - before).toBeLessThan(6 * 3_600_000 + 60_000);
    // the cluster as the AKS + Linkerd walkthrough builds it (docs/reference/walkthrough.md#the-setup)
    const put = arm.bodies.find((b) => b.method === 'PUT' && b.path === aksId)!.body;
    expect(put.properties.networkProfile).toEqual({ networkPlugin: 'azure', networkPolicy: 'calico' });
    expect(put.properties.agentPoolProfiles).toEqual([
      { name: 'system', mode: 'System', count: 2, vmSize: 'Standard_D4s_v5', osType: 'Linux', type: 'VirtualMachineScaleSets' },
    ]);
    expect(put.properties.kubernetesVersion).toBe('1.31');
    expect(put.identity).toEqual({ type: 'SystemAssigned' });
    // ACR + AcrPull for the kubelet identity on it
    const acr = [...arm.store.values()].find((x) => x.type === 'Microsoft.ContainerRegistry/registries')!;
    expect(acr.name).toMatch(/^meshci[a-z0-9]{5,44}$/);
    const role = [...arm.store.values()].find((x) => x.type === 'Microsoft.Authorization/roleAssignments')!;
    expect(role.properties).toMatchObject({
      scope: acr.id,
      principalId: arm.get(aksId)!.properties['identityProfile'].kubeletidentity.objectId,
      principalType: 'ServicePrincipal',
    });
    expect(role.properties['roleDefinitionId']).toMatch(/\/roleDefinitions\/7f951dda-4ed3-4680-a7ca-43fe172d538d$/);
    // outputs, kubeconfig 0600 and exported, its token masked
    expect(r.outputs).toMatchObject({
      environment: 'pr-7',
      provider: 'aks',
      'resource-group': RG,
      'cluster-name': 'aks-pr-7',
      'acr-login-server': `${acr.name}.azurecr.io`,
      'acr-resource-id': acr.id,
      reused: 'false',
      'node-resource-group': `MC_${RG}_aks-pr-7_westeurope`,
    });
    const kc = join(dir, 'kubeconfig');
    expect(r.outputs['kubeconfig']).toBe(kc);
    expect(statSync(kc).mode & 0o777).toBe(0o600);
    expect(r.env['KUBECONFIG']).toBe(kc);
    const token = (yaml.load(readFileSync(kc, 'utf8')) as any).users[0].user.token as string;
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    expect(r.log).not.toContain(token);
    expect(r.summary).toContain('Azure CNI + Calico');
  });

  it('a second run reuses the environment, extends its expiry and scales the pool; nothing is recreated', async () => {
    expect((await provision({ ttl: '1h' })).exitCode).toBe(0);
    const expires1 = arm.get(rgId)!.tags!['expires-at']!;
    const putsBefore = arm.calls.filter((c) => c.startsWith('PUT') && /managedClusters\/aks-pr-7$|registries\/[^/]+$/.test(c)).length;
    const r = await provision({ ttl: '48h', 'node-count': '5' });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs['reused']).toBe('true');
    expect(new Date(arm.get(rgId)!.tags!['expires-at']!).getTime()).toBeGreaterThan(new Date(expires1).getTime());
    expect(arm.calls.filter((c) => c.startsWith('PUT') && /managedClusters\/aks-pr-7$|registries\/[^/]+$/.test(c)).length).toBe(putsBefore);
    expect(arm.get(aksId)!.properties['agentPoolProfiles'][0].count).toBe(5);
    expect(r.log).toContain('AKS aks-pr-7 pool system scaled 3 → 5');
    expect(r.log).toContain('AcrPull already granted');
  });

  it('a VM size change is refused: AKS cannot change it in place', async () => {
    expect((await provision()).exitCode).toBe(0);
    const r = await provision({ 'vm-size': 'Standard_D8s_v5' });
    expect(r.exitCode).toBe(1);
    expect(r.log).toContain("::error::meshci/provision configuration error: AKS aks-pr-7 runs Standard_D4s_v5 nodes, not Standard_D8s_v5 (input 'vm-size')");
  });

  it('the cost guard refuses a new environment beyond max-environments, before creating anything', async () => {
    arm.seedGroup('meshci-acme-mesh-pr-1', { 'meshci-env': 'pr-1', 'meshci-repository': 'acme/mesh', 'expires-at': '2099-01-01T00:00:00Z' });
    arm.seedGroup('meshci-acme-mesh-pr-2', { 'meshci-env': 'pr-2', 'meshci-repository': 'acme/mesh', 'expires-at': '2099-01-01T00:00:00Z' });
    arm.seedGroup('meshci-other-pr-1', { 'meshci-env': 'pr-1', 'meshci-repository': 'acme/other' });
    const r = await provision({ 'max-environments': '2' });
    expect(r.exitCode).toBe(1);
    expect(r.log).toContain("Refusing to create environment 'pr-7': acme/mesh already has 2 live environment(s) (pr-1, pr-2) and max-environments is 2");
    expect(arm.calls.filter((c) => c.startsWith('PUT'))).toEqual([]);
    // an existing environment may always be re-provisioned
    arm.seedGroup(RG, { 'meshci-env': 'pr-7', 'meshci-repository': 'acme/mesh' });
    expect((await provision({ 'max-environments': '2' })).exitCode).toBe(0);
  });

  it('ARM throttling (429 + Retry-After) and slow operations are waited out', async () => {
    arm.throttle.push({ match: /^PUT .*\/managedClusters\/aks-pr-7$/, times: 2 }, { match: /^GET .*\/resourcegroups$/i, times: 1 });
    arm.pollsToFinish = 4;
    const r = await provision({ 'max-environments': '5' });
    expect(r.exitCode, r.log).toBe(0);
    expect(arm.calls.filter((c) => c === `PUT ${aksId}`)).toHaveLength(3);
  });

  it('an ARM failure names what was being done, the HTTP status and the ARM error code', async () => {
    arm.failNext.push({
      match: /^PUT .*\/managedClusters\/aks-pr-7$/,
      code: 'QuotaExceeded',
      message: 'Operation could not be completed as it results in exceeding approved standardDSv5Family Cores quota.',
    });
    const r = await provision();
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(/::error::meshci\/provision failed: could not create AKS aks-pr-7.*QuotaExceeded.*exceeding approved standardDSv5Family Cores quota/);
    expect(r.outputs['resource-group']).toBe(RG); // outputs set before failing
  });

  it('re-provisioning while the environment is still being deleted is a clear 409', async () => {
    expect((await provision()).exitCode).toBe(0);
    arm.pollsToFinish = 1000;
    expect((await teardown({ wait: 'false' })).exitCode).toBe(0);
    const r = await provision();
    expect(r.exitCode).toBe(1);
    expect(r.log).toContain(
      `could not create resource group ${RG} (HTTP 409 ResourceGroupBeingDeleted): The resource group '${RG}' is in deprovisioning state and cannot perform this operation.`,
    );
  });

  it("environments are keyed by repository: the owner is in the name, and another repository's group is neither reused nor deleted", async () => {
    // org1/app and org2/app both have a pr-7: different groups
    expect(RG).toBe('meshci-acme-mesh-pr-7');
    arm.seedGroup(RG, { 'meshci-env': 'pr-7', 'meshci-repository': 'other-org/mesh' });
    const r = await provision();
    expect(r.exitCode).toBe(1);
    expect(r.log).toContain(`Resource group ${RG} is meshci environment 'pr-7' of repository other-org/mesh, not of acme/mesh: refusing to take it over`);
    expect(arm.calls.filter((c) => c.startsWith('PUT') || c.startsWith('PATCH'))).toEqual([]);
    const t = await teardown();
    expect(t.exitCode).toBe(1);
    expect(t.log).toContain(
      `Resource group ${RG} is an environment of repository other-org/mesh, not of acme/mesh: meshci deletes only this repository's environments`,
    );
    expect(arm.calls.filter((c) => c.startsWith('DELETE'))).toEqual([]);
  });

  it('a resource group of that name that is not a meshci environment is not taken over', async () => {
    arm.seedGroup(RG, { owner: 'someone' });
    const r = await provision();
    expect(r.exitCode).toBe(1);
    expect(r.log).toContain(`Resource group ${RG} exists but is not meshci environment 'pr-7' (its meshci-env tag is missing)`);
  });
});

describe('bad input fails before any Azure call', () => {
  it('a kubeconfig-path meshci cannot write fails before AKS or ACR exist', async () => {
    const r = await provision({ 'kubeconfig-path': dir });
    expect(r.exitCode).toBe(1);
    expect(r.log).toContain(`Input 'kubeconfig-path' names '${dir}', which is a folder: give a file path`);
    expect(arm.calls).toEqual([]);
  });

  it("teardown validates 'resource-group' as provision does", async () => {
    const r = await teardown({ 'resource-group': 'rg with spaces.' });
    expect(r.exitCode).toBe(1);
    expect(r.log).toContain("Input 'resource-group' has invalid value 'rg with spaces.': 1–90 letters, digits, '-', '_', '.', '(', ')', not ending in '.'");
    expect(arm.calls).toEqual([]);
  });

  it('every bad input is reported in one run, and nothing is created', async () => {
    const r = await provision({ ttl: 'tomorrow', location: 'westeurop', 'node-count': 'three', 'kubeconfig-path': dir, 'subscription-id': 'my-sub' });
    expect(r.exitCode).toBe(1);
    expect(r.log).toContain('configuration error: 5 problems with the inputs:');
    for (const name of ['ttl', 'location', 'node-count', 'kubeconfig-path', 'subscription-id']) expect(r.log).toContain(`Input '${name}'`);
    expect(arm.calls).toEqual([]);
  });

  it.each([
    [{ ttl: '10m' }, "Input 'ttl' duration '10m' is too short: at least"],
    [{ ttl: 'tomorrow' }, "Input 'ttl' has invalid duration 'tomorrow'"],
    [{ location: 'westeurop' }, "Input 'location' has invalid value 'westeurop': not an Azure region that hosts AKS; did you mean westeurope"],
    [{ 'vm-size': 'D4s_v5' }, "Input 'vm-size' has invalid value 'D4s_v5': expected an Azure VM size such as Standard_D4s_v5"],
    [{ 'node-count': '0' }, "Input 'node-count' has invalid value '0': allowed range is 1 to 100"],
    [{ 'node-count': 'three' }, "Input 'node-count' has invalid value 'three': expected a whole number"],
    [{ name: 'PR_7' }, "Input 'name' has invalid value 'PR_7'"],
    [{ 'kubernetes-version': 'latest' }, "Input 'kubernetes-version' has invalid value 'latest'"],
    [{ 'subscription-id': 'my-sub' }, "Input 'subscription-id' has invalid value 'my-sub': expected a GUID"],
  ])('%o', async (inputs, msg) => {
    const r = await provision(inputs);
    expect(r.exitCode).toBe(1);
    expect(r.log).toContain(`::error::meshci/provision configuration error: ${msg}`);
    expect(arm.calls).toEqual([]);
  });
});

describe('teardown (aks)', () => {
  it('deletes the environment and verifies it and the AKS node resource group are gone', async () => {
    expect((await provision()).exitCode).toBe(0);
    expect(arm.get(`/subscriptions/${SUB}/resourceGroups/MC_${RG}_aks-pr-7_westeurope`)).toBeDefined();
    const r = await teardown();
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs).toMatchObject({ existed: 'true', deleted: JSON.stringify([RG]) });
    expect(arm.resourceGroups()).toEqual([]);
    expect(r.log).toContain(`deleted ${RG} and verified it and MC_${RG}_aks-pr-7_westeurope are gone`);
  });

  it('an environment that does not exist: success, and it says so', async () => {
    const r = await teardown({ name: 'pr-404' });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs['existed']).toBe('false');
    expect(r.log).toContain('resource group meshci-acme-mesh-pr-404 does not exist: nothing to delete');
  });

  it('never deletes a resource group without the meshci-env tag', async () => {
    arm.seedGroup('prod-data', { owner: 'dba' });
    const r = await teardown({ 'resource-group': 'prod-data' });
    expect(r.exitCode).toBe(1);
    expect(r.log).toContain('Resource group prod-data has no meshci-env tag: meshci deletes only resource groups it created');
    expect(arm.get(`/subscriptions/${SUB}/resourceGroups/prod-data`)).toBeDefined();
    expect(arm.calls.filter((c) => c.startsWith('DELETE'))).toEqual([]);
  });

  it('wait false starts the deletion and returns', async () => {
    expect((await provision()).exitCode).toBe(0);
    arm.pollsToFinish = 1000;
    const r = await teardown({ wait: 'false' });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.log).toContain(`deleting ${RG} (not waiting: wait is false)`);
    expect(arm.get(rgId)!.properties['provisioningState']).toBe('Deleting');
  });
});

describe('reap', () => {
  beforeEach(() => {
    arm.seedGroup('meshci-acme-mesh-old', { 'meshci-env': 'old', 'meshci-repository': 'acme/mesh', 'expires-at': '2020-01-01T00:00:00Z' });
    arm.seedGroup('meshci-acme-mesh-new', { 'meshci-env': 'new', 'meshci-repository': 'acme/mesh', 'expires-at': '2099-01-01T00:00:00Z' });
    arm.seedGroup('meshci-acme-mesh-forever', { 'meshci-env': 'forever', 'meshci-repository': 'acme/mesh' });
    arm.seedGroup('meshci-other-old', { 'meshci-env': 'old', 'meshci-repository': 'acme/other', 'expires-at': '2020-01-01T00:00:00Z' });
    arm.seedGroup('hand-made', { 'expires-at': '2020-01-01T00:00:00Z' });
  });

  it("deletes this repository's expired environments only; never an untagged group", async () => {
    const r = await teardown({ mode: 'reap', name: '' });
    expect(r.exitCode, r.log).toBe(0);
    expect(JSON.parse(r.outputs['deleted']!)).toEqual(['meshci-acme-mesh-old']);
    expect(arm.calls).toContain(`DELETE /subscriptions/${SUB}/resourcegroups/meshci-acme-mesh-old`);
    expect(arm.calls.filter((c) => c.startsWith('DELETE'))).toHaveLength(1);
    const rows = JSON.parse(r.outputs['report']!) as { resourceGroup: string; state: string; action: string }[];
    expect(rows.map((x) => `${x.resourceGroup}:${x.state}:${x.action}`)).toEqual([
      'meshci-acme-mesh-forever:no-expiry:kept',
      'meshci-acme-mesh-new:live:kept',
      'meshci-acme-mesh-old:expired:deleted',
    ]);
    expect(r.summary).toContain('<td>meshci-acme-mesh-old</td>');
    expect(arm.get(`/subscriptions/${SUB}/resourceGroups/hand-made`)).toBeDefined();
  });

  it('dry-run deletes nothing; all-repositories widens the scope', async () => {
    const r = await teardown({ mode: 'reap', 'dry-run': 'true', 'all-repositories': 'true', name: '' });
    expect(r.exitCode, r.log).toBe(0);
    expect(arm.calls.filter((c) => c.startsWith('DELETE'))).toEqual([]);
    const rows = JSON.parse(r.outputs['report']!) as { resourceGroup: string; action: string }[];
    expect(rows.filter((x) => x.action === 'would delete').map((x) => x.resourceGroup)).toEqual(['meshci-acme-mesh-old', 'meshci-other-old']);
    expect(rows.map((x) => x.resourceGroup)).not.toContain('hand-made');
  });
});

describe('the preview comment on a pull request', () => {
  it('provision writes one sticky comment with how to connect; teardown marks the same comment deleted', async () => {
    const gh = await new GitHubServer('ghs_tok', 'acme/mesh').start();
    try {
      const pr = gh.addIssue('Add payments', { pr: true });
      const event = join(dir, 'event.json');
      writeFileSync(event, JSON.stringify({ action: 'synchronize', number: pr.number, pull_request: { number: pr.number } }));
      const prEnv = { ...gh.env(), GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event };
      const a = await run('provision', { 'kubeconfig-path': join(dir, 'kc'), 'github-token': gh.token }, { env: { ...env, ...prEnv } });
      expect(a.exitCode, a.log).toBe(0);
      expect(a.outputs['environment']).toBe(`pr-${pr.number}`);
      expect(pr.comments).toHaveLength(1);
      expect(pr.comments[0]).toMatch(
        new RegExp(`^<!-- meshci-env:pr-${pr.number} -->\n<h3>🟢 meshci environment <code>pr-${pr.number}</code> is up \\(AKS\\)</h3>`),
      );
      expect(pr.comments[0]).toContain(`<code>az aks get-credentials --resource-group meshci-acme-mesh-pr-${pr.number} --name aks-pr-${pr.number}</code>`);
      expect(a.outputs['comment-url']).toMatch(/#issuecomment-\d+$/);
      // a second push updates it in place
      expect((await run('provision', { 'kubeconfig-path': join(dir, 'kc'), 'github-token': gh.token }, { env: { ...env, ...prEnv } })).exitCode).toBe(0);
      expect(pr.comments).toHaveLength(1);
      const t = await run('teardown', { 'github-token': gh.token }, { env: { ...env, ...prEnv } });
      expect(t.exitCode, t.log).toBe(0);
      expect(pr.comments).toHaveLength(1);
      expect(pr.comments[0]).toMatch(
        new RegExp(
          `<h3>⚪ meshci environment <code>pr-${pr.number}</code> was deleted</h3>\n<p>resource group meshci-acme-mesh-pr-${pr.number} deleted and verified gone at `,
        ),
      );
      // no earlier comment: teardown does not start one
      const other = gh.addIssue('Docs', { pr: true });
      writeFileSync(event, JSON.stringify({ action: 'closed', number: other.number, pull_request: { number: other.number } }));
      arm.seedGroup(`meshci-acme-mesh-pr-${other.number}`, { 'meshci-env': `pr-${other.number}`, 'meshci-repository': 'acme/mesh' });
      expect((await run('teardown', { 'github-token': gh.token }, { env: { ...env, ...prEnv } })).exitCode).toBe(0);
      expect(other.comments).toEqual([]);
      // the reaper, on a schedule, updates the comment of a preview it deletes
      const third = gh.addIssue('Expired preview', { pr: true });
      const c = gh.addComment(third, `<!-- meshci-env:pr-${third.number} -->\n<h3>🟢 up</h3>`, {
        login: 'github-actions[bot]',
        type: 'Bot',
        association: 'NONE',
      });
      arm.seedGroup(`meshci-acme-mesh-pr-${third.number}`, {
        'meshci-env': `pr-${third.number}`,
        'meshci-repository': 'acme/mesh',
        'meshci-pr': String(third.number),
        'expires-at': '2020-01-01T00:00:00Z',
      });
      const reap = await run('teardown', { mode: 'reap', 'github-token': gh.token }, { env: { ...env, ...gh.env(), GITHUB_EVENT_NAME: 'schedule' } });
      expect(reap.exitCode, reap.log).toBe(0);
      expect(JSON.parse(reap.outputs['deleted']!)).toContain(`meshci-acme-mesh-pr-${third.number}`);
      expect(third.comments).toHaveLength(1);
      expect(third.comments[0]).toContain('deleted by the reaper: it expired at 2020-01-01T00:00:00.000Z');
      expect(gh.calls).toContain(`PATCH /repos/acme/mesh/issues/comments/${c}`);
    } finally {
      await gh.stop();
    }
  });
});

describe('federation failures name the token subject', () => {
  it("explainAuthError prints the subject of this job's OIDC token", async () => {
    const { explainAuthError } = await import('../../src/azure/auth-hint.js');
    const { githubIdToken } = await import('../../src/runtime/oidc.js');
    const { listenLoopback, closeServer } = await import('../helpers/http-double.js');
    const claims = { sub: 'repo:acme/mesh:pull_request', aud: 'api://AzureADTokenExchange', iss: 'https://token.actions.githubusercontent.com' };
    const jwt = `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;
    let audience = '';
    const { server, port } = await listenLoopback((req, res) => {
      audience = new URL(req.url ?? '/', 'http://x').searchParams.get('audience') ?? '';
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ value: jwt }));
    });
    const envBefore = { ...process.env };
    process.env['ACTIONS_ID_TOKEN_REQUEST_URL'] = `http://127.0.0.1:${port}/token?x=1`;
    process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'] = 'gh-runtime-token';
    try {
      const e = new Error(
        "ClientAssertionCredential authentication failed: AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:acme/mesh:ref:refs/heads/main'.",
      );
      const hint = await explainAuthError(e, githubIdToken);
      expect(hint).toBe(
        "this job's GitHub OIDC token has subject 'repo:acme/mesh:pull_request' (audience api://AzureADTokenExchange, issuer https://token.actions.githubusercontent.com): the app registration's federated credential must match the subject exactly",
      );
      expect(audience).toBe('api://AzureADTokenExchange');
      expect(await explainAuthError(new Error('ResourceGroupNotFound'), githubIdToken)).toBeUndefined();
      delete process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
      process.env['GITHUB_RUN_ID'] = '42';
      expect(await explainAuthError(e, githubIdToken)).toMatch(/give it 'permissions: id-token: write'/);
      // from a terminal: no workflow, so the way to sign in, and doctor
      delete process.env['GITHUB_RUN_ID'];
      const none = Object.assign(new Error('ChainedTokenCredential authentication failed.'), { name: 'AggregateAuthenticationError' });
      expect(await explainAuthError(none, githubIdToken)).toBe(
        'no Azure credential was found here: az login, or a service principal in AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET (meshci doctor --provider aks shows what it finds)',
      );
    } finally {
      process.env = envBefore;
      await closeServer(server);
    }
  });
});
