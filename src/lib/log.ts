import * as core from '@actions/core';

/**
 * Library code logs through this interface so it can run under the Actions runner, the local
 * CLI or a test without caring which.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export const actionsLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  error: (m) => core.error(m),
  group: (name, fn) => core.group(name, fn),
};

/** A logger that drops everything; for pure library use. */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  group: (_name, fn) => fn(),
};

/**
 * Mask a secret the moment it exists. The runner masks a registered value wherever it appears in
 * the log; a multi-line value (a PEM private key) is registered whole and line by line so that any
 * single line printed on its own is masked too. PEM armour lines are not secret and are skipped.
 */
export function maskSecret(value: string): void {
  if (!value) return;
  core.setSecret(value);
  const lines = value.split(/\r?\n/).map((l) => l.trim());
  if (lines.length > 1) {
    for (const line of lines) {
      if (line.length >= 8 && !line.startsWith('-----')) core.setSecret(line);
    }
  }
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)}s`;
  const m = Math.floor(s / 60);
  return `${m}m${Math.round(s - m * 60)}s`;
}
