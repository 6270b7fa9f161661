import { describe, it, expect } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { run, visible } from '../helpers/action.js';
import { KubeServer, TOKEN } from '../helpers/kube-server.js';

/**
 * Issue 19 §5 and §6 through the actions' dist entries, as the runner runs them: a one-line JSON
 * kubeconfig is never echoed (token included); helm 4 is refused by deploy's input check with the
 * reason; certs sets its outputs only after its files are written.
 */
const tmp = () => mkdtempSync(join(tmpdir(), 'meshci-trust-order-'));

describe('a one-line JSON kubeconfig (kubectl config view --raw -o json)', () => {
  it('with a typo: refused without its value; the token is in no log, summary or state', async () => {
    const s = await new KubeServer().start();
    try {
      const json = JSON.stringify(yaml.load(readFileSync(s.kubeconfig(), 'utf8')));
      expect(json).toContain(TOKEN);
      const r = await run('certs', { mode: 'check', kubeconfig: json.slice(0, -1) });
      expect(r.exitCode).toBe(1);
      expect(r.log).toContain("Input 'kubeconfig' holds text that is not valid YAML or JSON");
      expect(r.log).toContain('its value is not shown, as it may hold credentials');
      for (const [where, text] of Object.entries(visible(r))) expect(text.includes(TOKEN), where).toBe(false);
      expect(s.requests).toEqual([]);
    } finally {
      await s.stop();
    }
  });

  it('well-formed: used as the kubeconfig (the cluster is reached), the token never shown', async () => {
    const s = await new KubeServer().start();
    try {
      const json = JSON.stringify(yaml.load(readFileSync(s.kubeconfig(), 'utf8')));
      const r = await run('certs', { mode: 'check', kubeconfig: json });
      expect(r.log).not.toContain('which does not exist');
      expect(s.requests.length, r.log).toBeGreaterThan(0);
      for (const [where, text] of Object.entries(visible(r))) expect(text.includes(TOKEN), where).toBe(false);
    } finally {
      await s.stop();
    }
  });
});

describe('deploy: helm-version', () => {
  it('v4.x is refused by the input check, with the reason, before the cluster is called', async () => {
    const s = await new KubeServer().start();
    try {
      const r = await run('deploy', { kubeconfig: s.kubeconfig(), 'helm-version': 'v4.0.0' });
      expect(r.exitCode).toBe(1);
      expect(r.log).toContain(
        "Input 'helm-version' has value 'v4.0.0': meshci runs helm 3 (v3.x.y): helm 4 takes --post-renderer only as the name of an installed plugin",
      );
      expect(s.requests).toEqual([]);
    } finally {
      await s.stop();
    }
  });
});

describe('certs generate: outputs after files', () => {
  it('files that cannot be written: the step fails and sets no result, certificate or key output', async () => {
    const dir = join(tmp(), 'certs');
    // a folder where issuer.key goes: the check before generating lets it through (overwrite), the
    // rename into place fails
    mkdirSync(join(dir, 'issuer.key', 'x'), { recursive: true });
    const r = await run('certs', { mode: 'generate', 'output-dir': dir, overwrite: 'true', 'output-private-keys': 'true' });
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(/issuer\.key/);
    for (const k of ['result', 'report', 'trust-anchor', 'issuer', 'files', 'issuer-key', 'trust-anchor-key', 'anchor-fingerprint'])
      expect(r.outputs[k], k).toBeUndefined();
  });

  it('files written: the outputs are set, and name them', async () => {
    const dir = join(tmp(), 'certs');
    const r = await run('certs', { mode: 'generate', 'output-dir': dir });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs['result']).toBe('success');
    expect(JSON.parse(r.outputs['files'] ?? '[]')).toHaveLength(4);
    expect(r.outputs['issuer']).toBe(readFileSync(join(dir, 'issuer.crt'), 'utf8'));
  });
});
