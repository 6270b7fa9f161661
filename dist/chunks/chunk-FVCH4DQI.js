import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  require_fs,
  require_path
} from "./chunk-LRYOYDRT.js";
import {
  ConfigurationError
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
function assertWritable(dir, names, opts) {
  const target = (0, import_node_path.resolve)(dir);
  const clash = names.filter((n) => (0, import_node_fs.existsSync)((0, import_node_path.join)(target, n)));
  if (clash.length > 0 && !opts.overwrite) {
    throw new ConfigurationError(`Input '${opts.input}' folder '${dir}' already holds ${clash.join(", ")}; set 'overwrite: true' to replace them`);
  }
}

export {
  writeFilesAtomically,
  assertWritable
};
