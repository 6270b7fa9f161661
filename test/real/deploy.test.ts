import { describe, it, expect, beforeAll, afterAll } from 'vitest';
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
    uninstallAll(helmBin, st.kubeconfig);
  });
  afterAll(async () => {
    uninstallAll(helmBin, st.kubeconfig);
    await repo?.stop();
  });

  const cases: [string, string][] = [...DEPLOY_VERSIONS.map((v): [string, string] => [v, '']), ['stable-2.14.10', ' (again, after the edges left their kept Gateway API CRDs)']];
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
    const releases = JSON.parse(execHelm(helmBin, st.kubeconfig, ['list', '--all-namespaces', '-o', 'json'])) as { name: string; status: string; chart: string }[];
    expect(releases.every((x) => x.status === 'deployed'), JSON.stringify(releases)).toBe(true);
    expect(releases.map((x) => x.name)).toEqual(expect.arrayContaining(['linkerd-crds', 'linkerd-control-plane', 'linkerd-viz', 'dgraph']));
    // the issuer Linkerd's identity reads is the one given
    const secret = kubectlJson<any>(['-n', 'linkerd', 'get', 'secret', 'linkerd-identity-issuer']);
    expect(Buffer.from(secret.data['tls.crt'] ?? secret.data['crt.pem'], 'base64').toString().trim()).toBe(pair.issuer.trim());
    // meshci's own objects were accepted by the real API (schemas, validation) and are there
    expect(kubectlJson<any>(['-n', 'dgraph', 'get', 'networkpolicy']).items.length).toBeGreaterThan(0);
    expect(kubectlJson<any>(['get', 'namespace', 'dgraph']).metadata.annotations['config.linkerd.io/default-inbound-policy']).toBe('all-authenticated');
    // gRPC routes: a ServiceProfile before 2.16, GRPCRoutes after (routes: auto)
    const routes = kubectl(['-n', 'dgraph', 'get', version.startsWith('stable-2.14') ? 'serviceprofiles.linkerd.io' : 'grpcroutes.gateway.networking.k8s.io', '-o', 'name']).trim();
    expect(routes, 'routes').not.toBe('');
    // a second deploy with the same inputs changes nothing
    const again = await run('deploy', inputs, { env: path() });
    expect(again.exitCode, again.log).toBe(0);
    expect(again.outputs['changed']).toBe('false');
    uninstallAll(helmBin, st.kubeconfig);
  });
});
