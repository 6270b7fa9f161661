import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  require_semver
} from "./chunk-N5Y5YZAH.js";
import {
  require_stream
} from "./chunk-KXPCIG6P.js";
import {
  require_util
} from "./chunk-Z7OIAV7A.js";
import {
  absentTool,
  exec
} from "./chunk-W2G57EYB.js";
import {
  HttpClient,
  actionsLogger,
  addPath,
  cp,
  debug,
  exec as exec2,
  info,
  isDebug,
  mkdirP,
  require_assert,
  rmRF
} from "./chunk-O36P7VPO.js";
import {
  require_child_process
} from "./chunk-6OIT7D33.js";
import {
  require_crypto
} from "./chunk-TC7UFU3S.js";
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

// node_modules/@actions/tool-cache/lib/tool-cache.js
var crypto = __toESM(require_crypto(), 1);
var fs2 = __toESM(require_fs(), 1);

// node_modules/@actions/tool-cache/lib/manifest.js
var semver = __toESM(require_semver(), 1);
var os = __toESM(require_os(), 1);
var cp2 = __toESM(require_child_process(), 1);
var fs = __toESM(require_fs(), 1);

// node_modules/@actions/tool-cache/lib/tool-cache.js
var os2 = __toESM(require_os(), 1);
var path = __toESM(require_path(), 1);
var semver2 = __toESM(require_semver(), 1);
var stream = __toESM(require_stream(), 1);
var util = __toESM(require_util(), 1);
var import_assert = __toESM(require_assert(), 1);

// node_modules/@actions/tool-cache/lib/retry-helper.js
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var RetryHelper = class {
  constructor(maxAttempts, minSeconds, maxSeconds) {
    if (maxAttempts < 1) {
      throw new Error("max attempts should be greater than or equal to 1");
    }
    this.maxAttempts = maxAttempts;
    this.minSeconds = Math.floor(minSeconds);
    this.maxSeconds = Math.floor(maxSeconds);
    if (this.minSeconds > this.maxSeconds) {
      throw new Error("min seconds should be less than or equal to max seconds");
    }
  }
  execute(action, isRetryable) {
    return __awaiter(this, void 0, void 0, function* () {
      let attempt = 1;
      while (attempt < this.maxAttempts) {
        try {
          return yield action();
        } catch (err) {
          if (isRetryable && !isRetryable(err)) {
            throw err;
          }
          info(err.message);
        }
        const seconds = this.getSleepAmount();
        info(`Waiting ${seconds} seconds before trying again`);
        yield this.sleep(seconds);
        attempt++;
      }
      return yield action();
    });
  }
  getSleepAmount() {
    return Math.floor(Math.random() * (this.maxSeconds - this.minSeconds + 1)) + this.minSeconds;
  }
  sleep(seconds) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve2) => setTimeout(resolve2, seconds * 1e3));
    });
  }
};

// node_modules/@actions/tool-cache/lib/tool-cache.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var HTTPError = class extends Error {
  constructor(httpStatusCode) {
    super(`Unexpected HTTP response: ${httpStatusCode}`);
    this.httpStatusCode = httpStatusCode;
    Object.setPrototypeOf(this, new.target.prototype);
  }
};
var IS_WINDOWS = process.platform === "win32";
var IS_MAC = process.platform === "darwin";
var userAgent = "actions/tool-cache";
function downloadTool(url, dest, auth, headers) {
  return __awaiter2(this, void 0, void 0, function* () {
    dest = dest || path.join(_getTempDirectory(), crypto.randomUUID());
    yield mkdirP(path.dirname(dest));
    debug(`Downloading ${url}`);
    debug(`Destination ${dest}`);
    const maxAttempts = 3;
    const minSeconds = _getGlobal("TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS", 10);
    const maxSeconds = _getGlobal("TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS", 20);
    const retryHelper = new RetryHelper(maxAttempts, minSeconds, maxSeconds);
    return yield retryHelper.execute(() => __awaiter2(this, void 0, void 0, function* () {
      return yield downloadToolAttempt(url, dest || "", auth, headers);
    }), (err) => {
      if (err instanceof HTTPError && err.httpStatusCode) {
        if (err.httpStatusCode < 500 && err.httpStatusCode !== 408 && err.httpStatusCode !== 429) {
          return false;
        }
      }
      return true;
    });
  });
}
function downloadToolAttempt(url, dest, auth, headers) {
  return __awaiter2(this, void 0, void 0, function* () {
    if (fs2.existsSync(dest)) {
      throw new Error(`Destination file path ${dest} already exists`);
    }
    const http = new HttpClient(userAgent, [], {
      allowRetries: false
    });
    if (auth) {
      debug("set auth");
      if (headers === void 0) {
        headers = {};
      }
      headers.authorization = auth;
    }
    const response = yield http.get(url, headers);
    if (response.message.statusCode !== 200) {
      const err = new HTTPError(response.message.statusCode);
      debug(`Failed to download from "${url}". Code(${response.message.statusCode}) Message(${response.message.statusMessage})`);
      throw err;
    }
    const pipeline2 = util.promisify(stream.pipeline);
    const responseMessageFactory = _getGlobal("TEST_DOWNLOAD_TOOL_RESPONSE_MESSAGE_FACTORY", () => response.message);
    const readStream = responseMessageFactory();
    let succeeded = false;
    try {
      yield pipeline2(readStream, fs2.createWriteStream(dest));
      debug("download complete");
      succeeded = true;
      return dest;
    } finally {
      if (!succeeded) {
        debug("download failed");
        try {
          yield rmRF(dest);
        } catch (err) {
          debug(`Failed to delete '${dest}'. ${err.message}`);
        }
      }
    }
  });
}
function extractTar(file_1, dest_1) {
  return __awaiter2(this, arguments, void 0, function* (file, dest, flags = "xz") {
    if (!file) {
      throw new Error("parameter 'file' is required");
    }
    dest = yield _createExtractFolder(dest);
    debug("Checking tar --version");
    let versionOutput = "";
    yield exec2("tar --version", [], {
      ignoreReturnCode: true,
      silent: true,
      listeners: {
        stdout: (data) => versionOutput += data.toString(),
        stderr: (data) => versionOutput += data.toString()
      }
    });
    debug(versionOutput.trim());
    const isGnuTar = versionOutput.toUpperCase().includes("GNU TAR");
    let args;
    if (flags instanceof Array) {
      args = flags;
    } else {
      args = [flags];
    }
    if (isDebug() && !flags.includes("v")) {
      args.push("-v");
    }
    let destArg = dest;
    let fileArg = file;
    if (IS_WINDOWS && isGnuTar) {
      args.push("--force-local");
      destArg = dest.replace(/\\/g, "/");
      fileArg = file.replace(/\\/g, "/");
    }
    if (isGnuTar) {
      args.push("--warning=no-unknown-keyword");
      args.push("--overwrite");
    }
    args.push("-C", destArg, "-f", fileArg);
    yield exec2(`tar`, args);
    return dest;
  });
}
function cacheDir(sourceDir, tool, version, arch2) {
  return __awaiter2(this, void 0, void 0, function* () {
    version = semver2.clean(version) || version;
    arch2 = arch2 || os2.arch();
    debug(`Caching tool ${tool} ${version} ${arch2}`);
    debug(`source dir: ${sourceDir}`);
    if (!fs2.statSync(sourceDir).isDirectory()) {
      throw new Error("sourceDir is not a directory");
    }
    const destPath = yield _createToolPath(tool, version, arch2);
    for (const itemName of fs2.readdirSync(sourceDir)) {
      const s = path.join(sourceDir, itemName);
      yield cp(s, destPath, { recursive: true });
    }
    _completeToolPath(tool, version, arch2);
    return destPath;
  });
}
function cacheFile(sourceFile, targetFile, tool, version, arch2) {
  return __awaiter2(this, void 0, void 0, function* () {
    version = semver2.clean(version) || version;
    arch2 = arch2 || os2.arch();
    debug(`Caching tool ${tool} ${version} ${arch2}`);
    debug(`source file: ${sourceFile}`);
    if (!fs2.statSync(sourceFile).isFile()) {
      throw new Error("sourceFile is not a file");
    }
    const destFolder = yield _createToolPath(tool, version, arch2);
    const destPath = path.join(destFolder, targetFile);
    debug(`destination file ${destPath}`);
    yield cp(sourceFile, destPath);
    _completeToolPath(tool, version, arch2);
    return destFolder;
  });
}
function find(toolName, versionSpec, arch2) {
  if (!toolName) {
    throw new Error("toolName parameter is required");
  }
  if (!versionSpec) {
    throw new Error("versionSpec parameter is required");
  }
  arch2 = arch2 || os2.arch();
  if (!isExplicitVersion(versionSpec)) {
    const localVersions = findAllVersions(toolName, arch2);
    const match = evaluateVersions(localVersions, versionSpec);
    versionSpec = match;
  }
  let toolPath = "";
  if (versionSpec) {
    versionSpec = semver2.clean(versionSpec) || "";
    const cachePath = path.join(_getCacheDirectory(), toolName, versionSpec, arch2);
    debug(`checking cache: ${cachePath}`);
    if (fs2.existsSync(cachePath) && fs2.existsSync(`${cachePath}.complete`)) {
      debug(`Found tool in cache ${toolName} ${versionSpec} ${arch2}`);
      toolPath = cachePath;
    } else {
      debug("not found");
    }
  }
  return toolPath;
}
function findAllVersions(toolName, arch2) {
  const versions = [];
  arch2 = arch2 || os2.arch();
  const toolPath = path.join(_getCacheDirectory(), toolName);
  if (fs2.existsSync(toolPath)) {
    const children = fs2.readdirSync(toolPath);
    for (const child of children) {
      if (isExplicitVersion(child)) {
        const fullPath = path.join(toolPath, child, arch2 || "");
        if (fs2.existsSync(fullPath) && fs2.existsSync(`${fullPath}.complete`)) {
          versions.push(child);
        }
      }
    }
  }
  return versions;
}
function _createExtractFolder(dest) {
  return __awaiter2(this, void 0, void 0, function* () {
    if (!dest) {
      dest = path.join(_getTempDirectory(), crypto.randomUUID());
    }
    yield mkdirP(dest);
    return dest;
  });
}
function _createToolPath(tool, version, arch2) {
  return __awaiter2(this, void 0, void 0, function* () {
    const folderPath = path.join(_getCacheDirectory(), tool, semver2.clean(version) || version, arch2 || "");
    debug(`destination ${folderPath}`);
    const markerPath = `${folderPath}.complete`;
    yield rmRF(folderPath);
    yield rmRF(markerPath);
    yield mkdirP(folderPath);
    return folderPath;
  });
}
function _completeToolPath(tool, version, arch2) {
  const folderPath = path.join(_getCacheDirectory(), tool, semver2.clean(version) || version, arch2 || "");
  const markerPath = `${folderPath}.complete`;
  fs2.writeFileSync(markerPath, "");
  debug("finished caching tool");
}
function isExplicitVersion(versionSpec) {
  const c = semver2.clean(versionSpec) || "";
  debug(`isExplicit: ${c}`);
  const valid2 = semver2.valid(c) != null;
  debug(`explicit? ${valid2}`);
  return valid2;
}
function evaluateVersions(versions, versionSpec) {
  let version = "";
  debug(`evaluating ${versions.length} versions`);
  versions = versions.sort((a, b) => {
    if (semver2.gt(a, b)) {
      return 1;
    }
    return -1;
  });
  for (let i = versions.length - 1; i >= 0; i--) {
    const potential = versions[i];
    const satisfied = semver2.satisfies(potential, versionSpec);
    if (satisfied) {
      version = potential;
      break;
    }
  }
  if (version) {
    debug(`matched: ${version}`);
  } else {
    debug("match not found");
  }
  return version;
}
function _getCacheDirectory() {
  const cacheDirectory = process.env["RUNNER_TOOL_CACHE"] || "";
  (0, import_assert.ok)(cacheDirectory, "Expected RUNNER_TOOL_CACHE to be defined");
  return cacheDirectory;
}
function _getTempDirectory() {
  const tempDirectory = process.env["RUNNER_TEMP"] || "";
  (0, import_assert.ok)(tempDirectory, "Expected RUNNER_TEMP to be defined");
  return tempDirectory;
}
function _getGlobal(key, defaultValue) {
  const value = global[key];
  return value !== void 0 ? value : defaultValue;
}

// src/runtime/tool-install.ts
var import_node_crypto = __toESM(require_crypto(), 1);
var import_node_fs = __toESM(require_fs(), 1);
var import_node_path = __toESM(require_path(), 1);
var ARCH = process.arch === "arm64" ? "arm64" : "amd64";
function recipe(spec) {
  if (spec.name === "helm") {
    const file2 = `helm-${spec.version}-linux-${ARCH}.tar.gz`;
    const url = `${(spec.mirror ?? "https://get.helm.sh").replace(/\/$/, "")}/${file2}`;
    return {
      file: file2,
      url,
      sumUrl: `${url}.sha256sum`,
      archiveDir: `linux-${ARCH}`,
      versionArgs: ["version", "--short"],
      parseVersion: parseHelmVersion,
      cacheVersion: spec.version.replace(/^v/, "")
    };
  }
  if (spec.name === "kind") {
    const file2 = `kind-linux-${ARCH}`;
    const url = `${(spec.mirror ?? `https://github.com/kubernetes-sigs/kind/releases/download/${spec.version}`).replace(/\/$/, "")}/${file2}`;
    return { file: file2, url, sumUrl: `${url}.sha256sum`, versionArgs: ["version"], parseVersion: parseKindVersion, cacheVersion: spec.version.replace(/^v/, "") };
  }
  if (spec.name === "kubectl") {
    const url = `${(spec.mirror ?? `https://dl.k8s.io/release/${spec.version}/bin/linux/${ARCH}`).replace(/\/$/, "")}/kubectl`;
    return {
      file: "kubectl",
      url,
      sumUrl: `${url}.sha256`,
      versionArgs: ["version", "--client", "-o", "json"],
      parseVersion: parseKubectlVersion,
      cacheVersion: spec.version.replace(/^v/, "")
    };
  }
  const file = `linkerd2-cli-${spec.version}-linux-${ARCH}`;
  const base = spec.mirror ? spec.mirror.replace(/\/$/, "") : `https://github.com/linkerd/linkerd2/releases/download/${spec.version}`;
  return {
    file,
    url: `${base}/${file}`,
    sumUrl: `${base}/${file}.sha256`,
    versionArgs: ["version", "--client", "--short"],
    parseVersion: parseLinkerdCliVersion,
    cacheVersion: cacheVersionOf(spec.version)
  };
}
function parseHelmVersion(stdout) {
  return /^(v\d+\.\d+\.\d+)/.exec(stdout.trim())?.[1];
}
function parseKindVersion(stdout) {
  return /\bkind (v\d+\.\d+\.\d+)/.exec(stdout)?.[1];
}
function parseKubectlVersion(stdout) {
  try {
    return JSON.parse(stdout).clientVersion?.gitVersion;
  } catch {
    return void 0;
  }
}
function parseLinkerdCliVersion(stdout) {
  return /^((?:stable|edge|enterprise)-[\d.]+)/.exec(stdout.trim())?.[1];
}
function cacheVersionOf(v) {
  const m = /^(stable|edge|enterprise)-(\d+\.\d+\.\d+)$/.exec(v);
  if (!m) return v;
  return m[1] === "stable" ? m[2] : `${m[2]}-${m[1]}`;
}
async function ensureTool(spec) {
  const r = recipe(spec);
  const onPathFile = whichOnPath(spec.name);
  const fromCache = onPathFile !== void 0 && inToolCache(onPathFile);
  const onPath = fromCache ? void 0 : await exec(spec.name, r.versionArgs, { check: false, log: actionsLogger }).catch(absentTool);
  const have = onPath && onPath.exitCode === 0 ? r.parseVersion(onPath.stdout) : void 0;
  if (have === spec.version) {
    info(`${spec.name} ${have} found on PATH`);
    return spec.name;
  }
  const cached = find(spec.name, r.cacheVersion);
  if (cached) {
    const bin = (0, import_node_path.join)(cached, spec.name);
    await verifyCached(spec, r, cached);
    addPath(cached);
    info(`${spec.name} ${spec.version} from the tool cache (sha256 re-verified)`);
    return bin;
  }
  info(`${spec.name} ${have ? `${have} is on PATH, but` : "is not on PATH;"} installing the pinned ${spec.version}`);
  const download = await downloadTool(r.url);
  const want = spec.sha256 ?? await publishedSha256(r.sumUrl, r.file);
  const got = await sha256File(download);
  if (got !== want) throw new Error(`${r.url}: sha256 ${got} does not match the expected ${want}; refusing to install it`);
  let dir;
  if (r.archiveDir) {
    const extracted = await extractTar(download);
    const bin = (0, import_node_path.join)(extracted, r.archiveDir, spec.name);
    if (!(0, import_node_fs.existsSync)(bin)) throw new Error(`${r.url}: the archive has no ${r.archiveDir}/${spec.name}`);
    (0, import_node_fs.chmodSync)(bin, 493);
    (0, import_node_fs.copyFileSync)(download, (0, import_node_path.join)(extracted, r.archiveDir, r.file));
    dir = await cacheDir((0, import_node_path.join)(extracted, r.archiveDir), spec.name, r.cacheVersion);
  } else {
    (0, import_node_fs.chmodSync)(download, 493);
    dir = await cacheFile(download, spec.name, spec.name, r.cacheVersion);
  }
  remember((0, import_node_path.join)(dir, spec.name));
  addPath(dir);
  info(`installed ${spec.name} ${spec.version} (sha256 ${got.slice(0, 16)}\u2026 verified) to ${dir}`);
  return (0, import_node_path.join)(dir, spec.name);
}
async function verifyCached(spec, r, dir) {
  const bin = (0, import_node_path.join)(dir, spec.name);
  if (!(0, import_node_fs.existsSync)(bin))
    throw new Error(`the tool cache holds ${spec.name} ${spec.version} at ${dir}, but no ${spec.name} in it; refusing it (remove ${dir} and ${dir}.complete)`);
  if (verified.get(bin) === stamp(bin)) return;
  const want = spec.sha256 ?? await publishedSha256(r.sumUrl, r.file);
  const refuse = (what) => new Error(
    `${bin}: the tool cache's ${spec.name} ${spec.version} ${what}; refusing to run it (it may have been planted: remove ${dir} and ${dir}.complete to install it again)`
  );
  if (!r.archiveDir) {
    const got = await sha256File(bin);
    if (got !== want) throw refuse(`has sha256 ${got}, not the pinned ${want}`);
  } else {
    const kept = (0, import_node_path.join)(dir, r.file);
    let archive = kept;
    if (!(0, import_node_fs.existsSync)(kept)) archive = await downloadTool(r.url);
    const gotArchive = await sha256File(archive);
    if (gotArchive !== want) {
      if (archive === kept) throw refuse(`comes with an archive ${r.file} of sha256 ${gotArchive}, not the pinned ${want}`);
      throw new Error(`${r.url}: sha256 ${gotArchive} does not match the expected ${want}; cannot verify the cached ${bin}`);
    }
    const extracted = await extractTar(archive);
    try {
      const original = (0, import_node_path.join)(extracted, r.archiveDir, spec.name);
      if (!(0, import_node_fs.existsSync)(original)) throw new Error(`${r.url}: the archive has no ${r.archiveDir}/${spec.name}`);
      const [got, expected] = await Promise.all([sha256File(bin), sha256File(original)]);
      if (got !== expected) throw refuse(`has sha256 ${got}, not that of the ${spec.name} in the pinned archive (${expected})`);
    } finally {
      (0, import_node_fs.rmSync)(extracted, { recursive: true, force: true });
    }
  }
  remember(bin);
}
var verified = /* @__PURE__ */ new Map();
function stamp(path2) {
  const st = (0, import_node_fs.statSync)(path2);
  return `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}:${st.mode}`;
}
function remember(path2) {
  verified.set(path2, stamp(path2));
}
function whichOnPath(name) {
  for (const d of (process.env["PATH"] ?? "").split(import_node_path.delimiter)) {
    if (!d) continue;
    const p = (0, import_node_path.join)(d, name);
    try {
      (0, import_node_fs.accessSync)(p, import_node_fs.constants.X_OK);
      if ((0, import_node_fs.statSync)(p).isFile()) return p;
    } catch {
    }
  }
  return void 0;
}
function inToolCache(file) {
  const root = process.env["RUNNER_TOOL_CACHE"];
  if (!root || !(0, import_node_fs.existsSync)(root)) return false;
  const real = (p) => {
    try {
      return (0, import_node_fs.realpathSync)(p);
    } catch {
      return (0, import_node_path.resolve)(p);
    }
  };
  const back = (0, import_node_path.relative)(real(root), real(file));
  return !!back && !back.startsWith("..") && !(0, import_node_path.isAbsolute)(back);
}
async function publishedSha256(url, file) {
  const path2 = await downloadTool(url);
  const text = await new Promise((resolve2, reject) => {
    const chunks = [];
    (0, import_node_fs.createReadStream)(path2).on("data", (c) => chunks.push(c)).on("end", () => resolve2(Buffer.concat(chunks).toString())).on("error", reject);
  });
  const line = text.split("\n").find((l) => l.includes(file)) ?? text.split("\n")[0] ?? "";
  const hex = /^([0-9a-f]{64})\b/.exec(line.trim())?.[1];
  if (!hex) throw new Error(`${url}: no sha256 for ${file}`);
  return hex;
}
function sha256File(path2) {
  return new Promise((resolve2, reject) => {
    const h = (0, import_node_crypto.createHash)("sha256");
    (0, import_node_fs.createReadStream)(path2).on("data", (c) => h.update(c)).on("end", () => resolve2(h.digest("hex"))).on("error", reject);
  });
}

export {
  downloadTool,
  cacheFile,
  find,
  parseHelmVersion,
  parseKindVersion,
  parseKubectlVersion,
  parseLinkerdCliVersion,
  ensureTool,
  sha256File
};
