import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  exec
} from "./chunk-W2G57EYB.js";
import {
  createClusterSteps,
  deleteSteps,
  registrySteps,
  wiringSteps
} from "./chunk-WDMZS4AW.js";
import {
  ConfigurationError,
  getErrorMessage
} from "./chunk-HPEVLKEG.js";

// src/kind/run.ts
async function requireDocker(log, purpose = "create") {
  const other = purpose === "create" ? ", or use provider aks" : ", then run the teardown again to delete the kind cluster";
  let r;
  try {
    r = await exec("docker", ["info", "--format", "{{.ServerVersion}}"], { check: false, log });
  } catch (e) {
    throw new ConfigurationError(
      `the kind provider needs Docker, and 'docker' is not on PATH (${getErrorMessage(e)}): install Docker Engine or Docker Desktop${other}`
    );
  }
  if (r.exitCode !== 0) {
    throw new ConfigurationError(
      `the kind provider needs a running Docker engine; 'docker info' says: ${(r.stderr.trim().split("\n").pop() ?? "").slice(0, 300)} \u2014 start Docker (or Docker Desktop)${other}`
    );
  }
}
async function runStep(s, log) {
  log.info(`${s.title}: ${[s.cmd, ...s.args].join(" ")}`);
  await exec(s.cmd, s.args, s.input !== void 0 ? { input: Buffer.from(s.input), log } : { log });
}
async function clusterExists(kind, cluster, log) {
  const r = await exec(kind, ["get", "clusters"], { log });
  return r.stdout.split("\n").map((l) => l.trim()).includes(cluster);
}
async function kindUp(o, log, hooks = {}) {
  const exists = await clusterExists(o.kind, o.cluster, log);
  if (exists) {
    log.info(`kind cluster ${o.cluster} exists: reusing it`);
    await exec(o.kind, ["export", "kubeconfig", "--name", o.cluster, "--kubeconfig", o.kubeconfig], { log });
  } else {
    for (const s of createClusterSteps(o)) await runStep(s, log);
  }
  const state = await exec("docker", ["inspect", "-f", "{{.State.Running}}", o.registryName], { check: false, log });
  let registryStarted = false;
  let registryCreated = false;
  if (state.exitCode !== 0) {
    hooks.registry?.(true);
    try {
      for (const s of registrySteps(o)) await runStep(s, log);
    } catch (e) {
      if (/already in use/i.test(getErrorMessage(e))) hooks.registry?.(false);
      throw e;
    }
    registryStarted = true;
    registryCreated = true;
  } else if (state.stdout.trim() !== "true") {
    await runStep({ title: `start registry ${o.registryName}`, cmd: "docker", args: ["start", o.registryName] }, log);
    registryStarted = true;
  }
  const connect = await exec("docker", ["network", "connect", "kind", o.registryName], { check: false, log });
  if (connect.exitCode !== 0 && !/already exists|already attached/i.test(connect.stderr)) {
    throw new Error(`could not connect registry ${o.registryName} to the kind network: ${connect.stderr.trim()}`);
  }
  const nodes = (await exec(o.kind, ["get", "nodes", "--name", o.cluster], { log })).stdout.split("\n").map((l) => l.trim()).filter(Boolean).sort();
  for (const s of wiringSteps(o, nodes)) await runStep(s, log);
  return { created: !exists, registryStarted, registryCreated, nodes };
}
async function kindDown(o, removeRegistry, log) {
  await requireDocker(log, "delete");
  const existed = await clusterExists(o.kind, o.cluster, log);
  const [deleteCluster, removeRegistryStep] = deleteSteps(o, removeRegistry);
  if (existed && deleteCluster) await runStep(deleteCluster, log);
  else log.info(`kind cluster ${o.cluster} does not exist: nothing to delete`);
  if (removeRegistryStep) {
    const r = await exec(removeRegistryStep.cmd, removeRegistryStep.args, { check: false, log });
    if (r.exitCode !== 0 && !/No such container/i.test(r.stderr)) throw new Error(`${removeRegistryStep.title}: ${r.stderr.trim()}`);
  }
  return { existed };
}

export {
  requireDocker,
  kindUp,
  kindDown
};
