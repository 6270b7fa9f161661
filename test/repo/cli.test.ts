import { describe, it, expect } from 'vitest';
import { execFileSync, spawnSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, expectNoKeyMaterial } from '../helpers/action.js';
import { cliStub } from '../helpers/cli-stub.js';
import { KubeServer } from '../helpers/kube-server.js';
import { installLinkerd } from '../helpers/linkerd-fixture.js';

const cli = join(ROOT, 'dist/cli.js');

/** The CLI as a child process, without blocking this process (which may be serving the Kubernetes test server). */
function runCli(args: string[], opts: { env?: NodeJS.ProcessEnv } = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((res) => {
    const child = spawn(cli, args, { env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('close', (status) => res({ status, stdout, stderr }));
  });
}

describe('meshci CLI', () => {
  it('meshci up without a Docker engine says what is missing and how to clean up', () => {
    const stub = cliStub(['docker', 'kind', 'kubectl']);
    stub.rules('docker', [{ prefix: ['info'], stderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n', exit: 1 }]);
    stub.rules('kind', [{ prefix: ['version'], stdout: 'kind v0.27.0 go1.23.6 linux/amd64\n' }]);
    stub.rules('kubectl', [{ prefix: ['version'], stdout: '{"clientVersion":{"gitVersion":"v1.32.3"}}' }]);
    const cwd = mkdtempSync(join(tmpdir(), 'meshci-up-'));
    const r = spawnSync(process.execPath, [cli, 'up', '--name', 'dev'], { encoding: 'utf8', cwd, env: { PATH: stub.bin, HOME: cwd } });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('═══ provision ═══');
    expect(r.stdout).toContain('the kind provider needs a running Docker engine');
    expect(r.stderr).toContain("meshci up: stopped at provision (see above); 'meshci down --name dev' removes what was created");
  });

  it('meshci up --help explains the pipeline', () => {
    expect(execFileSync(cli, ['up', '--help'], { encoding: 'utf8' })).toContain('provision (kind by default');
  });

  it('lists the actions', () => {
    const out = execFileSync(cli, ['--help'], { encoding: 'utf8' });
    expect(out).toMatch(/^ {2}certs {11}Generate, check and rotate/m);
  });

  it('describes an action from its action.yml', () => {
    const out = execFileSync(cli, ['certs', '--help'], { encoding: 'utf8' });
    expect(out).toContain('--issuer-validity (default: 8760h)');
    expect(out).toContain('anchor-days-left:');
  });

  it('runs an action locally: log, outputs and a terminal-rendered summary, no key material', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'meshci-cli-')), 'certs');
    const r = spawnSync(cli, ['certs', '--mode', 'generate', '--output-dir', dir], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('▶ Generate certificates');
    expect(r.stdout).toMatch(/outputs:\n/);
    expect(r.stdout).toMatch(/anchor-days-left: 3649/);
    expect(r.stdout).toMatch(/✅ meshci certs — generate: all \d+ checks passed\n=+\n/);
    expect(r.stdout).toMatch(/trust-anchor\s+root\.linkerd\.cluster\.local/);
    expect(r.stdout).not.toContain('<table>');
    expect(r.stdout).not.toContain('::add-mask::');
    expectNoKeyMaterial('cli stdout', r.stdout + r.stderr, [readFileSync(join(dir, 'ca.key'), 'utf8'), readFileSync(join(dir, 'issuer.key'), 'utf8')]);
  });

  it('exits non-zero with the action error for bad input', () => {
    const r = spawnSync(cli, ['certs', '--issuer-validity', '10x'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/error: meshci\/certs configuration error: Input 'issuer-validity' has invalid duration '10x'/);
  });

  it('--version and version print the package version', () => {
    const v = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    for (const args of [['--version'], ['version'], ['-V']]) expect(execFileSync(cli, args, { encoding: 'utf8' })).toBe(`meshci ${v}\n`);
  });

  it('help and help <command>; help text wrapped to the terminal (80 columns on a pipe)', () => {
    const top = execFileSync(cli, ['help'], { encoding: 'utf8' });
    expect(top).toContain('exit codes: 0 done · 1 an action failed or verify found a problem · 2 the command line is wrong');
    expect(top).toMatch(/^ {2}doctor {10}check Docker/m);
    const certs = execFileSync(cli, ['help', 'certs'], { encoding: 'utf8' });
    expect(certs).toContain('--overwrite [true|false] (default: false)');
    for (const out of [top, certs, execFileSync(cli, ['help', 'verify'], { encoding: 'utf8' }), execFileSync(cli, ['help', 'up'], { encoding: 'utf8' })]) {
      const long = out.split('\n').filter((l) => [...l].length > 100);
      expect(long).toEqual([]);
    }
    const wide = spawnSync(cli, ['help', 'deploy'], { encoding: 'utf8' }).stdout.split('\n').filter((l) => l.startsWith('      '));
    expect(wide.every((l) => [...l].length <= 80), wide.find((l) => l.length > 80)).toBe(true);
  });

  it('a typo gets a suggestion and exit code 2, never a stack trace', () => {
    for (const [typo, want] of [['cert', 'certs'], ['verfy', 'verify'], ['doctr', 'doctor']]) {
      const r = spawnSync(cli, [typo!], { encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`meshci: unknown command '${typo}'; did you mean '${want}'?`);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    const opt = spawnSync(cli, ['certs', '--output-dir'], { encoding: 'utf8' });
    expect(opt.status).toBe(2);
    expect(opt.stderr).toContain('--output-dir needs a value');
  });

  it('boolean inputs stand alone (--overwrite) or are negated (--no-overwrite)', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'meshci-cli-')), 'certs');
    try {
      expect(spawnSync(cli, ['certs', '--output-dir', dir], { encoding: 'utf8' }).status).toBe(0);
      const again = spawnSync(cli, ['certs', '--output-dir', dir, '--no-overwrite'], { encoding: 'utf8' });
      expect(again.status).toBe(1);
      expect(again.stdout).toMatch(/already|exists/);
      const r = spawnSync(cli, ['certs', '--output-dir', dir, '--overwrite'], { encoding: 'utf8' });
      expect(r.status, r.stdout + r.stderr).toBe(0);
    } finally {
      rmSync(join(dir, '..'), { recursive: true, force: true });
    }
  });

  it('warns when generated keys would be discarded; keys are never printed, not even with output-private-keys', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'meshci-cli-'));
    try {
      const r = spawnSync(cli, ['certs', '--output-private-keys'], { encoding: 'utf8', cwd });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toContain('warning: no --output-dir: the keys are generated and then discarded');
      expect(r.stdout).not.toMatch(/PRIVATE KEY/);
      expect(r.stdout).toContain('trust-anchor-key: ***');
      expect(r.stdout).toContain('issuer-key: ***');
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('the log is streamed as the step runs: the first group is on the terminal while the step still waits on the cluster', async () => {
    const s = await new KubeServer().start();
    try {
      installLinkerd(s);
      s.stall('get', 'configmaps', 'silent');
      const child = spawn(cli, ['certs', '--mode', 'check', '--kubeconfig', s.kubeconfig()], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (b: Buffer) => (out += b.toString()));
      await expect.poll(() => out, { timeout: 15_000, interval: 20 }).toContain('▶ Read identity from the cluster');
      // still running: the read is stalled (60 s per attempt), and the line came before the step ended
      expect(child.exitCode).toBeNull();
      child.kill('SIGTERM');
      await new Promise((r) => child.on('close', r));
    } finally {
      await s.stop();
    }
  }, 30_000);

  it('verify keeps its reports (./meshci-evidence) and prints their paths', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'meshci-cli-'));
    try {
      const r = spawnSync(cli, ['verify', '--evidence-dir', join(ROOT, 'examples', 'verify-evidence')], { encoding: 'utf8', cwd });
      expect(r.stdout).toContain(`report: ${join(cwd, 'meshci-evidence', 'report.json')}`);
      expect(existsSync(join(cwd, 'meshci-evidence', 'report.json'))).toBe(true);
      expect(existsSync(join(cwd, 'meshci-evidence', 'report.html'))).toBe(true);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('doctor: each check for real, each failure with its fix; exit 1 only for what the provider needs', async () => {
    const s = await new KubeServer().start();
    const stub = cliStub(['docker', 'kind', 'kubectl', 'az']);
    try {
      stub.rules('docker', [{ prefix: ['info'], stderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n', exit: 1 }]);
      stub.rules('kind', [{ prefix: ['version'], stdout: 'kind v0.27.0 go1.23.6 linux/amd64\n' }]);
      stub.rules('kubectl', [{ prefix: ['version'], stdout: '{"clientVersion":{"gitVersion":"v1.32.3"}}' }]);
      stub.rules('az', [{ prefix: ['account', 'show'], stderr: "ERROR: Please run 'az login' to setup account.\n", exit: 1 }]);
      const env = { PATH: `${stub.bin}:${join(process.execPath, '..')}`, HOME: tmpdir() };
      const kind = await runCli(['doctor', '--kubeconfig', s.kubeconfig()], { env });
      expect(kind.status).toBe(1);
      expect(kind.stdout).toContain('✗ docker   no engine answers: Cannot connect to the Docker daemon');
      expect(kind.stdout).toContain('fix: start the Docker engine');
      expect(kind.stdout).toContain('✓ kind     kind v0.27.0');
      expect(kind.stdout).toContain('✓ kubectl  v1.32.3');
      expect(kind.stdout).toContain('– helm     not on PATH: meshci downloads its pinned version when a step needs it');
      expect(kind.stdout).toMatch(/✓ cluster {2}https:\/\/127\.0\.0\.1:\d+ answers, Kubernetes v1\.32\.2/);
      expect(kind.stdout).toContain('– azure    not signed in');
      expect(kind.stdout).toContain('1 problem(s) for provider kind: docker');
      const aks = await runCli(['doctor', '--provider', 'aks', '--kubeconfig', s.kubeconfig()], { env });
      expect(aks.status).toBe(1);
      expect(aks.stdout).toContain('✗ azure    not signed in');
      expect(aks.stdout).toContain('fix: az login');
      const existing = await runCli(['doctor', '--provider', 'existing', '--kubeconfig', s.kubeconfig()], { env });
      expect(existing.status, existing.stdout).toBe(0);
      expect(existing.stdout).toContain('ready for provider existing');
      await s.stop();
      const down = await runCli(['doctor', '--provider', 'existing', '--kubeconfig', s.kubeconfig()], { env });
      expect(down.status).toBe(1);
      expect(down.stdout).toMatch(/✗ cluster {2}Kubernetes API get \/version at https:\/\/127\.0\.0\.1:\d+ failed: cluster unreachable/);
    } finally {
      await s.stop().catch(() => undefined);
    }
  }, 30_000);

  it('rejects an input the action does not declare', () => {
    const r = spawnSync(cli, ['certs', '--nope', 'x'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/action 'certs' has no input 'nope'/);
  });
});
