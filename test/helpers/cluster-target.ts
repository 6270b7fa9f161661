import { beforeAll, afterAll } from 'vitest';
import { Cluster } from '../../src/k8s/cluster.js';
import { KubeServer } from './kube-server.js';

/**
 * Where cluster tests run: against the Kubernetes API double by default, or against a real cluster
 * when MESHCI_TEST_KUBECONFIG names a kubeconfig (the same tests, minus the ones that need to
 * script the server, which say so in their names).
 */
export const REAL_KUBECONFIG = process.env['MESHCI_TEST_KUBECONFIG'];

export interface Target {
  kubeconfig: string;
  server?: KubeServer;
  stop(): Promise<void>;
}

export async function target(): Promise<Target> {
  if (REAL_KUBECONFIG) return { kubeconfig: REAL_KUBECONFIG, stop: async () => undefined };
  const server = await new KubeServer().start();
  return { kubeconfig: server.kubeconfig(), server, stop: () => server.stop() };
}

export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** Registers beforeAll/afterAll for a describe block and hands out the connected cluster. */
export function useCluster(): { readonly cluster: Cluster; readonly where: string } {
  let t: Target | undefined;
  let c: Cluster | undefined;
  beforeAll(async () => {
    t = await target();
    c = Cluster.connect({ kubeconfig: t.kubeconfig });
  });
  afterAll(async () => t?.stop());
  return {
    get cluster(): Cluster {
      if (!c) throw new Error('useCluster: used outside a test');
      return c;
    },
    where: REAL_KUBECONFIG ? 'real cluster' : 'Kubernetes API double',
  };
}
