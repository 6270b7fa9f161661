/**
 * Two kinds of error: ConfigurationError is the user's mistake (bad input, missing file, a
 * certificate that breaks a Linkerd rule); everything else is a failure of the environment or a bug.
 * The top-level runner prefixes the message with the action name and reports the kind.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

/** A spawned CLI exited non-zero. Built only by lib/exec.ts. */
export class CommandError extends Error {
  override readonly name = 'CommandError';
  constructor(
    readonly command: string,
    readonly args: readonly string[],
    readonly exitCode: number,
    readonly stderr: string,
  ) {
    super(`${command} ${args[0] ?? ''} exited with code ${exitCode}: ${lastLines(stderr, 5) || '(no stderr)'}`);
  }
}

/** A Kubernetes API call failed; names the verb and the resource so RBAC problems are obvious. */
export class ClusterError extends Error {
  override readonly name = 'ClusterError';
  constructor(
    readonly verb: string,
    readonly resource: string,
    readonly status: number | undefined,
    detail: string,
  ) {
    super(`Kubernetes API ${verb} ${resource} failed${status ? ` (HTTP ${status})` : ''}: ${detail}`);
  }
}

export function getErrorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

export function isUserError(e: unknown): boolean {
  return e instanceof ConfigurationError;
}

function lastLines(text: string, n: number): string {
  return text.trim().split('\n').slice(-n).join('\n').trim();
}
