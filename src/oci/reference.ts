import { ConfigurationError } from '../lib/errors.js';

/**
 * Image references as the distribution reference grammar defines them: [host[:port]/]path[:tag][@digest].
 * A first component with a `.` or `:`, or `localhost`, is a registry host; otherwise the image is on
 * Docker Hub (`docker.io`, with `library/` for single-component names).
 */
export interface ImageRef {
  registry: string;
  repository: string;
  tag?: string;
  digest?: string;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

export function parseReference(input: string, where = "input 'images'"): ImageRef {
  const text = input.trim();
  const bad = (why: string) => new ConfigurationError(`${where}: '${input}' is not a valid image reference: ${why}`);
  if (!text) throw bad('it is empty');
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw bad(`digest '${digest}' is not sha256:<64 hex>`);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw bad(`tag '${tag}' has characters a tag cannot have`);
  }
  const parts = rest.split('/');
  let registry = 'docker.io';
  const first = parts[0] ?? '';
  if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost')) {
    registry = first;
    parts.shift();
  }
  if (registry === 'index.docker.io' || registry === 'registry-1.docker.io') registry = 'docker.io';
  if (registry === 'docker.io' && parts.length === 1) parts.unshift('library');
  if (parts.length === 0 || parts.some((p) => !COMPONENT.test(p))) {
    throw bad('repository path components must be lowercase letters, digits and separators (., _, __, -)');
  }
  if (!tag && !digest) tag = 'latest';
  return { registry, repository: parts.join('/'), tag, digest };
}

/** An image input (probe images, kind node image): valid for parseReference, else the input's own error. */
export function validateImageInput(name: string, value: string, example: string): string {
  try {
    parseReference(value, `Input '${name}'`);
  } catch {
    throw new ConfigurationError(`Input '${name}' has invalid value '${value}': expected an image reference like ${example}`);
  }
  return value;
}

export function formatReference(r: ImageRef): string {
  return `${r.registry}/${r.repository}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}

/** The host an API request goes to (Docker Hub's API lives on registry-1.docker.io). */
export function apiHost(registry: string): string {
  return registry === 'docker.io' ? 'registry-1.docker.io' : registry;
}

/**
 * Destination `host[/prefix]`: the repository path is kept below the prefix.
 * `myacr.azurecr.io/mirror` + `cr.l5d.io/linkerd/proxy:v1` → `myacr.azurecr.io/mirror/linkerd/proxy:v1`.
 */
export function parseDestination(input: string): { registry: string; prefix: string } {
  const t = input.trim().replace(/\/+$/, '');
  const [host, ...path] = t.split('/');
  if (!host || !(host.includes('.') || host.includes(':') || host === 'localhost')) {
    throw new ConfigurationError(
      `Input 'destination' has invalid value '${input}': expected a registry host with an optional path, e.g. myacr.azurecr.io/mirror`,
    );
  }
  if (path.some((p) => !COMPONENT.test(p))) {
    throw new ConfigurationError(`Input 'destination' has invalid value '${input}': path components must be lowercase letters, digits and separators`);
  }
  return { registry: host, prefix: path.join('/') };
}

export function destinationFor(src: ImageRef, dest: { registry: string; prefix: string }, mapping?: Record<string, string>): ImageRef {
  const mapped = mapping?.[`${src.registry}/${src.repository}`] ?? mapping?.[src.repository];
  const repository = mapped ?? (dest.prefix ? `${dest.prefix}/${src.repository}` : src.repository);
  return { registry: dest.registry, repository, tag: src.tag, digest: src.tag ? undefined : src.digest };
}
