import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  saveState
} from "./chunk-O36P7VPO.js";
import {
  ClusterError,
  getErrorMessage
} from "./chunk-HPEVLKEG.js";

// src/k8s/lease.ts
var LEASE_API = "coordination.k8s.io/v1";
var LockHeld = class extends Error {
  constructor(lease, holder, expiresAt, what) {
    super(
      `nothing was changed: another ${what} is running on this cluster \u2014 Lease ${lease} is held by ${holder} until ${expiresAt.toISOString()} (renewed while it runs). Wait for it to finish, or, if that run is gone, wait until then or delete the Lease (kubectl delete lease ${lease.replace("/", " -n ")})`
    );
    this.lease = lease;
    this.holder = holder;
    this.expiresAt = expiresAt;
  }
  lease;
  holder;
  expiresAt;
  name = "LockHeld";
};
function microTime(d) {
  return d.toISOString().replace(/\.(\d{3})Z$/, ".$1000Z");
}
function leaseExpiry(spec) {
  const at = spec?.renewTime ?? spec?.acquireTime;
  if (!spec?.holderIdentity || !at || !spec.leaseDurationSeconds) return void 0;
  return new Date(Date.parse(at) + spec.leaseDurationSeconds * 1e3);
}
function holderIdentity(env = process.env, host = "local", pid = process.pid) {
  const repo = env["GITHUB_REPOSITORY"];
  const run = env["GITHUB_RUN_ID"];
  if (repo && run) return `${repo} run ${run}${env["GITHUB_RUN_ATTEMPT"] ? `.${env["GITHUB_RUN_ATTEMPT"]}` : ""} job ${env["GITHUB_JOB"] ?? "?"} (pid ${pid})`;
  return `${host} pid ${pid}`;
}
async function acquireLease(cluster, o) {
  const now = o.now ?? (() => /* @__PURE__ */ new Date());
  const duration = o.durationSeconds ?? 60;
  const ref = { apiVersion: LEASE_API, kind: "Lease", namespace: o.namespace, name: o.name };
  const id = `${o.namespace}/${o.name}`;
  let tookOverFrom;
  for (let attempt = 0; ; attempt++) {
    const current = await cluster.get(ref);
    const t = now();
    const spec = { holderIdentity: o.holder, leaseDurationSeconds: duration, acquireTime: microTime(t), renewTime: microTime(t) };
    try {
      if (!current) {
        await cluster.create({
          apiVersion: LEASE_API,
          kind: "Lease",
          metadata: { name: o.name, namespace: o.namespace, labels: { "app.kubernetes.io/managed-by": "meshci" } },
          spec
        });
      } else {
        const expires = leaseExpiry(current.spec);
        const mine = current.spec?.holderIdentity === o.holder;
        if (expires && !mine && expires.getTime() > t.getTime()) throw new LockHeld(id, current.spec.holderIdentity, expires, o.what);
        if (current.spec?.holderIdentity && !mine) tookOverFrom = current.spec.holderIdentity;
        await cluster.mergePatch(ref, {
          metadata: { resourceVersion: current.metadata?.resourceVersion },
          spec: { ...spec, leaseTransitions: (current.spec?.leaseTransitions ?? 0) + (mine ? 0 : 1) }
        });
      }
    } catch (e) {
      if (e instanceof ClusterError && e.status === 409 && attempt === 0) continue;
      throw e;
    }
    break;
  }
  if (tookOverFrom) o.log.info(`took over Lease ${id} from ${tookOverFrom}, whose run stopped renewing it`);
  else o.log.info(`holding Lease ${id} (${o.holder}) while this runs`);
  let renewing = Promise.resolve();
  const timer = setInterval(
    () => {
      renewing = cluster.mergePatch(ref, { spec: { renewTime: microTime(now()) } }).catch((e) => o.log.warning(`could not renew Lease ${id}: ${getErrorMessage(e)}`));
    },
    Math.max(1e3, duration * 1e3 / 3)
  );
  timer.unref();
  let released = false;
  return {
    ...tookOverFrom ? { tookOverFrom } : {},
    release: async () => {
      if (released) return;
      released = true;
      clearInterval(timer);
      await renewing;
      const cur = await cluster.get(ref);
      if (cur?.spec?.holderIdentity === o.holder) await cluster.delete(ref);
    }
  };
}

// src/runtime/state.ts
var tempDir = process.env["STATE_tempDir"] ?? "";
function setTempDir(dir) {
  saveState("tempDir", dir);
}

export {
  holderIdentity,
  acquireLease,
  tempDir,
  setTempDir
};
