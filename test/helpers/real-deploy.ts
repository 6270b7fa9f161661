import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import yaml from 'js-yaml';
import * as ossl from './openssl.js';
import { kubectl, realCluster } from './real-cluster.js';
import { realHelm } from './real-helm.js';
import { chartCache } from './local-charts.js';
import type { ClusterState } from '../kube/cluster.js';

/** What the tests that install upstream charts into the local cluster share. */

/** Dgraph without volumes: nothing provisions them here (the chart claims PVCs by default). */
export const DGRAPH_TEST_VALUES = yaml.dump({ zero: { persistence: { enabled: false } }, alpha: { persistence: { enabled: false } } });

/** The cluster, the real helm and the charts of `versions`, or the one reason a suite skips. */
export function chartsOnCluster(versions: string[]): { state: ClusterState; helm: string; env: () => Record<string, string> } | { missing: string } {
  const state = realCluster();
  if ('missing' in state) return state;
  const helm = realHelm();
  if ('missing' in helm) return helm;
  const charts = chartCache(versions);
  if ('missing' in charts) return charts;
  return { state, helm: helm.bin, env: () => ({ PATH: `${dirname(helm.bin)}:${process.env['PATH']}` }) };
}

export function identityDir(): { dir: string; pair: ReturnType<typeof ossl.stepLikePair> } {
  const pair = ossl.stepLikePair();
  const dir = mkdtempSync(join(tmpdir(), 'meshci-real-certs-'));
  writeFileSync(join(dir, 'ca.crt'), pair.anchor);
  writeFileSync(join(dir, 'issuer.crt'), pair.issuer);
  writeFileSync(join(dir, 'issuer.key'), pair.issuerKey, { mode: 0o600 });
  return { dir, pair };
}

export function execHelm(helmBin: string, kubeconfig: string, args: string[]): string {
  const r = spawnSync(helmBin, [...args, '--kubeconfig', kubeconfig], { encoding: 'utf8', timeout: 420_000 });
  if (r.status !== 0) throw new Error(`helm ${args.join(' ')}: ${r.stderr || r.stdout}`);
  return r.stdout;
}

/**
 * Removes every Helm release and the namespaces the charts made, so the next test starts clean —
 * the way an operator would, not through meshci (whose teardown is under test elsewhere). CRDs that
 * a chart marks `helm.sh/resource-policy: keep` stay, as they do on a real cluster.
 */
export function uninstallAll(helmBin: string, kubeconfig: string): void {
  const releases = JSON.parse(execHelm(helmBin, kubeconfig, ['list', '--all-namespaces', '--all', '-o', 'json'])) as { name: string; namespace: string }[];
  // extensions before the control plane, CRDs last (the APIService of viz goes with its release)
  const order = (n: string) => (n.includes('crds') ? 3 : n.includes('control-plane') || n === 'linkerd' ? 2 : 1);
  for (const r of releases.sort((a, b) => order(a.name) - order(b.name))) {
    try {
      execHelm(helmBin, kubeconfig, ['uninstall', r.name, '--namespace', r.namespace, '--wait', '--timeout', '5m']);
    } catch (e) {
      // a wait that ran out (seen once under load, on linkerd-crds) must not leave the release behind
      // for the next test to upgrade: the release goes regardless, and the namespaces below are waited for
      console.warn(`uninstallAll: ${(e as Error).message.split('\n')[0]}; uninstalling ${r.namespace}/${r.name} without waiting`);
      spawnSync(helmBin, ['uninstall', r.name, '--namespace', r.namespace, '--no-hooks', '--ignore-not-found', '--kubeconfig', kubeconfig], {
        encoding: 'utf8',
        timeout: 120_000,
      });
    }
  }
  for (const ns of ['dgraph', 'linkerd-viz', 'linkerd-jaeger', 'linkerd'])
    kubectl(['delete', 'namespace', ns, '--ignore-not-found', '--wait=true', '--timeout=300s']);
  const left = JSON.parse(execHelm(helmBin, kubeconfig, ['list', '--all-namespaces', '--all', '-o', 'json'])) as unknown[];
  if (left.length) throw new Error(`uninstallAll: releases left: ${JSON.stringify(left)}`);
}
