import { EOL } from 'node:os';

/**
 * Library code logs through this interface so it can run under the Actions runner, the local
 * CLI or a test without caring which. This module imports nothing of @actions/*, so the libraries
 * (src/k8s, src/linkerd, src/certs) load without the Actions toolkit; src/runtime/log.ts adds the
 * runner's logger.
 */
/**
 * The line a group that failed ends with (src/runtime/group.ts), just before the group closes: the
 * runner shows it as it is; meshci's live log (src/local/render.ts) hides it and marks the group ✗.
 * Without it a group ended and its error printed after it cannot be told from a group that succeeded
 * before something else failed.
 */
export const GROUP_FAILED = '✗ failed in this group (the error follows)';

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

/** A logger that drops everything; for pure library use. */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  group: (_name, fn) => fn(),
};

/**
 * The runner's `add-mask` workflow command, written as @actions/core's setSecret writes it (same
 * escaping): the runner — and meshci's local runner, which reads the same command — masks the
 * value wherever it appears afterwards. Kept here rather than imported so that masking does not
 * pull the Actions toolkit into library code.
 */
let addMask = (value: string): void => {
  const data = value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  process.stdout.write(`::add-mask::${data}${EOL}`);
};

/**
 * Where secrets are registered. Under a runner (and meshci's local runner) it is the `add-mask`
 * command; a process that talks to a terminal itself (the CLI's doctor) replaces it, since a
 * workflow command on a terminal would print the secret.
 */
export function setMasker(fn: (value: string) => void): void {
  addMask = fn;
}

/**
 * Mask a secret the moment it exists. A multi-line value (a PEM private key) is registered whole
 * and line by line so that any single line printed on its own is masked too. PEM armour lines are
 * not secret and are skipped.
 */
export function maskSecret(value: string): void {
  if (!value) return;
  addMask(value);
  const lines = value.split(/\r?\n/).map((l) => l.trim());
  if (lines.length > 1) {
    for (const line of lines) {
      if (line.length >= 8 && !line.startsWith('-----')) addMask(line);
    }
  }
}
