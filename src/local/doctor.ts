import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { docsLink } from '../lib/docs.js';
import { holdsText } from './args.js';
import { setMasker } from '../lib/logger.js';
import { readRecordFile } from '../env/record.js';
import { kindClusterName } from '../env/spec.js';
import { recordPath } from './pipeline.js';
import { ConfigurationError, getErrorMessage } from '../lib/errors.js';

/**
 * `meshci doctor`: what a local run needs, each checked for real, each failure with its fix.
 * Required for the chosen provider: ✗ fails the command (exit 1). Tools meshci downloads itself
 * when a step needs them (kind, kubectl, helm, pinned versions) are reported, never required.
 */
export interface Finding {
  name: string;
  status: 'ok' | 'missing' | 'fail' | 'info';
  detail: string;
  fix?: string;
}

const TIMEOUT_MS = 10_000;

/**
 * A probe of a tool on the user's terminal: synchronous, bounded, telling "not on PATH" (ENOENT) from
 * "failed". Not src/lib/exec.ts: that wrapper is for action steps (it logs through @actions/core,
 * whose workflow commands would reach the terminal) and raises on failure where doctor only reports.
 */
function run(cmd: string, args: string[]): { ok: boolean; out: string; missing: boolean } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: TIMEOUT_MS, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error)
    return {
      ok: false,
      out: (r.error as NodeJS.ErrnoException).code === 'ENOENT' ? '' : r.error.message,
      missing: (r.error as NodeJS.ErrnoException).code === 'ENOENT',
    };
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}`.trim(), missing: false };
}

function firstLine(s: string): string {
  return (
    s
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? ''
  );
}

export async function checks(opts: { provider: string; kubeconfig?: string }): Promise<Finding[]> {
  const out: Finding[] = [];
  const needDocker = opts.provider === 'kind';
  const needAzure = opts.provider === 'aks';

  const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
  out.push(
    major > 20 || (major === 20 && minor >= 19)
      ? { name: 'node', status: 'ok', detail: process.version }
      : {
          name: 'node',
          status: 'fail',
          detail: `${process.version}; meshci needs Node.js >= 20.19`,
          fix: 'install Node.js 20.19 or later (24 is what GitHub runs the actions on)',
        },
  );

  const docker = run('docker', ['info', '--format', '{{.ServerVersion}}']);
  if (docker.ok) out.push({ name: 'docker', status: 'ok', detail: `engine ${firstLine(docker.out)}` });
  else {
    out.push({
      name: 'docker',
      status: needDocker ? 'fail' : 'info',
      detail: docker.missing ? 'not on PATH' : `no engine answers: ${firstLine(docker.out)}`,
      fix: docker.missing
        ? 'install Docker (the kind provider runs the cluster in it)'
        : 'start the Docker engine (e.g. systemctl start docker, or Docker Desktop)',
    });
  }

  for (const [tool, args, pick] of [
    ['kind', ['version'], (s: string) => firstLine(s)],
    ['kubectl', ['version', '--client', '-o', 'json'], (s: string) => /"gitVersion":\s*"([^"]+)"/.exec(s)?.[1] ?? firstLine(s)],
    ['helm', ['version', '--short'], (s: string) => firstLine(s)],
  ] as const) {
    const r = run(tool, [...args]);
    out.push(
      r.ok
        ? { name: tool, status: 'ok', detail: pick(r.out) }
        : { name: tool, status: 'info', detail: r.missing ? 'not on PATH: meshci downloads its pinned version when a step needs it' : firstLine(r.out) },
    );
  }

  const kubeconfig = opts.kubeconfig ?? process.env['KUBECONFIG']?.split(':')[0] ?? join(homedir(), '.kube', 'config');
  // where it came from, in the words of a terminal: the flag, the variable or the default file
  const source = opts.kubeconfig !== undefined ? '--kubeconfig' : process.env['KUBECONFIG'] ? 'KUBECONFIG' : 'the default kubeconfig';
  const inWords = (m: string) => m.replace(/\b[Ii]nput 'kubeconfig'/g, source);
  if (holdsText(kubeconfig)) {
    out.push({
      name: 'cluster',
      status: 'fail',
      detail: `${source} holds text, not the path of a kubeconfig file (the value is not shown: it may hold credentials)`,
      fix: 'save the kubeconfig to a file and pass its path',
    });
  } else if (!existsSync(kubeconfig)) {
    out.push({
      name: 'cluster',
      status: opts.provider === 'existing' ? 'fail' : 'info',
      detail: `no kubeconfig at ${kubeconfig}`,
      fix: 'meshci up creates one; for an existing cluster pass --kubeconfig <path>',
    });
  } else {
    try {
      // loaded only here: the Kubernetes client is 4 MB of JavaScript no other check needs
      const { Cluster } = await import('../k8s/cluster.js');
      // nothing here prints a credential; no add-mask command on a terminal either
      setMasker(() => undefined);
      const c = Cluster.connect({ kubeconfig, input: 'kubeconfig' });
      const v = await c.serverVersion(TIMEOUT_MS);
      out.push({ name: 'cluster', status: 'ok', detail: `${c.server} answers, Kubernetes ${v.gitVersion} (${kubeconfig})` });
    } catch (e) {
      out.push({
        name: 'cluster',
        status: opts.provider === 'existing' ? 'fail' : 'info',
        detail: inWords(getErrorMessage(e)),
        // a file that does not load is the file's problem; anything else is on the way to the server
        fix:
          e instanceof ConfigurationError
            ? `correct that kubeconfig (kubectl config view reads it), or point ${source === '--kubeconfig' ? '--kubeconfig' : '--kubeconfig or KUBECONFIG'} at another`
            : "check the kubeconfig's current context, the network path to the API server and the credentials (kubectl get --raw /version)",
      });
    }
  }

  out.push(...azureChecks(needAzure));
  return out;
}

/**
 * What provision would sign in to Azure with: the sources of src/azure/credential.ts, in its order,
 * found the way it finds them (environment variables; an Azure CLI session through `az account
 * show`). It does not sign in — a source that is present may still be refused by Azure — and it
 * says which source it found. Plus the subscription provision needs (AZURE_SUBSCRIPTION_ID, or
 * provision's --subscription-id).
 */
export function azureChecks(required: boolean, env: NodeJS.ProcessEnv = process.env): Finding[] {
  const status: Finding['status'] = required ? 'fail' : 'info';
  const client = env['AZURE_CLIENT_ID'];
  const tenant = env['AZURE_TENANT_ID'];
  const sources: string[] = [];
  if (client && tenant && env['ACTIONS_ID_TOKEN_REQUEST_URL']) sources.push('GitHub OIDC (AZURE_CLIENT_ID, AZURE_TENANT_ID, a job with id-token: write)');
  if (client && tenant && env['AZURE_FEDERATED_TOKEN_FILE']) {
    sources.push(
      existsSync(env['AZURE_FEDERATED_TOKEN_FILE'])
        ? `a federated token file (${env['AZURE_FEDERATED_TOKEN_FILE']})`
        : `a federated token file that does not exist (${env['AZURE_FEDERATED_TOKEN_FILE']})`,
    );
  }
  if (client && tenant && env['AZURE_CLIENT_SECRET']) sources.push('a service principal (AZURE_CLIENT_ID, AZURE_TENANT_ID, AZURE_CLIENT_SECRET)');
  else if (client && tenant && env['AZURE_CLIENT_CERTIFICATE_PATH'])
    sources.push('a service principal (AZURE_CLIENT_ID, AZURE_TENANT_ID, AZURE_CLIENT_CERTIFICATE_PATH)');
  if (env['IDENTITY_ENDPOINT'] || env['MSI_ENDPOINT'] || env['MESHCI_AZURE_MANAGED_IDENTITY'] === 'true') sources.push('a managed identity');
  const az = run('az', ['account', 'show', '--query', '{user:user.name,subscription:name,id:id}', '-o', 'tsv']);
  const azLine = az.ok ? firstLine(az.out).split('\t') : [];
  if (az.ok) sources.push(`an Azure CLI session (${azLine.slice(0, 2).join(', ')})`);
  const out: Finding[] = [];
  if (sources.length)
    out.push({
      name: 'azure',
      status: 'ok',
      detail: `credential: ${sources[0]}${sources.length > 1 ? ` (then ${sources.slice(1).join('; ')})` : ''}; not signed in by doctor`,
    });
  else {
    out.push({
      name: 'azure',
      status,
      detail: `no credential provision can use: none of AZURE_CLIENT_ID + AZURE_TENANT_ID with AZURE_CLIENT_SECRET, AZURE_CLIENT_CERTIFICATE_PATH or AZURE_FEDERATED_TOKEN_FILE; no managed identity; ${az.missing ? 'no Azure CLI (az) for a session' : 'no Azure CLI session (az account show failed)'}`,
      fix: `a service principal in AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET, or az login; on GitHub, OIDC (${docsLink('azure-setup.md')})`,
    });
  }
  const sub = env['AZURE_SUBSCRIPTION_ID'] ?? (az.ok ? azLine[2] : undefined);
  if (!sub && !required) return out;
  out.push(
    sub
      ? {
          name: 'subscription',
          status: 'ok',
          detail: `${sub}${env['AZURE_SUBSCRIPTION_ID'] ? ' (AZURE_SUBSCRIPTION_ID)' : " (the Azure CLI's default; provision reads AZURE_SUBSCRIPTION_ID or --subscription-id)"}`,
        }
      : {
          name: 'subscription',
          status,
          detail: 'AZURE_SUBSCRIPTION_ID is not set',
          fix: 'export AZURE_SUBSCRIPTION_ID=<id>, or give meshci up --subscription-id <id>',
        },
  );
  return out;
}

const ICON: Record<Finding['status'], string> = { ok: '✓', missing: '✗', fail: '✗', info: '–' };

/** Runs the checks and prints them; false when something the provider needs is missing. */
export async function doctor(inputs: Record<string, string>, write: (text: string) => void): Promise<boolean> {
  const provider = inputs['provider'] ?? 'kind';
  const found = await checks({ provider, kubeconfig: inputs['kubeconfig'] });
  write(`meshci doctor (provider ${provider})\n`);
  for (const f of found) {
    write(`${ICON[f.status]} ${f.name.padEnd(8)} ${f.detail}\n`);
    if (f.fix && f.status !== 'ok') write(`  ${' '.repeat(8)} fix: ${f.fix}\n`);
  }
  const bad = found.filter((f) => f.status === 'fail' || f.status === 'missing');
  write(bad.length ? `\n${bad.length} problem(s) for provider ${provider}: ${bad.map((f) => f.name).join(', ')}\n` : `\nready for provider ${provider}\n`);
  return bad.length === 0;
}

/** A `docker` call for `nothingToRemove`: its output, or why it could not answer. */
export type DockerProbe = (args: string[]) => { ok: boolean; out: string; missing: boolean };
const dockerProbe: DockerProbe = (args) => run('docker', args);

/**
 * Before `meshci down` starts the teardown (which downloads kind, or signs in to Azure): is there
 * anything to remove at all? The reason there is nothing, or undefined when the teardown must run
 * — a record exists, the provider is aks (only Azure can say), or Docker holds a container of the
 * kind cluster (kind labels its node containers `io.x-k8s.kind.cluster=<cluster>`: kind,
 * pkg/cluster/internal/providers/docker/constants.go) or, with `removeRegistry`, the registry.
 * The same order as `up`: the record first, then Docker.
 */
export function nothingToRemove(
  o: { name: string; provider: 'kind' | 'aks'; removeRegistry: boolean; dir: string },
  docker: DockerProbe = dockerProbe,
): string | undefined {
  const file = recordPath(o.dir);
  if (readRecordFile(file)) return undefined;
  if (o.provider !== 'kind') return undefined;
  const cluster = kindClusterName(o.name);
  const none = `no environment recorded in ${file}`;
  const info = docker(['info', '--format', '{{.ServerVersion}}']);
  if (info.missing) return `${none}, and Docker is not installed, so there is no kind cluster ${cluster}`;
  if (!info.ok)
    return `${none}, and no Docker engine answers (${info.out.split('\n').pop() ?? ''}), so no kind cluster ${cluster} is running; start Docker and run it again to remove one an older meshci left`;
  const nodes = docker(['ps', '-a', '--filter', `label=io.x-k8s.kind.cluster=${cluster}`, '--format', '{{.Names}}']);
  if (!nodes.ok || nodes.out.trim()) return undefined;
  if (o.removeRegistry && docker(['inspect', '--format', '{{.Name}}', 'kind-registry']).ok) return undefined;
  return `${none}, and Docker has no kind cluster ${cluster}${o.removeRegistry ? ' and no registry container kind-registry' : ''}`;
}
