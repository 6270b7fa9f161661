import { createHash } from 'node:crypto';
import { ConfigurationError } from '../lib/errors.js';
import { parseDuration } from '../lib/duration.js';
import { escapeHtml } from '../lib/html.js';
import { nearest } from '../lib/suggest.js';
import regions from '../data/azure-regions.json' with { type: 'json' };

/**
 * What an environment is called and how it is tagged, and the checks every input gets before any
 * Azure call. Names are derived so two repositories' `pr-7` never collide in one subscription, and
 * so the ACR name (globally unique, 5–50 alphanumerics) is stable for the same environment.
 */
export const TAG_ENV = 'meshci-env';
export const TAG_REPOSITORY = 'meshci-repository';
export const TAG_PR = 'meshci-pr';
export const TAG_OWNER = 'meshci-owner';
export const TAG_EXPIRES = 'expires-at';

export const NAME = /^[a-z0-9]([a-z0-9-]{0,28}[a-z0-9])?$/;

export function validateName(input: string, v: string): string {
  if (!NAME.test(v))
    throw new ConfigurationError(
      `Input '${input}' has invalid value '${v}': expected 1–30 lowercase letters, digits and dashes, starting and ending with a letter or digit (e.g. pr-42)`,
    );
  return v;
}

/** The default environment name: pr-<number> for a pull request, else run-<run id>. */
export function defaultName(pr: number | undefined, runId: string | undefined): string {
  if (pr) return `pr-${pr}`;
  return `run-${runId ?? Date.now().toString(36)}`;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

export interface Names {
  env: string;
  resourceGroup: string;
  cluster: string;
  dnsPrefix: string;
  acr: string;
}

/**
 * Names of an environment's Azure resources. The resource group carries the owner too
 * (`meshci-<owner>-<repo>-<env>`): org1/app and org2/app both have a pr-7, in different groups.
 */
export function namesFor(env: string, repository: string, subscription: string, resourceGroup?: string): Names {
  const repo = slug(repository) || 'repo';
  const rg = resourceGroup ?? `meshci-${repo}-${env}`.slice(0, 90);
  const hash = createHash('sha256').update(`${subscription}/${rg}`).digest('hex');
  return {
    env,
    resourceGroup: rg,
    cluster: `aks-${env}`.slice(0, 63),
    dnsPrefix: `${`${repo}-${env}`.slice(0, 45).replace(/-+$/, '')}-${hash.slice(0, 6)}`,
    acr: `meshci${(repo + env).replace(/[^a-z0-9]/g, '').slice(0, 32)}${hash.slice(0, 8)}`,
  };
}

/** An Azure resource group name: 1–90 letters, digits, '-', '_', '.', '(', ')', not ending in '.'. */
export function validateResourceGroup(input: string, v: string | undefined): string | undefined {
  if (v !== undefined && !/^[-\w._()]{0,89}[-\w_()]$/.test(v))
    throw new ConfigurationError(`Input '${input}' has invalid value '${v}': 1–90 letters, digits, '-', '_', '.', '(', ')', not ending in '.'`);
  return v;
}

/** The subscription for provider aks: the input, else AZURE_SUBSCRIPTION_ID; a GUID. */
export function validateSubscription(input: string, given: string | undefined, provider: string): string | undefined {
  const v = given ?? process.env['AZURE_SUBSCRIPTION_ID'];
  if (provider !== 'aks') return v;
  if (!v) throw new ConfigurationError(`Input '${input}' is required for provider aks (or set AZURE_SUBSCRIPTION_ID)`);
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v))
    throw new ConfigurationError(`Input '${input}' has invalid value '${v}': expected a GUID`);
  return v;
}

/** The kind cluster of an environment (provision and teardown agree on it). */
export function kindClusterName(env: string): string {
  return `meshci-${env}`.slice(0, 40);
}

export function validateRegion(input: string, v: string): string {
  const r = v.toLowerCase().replace(/\s+/g, '');
  if (regions.regions.includes(r)) return r;
  const near = nearest(r, regions.regions, 3);
  throw new ConfigurationError(
    `Input '${input}' has invalid value '${v}': not an Azure region that hosts AKS; did you mean ${near.join(', ')}? (list: az account list-locations -o table)`,
  );
}

export function validateVmSize(input: string, v: string): string {
  if (!/^Standard_[A-Z][A-Za-z0-9]*(_[A-Za-z0-9]+)*$/.test(v)) {
    throw new ConfigurationError(
      `Input '${input}' has invalid value '${v}': expected an Azure VM size such as Standard_D4s_v5 or Standard_B4ms (az vm list-sizes -l <region>)`,
    );
  }
  return v;
}

export function validateKubernetesVersion(input: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (!/^1\.\d{1,2}(\.\d{1,3})?$/.test(v))
    throw new ConfigurationError(
      `Input '${input}' has invalid value '${v}': expected 1.<minor> or 1.<minor>.<patch>, e.g. 1.31 (az aks get-versions -l <region>)`,
    );
  return v;
}

/** TTL → the instant the environment expires. 15 minutes to 30 days. */
export function expiresAt(input: string, ttl: string, now: Date): Date {
  const ms = parseDuration(input, ttl, { min: 15 * 60_000, max: 30 * 86_400_000 });
  return new Date(now.getTime() + ms);
}

export function tagsFor(o: { env: string; repository: string; pr?: number; owner?: string; expiresAt: Date }): Record<string, string> {
  return {
    [TAG_ENV]: o.env,
    [TAG_REPOSITORY]: o.repository,
    ...(o.pr ? { [TAG_PR]: String(o.pr) } : {}),
    ...(o.owner ? { [TAG_OWNER]: o.owner } : {}),
    [TAG_EXPIRES]: o.expiresAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}

/** A resource group's expiry from its tag; undefined when absent or unreadable (never reaped). */
export function expiryOf(tags: Record<string, string> | undefined): Date | undefined {
  const v = tags?.[TAG_EXPIRES];
  if (!v) return undefined;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** The sticky PR comment of an environment: provision writes it, teardown marks it deleted. */
export function environmentComment(o: { env: string; provider: string; lines: [string, string][]; connect?: string; expiresAt?: string }): string {
  const rows = o.lines.map(([k, v]) => `<tr><td>${escapeHtml(k)}</td><td>${escapeHtml(v)}</td></tr>`).join('');
  return [
    `<h3>🟢 meshci environment <code>${escapeHtml(o.env)}</code> is up (${escapeHtml(o.provider)})</h3>`,
    `<table>${rows}</table>`,
    o.connect ? `<p>Connect: <code>${escapeHtml(o.connect)}</code></p>` : '',
    `<p>Deleted when the pull request closes${o.expiresAt ? `, or by the reaper after ${escapeHtml(o.expiresAt)} (every push extends it)` : ''}.</p>`,
  ]
    .filter(Boolean)
    .join('\n');
}

export function deletedComment(env: string, what: string, at: Date): string {
  return `<h3>⚪ meshci environment <code>${escapeHtml(env)}</code> was deleted</h3>\n<p>${escapeHtml(what)} at ${at.toISOString().replace(/\.\d{3}Z$/, 'Z')}.</p>`;
}
