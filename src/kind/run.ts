import { ConfigurationError, getErrorMessage } from '../lib/errors.js';
import { exec } from '../lib/exec.js';
import type { Logger } from '../lib/logger.js';
import { createClusterSteps, deleteSteps, registrySteps, wiringSteps, type KindOpts, type Step } from './plan.js';

/**
 * Runs the kind plan through the one exec wrapper, skipping what already exists (a cluster of that
 * name, a running registry container), so a second `provision` reuses the environment.
 */
export async function requireDocker(log?: Logger, purpose: 'create' | 'delete' = 'create'): Promise<void> {
  // creating, AKS is the other way; deleting a kind cluster has none
  const other = purpose === 'create' ? ', or use provider aks' : ', then run the teardown again to delete the kind cluster';
  let r;
  try {
    r = await exec('docker', ['info', '--format', '{{.ServerVersion}}'], { check: false, log });
  } catch (e) {
    throw new ConfigurationError(
      `the kind provider needs Docker, and 'docker' is not on PATH (${getErrorMessage(e)}): install Docker Engine or Docker Desktop${other}`,
    );
  }
  if (r.exitCode !== 0) {
    throw new ConfigurationError(
      `the kind provider needs a running Docker engine; 'docker info' says: ${(r.stderr.trim().split('\n').pop() ?? '').slice(0, 300)} — start Docker (or Docker Desktop)${other}`,
    );
  }
}

async function runStep(s: Step, log: Logger): Promise<void> {
  log.info(`${s.title}: ${[s.cmd, ...s.args].join(' ')}`);
  await exec(s.cmd, s.args, s.input !== undefined ? { input: Buffer.from(s.input), log } : { log });
}

export async function clusterExists(kind: string, cluster: string, log?: Logger): Promise<boolean> {
  const r = await exec(kind, ['get', 'clusters'], { log });
  return r.stdout
    .split('\n')
    .map((l) => l.trim())
    .includes(cluster);
}

export interface KindUp {
  created: boolean;
  registryStarted: boolean;
  /** the registry container was created by this run (`docker run`) */
  registryCreated: boolean;
  nodes: string[];
}

export interface KindUpHooks {
  /**
   * Who owns the registry container: called with true just before `docker run` creates it (so a
   * cancel mid-run still leaves it recorded as meshci's), with false when that failed because a
   * container of that name appeared meanwhile (someone else's).
   */
  registry?(created: boolean): void;
}

/** The kind environment up (the caller has checked Docker with requireDocker, before any download). */
export async function kindUp(o: KindOpts, log: Logger, hooks: KindUpHooks = {}): Promise<KindUp> {
  const exists = await clusterExists(o.kind, o.cluster, log);
  if (exists) {
    log.info(`kind cluster ${o.cluster} exists: reusing it`);
    await exec(o.kind, ['export', 'kubeconfig', '--name', o.cluster, '--kubeconfig', o.kubeconfig], { log });
  } else {
    for (const s of createClusterSteps(o)) await runStep(s, log);
  }
  const state = await exec('docker', ['inspect', '-f', '{{.State.Running}}', o.registryName], { check: false, log });
  let registryStarted = false;
  let registryCreated = false;
  if (state.exitCode !== 0) {
    hooks.registry?.(true);
    try {
      for (const s of registrySteps(o)) await runStep(s, log);
    } catch (e) {
      // `docker run` refused the name: another container has it, not meshci's to remove
      if (/already in use/i.test(getErrorMessage(e))) hooks.registry?.(false);
      throw e;
    }
    registryStarted = true;
    registryCreated = true;
  } else if (state.stdout.trim() !== 'true') {
    await runStep({ title: `start registry ${o.registryName}`, cmd: 'docker', args: ['start', o.registryName] }, log);
    registryStarted = true;
  }
  const connect = await exec('docker', ['network', 'connect', 'kind', o.registryName], { check: false, log });
  if (connect.exitCode !== 0 && !/already exists|already attached/i.test(connect.stderr)) {
    throw new Error(`could not connect registry ${o.registryName} to the kind network: ${connect.stderr.trim()}`);
  }
  const nodes = (await exec(o.kind, ['get', 'nodes', '--name', o.cluster], { log })).stdout
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .sort();
  for (const s of wiringSteps(o, nodes)) await runStep(s, log);
  return { created: !exists, registryStarted, registryCreated, nodes };
}

export async function kindDown(o: Pick<KindOpts, 'cluster' | 'kind' | 'registryName'>, removeRegistry: boolean, log: Logger): Promise<{ existed: boolean }> {
  await requireDocker(log, 'delete');
  const existed = await clusterExists(o.kind, o.cluster, log);
  const [deleteCluster, removeRegistryStep] = deleteSteps(o, removeRegistry);
  if (existed && deleteCluster) await runStep(deleteCluster, log);
  else log.info(`kind cluster ${o.cluster} does not exist: nothing to delete`);
  if (removeRegistryStep) {
    // a registry that is already gone is fine
    const r = await exec(removeRegistryStep.cmd, removeRegistryStep.args, { check: false, log });
    if (r.exitCode !== 0 && !/No such container/i.test(r.stderr)) throw new Error(`${removeRegistryStep.title}: ${r.stderr.trim()}`);
  }
  return { existed };
}
