import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
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

// src/lib/files.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_node_path = __toESM(require_path(), 1);
function writeFilesAtomically(dir, files, opts) {
  const target = (0, import_node_path.resolve)(dir);
  assertWritable(
    dir,
    files.map((f) => f.name),
    opts
  );
  const created = !(0, import_node_fs.existsSync)(target);
  (0, import_node_fs.mkdirSync)(target, { recursive: true });
  const staging = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)(target, ".meshci-staging-"));
  try {
    for (const f of files) {
      const p = (0, import_node_path.join)(staging, f.name);
      (0, import_node_fs.writeFileSync)(p, f.content, { mode: f.mode });
      (0, import_node_fs.chmodSync)(p, f.mode);
    }
    const out = [];
    for (const f of files) {
      (0, import_node_fs.renameSync)((0, import_node_path.join)(staging, f.name), (0, import_node_path.join)(target, f.name));
      out.push((0, import_node_path.join)(target, f.name));
    }
    return out;
  } catch (e) {
    if (created) (0, import_node_fs.rmSync)(target, { recursive: true, force: true });
    throw e;
  } finally {
    (0, import_node_fs.rmSync)(staging, { recursive: true, force: true });
  }
}
var PSEUDO_FS = /* @__PURE__ */ new Set([40864, 1650812274]);
function assertWritable(dir, names, opts) {
  const target = (0, import_node_path.resolve)(dir);
  const problem = folderProblem(target);
  if (problem) throw new ConfigurationError(`Input '${opts.input}' names '${dir}', ${problem}`);
  const clash = names.filter((n) => (0, import_node_fs.existsSync)((0, import_node_path.join)(target, n)));
  if (clash.length > 0 && !opts.overwrite) {
    throw new ConfigurationError(`Input '${opts.input}' folder '${dir}' already holds ${clash.join(", ")}; set 'overwrite: true' to replace them`);
  }
}
function folderProblem(target) {
  let existing = target;
  while (!(0, import_node_fs.existsSync)(existing) && (0, import_node_path.dirname)(existing) !== existing) existing = (0, import_node_path.dirname)(existing);
  let st;
  try {
    st = (0, import_node_fs.statSync)(existing);
  } catch (e) {
    return `which cannot be read (${e.code ?? "error"})`;
  }
  if (!st.isDirectory()) return existing === target ? "which is a file, not a folder" : `but ${existing} is a file, not a folder`;
  try {
    if (PSEUDO_FS.has((0, import_node_fs.statfsSync)(existing).type)) return `which is in ${existing.split("/").slice(0, 2).join("/")}, a kernel filesystem, not a place for files`;
  } catch (e) {
    const code = e.code;
    if (code !== "ENOSYS" && code !== "EOPNOTSUPP") return `which cannot be read (${code ?? getErrorMessage(e)})`;
  }
  try {
    (0, import_node_fs.accessSync)(existing, import_node_fs.constants.W_OK);
  } catch (e) {
    const code = e.code ?? "error";
    return existing === target ? `a folder this user cannot write to (${code})` : `which cannot be created: ${existing} is not writable (${code})`;
  }
  return void 0;
}

export {
  writeFilesAtomically,
  assertWritable
};
