import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  NAME
} from "./chunk-FTMT34VG.js";
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

// src/env/record.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_node_path = __toESM(require_path(), 1);
var GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var RESOURCE_GROUP = /^[-\w._()]{0,89}[-\w_()]$/;
var CONTAINER = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$/;
function validateRecord(where, v) {
  const bad = (what) => {
    throw new ConfigurationError(`${where} is not a meshci environment record: ${what}`);
  };
  if (!v || typeof v !== "object" || Array.isArray(v)) bad("expected a JSON object");
  const o = v;
  const str = (k, re, optional = false) => {
    const x = o[k];
    if (x === void 0 && optional) return void 0;
    if (typeof x !== "string" || !re.test(x)) bad(`'${k}' ${x === void 0 ? "is missing" : `has invalid value ${JSON.stringify(x)}`}`);
    return x;
  };
  const name = str("name", NAME);
  if (o["provider"] === "aks") {
    const acr = str("acr", /^[a-zA-Z0-9]{5,50}$/, true);
    return {
      provider: "aks",
      name,
      subscription: str("subscription", GUID),
      repository: str("repository", /^[\w.-]+\/[\w.-]+$/),
      resourceGroup: str("resourceGroup", RESOURCE_GROUP),
      cluster: str("cluster", /^[a-zA-Z0-9][a-zA-Z0-9_-]{0,62}$/),
      ...acr ? { acr } : {}
    };
  }
  if (o["provider"] === "kind") {
    const r = o["registry"];
    if (!r || typeof r !== "object") bad("'registry' is missing");
    const reg = r;
    if (typeof reg["container"] !== "string" || !CONTAINER.test(reg["container"])) bad("'registry.container' is not a container name");
    if (!Number.isInteger(reg["port"]) || reg["port"] < 1 || reg["port"] > 65535) bad("'registry.port' is not a port");
    if (typeof reg["created"] !== "boolean") bad("'registry.created' is not true or false");
    return {
      provider: "kind",
      name,
      cluster: str("cluster", CONTAINER),
      registry: { container: reg["container"], port: reg["port"], created: reg["created"] }
    };
  }
  return bad(`'provider' is ${o["provider"] === void 0 ? "missing" : JSON.stringify(o["provider"])}, not aks or kind`);
}
function readRecordFile(path) {
  if (!(0, import_node_fs.existsSync)(path)) return void 0;
  let parsed;
  try {
    parsed = JSON.parse((0, import_node_fs.readFileSync)(path, "utf8"));
  } catch (e) {
    throw new ConfigurationError(`${path} is not a meshci environment record: ${getErrorMessage(e)}`);
  }
  return validateRecord(path, parsed);
}
function registryCreatedBefore(path, rec) {
  let before;
  try {
    before = readRecordFile(path);
  } catch (e) {
    if (e instanceof ConfigurationError) return false;
    throw e;
  }
  return before?.provider === "kind" && before.name === rec.name && before.cluster === rec.cluster && before.registry.container === rec.registry.container && before.registry.created;
}
function writeRecord(path, rec) {
  (0, import_node_fs.mkdirSync)((0, import_node_path.dirname)(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  (0, import_node_fs.writeFileSync)(tmp, `${JSON.stringify(rec, null, 2)}
`, { mode: 384 });
  (0, import_node_fs.renameSync)(tmp, path);
}
function parseRecordInput(input, value) {
  const text = value.trim();
  if (text.startsWith("{")) {
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      throw new ConfigurationError(`Input '${input}' is not valid JSON: ${getErrorMessage(e)}`);
    }
    return validateRecord(`Input '${input}'`, parsed);
  }
  if (!(0, import_node_fs.existsSync)(text))
    throw new ConfigurationError(
      `Input '${input}' names '${text}', which does not exist: give the record file provision wrote (its output 'record') or the record's JSON`
    );
  const rec = readRecordFile(text);
  if (!rec) throw new ConfigurationError(`Input '${input}' names '${text}', which does not exist`);
  return rec;
}
function describeRecord(rec) {
  if (rec.provider === "aks")
    return `resource group ${rec.resourceGroup} (AKS ${rec.cluster}${rec.acr ? `, ACR ${rec.acr}` : ""}) in subscription ${rec.subscription}`;
  return `kind cluster ${rec.cluster} and ${rec.registry.created ? `registry container ${rec.registry.container} (started by meshci)` : `no registry container (${rec.registry.container} was not started by meshci)`}`;
}

export {
  validateRecord,
  readRecordFile,
  registryCreatedBefore,
  writeRecord,
  parseRecordInput,
  describeRecord
};
