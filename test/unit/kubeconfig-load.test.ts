import { describe, it, expect, afterEach } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Cluster } from '../../src/k8s/cluster.js';

/**
 * Loading a kubeconfig: a file that does not parse is named with the line and the reason, never
 * quoted (js-yaml's message shows the lines around the mistake: a token there was printed); with no
 * kubeconfig anywhere the error says so (client-node falls back to http://localhost:8080 and fails
 * with "HTTP protocol is not allowed when skipTLSVerify is not set").
 */
const dirs: string[] = [];
const saved = { KUBECONFIG: process.env['KUBECONFIG'], HOME: process.env['HOME'], KUBERNETES_SERVICE_HOST: process.env['KUBERNETES_SERVICE_HOST'] };
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'meshci-kcload-'));
  dirs.push(d);
  return d;
};
const error = (f: () => unknown): Error => {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('no error');
};

const BROKEN = `apiVersion: v1
kind: Config
users:
- name: u
  user:
    token: SECRET-TOKEN-123
   bad: [
`;

describe('loading a kubeconfig', () => {
  it('a file that does not parse is named with its line, and no line of it is shown', () => {
    const file = join(tmp(), 'kc.yaml');
    writeFileSync(file, BROKEN);
    const e = error(() => Cluster.connect({ kubeconfig: file, input: 'kubeconfig' }));
    expect(e.message).toContain(`the kubeconfig ${file} (input 'kubeconfig') cannot be read: YAML does not parse at line 7`);
    expect(e.message).toContain('its content is not shown');
    expect(e.message).not.toContain('SECRET-TOKEN-123');
    expect(e.message).not.toContain('bad: [');
  });

  it('the same through KUBECONFIG', () => {
    const file = join(tmp(), 'kc.yaml');
    writeFileSync(file, BROKEN);
    process.env['KUBECONFIG'] = file;
    const e = error(() => Cluster.connect({ input: 'kubeconfig' }));
    expect(e.message).toContain(`the kubeconfig ${file} (KUBECONFIG) cannot be read`);
    expect(e.message).not.toContain('SECRET-TOKEN-123');
  });

  it('no kubeconfig anywhere: says so and what to give, not a TLS setting', () => {
    delete process.env['KUBECONFIG'];
    delete process.env['KUBERNETES_SERVICE_HOST'];
    process.env['HOME'] = tmp();
    const e = error(() => Cluster.connect({ input: 'kubeconfig' }));
    expect(e.message).toMatch(
      /^No kubeconfig: input 'kubeconfig' is not set and .*\.kube\/config does not exist and KUBECONFIG is not set; give the kubeconfig of the cluster/,
    );
    process.env['KUBECONFIG'] = '/nonexistent/kc';
    expect(error(() => Cluster.connect({ input: 'kubeconfig' })).message).toContain('KUBECONFIG names /nonexistent/kc, which does not exist');
  });

  it('a good kubeconfig from KUBECONFIG loads, its context current', () => {
    const file = join(tmp(), 'kc.yaml');
    writeFileSync(
      file,
      'apiVersion: v1\nkind: Config\ncurrent-context: c\nclusters:\n- name: k\n  cluster:\n    server: https://127.0.0.1:6443\ncontexts:\n- name: c\n  context:\n    cluster: k\n    user: u\nusers:\n- name: u\n  user:\n    token: t\n',
    );
    process.env['KUBECONFIG'] = `/nonexistent/kc:${file}`;
    expect(Cluster.connect({ input: 'kubeconfig' }).server).toBe('https://127.0.0.1:6443');
  });

  it('an empty file, a folder, YAML that is no kubeconfig, one with no current cluster: each said as such, naming the file', () => {
    const d = tmp();
    const empty = join(d, 'empty');
    writeFileSync(empty, '\n');
    expect(error(() => Cluster.connect({ kubeconfig: empty })).message).toBe(`the kubeconfig ${empty} (input 'kubeconfig') is empty`);
    expect(error(() => Cluster.connect({ kubeconfig: d })).message).toBe(`the kubeconfig ${d} (input 'kubeconfig') is a folder: give the kubeconfig file`);
    const list = join(d, 'list');
    writeFileSync(list, '- a\n- b\n');
    expect(error(() => Cluster.connect({ kubeconfig: list })).message).not.toMatch(/Cannot read properties|TypeError/);
    const none = join(d, 'none');
    writeFileSync(none, 'apiVersion: v1\nkind: Config\nclusters: []\ncontexts: []\nusers: []\n');
    expect(error(() => Cluster.connect({ kubeconfig: none })).message).toBe(
      `the kubeconfig ${none} (input 'kubeconfig') has no current cluster: its current-context is not set or names no context with a cluster`,
    );
  });
});
