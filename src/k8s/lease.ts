import { ClusterError, getErrorMessage } from '../lib/errors.js';
import type { Logger } from '../lib/logger.js';
import type { Cluster, KObject } from './cluster.js';

/**
 * One meshci operation at a time on a cluster: a `coordination.k8s.io/v1` Lease, the object
 * Kubernetes' own leader election uses (client-go tools/leaderelection, resourcelock.LeaseLock).
 * Taken before the first write and renewed while the operation runs; released (deleted) at its end.
 * Every change of the Lease carries the resourceVersion it was read at, so two runs that race for it
 * cannot both win: the API server refuses the second with 409 Conflict. A run that died (killed,
 * runner gone) stops renewing: once `renewTime + leaseDurationSeconds` has passed the Lease is
 * free, and the next run takes it over and knows that what the dead run left half done (a pending
 * Helm release, a rotation phase) has no live owner.
 */
export const LEASE_API = 'coordination.k8s.io/v1';

export interface LeaseSpec {
  holderIdentity?: string;
  leaseDurationSeconds?: number;
  acquireTime?: string;
  renewTime?: string;
  leaseTransitions?: number;
}

type LeaseObject = KObject & { spec?: LeaseSpec };

/** Another live run holds the lock: a refusal that names it and when it frees (exit 1, nothing changed). */
export class LockHeld extends Error {
  override readonly name = 'LockHeld';
  constructor(
    readonly lease: string,
    readonly holder: string,
    readonly expiresAt: Date,
    what: string,
  ) {
    super(
      `nothing was changed: another ${what} is running on this cluster — Lease ${lease} is held by ${holder} until ${expiresAt.toISOString()} (renewed while it runs). Wait for it to finish, or, if that run is gone, wait until then or delete the Lease (kubectl delete lease ${lease.replace('/', ' -n ')})`,
    );
  }
}

export interface Held {
  /** The holder the previous (expired or released) owner left, when this run took the Lease over. */
  tookOverFrom?: string;
  release(): Promise<void>;
}

/** RFC 3339 with microseconds, the MicroTime format the Lease fields take. */
function microTime(d: Date): string {
  return d.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

export function leaseExpiry(spec: LeaseSpec | undefined): Date | undefined {
  const at = spec?.renewTime ?? spec?.acquireTime;
  if (!spec?.holderIdentity || !at || !spec.leaseDurationSeconds) return undefined;
  return new Date(Date.parse(at) + spec.leaseDurationSeconds * 1000);
}

/**
 * The identity a lock is held under: the workflow run that holds it on a runner, else host and pid.
 * Public facts only (it is shown to whoever finds the lock taken).
 */
export function holderIdentity(env: NodeJS.ProcessEnv = process.env, host = 'local', pid = process.pid): string {
  const repo = env['GITHUB_REPOSITORY'];
  const run = env['GITHUB_RUN_ID'];
  if (repo && run) return `${repo} run ${run}${env['GITHUB_RUN_ATTEMPT'] ? `.${env['GITHUB_RUN_ATTEMPT']}` : ''} job ${env['GITHUB_JOB'] ?? '?'} (pid ${pid})`;
  return `${host} pid ${pid}`;
}

export interface AcquireOpts {
  namespace: string;
  name: string;
  holder: string;
  /** What the lock guards, for the refusal ("meshci certs rotation", "meshci deploy"). */
  what: string;
  durationSeconds?: number;
  log: Logger;
  now?: () => Date;
}

export async function acquireLease(cluster: Cluster, o: AcquireOpts): Promise<Held> {
  const now = o.now ?? (() => new Date());
  const duration = o.durationSeconds ?? 60;
  const ref = { apiVersion: LEASE_API, kind: 'Lease', namespace: o.namespace, name: o.name };
  const id = `${o.namespace}/${o.name}`;
  let tookOverFrom: string | undefined;
  for (let attempt = 0; ; attempt++) {
    const current = await cluster.get<LeaseObject>(ref);
    const t = now();
    const spec: LeaseSpec = { holderIdentity: o.holder, leaseDurationSeconds: duration, acquireTime: microTime(t), renewTime: microTime(t) };
    try {
      if (!current) {
        await cluster.create({
          apiVersion: LEASE_API,
          kind: 'Lease',
          metadata: { name: o.name, namespace: o.namespace, labels: { 'app.kubernetes.io/managed-by': 'meshci' } },
          spec,
        } as KObject);
      } else {
        const expires = leaseExpiry(current.spec);
        const mine = current.spec?.holderIdentity === o.holder;
        if (expires && !mine && expires.getTime() > t.getTime()) throw new LockHeld(id, current.spec!.holderIdentity!, expires, o.what);
        if (current.spec?.holderIdentity && !mine) tookOverFrom = current.spec.holderIdentity;
        await cluster.mergePatch(ref, {
          metadata: { resourceVersion: current.metadata?.resourceVersion },
          spec: { ...spec, leaseTransitions: (current.spec?.leaseTransitions ?? 0) + (mine ? 0 : 1) },
        });
      }
    } catch (e) {
      // lost a race (409: created meanwhile, or changed since it was read): read again, once
      if (e instanceof ClusterError && e.status === 409 && attempt === 0) continue;
      throw e;
    }
    break;
  }
  if (tookOverFrom) o.log.info(`took over Lease ${id} from ${tookOverFrom}, whose run stopped renewing it`);
  else o.log.info(`holding Lease ${id} (${o.holder}) while this runs`);

  // renewed at a third of its duration, as client-go's leader election does; a renewal that fails is
  // said once and retried at the next tick (the operation itself fails on its own writes, if at all)
  let renewing: Promise<unknown> = Promise.resolve();
  const timer = setInterval(
    () => {
      renewing = cluster
        .mergePatch(ref, { spec: { renewTime: microTime(now()) } })
        .catch((e: unknown) => o.log.warning(`could not renew Lease ${id}: ${getErrorMessage(e)}`));
    },
    Math.max(1000, (duration * 1000) / 3),
  );
  timer.unref();
  let released = false;
  return {
    ...(tookOverFrom ? { tookOverFrom } : {}),
    release: async () => {
      if (released) return;
      released = true;
      clearInterval(timer);
      await renewing;
      const cur = await cluster.get<LeaseObject>(ref);
      if (cur?.spec?.holderIdentity === o.holder) await cluster.delete(ref);
    },
  };
}
