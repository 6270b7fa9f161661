import { describe, it, expect } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stagingPins } from '../../scripts/kube-gomod.js';
import { KUBE_DIR, PINS, kubeLdflags } from '../kube/build.js';

/**
 * test/kube/go.mod is generated (scripts/kube-gomod.ts), never hand-edited: its staging replaces and
 * etcd's version are what the pinned Kubernetes release's own go.mod says, and the build stamps that
 * release into the binaries.
 */
describe('the local Kubernetes module', () => {
  const gomod = readFileSync(join(KUBE_DIR, 'go.mod'), 'utf8');

  it('stagingPins turns a release go.mod into replaces at v0.N.P and etcd at the client version', () => {
    const sample = [
      'module k8s.io/kubernetes',
      'require (',
      '\tgo.etcd.io/etcd/client/v3 v3.6.8',
      '\tk8s.io/api v0.0.0',
      ')',
      'replace (',
      '\tk8s.io/api => ./staging/src/k8s.io/api',
      '\tk8s.io/streaming => ./staging/src/k8s.io/streaming',
      ')',
    ].join('\n');
    expect(stagingPins(sample, 'v1.36.3')).toEqual({ staging: 'v0.36.3', replaces: ['k8s.io/api', 'k8s.io/streaming'], etcd: 'v3.6.8' });
    expect(() => stagingPins(sample, '1.36')).toThrow(/expected v1\.N\.P/);
    expect(() => stagingPins('module x', 'v1.36.3')).toThrow(/no staging replaces/);
  });

  it(`go.mod matches the ${PINS.kubernetes} release's own go.mod (regenerate with npx tsx scripts/kube-gomod.ts)`, () => {
    const info = JSON.parse(
      execFileSync('go', ['mod', 'download', '-json', `k8s.io/kubernetes@${PINS.kubernetes}`], {
        cwd: KUBE_DIR,
        encoding: 'utf8',
        env: { ...process.env, GOTOOLCHAIN: 'local' },
      }),
    ) as { GoMod: string };
    const want = stagingPins(readFileSync(info.GoMod, 'utf8'), PINS.kubernetes);
    const have = [...gomod.matchAll(/^(?:replace)?\s*(k8s\.io\/[\w.-]+) => (k8s\.io\/[\w.-]+) (v\S+)$/gm)].map((m) => ({ from: m[1], to: m[2], v: m[3] }));
    expect(have.map((r) => r.from).sort()).toEqual(want.replaces);
    for (const r of have) expect(r).toEqual({ from: r.from, to: r.from, v: want.staging });
    expect(gomod).toMatch(new RegExp(`go\\.etcd\\.io/etcd/server/v3 ${want.etcd.replace(/\./g, '\\.')}\\b`));
    expect(gomod).toMatch(new RegExp(`k8s\\.io/kubernetes ${PINS.kubernetes.replace(/\./g, '\\.')}\\b`));
    expect(gomod).toMatch(new RegExp(`sigs\\.k8s\\.io/kwok ${PINS.kwok.replace(/\./g, '\\.')}\\b`));
  });

  it('stamps the release into the binaries (else the server says v0.0.0-master and chart kubeVersion checks fail)', () => {
    expect(kubeLdflags('v1.36.3')).toContain('-X k8s.io/component-base/version.gitVersion=v1.36.3');
    expect(kubeLdflags('v1.36.3')).toContain('-X k8s.io/component-base/version.gitMinor=36');
  });
});
