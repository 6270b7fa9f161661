import { describe, it, expect } from 'vitest';
import { Cluster } from '../../src/k8s/cluster.js';
import { acquireLease, LockHeld } from '../../src/k8s/lease.js';
import { silentLogger } from '../../src/lib/logger.js';
import { kubectl, kubectlJson, realCluster } from '../helpers/real-cluster.js';

/**
 * The lock one rotation (and one deploy) at a time rests on, against the real API server: its
 * resourceVersion preconditions, 409 on a lost race, expiry by renewTime + leaseDurationSeconds.
 */
const state = realCluster();
const why = 'missing' in state ? state.missing : '';

describe.skipIf(!!why)(`coordination.k8s.io Lease on the real API server${why ? ` (skipped: ${why})` : ''}`, () => {
  const cluster = () => Cluster.connect({ kubeconfig: (state as { kubeconfig: string }).kubeconfig });
  const ns = `lease-${Date.now().toString(36)}`;
  const opts = (holder: string, extra: Partial<Parameters<typeof acquireLease>[1]> = {}) => ({
    namespace: ns,
    name: 'meshci-test',
    holder,
    what: 'meshci test',
    log: silentLogger,
    ...extra,
  });

  it('a second holder is refused, naming the holder and the expiry; after release it gets the lock', async () => {
    kubectl(['create', 'namespace', ns]);
    const a = await acquireLease(cluster(), opts('run A'));
    const lease = kubectlJson<any>(['-n', ns, 'get', 'lease', 'meshci-test']);
    expect(lease.spec.holderIdentity).toBe('run A');
    expect(lease.spec.leaseDurationSeconds).toBe(60);
    const refused = await acquireLease(cluster(), opts('run B')).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LockHeld);
    expect((refused as Error).message).toMatch(new RegExp(`Lease ${ns}/meshci-test is held by run A until \\d{4}-`));
    await a.release();
    expect(kubectl(['-n', ns, 'get', 'leases', '-o', 'name']).trim()).toBe('');
    const b = await acquireLease(cluster(), opts('run B'));
    expect(b.tookOverFrom).toBeUndefined();
    await b.release();
  });

  it('a lease its holder stopped renewing is taken over once it expired, and says from whom', async () => {
    const dead = await acquireLease(cluster(), opts('run that was killed', { durationSeconds: 15 }));
    void dead; // never released: the run "died"
    const later = () => new Date(Date.now() + 16_000);
    const next = await acquireLease(cluster(), opts('run C', { now: later }));
    expect(next.tookOverFrom).toBe('run that was killed');
    expect(kubectlJson<any>(['-n', ns, 'get', 'lease', 'meshci-test']).spec.leaseTransitions).toBe(1);
    await next.release();
    await dead.release(); // its renewal timer stops; the lease is no longer its own, so nothing is deleted
  });

  it('two runs racing for a free lock: exactly one wins (the API server refuses the other with 409)', async () => {
    const results = await Promise.allSettled(['racer 1', 'racer 2', 'racer 3'].map((h) => acquireLease(cluster(), opts(h))));
    const won = results.filter((r) => r.status === 'fulfilled');
    expect(won).toHaveLength(1);
    for (const r of results.filter((x) => x.status === 'rejected')) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(LockHeld);
    await (won[0] as PromiseFulfilledResult<Awaited<ReturnType<typeof acquireLease>>>).value.release();
    kubectl(['delete', 'namespace', ns, '--wait=false']);
  });
});
