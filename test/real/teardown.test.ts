import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { run } from '../helpers/action.js';
import { exec } from '../../src/lib/exec.js';
import { localChartRepo, type LocalChartRepo } from '../helpers/local-charts.js';
import { kubectl } from '../helpers/real-cluster.js';
import { chartsOnCluster, DGRAPH_TEST_VALUES, execHelm, identityDir, uninstallAll } from '../helpers/real-deploy.js';

/**
 * teardown of an existing cluster: everything meshci deployed is gone — its Helm releases, the
 * namespaces it created, every object with its label — and what was there before meshci is left.
 */
const VERSION = 'stable-2.14.10';
/** the user's own namespace, there before meshci */
const TEAM = `team-app-${Date.now().toString(36)}`;
const env = chartsOnCluster([VERSION]);
const why = 'missing' in env ? env.missing : '';

describe.skipIf(!!why)(`teardown of what meshci deployed into an existing cluster${why ? ` (skipped: ${why})` : ''}`, () => {
  let repo: LocalChartRepo;
  const { state: st, helm: helmBin, env: path } = env as Exclude<typeof env, { missing: string }>;
  beforeAll(async () => {
    repo = await localChartRepo({ helm: helmBin, versions: [VERSION], dgraph: '24.1.1' });
    uninstallAll(helmBin, st.kubeconfig);
  });
  afterAll(async () => {
    uninstallAll(helmBin, st.kubeconfig);
    kubectl(['delete', 'namespace', TEAM, '--ignore-not-found', '--wait=false']);
    await repo?.stop();
  });

  it('removes the releases, namespaces and labelled objects meshci made, and only those', async () => {
    // the user's own namespace, with a release of the user's, and the app namespace made by the user first
    kubectl(['create', 'namespace', TEAM]);
    // (async: the chart repository answers from this process)
    await exec(helmBin, [
      'install',
      'theirs',
      'dgraph',
      '--repo',
      repo.dgraphUrl!,
      '--version',
      '24.1.1',
      '-n',
      TEAM,
      '--set',
      'zero.persistence.enabled=false,alpha.persistence.enabled=false',
      '--wait',
      '--timeout',
      '3m',
      '--kubeconfig',
      st.kubeconfig,
    ]);
    const { dir } = identityDir();
    const d = await run(
      'deploy',
      {
        'linkerd-version': VERSION,
        'identity-dir': dir,
        kubeconfig: st.kubeconfig,
        'chart-repo': repo.url,
        'dgraph-chart-repo': repo.dgraphUrl!,
        'app-values': DGRAPH_TEST_VALUES,
        viz: 'true',
        jaeger: 'true',
        timeout: '5m',
      },
      { env: path() },
    );
    expect(d.exitCode, d.log).toBe(0);
    const t = await run('teardown', { provider: 'existing', kubeconfig: st.kubeconfig, timeout: '5m' }, { env: path() });
    expect(t.exitCode, t.log).toBe(0);
    const deleted = JSON.parse(t.outputs['deleted'] ?? '[]') as string[];
    expect(deleted).toEqual(
      expect.arrayContaining([
        'helm release linkerd/linkerd-crds (linkerd-crds-1.8.0)',
        'helm release dgraph/dgraph (dgraph-24.1.1)',
        'namespace linkerd',
        'namespace dgraph',
        'namespace linkerd-viz',
        'namespace linkerd-jaeger',
      ]),
    );
    // nothing with meshci's label remains, anywhere
    const labelled = kubectl([
      'get',
      'namespaces,configmaps,secrets,leases,jobs,networkpolicies,deployments,statefulsets',
      '-A',
      '-l',
      'app.kubernetes.io/managed-by=meshci',
      '-o',
      'name',
    ]).trim();
    expect(labelled).toBe('');
    expect(JSON.parse(execHelm(helmBin, st.kubeconfig, ['list', '-A', '--all', '-o', 'json'])).map((r: { name: string }) => r.name)).toEqual(['theirs']);
    for (const ns of ['linkerd', 'dgraph', 'linkerd-viz', 'linkerd-jaeger'])
      expect(kubectl(['get', 'namespace', ns, '--ignore-not-found', '-o', 'name']).trim()).toBe('');
    expect(kubectl(['get', 'namespace', TEAM, '-o', 'name']).trim()).toBe(`namespace/${TEAM}`);
    // a second teardown finds nothing
    const again = await run('teardown', { provider: 'existing', kubeconfig: st.kubeconfig }, { env: path() });
    expect(again.exitCode, again.log).toBe(0);
    expect(again.outputs['existed']).toBe('false');
  });
});
