import { describe, it, expect, afterEach } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getKubeconfig } from '../../src/runtime/inputs.js';
import { ConfigurationError } from '../../src/lib/errors.js';
import { registered } from '../helpers/quiet-masks.js';

/**
 * A kubeconfig input that is not a readable file is never shown, in any format (issue 19 §5): the
 * one-line JSON `kubectl config view --raw -o json` prints, token included, was taken for a path and
 * echoed whole in "names '…', which does not exist".
 */
const dir = mkdtempSync(join(tmpdir(), 'meshci-kubeconfig-input-'));
process.env['RUNNER_TEMP'] = dir;
const TOKEN = 'sa-token-4f9c2d7e1b8a6c3d5e0f';
const json = JSON.stringify({
  apiVersion: 'v1',
  kind: 'Config',
  'current-context': 'c',
  clusters: [{ name: 'k', cluster: { server: 'https://127.0.0.1:6443' } }],
  users: [{ name: 'u', user: { token: TOKEN } }],
  contexts: [{ name: 'c', context: { cluster: 'k', user: 'u' } }],
});
const set = (v: string) => {
  process.env['INPUT_KUBECONFIG'] = v;
};
afterEach(() => {
  delete process.env['INPUT_KUBECONFIG'];
});

/** The error getKubeconfig throws for `v` (outside readInputs a problem throws at once). */
function problem(v: string): ConfigurationError {
  set(v);
  try {
    getKubeconfig('kubeconfig');
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError);
    return e as ConfigurationError;
  }
  throw new Error('no problem reported');
}

describe('kubeconfig input', () => {
  it('one-line JSON (kubectl config view --raw -o json) is content: written 0600, the token masked on its own', () => {
    set(json);
    const file = getKubeconfig('kubeconfig')!;
    expect(file.startsWith(dir)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(json);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(registered).toContain(TOKEN);
    expect(registered).toContain(json);
  });

  it('one-line JSON with a typo: refused, and neither the token nor any of the value is in the error', () => {
    const broken = json.slice(0, -1); // the closing brace lost
    const e = problem(broken);
    expect(e.message).toMatch(
      /^Input 'kubeconfig' holds text that is not valid YAML or JSON \(line \d+\); its value is not shown, as it may hold credentials$/,
    );
    expect(e.message).not.toContain(TOKEN);
    expect(e.message).not.toContain('127.0.0.1');
    // masked before anything could print it: whole, and the token alone
    expect(registered).toContain(broken);
    expect(registered).toContain(TOKEN);
  });

  it('a token pasted with a stray character, no JSON or YAML shape: not a file, not shown', () => {
    const e = problem(`token=${TOKEN}`);
    expect(e.message).toBe("Input 'kubeconfig' is neither a readable file nor a kubeconfig (YAML or JSON); its value is not shown, as it may hold credentials");
    expect(registered).toContain(`token=${TOKEN}`);
  });

  it("YAML content a parser chokes on: the parser's snippet of it is not in the error", () => {
    const yaml = `apiVersion: v1\nclusters:\n- cluster:\n    server: https://x\n  name: k\nusers:\n- name: u\n  user:\n    token: ${TOKEN}\n   bad: [\n`;
    const e = problem(yaml);
    expect(e.message).toMatch(/^Input 'kubeconfig' holds text that is not valid YAML or JSON \(line \d+\); its value is not shown/);
    expect(e.message).not.toContain(TOKEN);
    expect(registered).toContain(TOKEN);
  });

  it('JSON that is no kubeconfig: refused without its value', () => {
    const e = problem(JSON.stringify({ token: TOKEN }));
    expect(e.message).toBe(
      "Input 'kubeconfig' holds YAML or JSON that is not a kubeconfig (no 'clusters' list); its value is not shown, as it may hold credentials",
    );
    expect(registered).toContain(TOKEN);
  });

  it('a path that is not a readable file: refused, the value not shown', () => {
    expect(problem('/nonexistent/kube/config').message).not.toContain('/nonexistent');
    expect(problem(dir).message).toMatch(/is neither a readable file nor a kubeconfig/);
  });

  it('a readable file is returned as the path it is', () => {
    const f = join(dir, 'config');
    writeFileSync(f, 'apiVersion: v1\n', { mode: 0o600 });
    set(` ${f}\n`);
    expect(getKubeconfig('kubeconfig')).toBe(f);
  });

  it('an input the run will not use (verify with evidence-dir): masked, neither checked nor written', () => {
    set('/nonexistent/kube/config');
    expect(getKubeconfig('kubeconfig', { unused: true })).toBeUndefined();
    expect(registered).toContain('/nonexistent/kube/config');
    set(json);
    expect(getKubeconfig('kubeconfig', { unused: true })).toBeUndefined();
  });
});
