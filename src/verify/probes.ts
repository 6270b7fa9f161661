import type { Logger } from '../lib/logger.js';
import { getErrorMessage } from '../lib/errors.js';
import type { Cluster, KObject } from '../k8s/cluster.js';
import type { Probe } from './expectations.js';
import { probeJob, type ProbeJobOpts } from './probe-jobs.js';
import { parseProbeLog } from './probe-log.js';
import { judgeAttempt, judgeMatrix, type Judgement } from './probe-outcome.js';

/**
 * Runs the connectivity matrix as Jobs, all at once, and judges each against its expectation.
 * An `allowed` probe that fails may be retried (a new Job); a `blocked` expectation is never retried
 * into a pass: one connection is enough to fail it. Jobs are deleted afterwards, also on failure.
 * Every attempt's raw log is kept: it is the evidence the report is (re)computed from.
 */
export interface Attempt {
  /** The probe pod's log ('' when none could be read). */
  log: string;
  /** Why there is no usable log: the Job failed, timed out, or the API refused. */
  error?: string;
}

export interface ProbeRun {
  probe: Probe;
  attempts: Attempt[];
  judgement: Judgement & { attempts: number; index: number };
}

export type RunOpts = ProbeJobOpts & { retries: number; timeoutMs: number; log: Logger; acceptRefused?: boolean };

/**
 * The probes' namespace: used as it is when it exists (an administrator may make it, with a Role,
 * so verify needs no cluster-wide namespace rights), else created with meshci's label. True when
 * this call created it (so the run removes it at its end).
 */
export async function ensureNamespace(cluster: Cluster, namespace: string): Promise<boolean> {
  if (await cluster.get({ apiVersion: 'v1', kind: 'Namespace', name: namespace })) return false;
  await cluster.apply({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace, labels: { 'app.kubernetes.io/managed-by': 'meshci' } } } as KObject);
  return true;
}

export async function runProbes(cluster: Cluster, probes: Probe[], o: RunOpts): Promise<ProbeRun[]> {
  await ensureNamespace(cluster, o.namespace);
  const runs = await Promise.all(probes.map((p) => runOne(cluster, p, o)));
  // the matrix as the analysis judges it (blocked probes against their controls), for the log
  const judged = judgeMatrix(
    runs.map((r) => ({ probe: r.probe, records: r.attempts.map((a) => (a.error ? undefined : parseProbeLog(a.log))) })),
    { acceptRefused: !!o.acceptRefused },
  );
  return runs.map((r) => {
    const judgement = judged.get(r.probe.name)!;
    const err = r.attempts[judgement.index]?.error ?? r.attempts.at(-1)?.error;
    return { ...r, judgement: judgement.observed === 'unknown' && err ? { ...judgement, detail: err } : judgement };
  });
}

async function runOne(cluster: Cluster, p: Probe, o: RunOpts): Promise<Omit<ProbeRun, 'judgement'>> {
  const maxAttempts = p.expect === 'allowed' ? 1 + o.retries : 1;
  const attempts: Attempt[] = [];
  for (let n = 1; n <= maxAttempts; n++) {
    const a = await runJob(cluster, probeJob(p, o) as KObject, o.timeoutMs, o.log);
    attempts.push(a);
    const j = judgeAttempt(p, a.error ? undefined : parseProbeLog(a.log));
    if (j.pass || p.expect === 'blocked') break;
    if (n < maxAttempts) o.log.info(`probe ${p.name}: expected allowed, got ${a.error ?? j.detail}; retrying (${n}/${maxAttempts - 1})`);
  }
  return { probe: p, attempts };
}

/**
 * One client Job: replaced if a previous one is left, created, waited for, its pod's log read, and
 * deleted whatever happened. Failures come back as `error` (with the pod's waiting reason, e.g.
 * ImagePullBackOff), so one broken probe never hides the others' results.
 */
export async function runJob(cluster: Cluster, job: KObject, timeoutMs: number, log: Logger, logLimitBytes = 256 * 1024): Promise<Attempt> {
  const namespace = job.metadata?.namespace as string;
  const name = job.metadata?.name as string;
  const ref = { apiVersion: 'batch/v1', kind: 'Job', namespace, name };
  try {
    await cluster.delete(ref, { propagation: 'Background' });
    await cluster.create(job);
    let waitError: string | undefined;
    await cluster.waitJob(namespace, name, timeoutMs).catch((e: unknown) => {
      waitError = getErrorMessage(e);
    });
    const pods = await cluster.list<KObject>('v1', 'Pod', { namespace, labelSelector: `job-name=${name}` });
    const pod = pods.at(-1);
    if (waitError) {
      const why = pod ? containerWaitReason(pod) : undefined;
      return { log: '', error: `${waitError}${why ? `; pod ${pod?.metadata?.name}: ${why}` : ''}` };
    }
    if (!pod?.metadata?.name) return { log: '', error: `job ${name} completed but its pod is gone` };
    return { log: await cluster.podLog(namespace, pod.metadata.name, 'probe', logLimitBytes) };
  } catch (e) {
    return { log: '', error: getErrorMessage(e) };
  } finally {
    await cluster
      .delete(ref, { propagation: 'Background' })
      .catch((e: unknown) => log.warning(`could not delete job ${namespace}/${name}: ${getErrorMessage(e)}`));
  }
}

/** The first waiting/terminated reason of a pod's containers, as `kubectl get pod` would show it. */
export function containerWaitReason(pod: KObject): string | undefined {
  type CS = { name: string; image?: string; state?: { waiting?: { reason?: string; message?: string }; terminated?: { reason?: string; exitCode?: number } } };
  const st = (pod['status'] ?? {}) as { phase?: string; containerStatuses?: CS[]; initContainerStatuses?: CS[] };
  for (const c of [...(st.initContainerStatuses ?? []), ...(st.containerStatuses ?? [])]) {
    const w = c.state?.waiting;
    if (w?.reason && w.reason !== 'PodInitializing' && w.reason !== 'ContainerCreating')
      return `${c.name} ${w.reason}${w.message ? `: ${w.message}` : ''}${c.image ? ` (${c.image})` : ''}`;
    const t = c.state?.terminated;
    if (t && t.exitCode) return `${c.name} ${t.reason ?? 'terminated'} (exit ${t.exitCode})`;
  }
  return st.phase ? `phase ${st.phase}` : undefined;
}
