import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import { spawnSync } from 'node:child_process';
import yaml from 'js-yaml';
import { run, expectNoKeyMaterial, visible } from '../helpers/action.js';
import { localChartRepo, type LocalChartRepo } from '../helpers/local-charts.js';
import { kubectl, kubectlJson } from '../helpers/real-cluster.js';
import { chartsOnCluster, DGRAPH_TEST_VALUES, execHelm, identityDir, uninstallAll } from '../helpers/real-deploy.js';

/**
 * The deploy action with the real helm (v3.17.3) and the upstream charts against the real API
 * server: CRDs, control plane, viz (and jaeger where the version has it) and Dgraph install and
 * `--wait` completes (kwok makes the pods Ready); meshci's NetworkPolicy, authorization and route
 * objects pass the real schemas; the identity Secret holds the issuer given; a second deploy changes
 * nothing. One stable, one edge of 2025 and the newest edge — then the stable again, on a cluster
 * where the edges left Gateway API CRDs behind (kept by their charts), as a real cluster would have.
 */
const DEPLOY_VERSIONS = ['stable-2.14.10', 'edge-25.10.7', 'edge-26.8.3'];
const env = chartsOnCluster(DEPLOY_VERSIONS);
const why = 'missing' in env ? env.missing : '';

describe.skipIf(!!why)(`deploy on the real API server with the upstream charts${why ? ` (skipped: ${why})` : ''}`, () => {
  let repo: LocalChartRepo;
  const { state: st, helm: helmBin, env: path } = env as Exclude<typeof env, { missing: string }>;

  beforeAll(async () => {
    repo = await localChartRepo({ helm: helmBin, versions: DEPLOY_VERSIONS, dgraph: '24.1.1' });
  });
  // each version starts on a cluster without releases (one that failed leaves none for the next)
  beforeEach(() => uninstallAll(helmBin, st.kubeconfig));
  afterAll(async () => {
    uninstallAll(helmBin, st.kubeconfig);
    await repo?.stop();
  });

  const cases: [string, string][] = [
    ...DEPLOY_VERSIONS.map((v): [string, string] => [v, '']),
    ['stable-2.14.10', ' (again, after the edges left their kept Gateway API CRDs)'],
  ];
  it.each(cases)('%s%s: installs, the identity is the one given, a second deploy is a no-op', async (version) => {
    const { dir, pair } = identityDir();
    const inputs = {
      'linkerd-version': version,
      'identity-dir': dir,
      kubeconfig: st.kubeconfig,
      'chart-repo': repo.url,
      'dgraph-chart-repo': repo.dgraphUrl!,
      'app-values': DGRAPH_TEST_VALUES,
      viz: 'true',
      jaeger: String(version !== 'edge-25.10.7' && version !== 'edge-26.8.3'),
      authorization: 'all-authenticated',
      timeout: '5m',
    };
    const r = await run('deploy', inputs, { env: path() });
    expect(r.exitCode, r.log).toBe(0);
    for (const [where, text] of Object.entries(visible(r))) expectNoKeyMaterial(where, text, [pair.issuerKey]);
    const releases = JSON.parse(execHelm(helmBin, st.kubeconfig, ['list', '--all-namespaces', '-o', 'json'])) as {
      name: string;
      status: string;
      chart: string;
    }[];
    expect(
      releases.every((x) => x.status === 'deployed'),
      JSON.stringify(releases),
    ).toBe(true);
    expect(releases.map((x) => x.name)).toEqual(expect.arrayContaining(['linkerd-crds', 'linkerd-control-plane', 'linkerd-viz', 'dgraph']));
    // the issuer Linkerd's identity reads is the one given
    const secret = kubectlJson<any>(['-n', 'linkerd', 'get', 'secret', 'linkerd-identity-issuer']);
    expect(
      Buffer.from(secret.data['tls.crt'] ?? secret.data['crt.pem'], 'base64')
        .toString()
        .trim(),
    ).toBe(pair.issuer.trim());
    // meshci's own objects were accepted by the real API (schemas, validation) and are there
    expect(kubectlJson<any>(['-n', 'dgraph', 'get', 'networkpolicy']).items.length).toBeGreaterThan(0);
    expect(kubectlJson<any>(['get', 'namespace', 'dgraph']).metadata.annotations['config.linkerd.io/default-inbound-policy']).toBe('all-authenticated');
    // gRPC routes: a ServiceProfile before 2.16, GRPCRoutes after (routes: auto)
    const routes = kubectl([
      '-n',
      'dgraph',
      'get',
      version.startsWith('stable-2.14') ? 'serviceprofiles.linkerd.io' : 'grpcroutes.gateway.networking.k8s.io',
      '-o',
      'name',
    ]).trim();
    expect(routes, 'routes').not.toBe('');
    // a second deploy with the same inputs changes nothing
    const again = await run('deploy', inputs, { env: path() });
    expect(again.exitCode, again.log).toBe(0);
    expect(again.outputs['changed']).toBe('false');
  });
});

describe.skipIf(!!why)(`a deploy killed mid-install, then run again${why ? ` (skipped: ${why})` : ''}`, () => {
  let repo: LocalChartRepo;
  const { state: st, helm: helmBin, env: path } = env as Exclude<typeof env, { missing: string }>;
  const version = 'stable-2.14.10';
  beforeAll(async () => {
    repo = await localChartRepo({ helm: helmBin, versions: [version], dgraph: '24.1.1' });
    uninstallAll(helmBin, st.kubeconfig);
  });
  afterAll(async () => {
    uninstallAll(helmBin, st.kubeconfig);
    await repo?.stop();
  });

  it('the runner dies (SIGKILL to the step and its helm) with Dgraph pending-install; the lock names the dead run; the next deploy recovers the release with one line', async () => {
    const { dir } = identityDir();
    const inputs = {
      'linkerd-version': version,
      'identity-dir': dir,
      kubeconfig: st.kubeconfig,
      'chart-repo': repo.url,
      'dgraph-chart-repo': repo.dgraphUrl!,
      viz: 'false',
      timeout: '5m',
    };
    // Dgraph's pods can land on no node: helm --wait holds the release pending-install until killed
    const stuck = yaml.dump({
      zero: { persistence: { enabled: false }, nodeSelector: { 'meshci.test/nowhere': 'x' } },
      alpha: { persistence: { enabled: false }, nodeSelector: { 'meshci.test/nowhere': 'x' } },
    });
    const first = run('deploy', { ...inputs, 'app-values': stuck }, { env: path() });
    const pending = () =>
      JSON.parse(execHelm(helmBin, st.kubeconfig, ['list', '-n', 'dgraph', '--pending', '-o', 'json'])) as { name: string; status: string }[];
    for (let i = 0; i < 600 && !pending().some((r) => r.name === 'dgraph'); i++) await new Promise((r) => setTimeout(r, 250));
    expect(pending()).toEqual([expect.objectContaining({ name: 'dgraph', status: 'pending-install' })]);
    // the machine goes away: the step and its helm die at once, nothing runs their clean-up
    spawnSync('pkill', ['-KILL', '-f', 'dist/(entries/)?deploy']);
    spawnSync('pkill', ['-KILL', '-f', 'helm upgrade --install dgraph']);
    const killed = await first;
    expect(killed.exitCode).not.toBe(0);

    // the next deploy, at once: the dead run's lock has not expired, and says whose it is
    const refused = await run('deploy', { ...inputs, 'app-values': DGRAPH_TEST_VALUES }, { env: path() });
    expect(refused.exitCode).toBe(1);
    expect(refused.log).toMatch(/another meshci deploy is running on this cluster — Lease linkerd\/meshci-deploy is held by .* until \d{4}-/);
    expect(pending()).toHaveLength(1);

    // the operator deletes the lock of the run that is gone, as the message says; the deploy recovers
    kubectl(['-n', 'linkerd', 'delete', 'lease', 'meshci-deploy']);
    const again = await run('deploy', { ...inputs, 'app-values': DGRAPH_TEST_VALUES }, { env: path() });
    expect(again.exitCode, again.log).toBe(0);
    expect(again.log).toMatch(/release dgraph\/dgraph was left pending-install \(revision 1\) by a run that did not finish: uninstalled it, installing again/);
    const releases = JSON.parse(execHelm(helmBin, st.kubeconfig, ['list', '-A', '--all', '-o', 'json'])) as { name: string; status: string }[];
    expect(releases.map((r) => `${r.name}:${r.status}`).sort()).toEqual(['dgraph:deployed', 'linkerd-control-plane:deployed', 'linkerd-crds:deployed']);
    // and the lock is gone with the run that held it
    expect(kubectl(['-n', 'linkerd', 'get', 'leases', '-o', 'name']).trim()).toBe('');
  });
});

const OLD = 'stable-2.10.2';
const oldEnv = chartsOnCluster([OLD]);
const whyOld = 'missing' in oldEnv ? oldEnv.missing : '';

describe.skipIf(!!whyOld)(`a version whose charts use APIs this Kubernetes removed${whyOld ? ` (skipped: ${whyOld})` : ''}`, () => {
  it(`${OLD} is refused before helm runs, naming the API, and nothing is installed`, async () => {
    const { state: st, helm: helmBin, env: path } = oldEnv as Exclude<typeof oldEnv, { missing: string }>;
    const repo = await localChartRepo({ helm: helmBin, versions: [OLD], dgraph: '24.1.1' });
    try {
      const { dir } = identityDir();
      const r = await run(
        'deploy',
        {
          'linkerd-version': OLD,
          'identity-dir': dir,
          kubeconfig: st.kubeconfig,
          'chart-repo': repo.url,
          'dgraph-chart-repo': repo.dgraphUrl!,
          'app-values': DGRAPH_TEST_VALUES,
          timeout: '2m',
        },
        { env: path() },
      );
      expect(r.exitCode, r.log).toBe(1);
      expect(r.log).toMatch(
        /Input 'linkerd-version': Linkerd stable-2\.10\.2's linkerd2 chart creates batch\/v1beta1 CronJob, which Kubernetes removed in 1\.25; the cluster runs v1\.36\.3/,
      );
      expect(JSON.parse(execHelm(helmBin, st.kubeconfig, ['list', '-A', '--all', '-o', 'json']))).toEqual([]);
      expect(repo.requests.filter((q) => q.endsWith('.tgz'))).toEqual([]);
    } finally {
      await repo.stop();
    }
  });
});
