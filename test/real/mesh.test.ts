import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, expectNoKeyMaterial, visible } from '../helpers/action.js';
import { PENDING_ANCHOR_SECRET } from '../../src/linkerd/identity-cluster.js';
import { localChartRepo, type LocalChartRepo } from '../helpers/local-charts.js';
import { kubectl, kubectlJson } from '../helpers/real-cluster.js';
import { chartsOnCluster, DGRAPH_TEST_VALUES, execHelm, identityDir, uninstallAll } from '../helpers/real-deploy.js';

/**
 * certs and verify on a Linkerd the real helm installed from its upstream charts: the rotation
 * procedures change the real Secret, ConfigMap and Deployments and the real controllers make new
 * ReplicaSets; verify collects pods, events and its probe Jobs from the real API (kwok completes the
 * Jobs; no container runs, so the probes' own results are evidence verify must not invent).
 */
const VERSION = 'stable-2.14.10';
const env = chartsOnCluster([VERSION]);
const why = 'missing' in env ? env.missing : '';

describe.skipIf(!!why)(`certs and verify on a real Linkerd ${VERSION}${why ? ` (skipped: ${why})` : ''}`, () => {
  let repo: LocalChartRepo;
  const { state: st, helm: helmBin, env: path } = env as Exclude<typeof env, { missing: string }>;
  const identity = identityDir();
  const anchorKey = identity.pair.anchorKey;
  const base = () => ({ kubeconfig: st.kubeconfig, 'linkerd-version': VERSION, 'helm-repo': repo.url, timeout: '1m' });
  const replicaSets = (ns: string) => kubectlJson<{ items: any[] }>(['-n', ns, 'get', 'replicasets']).items.map((r) => r.metadata.name as string);

  beforeAll(async () => {
    repo = await localChartRepo({ helm: helmBin, versions: [VERSION], dgraph: '24.1.1' });
    uninstallAll(helmBin, st.kubeconfig);
    const r = await run(
      'deploy',
      {
        'linkerd-version': VERSION,
        'identity-dir': identity.dir,
        kubeconfig: st.kubeconfig,
        'chart-repo': repo.url,
        'dgraph-chart-repo': repo.dgraphUrl!,
        'app-values': DGRAPH_TEST_VALUES,
        viz: 'false',
        timeout: '5m',
      },
      { env: path() },
    );
    expect(r.exitCode, r.log).toBe(0);
  });
  afterAll(async () => {
    uninstallAll(helmBin, st.kubeconfig);
    await repo?.stop();
  });

  it('check reads the identity the chart installed', async () => {
    const r = await run('certs', { ...base(), mode: 'check' }, { env: path() });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs['result']).toBe('success');
    expect(r.outputs['issuer']?.trim()).toBe(identity.pair.issuer.trim());
  });

  it('rotate-issuer: the new issuer reaches the Secret through the Helm release, identity and workloads restart', async () => {
    const before = {
      identity: replicaSets('linkerd'),
      dgraph: kubectlJson<any>(['-n', 'dgraph', 'get', 'statefulsets']).items.map((s: any) => s.status.currentRevision),
    };
    const r = await run('certs', { ...base(), mode: 'rotate-issuer', 'trust-anchor': identity.pair.anchor, 'trust-anchor-key': anchorKey }, { env: path() });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs['rotated']).toBe('true');
    const secret = kubectlJson<any>(['-n', 'linkerd', 'get', 'secret', 'linkerd-identity-issuer']);
    const crt = Buffer.from(secret.data['crt.pem'] ?? secret.data['tls.crt'], 'base64').toString();
    expect(crt.trim()).toBe(r.outputs['issuer']?.trim());
    expect(crt.trim()).not.toBe(identity.pair.issuer.trim());
    // the release now carries it too (helm upgrade --reuse-values), and is deployed, not pending
    const status = JSON.parse(execHelm(helmBin, st.kubeconfig, ['status', 'linkerd-control-plane', '-n', 'linkerd', '-o', 'json']));
    expect(status.info.status).toBe('deployed');
    // the real deployment controller made a new ReplicaSet for linkerd-identity
    expect(replicaSets('linkerd').filter((n) => n.startsWith('linkerd-identity-')).length).toBeGreaterThan(
      before.identity.filter((n) => n.startsWith('linkerd-identity-')).length,
    );
    for (const [w, t] of Object.entries(visible(r))) expectNoKeyMaterial(w, t, [anchorKey]);
  });

  it('two rotations at once: one runs, the other is refused before any write, naming the holder', async () => {
    const issuerBefore = kubectlJson<any>(['-n', 'linkerd', 'get', 'secret', 'linkerd-identity-issuer']).data;
    const inputs = { ...base(), mode: 'rotate-issuer', 'trust-anchor': identity.pair.anchor, 'trust-anchor-key': anchorKey };
    const [a, b] = await Promise.all([run('certs', inputs, { env: path() }), run('certs', inputs, { env: path() })]);
    const ok = [a, b].filter((r) => r.exitCode === 0);
    const refused = [a, b].filter((r) => r.exitCode !== 0);
    expect(ok, [a, b].map((r) => r.log).join('\n----\n')).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.log).toMatch(/another meshci certs rotation is running on this cluster — Lease linkerd\/meshci-rotation is held by .* until \d{4}-/);
    expect(refused[0]!.outputs['rotated'] ?? 'false').toBe('false');
    // exactly one new issuer was written, and the lock went with the run that held it
    expect(kubectlJson<any>(['-n', 'linkerd', 'get', 'secret', 'linkerd-identity-issuer']).data).not.toEqual(issuerBefore);
    expect(kubectl(['-n', 'linkerd', 'get', 'leases', '-o', 'name']).trim()).toBe('');
  });

  it('rotate-anchor walks bundle, issuer and finalize on the real objects, one phase per run', async () => {
    const phases: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await run('certs', { ...base(), mode: 'rotate-anchor' }, { env: path() });
      expect(r.exitCode, r.log).toBe(0);
      phases.push(r.outputs['phase'] ?? '');
    }
    expect(phases).toEqual(['bundle', 'issuer', 'finalize']);
    const roots = kubectlJson<any>(['-n', 'linkerd', 'get', 'configmap', 'linkerd-identity-trust-roots']).data['ca-bundle.crt'] as string;
    expect(roots.match(/BEGIN CERTIFICATE/g)).toHaveLength(1);
    expect(roots.trim()).not.toBe(identity.pair.anchor.trim());
    // the pending anchor's key is gone from the cluster; the phase record says the rotation is done
    expect(kubectl(['-n', 'linkerd', 'get', 'secret', PENDING_ANCHOR_SECRET, '--ignore-not-found', '-o', 'name']).trim()).toBe('');
    expect(kubectlJson<any>(['-n', 'linkerd', 'get', 'configmap', 'meshci-rotation-state']).data).toMatchObject({ phase: 'finalize', status: 'done' });
    const c = await run('certs', { ...base(), mode: 'check' }, { env: path() });
    expect(c.exitCode, c.log).toBe(0);
  });

  it('verify collects pods, events and its probe Jobs from the real API, and claims no result it has no proof of', async () => {
    const out = mkdtempSync(join(tmpdir(), 'meshci-real-verify-'));
    const r = await run(
      'verify',
      {
        kubeconfig: st.kubeconfig,
        'output-dir': out,
        'linkerd-cli': 'none',
        comment: 'never',
        timeout: '2m',
        'connect-timeout': '2s',
        'max-time': '4s',
        retries: '0',
      },
      { env: path() },
    );
    expect(existsSync(join(out, 'evidence.json')), r.log).toBe(true);
    const evidence = JSON.parse(readFileSync(join(out, 'evidence.json'), 'utf8'));
    expect(JSON.stringify(evidence)).toContain('linkerd-identity');
    // kwok completes the probe Jobs but no curl ever ran: there is no proof of blocked or allowed
    // kwok marks the Jobs Succeeded, yet the probes' logs cannot be read (no kubelet answers):
    // every connectivity result is unknown, none is taken as blocked or allowed
    const rows = r.log.split('\n').filter((l) => /connectivity: /.test(l));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/observed unknown: .*get log of pod\/meshci-probe-/);
    expect(r.outputs['verdict']).toBe('fail');
  });
});
