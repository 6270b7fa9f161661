import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);

// src/lib/errors.ts
var ConfigurationError = class extends Error {
  name = "ConfigurationError";
};
var CommandError = class extends Error {
  constructor(command, args, exitCode, stderr) {
    super(`${command} ${args[0] ?? ""} exited with code ${exitCode}: ${lastLines(stderr, 5) || "(no stderr)"}`);
    this.command = command;
    this.args = args;
    this.exitCode = exitCode;
    this.stderr = stderr;
  }
  command;
  args;
  exitCode;
  stderr;
  name = "CommandError";
};
var ClusterError = class extends Error {
  constructor(verb, resource, status, detail) {
    super(`Kubernetes API ${verb} ${resource} failed${status ? ` (HTTP ${status})` : ""}: ${detail}`);
    this.verb = verb;
    this.resource = resource;
    this.status = status;
  }
  verb;
  resource;
  status;
  name = "ClusterError";
};
function getErrorMessage(e) {
  if (e instanceof Error) return e.message;
  return String(e);
}
function isUserError(e) {
  return e instanceof ConfigurationError;
}
function lastLines(text, n) {
  return text.trim().split("\n").slice(-n).join("\n").trim();
}

export {
  ConfigurationError,
  CommandError,
  ClusterError,
  getErrorMessage,
  isUserError
};
