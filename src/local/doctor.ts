import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { setMasker } from '../lib/logger.js';
import { getErrorMessage } from '../lib/errors.js';

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
  if (r.error) return { ok: false, out: (r.error as NodeJS.ErrnoException).code === 'ENOENT' ? '' : r.error.message, missing: (r.error as NodeJS.ErrnoException).code === 'ENOENT' };
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}`.trim(), missing: false };
}

function firstLine(s: string): string {
  return s.split('\n').find((l) => l.trim())?.trim() ?? '';
}

export async function checks(opts: { provider: string; kubeconfig?: string }): Promise<Finding[]> {
  const out: Finding[] = [];
  const needDocker = opts.provider === 'kind';
  const needAzure = opts.provider === 'aks';

  const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
  out.push(major > 20 || (major === 20 && minor >= 19)
    ? { name: 'node', status: 'ok', detail: process.version }
    : { name: 'node', status: 'fail', detail: `${process.version}; meshci needs Node.js >= 20.19`, fix: 'install Node.js 20.19 or later (24 is what GitHub runs the actions on)' });

  const docker = run('docker', ['info', '--format', '{{.ServerVersion}}']);
  if (docker.ok) out.push({ name: 'docker', status: 'ok', detail: `engine ${firstLine(docker.out)}` });
  else {
    out.push({
      name: 'docker',
      status: needDocker ? 'fail' : 'info',
      detail: docker.missing ? 'not on PATH' : `no engine answers: ${firstLine(docker.out)}`,
      fix: docker.missing ? 'install Docker (the kind provider runs the cluster in it)' : 'start the Docker engine (e.g. systemctl start docker, or Docker Desktop)',
    });
  }

  for (const [tool, args, pick] of [
    ['kind', ['version'], (s: string) => firstLine(s)],
    ['kubectl', ['version', '--client', '-o', 'json'], (s: string) => (/"gitVersion":\s*"([^"]+)"/.exec(s)?.[1] ?? firstLine(s))],
    ['helm', ['version', '--short'], (s: string) => firstLine(s)],
  ] as const) {
    const r = run(tool, [...args]);
    out.push(r.ok
      ? { name: tool, status: 'ok', detail: pick(r.out) }
      : { name: tool, status: 'info', detail: r.missing ? 'not on PATH: meshci downloads its pinned version when a step needs it' : firstLine(r.out) });
  }

  const kubeconfig = opts.kubeconfig ?? process.env['KUBECONFIG']?.split(':')[0] ?? join(homedir(), '.kube', 'config');
  if (!existsSync(kubeconfig)) {
    out.push({ name: 'cluster', status: opts.provider === 'existing' ? 'fail' : 'info', detail: `no kubeconfig at ${kubeconfig}`, fix: 'meshci up creates one; for an existing cluster pass --kubeconfig <path>' });
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
      out.push({ name: 'cluster', status: opts.provider === 'existing' ? 'fail' : 'info', detail: getErrorMessage(e), fix: 'check the kubeconfig\'s current context, the network path to the API server and the credentials (kubectl get --raw /version)' });
    }
  }

  const az = run('az', ['account', 'show', '--query', '{user:user.name,subscription:name,id:id}', '-o', 'tsv']);
  if (az.ok) out.push({ name: 'azure', status: 'ok', detail: `signed in: ${firstLine(az.out).split('\t').join(', ')}` });
  else {
    out.push({
      name: 'azure',
      status: needAzure ? 'fail' : 'info',
      detail: az.missing ? 'the Azure CLI is not on PATH' : 'not signed in',
      fix: az.missing ? 'install the Azure CLI (needed for provider aks only)' : 'az login (and az account set --subscription <id>); on GitHub, azure/login with OIDC (docs/azure-setup.md)',
    });
  }
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
