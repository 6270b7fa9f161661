import { describe, it, expect, afterEach } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../helpers/action.js';
import { KubeServer } from '../helpers/kube-server.js';

/**
 * Issue 13 §8: every action reads and validates all its inputs before it does anything, and
 * reports every mistake in one run (one ConfigurationError listing them) — one edit to fix a
 * workflow, not one run per bad input. Nothing reaches the cluster and nothing is written.
 */
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'meshci-inputs-'));
  dirs.push(d);
  return d;
}

function problems(log: string): string[] {
  const m = /configuration error: (\d+) problems with the inputs:\n((?:.*\n?)*)/.exec(log.replace(/%0A/g, '\n'));
  if (!m) return [];
  return m[2]!
    .split('\n')
    .filter((l) => l.startsWith('  - '))
    .map((l) => l.slice(4));
}

describe('every bad input at once', () => {
  it('certs: five mistakes, five lines, no key written, the key input not echoed', async () => {
    const out = tmp();
    const r = await run('certs', {
      mode: 'generate',
      'anchor-validity': 'forever',
      overwrite: 'maybe',
      namespace: 'Bad_NS',
      'trust-anchor-key': 'c2VjcmV0LWtleS1ub3QtYS1wZW0tYnV0LWxvb2tzLWxpa2UtYmFzZTY0',
      'output-dir': out,
    });
    expect(r.exitCode).toBe(1);
    const p = problems(r.log);
    expect(p.length, r.log).toBe(5);
    // a key given without its anchor is a mistake of its own, whatever the key's value
    expect(p.join('\n')).toMatch(/'trust-anchor' and 'trust-anchor-key' go together/);
    expect(p.join('\n')).toMatch(/'anchor-validity'/);
    expect(p.join('\n')).toMatch(/'overwrite' has invalid value 'maybe'/);
    expect(p.join('\n')).toMatch(/'namespace' has invalid value 'Bad_NS'/);
    expect(p.join('\n')).toMatch(/'trust-anchor-key' is neither PEM text .* its value is not shown/);
    expect(r.log).not.toContain('c2VjcmV0LWtleS1ub3QtYS1wZW0t');
    expect(readdirSync(out)).toEqual([]);
  });

  it('deploy: mistakes in several inputs, the cluster never called', async () => {
    const s = await new KubeServer().start();
    try {
      const r = await run('deploy', {
        kubeconfig: s.kubeconfig(),
        'linkerd-version': 'stable-9.x',
        'route-port': '70000',
        app: 'redis',
        'app-release': 'x'.repeat(60),
        'helm-sha256': 'abc',
        'trust-anchor': '/no/such/ca.crt',
      });
      expect(r.exitCode).toBe(1);
      const p = problems(r.log).join('\n');
      for (const name of ['linkerd-version', 'route-port', 'app', 'app-release', 'helm-sha256', 'trust-anchor']) expect(p, r.log).toContain(`'${name}'`);
      expect(s.requests).toEqual([]);
    } finally {
      await s.stop();
    }
  });

  it('verify: mistakes in several inputs, the cluster never called', async () => {
    const s = await new KubeServer().start();
    try {
      const r = await run('verify', {
        kubeconfig: s.kubeconfig(),
        'probe-namespace': 'kube-system',
        'balance-max-ratio': '0',
        'balance-method': 'CheckVersion',
        'comment-key': 'a b',
        retries: '-1',
      });
      expect(r.exitCode).toBe(1);
      const p = problems(r.log).join('\n');
      for (const name of ['probe-namespace', 'balance-max-ratio', 'balance-method', 'comment-key', 'retries']) expect(p, r.log).toContain(`'${name}'`);
      expect(s.requests).toEqual([]);
    } finally {
      await s.stop();
    }
  });

  it('republish: mistakes in several inputs; a bad credentials line is not echoed', async () => {
    const r = await run('republish', {
      images: 'docker.io/library/busybox:1.36',
      destination: '',
      concurrency: '99',
      mode: 'import',
      'source-credentials': 'ghcr.io-user-hunter2secret',
      platforms: 'amd64',
    });
    expect(r.exitCode).toBe(1);
    const p = problems(r.log).join('\n');
    for (const name of ['destination', 'concurrency', 'mode', 'source-credentials', 'platforms']) expect(p, r.log).toContain(`'${name}'`);
    expect(r.log).not.toContain('hunter2secret');
  });

  it('teardown: mistakes in several inputs', async () => {
    const r = await run('teardown', { provider: 'gke', 'resource-group': 'rg with spaces.', wait: 'yes', name: 'PR_7' });
    expect(r.exitCode).toBe(1);
    const p = problems(r.log).join('\n');
    for (const name of ['provider', 'resource-group', 'wait', 'name']) expect(p, r.log).toContain(`'${name}'`);
  });

  it('deploy: an identity-dir that does not exist is one mistake, said once; a values file that is not there is named as such', async () => {
    const s = await new KubeServer().start();
    try {
      const r = await run('deploy', { kubeconfig: s.kubeconfig(), 'identity-dir': '/no/such/certs', 'linkerd-values': 'nofile.yaml' });
      expect(r.exitCode).toBe(1);
      const p = problems(r.log);
      expect(p.filter((l) => l.includes("'identity-dir'"))).toEqual([
        "Input 'identity-dir' names '/no/such/certs', which does not exist (give the certs action's output-dir: ca.crt, issuer.crt, issuer.key)",
      ]);
      expect(p.join('\n')).toContain("Input 'linkerd-values' names 'nofile.yaml', which does not exist (give a values file, or the values themselves as YAML)");
      expect(s.requests).toEqual([]);
    } finally {
      await s.stop();
    }
  });

  it('one mistake is reported as itself, not as a list', async () => {
    const r = await run('certs', { mode: 'generat' });
    expect(r.exitCode).toBe(1);
    expect(r.log).toContain("configuration error: Input 'mode' has invalid value 'generat': allowed values are generate, check, rotate-issuer, rotate-anchor");
    expect(r.log).not.toContain('problems with the inputs');
  });
});
