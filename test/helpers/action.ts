import { expect } from 'vitest';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAction, type RunOpts, type RunResult } from '../../src/local/runner.js';
import { node24OrThis } from './node24.js';

export const ROOT = join(fileURLToPath(import.meta.url), '..', '..', '..');

/**
 * The Node.js that runs action entries in tests: the node24 that action.yml declares (scripts/setup.sh
 * installs it), as a GitHub runner does; MESHCI_TEST_ACTION_NODE overrides it (e.g. this machine's Node
 * 20, which the local CLI runs on); where node24 is not installed (not linux-x64), this Node.
 */
export const ACTION_NODE = process.env['MESHCI_TEST_ACTION_NODE'] || node24OrThis();

/** Run an action's committed dist entry through the runner emulation, as GitHub would. */
export function run(action: string, inputs: Record<string, string>, opts: Omit<RunOpts, 'inputs' | 'root'> = {}): Promise<RunResult> {
  return runAction(action, { node: ACTION_NODE, ...opts, inputs, root: ROOT });
}

/** The lines of a PEM private key that identify it (its base64 body). */
export function keyLines(pem: string): string[] {
  return pem
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length >= 16 && !l.startsWith('-----'));
}

/**
 * Assert that none of the given keys (nor any PEM private-key armour) appears in the text.
 * Checked per base64 line, so a key printed in pieces is caught too.
 */
export function expectNoKeyMaterial(where: string, text: string, keys: string[]): void {
  expect(text, `${where} holds a PEM private key`).not.toMatch(/-----BEGIN (EC |RSA )?PRIVATE KEY-----/);
  for (const k of keys) {
    for (const line of keyLines(k)) {
      expect(text.includes(line), `${where} holds a line of a private key`).toBe(false);
    }
  }
}

/** Everything a user or the runner could see, other than the outputs file. */
export function visible(r: RunResult): Record<string, string> {
  return {
    log: r.log,
    summary: r.summary,
    state: JSON.stringify(r.state),
    'post log': r.post?.log ?? '',
  };
}
