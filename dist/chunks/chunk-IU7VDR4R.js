import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  debug,
  getExecOutput
} from "./chunk-3OS4J6L7.js";
import {
  CommandError
} from "./chunk-HPEVLKEG.js";

// src/lib/exec.ts
async function exec(command, args, opts = {}) {
  debug(`exec: ${command} ${args.map(quote).join(" ")}`);
  const res = await getExecOutput(command, [...args], {
    silent: true,
    ignoreReturnCode: true,
    cwd: opts.cwd,
    input: opts.input,
    env: opts.env ? { ...process.env, ...opts.env } : void 0
  });
  if (res.exitCode !== 0 && opts.check !== false) {
    throw new CommandError(command, args, res.exitCode, res.stderr);
  }
  return { exitCode: res.exitCode, stdout: res.stdout, stderr: res.stderr };
}
function quote(a) {
  return /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}

export {
  exec
};
