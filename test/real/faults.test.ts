import { describe, it, expect } from 'vitest';
import { Cluster } from '../../src/k8s/cluster.js';
import type { Logger } from '../../src/lib/logger.js';
import { restart } from '../kube/cluster.js';
import { kubectl, realCluster } from '../helpers/real-cluster.js';

/**
 * Faults of the real API server, made on the real process: paused (SIGSTOP) and resumed in the
 * middle of a read and of a watch-based wait; stopped and started again while a wait is under way.
 * The cluster layer must come through each (reads retried after their timeout aborted them, watches
 * resumed from the last resourceVersion), and say what happened.
 */
const state = realCluster();
const why =
  'missing' in state
    ? state.missing
    : !('missing' in state) && !state.processes.every((p) => p.argv)
      ? 'the running cluster predates restartable processes (npm run cluster -- down && npm run cluster -- up)'
      : '';

function recorder(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (l: string) => void lines.push(l);
  return { lines, debug: push, info: push, warning: push, error: push, group: async (_n, fn) => fn() };
}

describe.skipIf(!!why)(`the real API server paused, stopped and restarted${why ? ` (skipped: ${why})` : ''}`, () => {
  const st = state as Exclude<typeof state, { missing: string }>;
  const apiserver = () => st.processes.find((p) => p.name === 'kube-apiserver')!.pid;

  it('paused (SIGSTOP) during a read: the attempt is aborted at its timeout, retried, and answered once the server resumes', async () => {
    const log = recorder();
    const cluster = Cluster.connect({ kubeconfig: st.kubeconfig, log });
    cluster.requestTimeoutMs = 1500;
    const pid = apiserver();
    process.kill(pid, 'SIGSTOP');
    const resume = setTimeout(() => process.kill(pid, 'SIGCONT'), 2500);
    try {
      const nodes = await cluster.list('v1', 'Node');
      expect(nodes).toHaveLength(3);
    } finally {
      clearTimeout(resume);
      process.kill(pid, 'SIGCONT');
    }
    expect(log.lines.join('\n')).toMatch(
      /list Node: list Node at https:\/\/127\.0\.0\.1:\d+: no answer, timed out after 1\.5s \(request aborted\); retry 1 of 3/,
    );
  });

  it('paused during a watch-based rollout wait: the wait goes on after the resume and sees the rollout', async () => {
    const ns = `faults-${Date.now().toString(36)}`;
    kubectl(['create', 'namespace', ns]);
    try {
      // pods that land nowhere until the selector is lifted
      kubectl(['-n', ns, 'create', 'deployment', 'web', '--image=registry.invalid/web:1']);
      kubectl(['-n', ns, 'patch', 'deployment', 'web', '--type=merge', '-p', '{"spec":{"template":{"spec":{"nodeSelector":{"meshci.test/nowhere":"x"}}}}}']);
      const cluster = Cluster.connect({ kubeconfig: st.kubeconfig, log: recorder() });
      const waiting = cluster.waitRollout('Deployment', ns, 'web', 90_000);
      const pid = apiserver();
      process.kill(pid, 'SIGSTOP');
      await new Promise((r) => setTimeout(r, 3000));
      process.kill(pid, 'SIGCONT');
      kubectl(['-n', ns, 'patch', 'deployment', 'web', '--type=json', '-p', '[{"op":"remove","path":"/spec/template/spec/nodeSelector"}]']);
      await waiting;
    } finally {
      kubectl(['delete', 'namespace', ns, '--wait=false']);
    }
  });

  it('stopped and started again during a wait: the watch is resumed against the new process', async () => {
    const ns = `faults-r-${Date.now().toString(36)}`;
    kubectl(['create', 'namespace', ns]);
    try {
      kubectl(['-n', ns, 'create', 'deployment', 'web', '--image=registry.invalid/web:1']);
      kubectl(['-n', ns, 'patch', 'deployment', 'web', '--type=merge', '-p', '{"spec":{"template":{"spec":{"nodeSelector":{"meshci.test/nowhere":"x"}}}}}']);
      const log = recorder();
      const cluster = Cluster.connect({ kubeconfig: st.kubeconfig, log });
      const waiting = cluster.waitRollout('Deployment', ns, 'web', 120_000);
      // the wait has read the Deployment and is watching it (it says so) before the server goes away
      for (let i = 0; i < 400 && !log.lines.some((l) => l.startsWith('waiting for deployment/web')); i++) await new Promise((r) => setTimeout(r, 25));
      expect(log.lines.some((l) => l.startsWith('waiting for deployment/web'))).toBe(true);
      const before = apiserver();
      const after = await restart('kube-apiserver');
      expect(after).not.toBe(before);
      kubectl(['-n', ns, 'patch', 'deployment', 'web', '--type=json', '-p', '[{"op":"remove","path":"/spec/template/spec/nodeSelector"}]']);
      await waiting;
    } finally {
      kubectl(['delete', 'namespace', ns, '--wait=false']);
    }
  });
});
