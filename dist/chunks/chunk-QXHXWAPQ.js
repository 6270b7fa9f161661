import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  ConfigurationError
} from "./chunk-HPEVLKEG.js";

// src/oci/reference.ts
var COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var TAG = /^[\w][\w.-]{0,127}$/;
var DIGEST = /^sha256:[a-f0-9]{64}$/;
function parseReference(input, where = "input 'images'") {
  const text = input.trim();
  const bad = (why) => new ConfigurationError(`${where}: '${input}' is not a valid image reference: ${why}`);
  if (!text) throw bad("it is empty");
  let rest = text;
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw bad(`digest '${digest}' is not sha256:<64 hex>`);
  }
  let tag;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw bad(`tag '${tag}' has characters a tag cannot have`);
  }
  const parts = rest.split("/");
  let registry = "docker.io";
  const first = parts[0] ?? "";
  if (parts.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost")) {
    registry = first;
    parts.shift();
  }
  if (registry === "index.docker.io" || registry === "registry-1.docker.io") registry = "docker.io";
  if (registry === "docker.io" && parts.length === 1) parts.unshift("library");
  if (parts.length === 0 || parts.some((p) => !COMPONENT.test(p))) {
    throw bad("repository path components must be lowercase letters, digits and separators (., _, __, -)");
  }
  if (!tag && !digest) tag = "latest";
  return { registry, repository: parts.join("/"), tag, digest };
}
function validateImageInput(name, value, example) {
  try {
    parseReference(value, `Input '${name}'`);
  } catch {
    throw new ConfigurationError(`Input '${name}' has invalid value '${value}': expected an image reference like ${example}`);
  }
  return value;
}
function formatReference(r) {
  return `${r.registry}/${r.repository}${r.tag ? `:${r.tag}` : ""}${r.digest ? `@${r.digest}` : ""}`;
}
function apiHost(registry) {
  return registry === "docker.io" ? "registry-1.docker.io" : registry;
}
function parseDestination(input) {
  const t = input.trim().replace(/\/+$/, "");
  const [host, ...path] = t.split("/");
  if (!host || !(host.includes(".") || host.includes(":") || host === "localhost")) {
    throw new ConfigurationError(
      `Input 'destination' has invalid value '${input}': expected a registry host with an optional path, e.g. myacr.azurecr.io/mirror`
    );
  }
  if (path.some((p) => !COMPONENT.test(p))) {
    throw new ConfigurationError(`Input 'destination' has invalid value '${input}': path components must be lowercase letters, digits and separators`);
  }
  return { registry: host, prefix: path.join("/") };
}
function destinationFor(src, dest, mapping) {
  const mapped = mapping?.[`${src.registry}/${src.repository}`] ?? mapping?.[src.repository];
  const repository = mapped ?? (dest.prefix ? `${dest.prefix}/${src.repository}` : src.repository);
  return { registry: dest.registry, repository, tag: src.tag, digest: src.tag ? void 0 : src.digest };
}

export {
  parseReference,
  validateImageInput,
  formatReference,
  apiHost,
  parseDestination,
  destinationFor
};
