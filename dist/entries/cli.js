import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  require_url
} from "../chunks/chunk-PPIGJDAK.js";
import {
  require_child_process
} from "../chunks/chunk-6OIT7D33.js";
import {
  require_os
} from "../chunks/chunk-GGNHL6HF.js";
import {
  js_yaml_default
} from "../chunks/chunk-YB4FYT7K.js";
import {
  require_fs,
  require_path
} from "../chunks/chunk-LRYOYDRT.js";
import {
  __toESM
} from "../chunks/chunk-J36IR65A.js";

// src/cli.ts
var import_node_fs3 = __toESM(require_fs(), 1);
var import_node_path3 = __toESM(require_path(), 1);

// src/local/runner.ts
var import_node_child_process = __toESM(require_child_process(), 1);
var import_node_fs = __toESM(require_fs(), 1);
var import_node_os = __toESM(require_os(), 1);
var import_node_path = __toESM(require_path(), 1);
var import_node_url = __toESM(require_url(), 1);
function packageRoot() {
  let dir = (0, import_node_path.dirname)((0, import_node_url.fileURLToPath)(import.meta.url));
  while (!(0, import_node_fs.existsSync)((0, import_node_path.join)(dir, "package.json"))) {
    const up2 = (0, import_node_path.dirname)(dir);
    if (up2 === dir) throw new Error("meshci package root not found");
    dir = up2;
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
    if (v !== void 0 && !k.startsWith("INPUT_") && !k.startsWith("STATE_") && !k.startsWith("GITHUB_")) baseEnv[k] = v;
  }
  for (const [name, def] of Object.entries(meta.inputs ?? {})) {
    const given = opts.inputs?.[name];
    const value = given ?? evalDefault(def.default ?? "", { ...baseEnv, ...opts.env });
    baseEnv[inputEnvName(name)] = value;
  }
  const runnerTemp = (0, import_node_path.join)(workDir, "runner-temp");
  (0, import_node_fs.mkdirSync)(runnerTemp);
  Object.assign(baseEnv, { RUNNER_TEMP: runnerTemp, RUNNER_TOOL_CACHE: process.env["RUNNER_TOOL_CACHE"] ?? (0, import_node_path.join)((0, import_node_os.tmpdir)(), "meshci-tool-cache"), GITHUB_ACTIONS: "true" }, opts.env ?? {});
  const entry = (rel) => (0, import_node_path.resolve)(root, action, rel);
  const main = await runStep(entry(meta.runs.main), baseEnv, workDir, "main", opts.cwd, opts.node);
  const result = { ...main, workDir };
  if (meta.runs.post) {
    const postEnv = { ...baseEnv };
    for (const [k, v] of Object.entries(main.state)) postEnv[`STATE_${k}`] = v;
    result.post = await runStep(entry(meta.runs.post), postEnv, workDir, "post", opts.cwd, opts.node);
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
async function runStep(file, env, workDir, tag, cwd, node = process.execPath) {
  const files = {
    GITHUB_OUTPUT: (0, import_node_path.join)(workDir, `${tag}-output`),
    GITHUB_ENV: (0, import_node_path.join)(workDir, `${tag}-env`),
    GITHUB_STATE: (0, import_node_path.join)(workDir, `${tag}-state`),
    GITHUB_PATH: (0, import_node_path.join)(workDir, `${tag}-path`),
    GITHUB_STEP_SUMMARY: (0, import_node_path.join)(workDir, `${tag}-summary`)
  };
  for (const f of Object.values(files)) (0, import_node_fs.writeFileSync)(f, "");
  const child = (0, import_node_child_process.spawn)(node, [file], { env: { ...env, ...files }, cwd, stdio: ["ignore", "pipe", "pipe"] });
  const out = [];
  const err = [];
  child.stdout.on("data", (b) => out.push(b));
  child.stderr.on("data", (b) => err.push(b));
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

// src/local/render.ts
function renderLog(log, opts) {
  const out = [];
  for (const line of log.split("\n")) {
    const cmd = /^::([a-z-]+)(?: [^:]*)?::(.*)$/.exec(line);
    if (!cmd) {
      out.push(line);
      continue;
    }
    const [, name, rawMsg] = cmd;
    const msg = rawMsg.replace(/%0A/g, "\n").replace(/%0D/g, "\r").replace(/%25/g, "%");
    if (name === "group") out.push(`\u25B6 ${msg}`);
    else if (name === "endgroup") continue;
    else if (name === "debug") {
      if (opts.debug) out.push(`debug: ${msg}`);
    } else if (name === "warning" || name === "error" || name === "notice") out.push(`${name}: ${msg}`);
    else out.push(line);
  }
  return out.join("\n").replace(/\n+$/, "");
}
function renderSummary(html) {
  const text = html.replace(/<h(\d)>(.*?)<\/h\1>/g, (_m, _l, t) => `
${strip(t)}
${"=".repeat(strip(t).length)}
`).replace(/<table>([\s\S]*?)<\/table>/g, (_m, body) => "\n" + renderTable(body) + "\n").replace(/<br\s*\/?>/g, "\n").replace(/<!--[\s\S]*?-->\n?/g, "").replace(/<\/?(p|ul|li|details|summary|pre|code|b|a)(\s[^>]*)?>/g, "");
  return decode(text).replace(/\n{3,}/g, "\n\n").trim();
}
function renderTable(body) {
  const rows = [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(
    (r) => [...r[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => decode(strip(c[1])))
  );
  const widths = [];
  for (const r of rows) r.forEach((c, i) => widths[i] = Math.min(Math.max(widths[i] ?? 0, [...c].length), 60));
  return rows.map((r) => r.map((c, i) => ([...c].length > 60 ? [...c].slice(0, 59).join("") + "\u2026" : c).padEnd(widths[i] ?? 0)).join("  ").trimEnd()).join("\n");
}
function strip(s) {
  return s.replace(/<[^>]+>/g, "");
}
function decode(s) {
  return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
}

// src/local/pipeline.ts
var import_node_fs2 = __toESM(require_fs(), 1);
var import_node_path2 = __toESM(require_path(), 1);
async function up(o, runner, report) {
  const dir = (0, import_node_path2.resolve)(o.dir);
  const env = {};
  const steps = [];
  const step = async (action, inputs) => {
    const r = await runner(action, { inputs, env: { ...env } });
    report(action, r);
    steps.push({ action, exitCode: r.exitCode });
    if (r.exitCode !== 0) return void 0;
    Object.assign(env, r.env);
    if (r.path.length) env["PATH"] = [...r.path, env["PATH"] ?? process.env["PATH"] ?? ""].join(":");
    return r;
  };
  const fail = (at) => ({ ok: false, failedAt: at, steps });
  const kubeconfig = (0, import_node_path2.join)(dir, "kubeconfig");
  const prov = await step("provision", { provider: o.provider, name: o.name, "kubeconfig-path": kubeconfig, "linkerd-version": o.linkerdVersion, ...o.provision });
  if (!prov) return fail("provision");
  const certs = (0, import_node_path2.join)(dir, "certs");
  if (!(0, import_node_fs2.existsSync)((0, import_node_path2.join)(certs, "issuer.key"))) {
    if (!await step("certs", { mode: "generate", "linkerd-version": o.linkerdVersion, "output-dir": certs })) return fail("certs");
  }
  let helmValues = "";
  const registry = prov.outputs["acr-login-server"];
  if (o.republish && registry) {
    const images = await step("republish", {
      "linkerd-version": o.linkerdVersion,
      extensions: "viz",
      destination: `${registry}/mirror`,
      ...o.provider === "kind" ? { "plain-http": registry } : { "destination-auth": "azure", mode: "auto", "acr-resource-id": prov.outputs["acr-resource-id"] ?? "" }
    });
    if (!images) return fail("republish");
    helmValues = images.outputs["helm-values"] ?? "";
  }
  const deployed = await step("deploy", { "linkerd-version": o.linkerdVersion, "identity-dir": certs, kubeconfig, "linkerd-cli": "true", viz: "true", app: "dgraph", "diagnostics-dir": (0, import_node_path2.join)(dir, "diagnostics"), ...helmValues ? { "helm-values": helmValues } : {} });
  if (!deployed) return fail("deploy");
  if (!o.verify) return { ok: true, steps, kubeconfig };
  const verified = await step("verify", { kubeconfig, "output-dir": (0, import_node_path2.join)(dir, "verify"), comment: "never" });
  return verified ? { ok: true, steps, kubeconfig, verdict: verified.outputs["verdict"] } : { ...fail("verify"), kubeconfig };
}
async function down(o, runner, report) {
  const r = await runner("teardown", { inputs: { provider: o.provider, name: o.name, ...o.provider === "kind" ? { "remove-registry": String(o.removeRegistry) } : {} } });
  report("teardown", r);
  return r.exitCode === 0;
}

// src/cli.ts
var USAGE = `usage: meshci <action> [--<input> <value> ...] [--debug]
       meshci <action> --help
       meshci up [--name dev] [--provider kind|aks] [--linkerd-version stable-2.14.10] [--dir .meshci/<name>]
                 [--republish true] [--verify true] [--<provision input> value ...]
       meshci down [--name dev] [--provider kind|aks] [--remove-registry false]
       meshci --help`;
function actions() {
  const root = packageRoot();
  return (0, import_node_fs3.readdirSync)(root).filter((d) => (0, import_node_fs3.existsSync)((0, import_node_path3.join)(root, d, "action.yml"))).sort();
}
function help(action) {
  if (!action) return `${USAGE}

actions: ${actions().join(", ")}`;
  const meta = readActionYml(action);
  const lines = [`meshci ${action}: ${meta.description}`, "", "inputs:"];
  for (const [k, v] of Object.entries(meta.inputs ?? {})) {
    lines.push(`  --${k}${v.default ? ` (default: ${v.default})` : ""}${v.required ? " (required)" : ""}`);
    lines.push(`      ${(v.description ?? "").trim().replace(/\n/g, "\n      ")}`);
  }
  lines.push("", "outputs:", ...Object.entries(meta.outputs ?? {}).map(([k, v]) => `  ${k}: ${(v.description ?? "").trim().split("\n")[0]}`));
  return lines.join("\n");
}
function parseArgs(argv) {
  const inputs = {};
  let action;
  let helpFlag = false;
  let debug = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--help" || a === "-h") helpFlag = true;
    else if (a === "--debug") debug = true;
    else if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      if (eq > 0) inputs[a.slice(2, eq)] = a.slice(eq + 1);
      else {
        const v = argv[i + 1];
        if (v === void 0) throw new Error(`option ${a} needs a value`);
        inputs[a.slice(2)] = v;
        i++;
      }
    } else if (!action) action = a;
    else throw new Error(`unexpected argument '${a}'`);
  }
  return { action, inputs, help: helpFlag, debug };
}
async function cli(argv) {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`meshci: ${e.message}
${USAGE}
`);
    return 2;
  }
  if (args.action === "up" || args.action === "down") {
    if (!args.help) return pipeline(args.action, args.inputs, args.debug);
    process.stdout.write(`${USAGE}

meshci up: provision (kind by default: a local cluster with Calico and a registry; needs Docker) \u2192 certs \u2192 republish \u2192 deploy (Linkerd, viz, Dgraph) \u2192 verify, state in .meshci/<name>.
meshci down: delete it.
`);
    return 0;
  }
  if (!args.action || args.help) {
    process.stdout.write(help(args.action) + "\n");
    return args.action || args.help ? 0 : 2;
  }
  if (!actions().includes(args.action)) {
    process.stderr.write(`meshci: unknown action '${args.action}'; actions: ${actions().join(", ")}
`);
    return 2;
  }
  let res;
  try {
    res = await runAction(args.action, { inputs: args.inputs, env: args.debug ? { RUNNER_DEBUG: "1" } : {}, cwd: process.cwd() });
  } catch (e) {
    process.stderr.write(`meshci: ${e.message}
`);
    return 2;
  }
  process.stdout.write(renderLog(res.log, { debug: args.debug }) + "\n");
  if (res.post && res.post.log.trim()) process.stdout.write(renderLog(res.post.log, { debug: args.debug }) + "\n");
  const outputs = Object.entries(res.outputs);
  if (outputs.length) {
    process.stdout.write("\noutputs:\n");
    for (const [k, v] of outputs) {
      const one = v.includes("\n") ? `
    ${v.trim().split("\n").join("\n    ")}` : ` ${v}`;
      process.stdout.write(`  ${k}:${one}
`);
    }
  }
  if (res.summary.trim()) process.stdout.write("\n" + renderSummary(res.summary) + "\n");
  return res.exitCode;
}
function print(action, res, debug) {
  process.stdout.write(`
\u2550\u2550\u2550 ${action} \u2550\u2550\u2550
`);
  process.stdout.write(renderLog(res.log, { debug }) + "\n");
  if (res.summary.trim()) process.stdout.write("\n" + renderSummary(res.summary) + "\n");
}
async function pipeline(cmd, inputs, debug) {
  const { name = "dev", provider = "kind", "linkerd-version": linkerdVersion = "stable-2.14.10", dir, republish = "true", verify = "true", "remove-registry": removeRegistry = "false", ...rest } = inputs;
  if (provider !== "kind" && provider !== "aks") {
    process.stderr.write(`meshci ${cmd}: --provider must be kind or aks, not '${provider}'
`);
    return 2;
  }
  const runner = (action, opts) => runAction(action, { ...opts, cwd: process.cwd(), env: { ...opts.env ?? {}, ...debug ? { RUNNER_DEBUG: "1" } : {} } });
  const report = (action, r2) => print(action, r2, debug);
  if (cmd === "down") return await down({ name, provider, removeRegistry: removeRegistry === "true" }, runner, report) ? 0 : 1;
  const r = await up({ name, provider, linkerdVersion, dir: dir ?? (0, import_node_path3.join)(".meshci", name), republish: republish !== "false", verify: verify !== "false", provision: rest }, runner, report);
  if (!r.ok) {
    process.stderr.write(`
meshci up: stopped at ${r.failedAt} (see above); 'meshci down --name ${name}' removes what was created
`);
    return 1;
  }
  process.stdout.write(`
meshci up: environment ${name} ready${r.verdict ? `, verify ${r.verdict}` : ""}; export KUBECONFIG=${r.kubeconfig}
`);
  return r.verdict === "fail" ? 1 : 0;
}
process.exitCode = await cli(process.argv.slice(2));
export {
  parseArgs
};
