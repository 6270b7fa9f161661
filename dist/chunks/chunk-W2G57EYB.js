import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  formatDuration
} from "./chunk-YICLTDNQ.js";
import {
  require_child_process
} from "./chunk-6OIT7D33.js";
import {
  require_fs,
  require_path
} from "./chunk-LRYOYDRT.js";
import {
  CommandError
} from "./chunk-HPEVLKEG.js";
import {
  __toESM
} from "./chunk-J36IR65A.js";

// src/lib/exec.ts
var import_node_child_process = __toESM(require_child_process(), 1);
var import_node_fs = __toESM(require_fs(), 1);
var import_node_path = __toESM(require_path(), 1);
var DEFAULT_EXEC_TIMEOUT_MS = 10 * 6e4;
var TOOL_TIMEOUT_MARGIN_MS = 2 * 6e4;
var KILL_GRACE_MS = 2e3;
var CommandNotRunError = class extends Error {
  constructor(command, code, message) {
    super(`could not run ${command}: ${message}`);
    this.code = code;
  }
  code;
};
function absentTool(e) {
  if (e instanceof CommandNotRunError && (e.code === "ENOENT" || e.code === "EACCES")) return void 0;
  throw e;
}
var CommandTimeoutError = class extends CommandError {
  constructor(command, args, timeoutMs, stderr) {
    super(command, args, -1, stderr);
    this.timeoutMs = timeoutMs;
    const tail = stderr.trim().split("\n").slice(-5).join("\n").trim();
    this.message = `${(0, import_node_path.basename)(command)} ${argvHead(args)} timed out after ${formatDuration(timeoutMs)}: killed it and the processes it started${tail ? `; its last output: ${tail}` : ""}`;
  }
  timeoutMs;
};
async function exec(command, args, opts = {}) {
  opts.log?.debug(`exec: ${command} ${args.map(quote).join(" ")}`);
  const timeoutMs = opts.timeoutMs ?? defaultTimeoutMs(command, args);
  const res = await run(command, args, opts, timeoutMs);
  if (res.timedOut) throw new CommandTimeoutError(command, args, timeoutMs, res.stderr);
  if (res.exitCode !== 0 && opts.check !== false) {
    throw new CommandError(command, args, res.exitCode, res.stderr);
  }
  return { exitCode: res.exitCode, stdout: res.stdout, stderr: res.stderr };
}
function defaultTimeoutMs(_command, args) {
  let own = 0;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const m = /^--(?:timeout|wait)(?:=(.*))?$/.exec(a);
    if (!m) continue;
    const ms = goDurationMs(m[1] ?? args[i + 1] ?? "");
    if (ms !== void 0) own = Math.max(own, ms);
  }
  return Math.max(DEFAULT_EXEC_TIMEOUT_MS, own > 0 ? own + TOOL_TIMEOUT_MARGIN_MS : 0);
}
function goDurationMs(v) {
  if (!/^(?:\d+(?:\.\d+)?(?:h|ms|m|s))+$/.test(v)) return void 0;
  const unit = { h: 36e5, m: 6e4, s: 1e3, ms: 1 };
  let ms = 0;
  for (const p of v.matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s)/g)) ms += Number(p[1]) * unit[p[2]];
  return ms;
}
function argvHead(args) {
  return args.slice(0, 3).map((a) => a.length > 60 ? `${a.slice(0, 57)}...` : a).map(quote).join(" ") + (args.length > 3 ? " \u2026" : "");
}
function run(command, args, opts, timeoutMs) {
  return new Promise((resolve, reject) => {
    const child = (0, import_node_child_process.spawn)(command, [...args], {
      cwd: opts.cwd,
      env: opts.env ? { ...process.env, ...opts.env } : process.env,
      stdio: ["pipe", "pipe", "pipe"],
      windowsHide: true
    });
    const out = [];
    const err = [];
    child.stdout.on("data", (c) => out.push(c));
    child.stderr.on("data", (c) => err.push(c));
    let timedOut = false;
    let settled = false;
    let killTimer;
    let tree = [];
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid === void 0) return;
      tree = [child.pid, ...descendants(child.pid)];
      signal(tree, "SIGTERM");
      killTimer = setTimeout(() => {
        signal([...tree, ...child.pid === void 0 ? [] : descendants(child.pid)], "SIGKILL");
        child.stdout.destroy();
        child.stderr.destroy();
      }, KILL_GRACE_MS);
    }, timeoutMs);
    const finish = (code) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      if (timedOut)
        signal(
          tree.filter((p) => p !== child.pid),
          "SIGKILL"
        );
      resolve({ exitCode: code ?? -1, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), timedOut });
    };
    child.on("error", (e) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      reject(new CommandNotRunError(command, e.code, e.message));
    });
    child.on("close", (code) => finish(code));
    child.on("exit", (code) => {
      if (timedOut) setTimeout(() => finish(code), 50);
    });
    child.stdin.on("error", () => void 0);
    child.stdin.end(opts.input ?? void 0);
  });
}
function signal(pids, sig) {
  for (const p of pids) {
    try {
      process.kill(p, sig);
    } catch (e) {
      if (e.code !== "ESRCH") throw e;
    }
  }
}
function descendants(pid) {
  const parent = /* @__PURE__ */ new Map();
  let entries;
  try {
    entries = (0, import_node_fs.readdirSync)("/proc").filter((d) => /^\d+$/.test(d));
  } catch {
    return [];
  }
  for (const d of entries) {
    try {
      const stat = (0, import_node_fs.readFileSync)(`/proc/${d}/stat`, "utf8");
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
    }
  }
  const out = [];
  const walk = (p) => {
    for (const [c, pp] of parent) {
      if (pp === p && !out.includes(c)) {
        out.push(c);
        walk(c);
      }
    }
  };
  walk(pid);
  return out;
}
function quote(a) {
  return /^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`;
}

export {
  absentTool,
  exec,
  descendants
};
