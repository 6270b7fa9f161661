import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { KubeServer } from '../helpers/kube-server.js';
import { installLinkerd } from '../helpers/linkerd-fixture.js';
import { Cluster } from '../../src/k8s/cluster.js';
import { readIdentityState, parseBundle } from '../../src/linkerd/identity-cluster.js';
import { applierFor } from '../../src/linkerd/identity-apply.js';
import { Rotation, type RotationOptions } from '../../src/linkerd/rotation.js';
import { parseCertificate, splitCertificates } from '../../src/certs/pem.js';
import { parseLinkerdVersion } from '../../src/linkerd/version.js';
import type { Logger } from '../../src/lib/logger.js';

/**
 * The rotation procedure as a library (issue 13 §5): the certs action, the CLI and a scheduled
 * workflow drive the same code with their own logger and masking. Driven here without any
 * @actions/* runtime, against the Kubernetes API double. Procedure: docs/reference/linkerd-certificates.md#rotation-order.
 */
let s: KubeServer;
beforeEach(async () => {
  s = await new KubeServer().start();
});
afterEach(async () => s.stop());

function recorder(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: () => undefined,
    info: (m) => lines.push(`info ${m}`),
    warning: (m) => lines.push(`warning ${m}`),
    error: (m) => lines.push(`error ${m}`),
    group: async (name, fn) => {
      lines.push(`group ${name}`);
      return fn();
    },
  };
}

const opts: RotationOptions = {
  mode: 'rotate-anchor',
  phase: 'auto',
  linkerdVersion: parseLinkerdVersion('linkerd-version', 'stable-2.14.10'),
  anchorValidityMs: 10 * 365 * 86_400_000,
  issuerValidityMs: 365 * 86_400_000,
  overwrite: false,
  restartWorkloads: true,
  timeoutMs: 20_000,
};

async function oneRun(cluster: Cluster, log: Logger, masked: string[]): Promise<Rotation> {
  const r = await prepare(cluster, log, masked);
  await r.run();
  return r;
}

async function prepare(cluster: Cluster, log: Logger, masked: string[]): Promise<Rotation> {
  const st = await readIdentityState(cluster, 'linkerd');
  const anchors = parseBundle(st.bundlePem);
  const issuer = parseCertificate(splitCertificates(st.issuerPem)[0]!);
  const applier = applierFor(cluster, st, { timeoutMs: 20_000, log });
  return new Rotation(opts, { cluster, state: st, applier, log, mask: (v) => masked.push(v), now: new Date() }, { anchors, issuer });
}

describe('Rotation (src/linkerd/rotation.ts) without the Actions runtime', () => {
  it('walks bundle → issuer → finalize, logs through the given logger and hands every key it makes to mask first', async () => {
    const fx = installLinkerd(s);
    const cluster = Cluster.connect({ kubeconfig: s.kubeconfig() });
    const log = recorder();
    const masked: string[] = [];
    const phases: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await oneRun(cluster, log, masked);
      expect(r.changed).toBe(true);
      phases.push(r.phase);
    }
    expect(phases).toEqual(['bundle', 'issuer', 'finalize']);
    expect(splitCertificates(fx.bundle())).toHaveLength(1);
    // the generated anchor key and the new issuer key were masked before any log line could carry them
    const issuerKey = fx.issuerInCluster().key;
    expect(masked.some((m) => m.trim() === issuerKey.trim())).toBe(true);
    expect(masked.filter((m) => m.includes('PRIVATE KEY')).length).toBeGreaterThanOrEqual(2);
    for (const key of masked) for (const line of log.lines) expect(line).not.toContain(key.split('\n')[1]!);
    expect(log.lines).toContain('group Deploy the bundle (new + current anchors)');
    expect(log.lines.some((l) => l.startsWith('warning ') && l.includes('held the only copy'))).toBe(true);
  });

  it('reports the phase that ran when it fails', async () => {
    installLinkerd(s);
    s.forbid('patch', 'deployments');
    const cluster = Cluster.connect({ kubeconfig: s.kubeconfig() });
    const r = await prepare(cluster, recorder(), []);
    const err = await r.run().then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toMatch(/patch deployment\/linkerd-\w+ in namespace linkerd failed \(HTTP 403\)/);
    expect(r.phase).toBe('bundle');
    expect(r.changed).toBe(false);
    // the state in the cluster says the bundle phase started: the next run resumes it
    expect(s.get('v1', 'ConfigMap', 'linkerd', 'meshci-rotation-state')!.data).toMatchObject({ phase: 'bundle', status: 'started' });
  });
});
