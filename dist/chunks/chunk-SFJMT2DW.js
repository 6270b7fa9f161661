import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  require_url
} from "./chunk-PPIGJDAK.js";
import {
  descendants
} from "./chunk-W2G57EYB.js";
import {
  prependPath
} from "./chunk-3E5XYWK3.js";
import {
  require_string_decoder
} from "./chunk-VUJ4TZHV.js";
import {
  require_child_process
} from "./chunk-6OIT7D33.js";
import {
  require_os
} from "./chunk-GGNHL6HF.js";
import {
  jsYaml
} from "./chunk-U5AVLZRE.js";
import {
  require_fs,
  require_path
} from "./chunk-LRYOYDRT.js";
import {
  ConfigurationError,
  getErrorMessage
} from "./chunk-HPEVLKEG.js";
import {
  __toESM
} from "./chunk-J36IR65A.js";

// src/local/runner.ts
var import_node_child_process = __toESM(require_child_process(), 1);
var import_node_string_decoder = __toESM(require_string_decoder(), 1);
var import_node_fs = __toESM(require_fs(), 1);
var import_node_os = __toESM(require_os(), 1);
var import_node_path = __toESM(require_path(), 1);
var import_node_url = __toESM(require_url(), 1);
var RUNNER_GRACE = { termMs: 7500, killMs: 2500 };
var ESCALATION = ["SIGINT", "SIGTERM", "SIGKILL"];
var Cancel = class {
  level = -1;
  listeners = /* @__PURE__ */ new Set();
  /** the first signal sent, once cancelled */
  requested;
  send(sig) {
    const asked = Math.max(ESCALATION.indexOf(sig), 0);
    this.level = Math.min(Math.max(this.level + 1, asked), ESCALATION.length - 1);
    this.requested ??= sig;
    const now = ESCALATION[this.level];
    for (const l of [...this.listeners]) l(now);
  }
  /** The signal a step started now must get at once (undefined: none sent yet). */
  get current() {
    return this.level < 0 ? void 0 : ESCALATION[this.level];
  }
  subscribe(fn) {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
};
function packageRoot() {
  let dir = (0, import_node_path.dirname)((0, import_node_url.fileURLToPath)(import.meta.url));
  while (!(0, import_node_fs.existsSync)((0, import_node_path.join)(dir, "package.json"))) {
    const up = (0, import_node_path.dirname)(dir);
    if (up === dir) throw new Error("meshci package root not found");
    dir = up;
  }
  return dir;
}
function readActionYml(action, root = packageRoot()) {
  const file = (0, import_node_path.join)(root, action, "action.yml");
  if (!(0, import_node_fs.existsSync)(file)) throw new Error(`unknown action '${action}': ${file} does not exist`);
  return jsYaml.load((0, import_node_fs.readFileSync)(file, "utf8"));
}
function inputEnvName(name) {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}
async function runAction(action, opts = {}) {
  const root = opts.root ?? packageRoot();
  const meta = readActionYml(action, root);
  const known = new Set(Object.keys(meta.inputs ?? {}));
  for (const k of Object.keys(opts.inputs ?? {})) {
    if (!known.has(k)) throw new Error(`action '${action}' has no input '${k}'; it has ${[...known].join(", ")}`);
  }
  const workDir = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)(opts.inheritGithubEnv && process.env["RUNNER_TEMP"] ? process.env["RUNNER_TEMP"] : (0, import_node_os.tmpdir)(), `meshci-${action}-`));
  const baseEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === void 0 || k.startsWith("INPUT_") || k.startsWith("STATE_")) continue;
    if (k.startsWith("GITHUB_") && !opts.inheritGithubEnv) continue;
    baseEnv[k] = v;
  }
  for (const [name, def] of Object.entries(meta.inputs ?? {})) {
    const given = opts.inputs?.[name];
    const value = given ?? evalDefault(def.default ?? "", { ...baseEnv, ...opts.env });
    baseEnv[inputEnvName(name)] = value;
  }
  const runnerTemp = (0, import_node_path.join)(workDir, "runner-temp");
  (0, import_node_fs.mkdirSync)(runnerTemp);
  const temp = opts.inheritGithubEnv && process.env["RUNNER_TEMP"] ? process.env["RUNNER_TEMP"] : runnerTemp;
  Object.assign(
    baseEnv,
    { RUNNER_TEMP: temp, RUNNER_TOOL_CACHE: process.env["RUNNER_TOOL_CACHE"] ?? toolCacheOrRunOnly(workDir), GITHUB_ACTIONS: "true" },
    opts.env ?? {}
  );
  const entry = (rel) => (0, import_node_path.resolve)(root, action, rel);
  if (opts.cancel?.requested) {
    (0, import_node_fs.rmSync)(workDir, { recursive: true, force: true });
    return {
      exitCode: 1,
      rawStdout: "",
      log: "",
      stderr: "",
      outputs: {},
      state: {},
      env: {},
      summary: "",
      secrets: [],
      path: [],
      workDir,
      cancelled: opts.cancel.requested
    };
  }
  const main = await runStep(entry(meta.runs.main), baseEnv, workDir, "main", opts);
  const result = { ...main, workDir, ...opts.cancel?.requested ? { cancelled: opts.cancel.requested } : {} };
  const post = async () => {
    if (!meta.runs.post) return void 0;
    const added = opts.job ? opts.job.path : main.path;
    const postEnv = { ...baseEnv, ...opts.job ? opts.job.env : main.env };
    if (added.length) postEnv["PATH"] = prependPath(added, opts.job?.basePath ?? baseEnv["PATH"]);
    for (const [k, v] of Object.entries(main.state)) postEnv[`STATE_${k}`] = v;
    return runStep(entry(meta.runs.post), postEnv, workDir, "post", { ...opts, cancel: void 0 });
  };
  const clean = () => {
    if (!opts.keep) (0, import_node_fs.rmSync)(workDir, { recursive: true, force: true });
  };
  if (opts.job && meta.runs.post) {
    opts.job.defer(action, async () => {
      try {
        return await post();
      } finally {
        clean();
      }
    });
    return result;
  }
  try {
    const p = await post();
    if (p) result.post = p;
  } finally {
    clean();
  }
  return result;
}
function evalDefault(text, env) {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_m, expr) => {
    if (expr === "github.token") return env["GITHUB_TOKEN"] ?? "";
    const m = /^env\.(\w+)$/.exec(expr);
    if (m) return env[m[1]] ?? "";
    return "";
  });
}
async function runStep(file, env, workDir, tag, opts) {
  const files = {
    GITHUB_OUTPUT: (0, import_node_path.join)(workDir, `${tag}-output`),
    GITHUB_ENV: (0, import_node_path.join)(workDir, `${tag}-env`),
    GITHUB_STATE: (0, import_node_path.join)(workDir, `${tag}-state`),
    GITHUB_PATH: (0, import_node_path.join)(workDir, `${tag}-path`),
    GITHUB_STEP_SUMMARY: (0, import_node_path.join)(workDir, `${tag}-summary`)
  };
  for (const f of Object.values(files)) (0, import_node_fs.writeFileSync)(f, "");
  const group = opts.signalTarget === "group";
  const child = (0, import_node_child_process.spawn)(opts.node ?? process.execPath, [file], { env: { ...env, ...files }, cwd: opts.cwd, stdio: ["ignore", "pipe", "pipe"] });
  if (child.pid !== void 0) opts.onSpawn?.(child.pid, tag === "post" ? "post" : "main");
  const stopCancel = opts.cancel ? forwardCancel(child, opts.cancel, group, opts.grace ?? RUNNER_GRACE) : () => void 0;
  const out = [];
  const err = [];
  const lines = new RunnerLog();
  const live = { stdout: new import_node_string_decoder.StringDecoder("utf8"), stderr: new import_node_string_decoder.StringDecoder("utf8") };
  child.stdout.on("data", (b) => {
    out.push(b);
    lines.feed("stdout", b);
    if (opts.onOutput) opts.onOutput(live.stdout.write(b), "stdout");
  });
  child.stderr.on("data", (b) => {
    err.push(b);
    lines.feed("stderr", b);
    if (opts.onOutput) opts.onOutput(live.stderr.write(b), "stderr");
  });
  let signal;
  const exitCode = await new Promise((res, rej) => {
    child.on("error", rej);
    child.on("close", (code, sig) => {
      signal = sig ?? void 0;
      res(code ?? 1);
    });
  }).finally(stopCancel);
  const rawStdout = Buffer.concat(out).toString("utf8");
  const stderr = Buffer.concat(err).toString("utf8");
  lines.end();
  const secrets = lines.secrets;
  let failed = false;
  const fileCommand = (name, file2) => {
    try {
      return parseFileCommand((0, import_node_fs.readFileSync)(file2, "utf8"));
    } catch (e) {
      lines.error(`Unable to process file command '${name}' successfully.`);
      lines.error(getErrorMessage(e));
      failed = true;
      return {};
    }
  };
  const outputs = fileCommand("output", files.GITHUB_OUTPUT);
  const state = fileCommand("state", files.GITHUB_STATE);
  const exported = fileCommand("env", files.GITHUB_ENV);
  for (const k of Object.keys(exported)) {
    if (k.toUpperCase() === "NODE_OPTIONS") {
      lines.error("Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.");
      delete exported[k];
    }
  }
  let summary = (0, import_node_fs.readFileSync)(files.GITHUB_STEP_SUMMARY, "utf8");
  const summaryBytes = Buffer.byteLength(summary);
  if (summaryBytes > SUMMARY_LIMIT) {
    lines.error(`$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of ${SUMMARY_LIMIT / 1024}k, got ${Math.floor(summaryBytes / 1024)}k.`);
    summary = "";
  }
  return {
    exitCode: failed && exitCode === 0 ? 1 : exitCode,
    ...signal ? { signal } : {},
    ...child.pid !== void 0 ? { pid: child.pid } : {},
    rawStdout,
    log: lines.text(),
    stderr: maskAll(stderr, secrets),
    outputs,
    state,
    env: exported,
    // the runner masks the summary with every secret, line by line
    summary: summary.split("\n").map((l) => maskAll(l, secrets)).join("\n"),
    secrets,
    path: (0, import_node_fs.readFileSync)(files.GITHUB_PATH, "utf8").split("\n").filter((l) => l !== "")
  };
}
function wholeLines(write) {
  const pending = { stdout: "", stderr: "" };
  return {
    feed(chunk, stream) {
      const text = pending[stream] + chunk;
      const end = text.lastIndexOf("\n");
      if (end < 0) {
        pending[stream] = text;
        return;
      }
      pending[stream] = text.slice(end + 1);
      write(text.slice(0, end + 1), stream);
    },
    flush() {
      for (const stream of ["stdout", "stderr"]) {
        if (pending[stream]) write(`${pending[stream]}
`, stream);
        pending[stream] = "";
      }
    }
  };
}
var SUMMARY_LIMIT = 1024 * 1024;
var RunnerLog = class {
  out = [];
  secrets = [];
  pending = { stdout: "", stderr: "" };
  decoders = { stdout: new import_node_string_decoder.StringDecoder("utf8"), stderr: new import_node_string_decoder.StringDecoder("utf8") };
  feed(stream, b) {
    const text = this.pending[stream] + this.decoders[stream].write(b);
    const parts = text.split("\n");
    this.pending[stream] = parts.pop();
    for (const line of parts) this.line(line);
  }
  end() {
    for (const stream of ["stdout", "stderr"]) {
      const rest = this.pending[stream] + this.decoders[stream].end();
      this.pending[stream] = "";
      if (rest) this.line(rest);
    }
  }
  /** An error the runner itself reports (a file command it could not process, …). */
  error(message) {
    this.out.push(`##[error]${maskAll(message, this.secrets)}`);
  }
  text() {
    return this.out.join("\n");
  }
  line(line) {
    const m = /^::add-mask::(.*)$/.exec(line.replace(/\r$/, ""));
    if (m) {
      const v = unescapeData(m[1]);
      if (v) this.secrets.push(v);
      return;
    }
    this.out.push(maskAll(line, this.secrets));
  }
};
function forwardCancel(child, cancel, group, grace) {
  let timer;
  let done = false;
  let tree = [];
  const kill = (sig) => {
    if (done || child.pid === void 0) return;
    if (group || sig === "SIGKILL") tree = descendants(child.pid);
    const targets = group || sig === "SIGKILL" ? [child.pid, ...tree] : [child.pid];
    for (const t of targets) {
      try {
        process.kill(t, sig);
      } catch (e) {
        if (e.code !== "ESRCH") throw e;
      }
    }
  };
  const deliver = (sig) => {
    if (timer) clearTimeout(timer);
    kill(sig);
    if (sig === "SIGINT") timer = setTimeout(() => deliver("SIGTERM"), grace.termMs);
    else if (sig === "SIGTERM") timer = setTimeout(() => deliver("SIGKILL"), grace.killMs);
  };
  const unsubscribe = cancel.subscribe(deliver);
  if (cancel.current) deliver(cancel.current);
  return () => {
    done = true;
    if (timer) clearTimeout(timer);
    unsubscribe();
    if (group && cancel.current) {
      for (const pid of tree) {
        try {
          process.kill(pid, "SIGKILL");
        } catch (e) {
          if (e.code !== "ESRCH") throw e;
        }
      }
    }
  };
}
function parseFileCommand(text) {
  const out = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === "") continue;
    const eq = line.indexOf("=");
    const hd = line.indexOf("<<");
    if (eq >= 0 && (hd < 0 || eq < hd)) {
      if (eq === 0) throw new Error(`Invalid format '${line}'. Name must not be empty`);
      out[line.slice(0, eq)] = line.slice(eq + 1);
      continue;
    }
    if (hd >= 0) {
      const name = line.slice(0, hd);
      const delim = line.slice(hd + 2);
      if (!name || !delim) throw new Error(`Invalid format '${line}'. Name must not be empty and delimiter must not be empty`);
      const value = [];
      i++;
      while (i < lines.length && lines[i] !== delim) value.push(lines[i++]);
      if (i >= lines.length) throw new Error(`Invalid value. Matching delimiter not found '${delim}'`);
      out[name] = value.join("\n");
      continue;
    }
    throw new Error(`Invalid format '${line}'`);
  }
  return out;
}
function unescapeData(s) {
  return s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}
function maskAll(text, secrets) {
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join("***");
  return out;
}
function toolCacheOrRunOnly(workDir) {
  try {
    return userToolCache();
  } catch (e) {
    if (e instanceof ConfigurationError || !e.code) throw e;
    const dir = (0, import_node_path.join)(workDir, "tool-cache");
    (0, import_node_fs.mkdirSync)(dir, { mode: 448 });
    process.stderr.write(
      `warning: meshci cannot create its tool cache (${e.code}): a tool it downloads is kept for this run only; set XDG_CACHE_HOME or RUNNER_TOOL_CACHE to a folder you can write
`
    );
    return dir;
  }
}
function userToolCache(env = process.env) {
  const dir = (0, import_node_path.join)(env["XDG_CACHE_HOME"] || (0, import_node_path.join)((0, import_node_os.homedir)(), ".cache"), "meshci", "tool-cache");
  (0, import_node_fs.mkdirSync)(dir, { recursive: true, mode: 448 });
  const st = (0, import_node_fs.statSync)(dir);
  const uid = process.getuid?.();
  if (uid !== void 0 && st.uid !== uid)
    throw new ConfigurationError(
      `the tool cache ${dir} belongs to uid ${st.uid}, not to this user (uid ${uid}): meshci runs no binary from it; remove it or set RUNNER_TOOL_CACHE`
    );
  if ((st.mode & 18) !== 0)
    throw new ConfigurationError(
      `the tool cache ${dir} may be written by others (mode ${(st.mode & 511).toString(8)}): meshci runs no binary from it; chmod 700 it or set RUNNER_TOOL_CACHE`
    );
  return dir;
}

export {
  RUNNER_GRACE,
  Cancel,
  packageRoot,
  readActionYml,
  runAction,
  wholeLines,
  unescapeData,
  maskAll
};
