// Writes test/kube/go.mod from the pins in test/kube/versions.json and from the pinned Kubernetes
// release's own go.mod (issue 18): k8s.io/kubernetes requires its staging modules at v0.0.0 and
// replaces them with ./staging/src/k8s.io/X, which a consumer cannot use; every such line becomes
// `replace k8s.io/X => k8s.io/X v0.N.P`, and etcd's server is required at the version that release
// pins for etcd's client. Nothing is hand-copied: run `npx tsx scripts/kube-gomod.ts` after changing a
// pin; test/repo/kube-gomod.test.ts fails when go.mod and this script disagree.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'kube');
const pins = JSON.parse(readFileSync(join(here, 'versions.json'), 'utf8')) as { kubernetes: string; kwok: string };

/** The replace and require facts of one Kubernetes release's go.mod (pure; tested). */
export function stagingPins(kubeGoMod: string, kubeVersion: string): { staging: string; replaces: string[]; etcd: string } {
  const m = /^v1\.(\d+)\.(\d+)$/.exec(kubeVersion);
  if (!m) throw new Error(`kubernetes pin ${kubeVersion}: expected v1.N.P`);
  const staging = `v0.${m[1]}.${m[2]}`;
  const replaces: string[] = [];
  for (const line of kubeGoMod.split('\n')) {
    const r = /^\s*(k8s\.io\/[\w.-]+)\s+=>\s+\.\/staging\/src\/(k8s\.io\/[\w.-]+)\s*$/.exec(line);
    if (r && r[1] === r[2]) replaces.push(r[1]!);
  }
  if (replaces.length === 0) throw new Error(`k8s.io/kubernetes ${kubeVersion}: no staging replaces in its go.mod`);
  const etcd = /^\s*go\.etcd\.io\/etcd\/client\/v3\s+(v3\.\S+)/m.exec(kubeGoMod)?.[1];
  if (!etcd) throw new Error(`k8s.io/kubernetes ${kubeVersion}: no go.etcd.io/etcd/client/v3 requirement`);
  return { staging, replaces: replaces.sort(), etcd };
}

function go(args: string[]): string {
  return execFileSync('go', args, { cwd: here, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const info = JSON.parse(go(['mod', 'download', '-json', `k8s.io/kubernetes@${pins.kubernetes}`])) as { GoMod: string };
  const { staging, replaces, etcd } = stagingPins(readFileSync(info.GoMod, 'utf8'), pins.kubernetes);
  const edits = [
    `-require=k8s.io/kubernetes@${pins.kubernetes}`,
    `-require=go.etcd.io/etcd/server/v3@${etcd}`,
    `-require=sigs.k8s.io/kwok@${pins.kwok}`,
    ...replaces.map((mod) => `-replace=${mod}=${mod}@${staging}`),
  ];
  go(['mod', 'edit', ...edits]);
  go(['mod', 'tidy']);
  console.log(`test/kube/go.mod: kubernetes ${pins.kubernetes} (${replaces.length} staging modules at ${staging}), etcd ${etcd}, kwok ${pins.kwok}`);
}
