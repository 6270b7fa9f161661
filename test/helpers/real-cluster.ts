import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readState, type ClusterState } from '../kube/cluster.js';

/**
 * The local Kubernetes of the real-cluster suite (test/kube/cluster.ts), as the tests under
 * test/real see it: they run inside its network namespace (`npm run cluster -- exec`), so its API
 * and nothing else is reachable. `realCluster()` is the running cluster's state, or the reason there
 * is none (the suite then skips with that one line).
 */
export function realCluster(): ClusterState | { missing: string } {
  const s = readState();
  if (!s) return { missing: 'no local cluster (npm run cluster -- up)' };
  return s;
}

export function mustCluster(): ClusterState {
  const s = realCluster();
  if ('missing' in s) throw new Error(s.missing);
  return s;
}

/** The pinned kubectl against the local cluster as its admin; throws with stderr on failure. */
export function kubectl(args: string[], input?: string): string {
  const s = mustCluster();
  const r = spawnSync(join(s.bin, 'kubectl'), ['--kubeconfig', s.kubeconfig, ...args], { encoding: 'utf8', input, timeout: 120_000 });
  if (r.status !== 0) throw new Error(`kubectl ${args.join(' ')}: ${r.stderr || r.stdout}`);
  return r.stdout;
}

export function kubectlJson<T = any>(args: string[]): T {
  return JSON.parse(kubectl([...args, '-o', 'json'])) as T;
}

/**
 * A kubeconfig for a ServiceAccount (its token from the TokenRequest API), bound to exactly the
 * rules given: the least-privilege tests hand it to the actions. Returns its path.
 */
export function serviceAccountKubeconfig(o: { namespace: string; name: string; dir: string }): string {
  const s = mustCluster();
  spawnSync(join(s.bin, 'kubectl'), ['--kubeconfig', s.kubeconfig, 'create', 'namespace', o.namespace], { encoding: 'utf8' });
  spawnSync(join(s.bin, 'kubectl'), ['--kubeconfig', s.kubeconfig, '-n', o.namespace, 'create', 'serviceaccount', o.name], { encoding: 'utf8' });
  const token = kubectl(['-n', o.namespace, 'create', 'token', o.name, '--duration=2h']).trim();
  const admin = readFileSync(s.kubeconfig, 'utf8');
  const ca = /certificate-authority-data: (\S+)/.exec(admin)![1];
  const path = join(o.dir, `${o.name}.kubeconfig`);
  writeFileSync(
    path,
    [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      '- name: local',
      '  cluster:',
      `    server: https://127.0.0.1:${s.port}`,
      `    certificate-authority-data: ${ca}`,
      'users:',
      `- name: ${o.name}`,
      '  user:',
      `    token: ${token}`,
      'contexts:',
      '- name: local',
      '  context:',
      '    cluster: local',
      `    user: ${o.name}`,
      'current-context: local',
      '',
    ].join('\n'),
    { mode: 0o600 },
  );
  return path;
}
