import type { Logger } from '../lib/log.js';
import type { Cluster, KObject } from '../k8s/cluster.js';
import type { Probe } from './expectations.js';
import { jobName, parseProbeLog, probeJob, type ProbeJobOpts } from './probe-jobs.js';

/**
 * Runs the connectivity matrix as Jobs, all at once, and judges each against its expectation.
 * An `allowed` probe that fails may be retried (a new Job); a `blocked` expectation is never retried
 * into a pass: one connection is enough to fail it. Jobs are deleted afterwards, also on failure.
 */
export interface ProbeResult {
  probe: Probe;
  observed: 'allowed' | 'blocked' | 'unknown';
  pass: boolean;
  detail: string;
  attempts: number;
}

export async function runProbes(cluster: Cluster, probes: Probe[], o: ProbeJobOpts & { retries: number; timeoutMs: number; log: Logger }): Promise<ProbeResult[]> {
  await cluster.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: o.namespace, labels: { 'app.kubernetes.io/managed-by': 'meshci' } } } as KObject);
  try {
    return await Promise.all(probes.map((p) => runOne(cluster, p, o)));
  } finally {
    await Promise.all(probes.map((p) => cluster.delete({ apiVersion: 'batch/v1', kind: 'Job', namespace: o.namespace, name: jobName(p) }, { propagation: 'Background' }).catch((e: unknown) => o.log.warning(`could not delete probe job ${jobName(p)}: ${(e as Error).message}`))));
  }
}

async function runOne(cluster: Cluster, p: Probe, o: ProbeJobOpts & { retries: number; timeoutMs: number; log: Logger }): Promise<ProbeResult> {
  const name = jobName(p);
  const maxAttempts = p.expect === 'allowed' ? 1 + o.retries : 1;
  let last: ProbeResult = { probe: p, observed: 'unknown', pass: false, detail: 'not run', attempts: 0 };
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    await cluster.delete({ apiVersion: 'batch/v1', kind: 'Job', namespace: o.namespace, name }, { propagation: 'Background' });
    await cluster.create(probeJob(p, o) as KObject);
    await cluster.waitJob(o.namespace, name, o.timeoutMs);
    const pods = await cluster.list<KObject>('v1', 'Pod', { namespace: o.namespace, labelSelector: `job-name=${name}` });
    const pod = pods.at(-1)?.metadata?.name;
    const outcome = pod ? parseProbeLog(await cluster.podLog(o.namespace, pod, 'probe')) : undefined;
    if (!outcome) {
      last = { probe: p, observed: 'unknown', pass: false, detail: `no result line in the log of ${pod ?? 'the probe pod'}`, attempts: attempt };
      continue;
    }
    const observed = outcome.connected ? 'allowed' : 'blocked';
    last = { probe: p, observed, pass: observed === p.expect, detail: outcome.detail, attempts: attempt };
    if (last.pass || p.expect === 'blocked') break;
    o.log.info(`probe ${p.name}: expected allowed, got ${outcome.detail}; retrying (${attempt}/${maxAttempts})`);
  }
  return last;
}
