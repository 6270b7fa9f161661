import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { run } from '../helpers/action.js';
import { REAL_KUBECONFIG } from '../helpers/cluster-target.js';

/**
 * The rotation procedures against a real cluster with Linkerd installed (the e2e-kind workflow
 * runs this after installing Linkerd from its Helm charts). Needs MESHCI_TEST_KUBECONFIG and the
 * anchor Linkerd was installed with in MESHCI_TEST_TRUST_ANCHOR / MESHCI_TEST_TRUST_ANCHOR_KEY.
 * The double-backed suite in rotate.test.ts covers the same procedures and their failure paths.
 */
const anchor = process.env['MESHCI_TEST_TRUST_ANCHOR'];
const anchorKey = process.env['MESHCI_TEST_TRUST_ANCHOR_KEY'];
const version = process.env['MESHCI_TEST_LINKERD_VERSION'] ?? 'stable-2.14.10';

describe.runIf(!!REAL_KUBECONFIG && !!anchor && !!anchorKey)('rotation on a real cluster with Linkerd', () => {
  const base = { kubeconfig: REAL_KUBECONFIG ?? '', 'linkerd-version': version, timeout: '10m' };

  it('check reads the identity Linkerd is running with', async () => {
    const r = await run('certs', { ...base, mode: 'check' });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs['anchor-fingerprint']).toBeTruthy();
  }, 600_000);

  it('rotate-issuer signs under the installed anchor and the identity controller takes it', async () => {
    const r = await run('certs', {
      ...base,
      mode: 'rotate-issuer',
      'trust-anchor': readFileSync(anchor!, 'utf8'),
      'trust-anchor-key': readFileSync(anchorKey!, 'utf8'),
    });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs['rotated']).toBe('true');
  }, 900_000);

  it('rotate-anchor auto walks bundle, issuer and finalize', async () => {
    const phases: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await run('certs', { ...base, mode: 'rotate-anchor' });
      expect(r.exitCode, r.log).toBe(0);
      phases.push(r.outputs['phase'] ?? '');
    }
    expect(phases).toEqual(['bundle', 'issuer', 'finalize']);
    const c = await run('certs', { ...base, mode: 'check' });
    expect(c.exitCode, c.log).toBe(0);
    expect(c.log).toContain('√ linkerd-identity-data-plane / data plane proxies certificate match CA');
  }, 1_800_000);
});
