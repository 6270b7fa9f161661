import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  ConfigurationError
} from "./chunk-HPEVLKEG.js";

// src/lib/files.ts
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync, chmodSync } from "node:fs";
import { join, resolve } from "node:path";
function writeFilesAtomically(dir, files, opts) {
  const target = resolve(dir);
  assertWritable(dir, files.map((f) => f.name), opts);
  const created = !existsSync(target);
  mkdirSync(target, { recursive: true });
  const staging = mkdtempSync(join(target, ".meshci-staging-"));
  try {
    for (const f of files) {
      const p = join(staging, f.name);
      writeFileSync(p, f.content, { mode: f.mode });
      chmodSync(p, f.mode);
    }
    const out = [];
    for (const f of files) {
      renameSync(join(staging, f.name), join(target, f.name));
      out.push(join(target, f.name));
    }
    return out;
  } catch (e) {
    if (created) rmSync(target, { recursive: true, force: true });
    throw e;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
function assertWritable(dir, names, opts) {
  const target = resolve(dir);
  const clash = names.filter((n) => existsSync(join(target, n)));
  if (clash.length > 0 && !opts.overwrite) {
    throw new ConfigurationError(`Input '${opts.input}' folder '${dir}' already holds ${clash.join(", ")}; set 'overwrite: true' to replace them`);
  }
}

export {
  writeFilesAtomically,
  assertWritable
};
