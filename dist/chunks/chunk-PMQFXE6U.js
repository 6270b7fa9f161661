import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  require_url
} from "./chunk-PPIGJDAK.js";
import {
  js_yaml_default
} from "./chunk-YB4FYT7K.js";
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
  require_fs,
  require_path
} from "./chunk-LRYOYDRT.js";
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
  return js_yaml_default.load((0, import_node_fs.readFileSync)(file, "utf8"));
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
  const workDir = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)((0, import_node_os.tmpdir)(), `meshci-${action}-`));
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
  Object.assign(baseEnv, { RUNNER_TEMP: temp, RUNNER_TOOL_CACHE: process.env["RUNNER_TOOL_CACHE"] ?? (0, import_node_path.join)((0, import_node_os.tmpdir)(), "meshci-tool-cache"), GITHUB_ACTIONS: "true" }, opts.env ?? {});
  const entry = (rel) => (0, import_node_path.resolve)(root, action, rel);
  const main = await runStep(entry(meta.runs.main), baseEnv, workDir, "main", opts);
  const result = { ...main, workDir };
  if (meta.runs.post) {
    const postEnv = { ...baseEnv };
    for (const [k, v] of Object.entries(main.state)) postEnv[`STATE_${k}`] = v;
    result.post = await runStep(entry(meta.runs.post), postEnv, workDir, "post", opts);
  }
  if (!opts.keep) (0, import_node_fs.rmSync)(workDir, { recursive: true, force: true });
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
  const child = (0, import_node_child_process.spawn)(opts.node ?? process.execPath, [file], { env: { ...env, ...files }, cwd: opts.cwd, stdio: ["ignore", "pipe", "pipe"] });
  const out = [];
  const err = [];
  const live = { stdout: new import_node_string_decoder.StringDecoder("utf8"), stderr: new import_node_string_decoder.StringDecoder("utf8") };
  child.stdout.on("data", (b) => {
    out.push(b);
    if (opts.onOutput) opts.onOutput(live.stdout.write(b), "stdout");
  });
  child.stderr.on("data", (b) => {
    err.push(b);
    if (opts.onOutput) opts.onOutput(live.stderr.write(b), "stderr");
  });
  const exitCode = await new Promise((res, rej) => {
    child.on("error", rej);
    child.on("close", (code) => res(code ?? 1));
  });
  const rawStdout = Buffer.concat(out).toString("utf8");
  const stderr = Buffer.concat(err).toString("utf8");
  const { log, secrets } = processCommands(rawStdout + stderr);
  return {
    exitCode,
    rawStdout,
    log,
    stderr: maskAll(stderr, secrets),
    outputs: parseFileCommand((0, import_node_fs.readFileSync)(files.GITHUB_OUTPUT, "utf8")),
    state: parseFileCommand((0, import_node_fs.readFileSync)(files.GITHUB_STATE, "utf8")),
    env: parseFileCommand((0, import_node_fs.readFileSync)(files.GITHUB_ENV, "utf8")),
    summary: (0, import_node_fs.readFileSync)(files.GITHUB_STEP_SUMMARY, "utf8"),
    secrets,
    path: (0, import_node_fs.readFileSync)(files.GITHUB_PATH, "utf8").split("\n").map((l) => l.trim()).filter(Boolean)
  };
}
function parseFileCommand(text) {
  const out = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === "") continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value = [];
      i++;
      while (i < lines.length && lines[i] !== delim) value.push(lines[i++]);
      if (i >= lines.length) throw new Error(`file command: no closing delimiter for '${name}'`);
      out[name] = value.join("\n");
      continue;
    }
    const eq = line.indexOf("=");
    if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}
function unescapeData(s) {
  return s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}
function processCommands(text) {
  const secrets = [];
  const kept = [];
  for (const line of text.split("\n")) {
    const m = /^::add-mask::(.*)$/.exec(line);
    if (m) {
      const v = unescapeData(m[1]);
      if (v) secrets.push(v);
      continue;
    }
    kept.push(line);
  }
  return { log: maskAll(kept.join("\n"), secrets), secrets };
}
function maskAll(text, secrets) {
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join("***");
  return out;
}

export {
  packageRoot,
  readActionYml,
  runAction,
  unescapeData,
  maskAll
};
