import { describe, it, expect } from 'vitest';
import { execFileSync, spawnSync, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, existsSync, writeFileSync } from 'node:fs';
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
    stub.rules('docker', [
      { prefix: ['info'], stderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n', exit: 1 },
    ]);
    stub.rules('kind', [{ prefix: ['version'], stdout: 'kind v0.27.0 go1.23.6 linux/amd64\n' }]);
    stub.rules('kubectl', [{ prefix: ['version'], stdout: '{"clientVersion":{"gitVersion":"v1.32.3"}}' }]);
    const cwd = mkdtempSync(join(tmpdir(), 'meshci-up-'));
    const r = spawnSync(process.execPath, [cli, 'up', '--name', 'dev'], { encoding: 'utf8', cwd, env: { PATH: stub.bin, HOME: cwd } });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('═══ provision ═══');
    // an error goes to stderr (as kubectl's and gh's do), in its place in the stage's output
    expect(r.stderr).toContain('the kind provider needs a running Docker engine');
    expect(r.stderr).toContain('meshci up: stopped at provision (see above); nothing was created, there is nothing to remove');
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
    expect(r.stdout).toMatch(/anchor-days-left: 3650/);
    expect(r.stdout).toMatch(/✅ meshci certs — generate: all \d+ checks passed\n=+\n/);
    expect(r.stdout).toMatch(/trust-anchor\s+root\.linkerd\.cluster\.local/);
    expect(r.stdout).not.toContain('<table>');
    expect(r.stdout).not.toContain('::add-mask::');
    expectNoKeyMaterial('cli stdout', r.stdout + r.stderr, [readFileSync(join(dir, 'ca.key'), 'utf8'), readFileSync(join(dir, 'issuer.key'), 'utf8')]);
  });

  it('--json: stdout is the outputs whole as one JSON object (multi-line ones too); the log and summary go to stderr; no key material', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'meshci-cli-')), 'certs');
    const r = spawnSync(cli, ['certs', '--output-dir', dir, '--json'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const o = JSON.parse(r.stdout) as Record<string, string>;
    expect(o['trust-anchor']).toBe(readFileSync(join(dir, 'ca.crt'), 'utf8'));
    expect(o['anchor-days-left']).toBe('3650');
    expect(r.stderr).toContain('▶ Generate certificates');
    expect(r.stderr).toMatch(/✅ meshci certs — generate: all \d+ checks passed/);
    expectNoKeyMaterial('cli --json', r.stdout + r.stderr, [readFileSync(join(dir, 'ca.key'), 'utf8'), readFileSync(join(dir, 'issuer.key'), 'utf8')]);
    // not a command with one set of outputs: refused before anything runs
    const up = spawnSync(cli, ['down', '--json'], { encoding: 'utf8' });
    expect(up.status).toBe(2);
    expect(up.stderr).toContain("meshci down: --json is for an action command (its outputs as JSON), not 'down'");
  });

  it('a value the action refuses is a wrong command line: exit 2, the error in flag words', () => {
    const r = spawnSync(cli, ['certs', '--issuer-validity', '10x'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    // on stderr, as kubectl's and gh's errors are: `meshci … >/dev/null` still shows why it failed
    expect(r.stderr).toMatch(/error: meshci\/certs configuration error: --issuer-validity has invalid duration '10x'/);
    expect(r.stdout).not.toContain('configuration error');
  });

  it('--version and version print the package version', () => {
    const v = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    for (const args of [['--version'], ['version'], ['-V']]) expect(execFileSync(cli, args, { encoding: 'utf8' })).toBe(`meshci ${v}\n`);
  });

  it('help and help <command>; help text wrapped to the terminal (80 columns on a pipe)', () => {
    const top = execFileSync(cli, ['help'], { encoding: 'utf8' });
    expect(top).toContain('exit codes: 0 done · 1 an action failed or verify found a problem · 2 the command line is wrong');
    expect(top).toMatch(/^ {2}doctor {10}check what the chosen provider needs/m);
    const certs = execFileSync(cli, ['help', 'certs'], { encoding: 'utf8' });
    expect(certs).toContain('--overwrite [true|false] (default: false)');
    for (const out of [top, certs, execFileSync(cli, ['help', 'verify'], { encoding: 'utf8' }), execFileSync(cli, ['help', 'up'], { encoding: 'utf8' })]) {
      const long = out.split('\n').filter((l) => [...l].length > 100);
      expect(long).toEqual([]);
    }
    const wide = spawnSync(cli, ['help', 'deploy'], { encoding: 'utf8' })
      .stdout.split('\n')
      .filter((l) => l.startsWith('      '));
    expect(
      wide.every((l) => [...l].length <= 80),
      wide.find((l) => l.length > 80),
    ).toBe(true);
  });

  it('a typo gets a suggestion and exit code 2, never a stack trace', () => {
    for (const [typo, want] of [
      ['cert', 'certs'],
      ['verfy', 'verify'],
      ['doctr', 'doctor'],
    ]) {
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
      expect(again.status).toBe(2);
      expect(again.stderr).toMatch(/already|exists/);
      const r = spawnSync(cli, ['certs', '--output-dir', dir, '--overwrite'], { encoding: 'utf8' });
      expect(r.status, r.stdout + r.stderr).toBe(0);
    } finally {
      rmSync(join(dir, '..'), { recursive: true, force: true });
    }
  });

  it('certs writes only where it is told: keys and certs-summary.html in --output-dir, nothing in the working folder', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'meshci-cli-'));
    const out = mkdtempSync(join(tmpdir(), 'meshci-out-'));
    try {
      const r = spawnSync(cli, ['certs', '--output-dir', join(out, 'certs')], { encoding: 'utf8', cwd });
      expect(r.status, r.stderr).toBe(0);
      expect(readdirSync(cwd)).toEqual([]);
      expect(readdirSync(join(out, 'certs')).sort()).toEqual(['ca.crt', 'ca.key', 'certs-summary.html', 'issuer.crt', 'issuer.key']);
      expect(r.stdout).toContain(`summary: ${join(out, 'certs', 'certs-summary.html')}`);
      // check mode is told to write nowhere: it shows its summary and keeps nothing
      const check = spawnSync(
        cli,
        [
          'certs',
          '--mode',
          'check',
          '--trust-anchor',
          join(out, 'certs', 'ca.crt'),
          '--issuer',
          join(out, 'certs', 'issuer.crt'),
          '--issuer-key',
          join(out, 'certs', 'issuer.key'),
        ],
        { encoding: 'utf8', cwd },
      );
      expect(check.status, check.stdout).toBe(0);
      expect(check.stdout).not.toContain('summary: ');
      expect(readdirSync(cwd)).toEqual([]);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('warns when generated keys would be discarded; keys are never printed, not even with output-private-keys', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'meshci-cli-'));
    try {
      const r = spawnSync(cli, ['certs', '--output-private-keys'], { encoding: 'utf8', cwd });
      expect(r.status, r.stderr).toBe(0);
      expect(readdirSync(cwd)).toEqual([]);
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
      expect(existsSync(join(cwd, 'meshci-evidence', 'verify-summary.html'))).toBe(true);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('doctor: each check for real, each failure with its fix; exit 1 only for what the provider needs', async () => {
    const s = await new KubeServer().start();
    const stub = cliStub(['docker', 'kind', 'kubectl', 'az']);
    try {
      stub.rules('docker', [
        { prefix: ['info'], stderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n', exit: 1 },
      ]);
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
      expect(kind.stdout).toContain('– azure    no credential provision can use');
      expect(kind.stdout).toContain('1 problem(s) for provider kind: docker');
      const aks = await runCli(['doctor', '--provider', 'aks', '--kubeconfig', s.kubeconfig()], { env });
      expect(aks.status).toBe(1);
      expect(aks.stdout).toContain('✗ azure    no credential provision can use');
      expect(aks.stdout).toContain('no Azure CLI session (az account show failed)');
      expect(aks.stdout).toContain('fix: a service principal in AZURE_CLIENT_ID, AZURE_TENANT_ID and AZURE_CLIENT_SECRET, or az login');
      expect(aks.stdout).toContain('✗ subscription AZURE_SUBSCRIPTION_ID is not set');
      // what provision signs in with (src/azure/credential.ts), not whether az is installed
      const sp = await runCli(['doctor', '--provider', 'aks', '--kubeconfig', s.kubeconfig()], {
        env: { ...env, AZURE_CLIENT_ID: 'c', AZURE_TENANT_ID: 't', AZURE_CLIENT_SECRET: 'x', AZURE_SUBSCRIPTION_ID: '00000000-0000-0000-0000-000000000000' },
      });
      expect(sp.stdout).toContain(
        '✓ azure    credential: a service principal (AZURE_CLIENT_ID, AZURE_TENANT_ID, AZURE_CLIENT_SECRET); not signed in by doctor',
      );
      expect(sp.stdout).toContain('✓ subscription 00000000-0000-0000-0000-000000000000 (AZURE_SUBSCRIPTION_ID)');
      expect(sp.stdout).not.toContain('x\n');
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

  it('rejects a flag the command does not have, with a suggestion, before any warning', () => {
    const r = spawnSync(cli, ['certs', '--nope', 'x'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("meshci certs: unknown flag --nope for 'meshci certs'\nrun 'meshci help certs' for its flags\n");
    // no command: the help that lists the commands
    expect(spawnSync(cli, ['--bogus'], { encoding: 'utf8' }).stderr).toBe(
      "meshci: unknown flag --bogus\nrun 'meshci help' for the commands and the flags every command takes\n",
    );
    const mod = spawnSync(cli, ['certs', '--mod', 'check'], { encoding: 'utf8' });
    expect(mod.status).toBe(2);
    // the typo first and alone: not the 'no --output-dir' warning a run in mode generate would give
    expect(mod.stderr).toBe("meshci certs: unknown flag --mod for 'meshci certs'; did you mean --mode?\nrun 'meshci help certs' for its flags\n");
    expect(mod.stdout).toBe('');
  });

  it('every bad flag at once, exit 2, in flag words', () => {
    const r = spawnSync(cli, ['certs', '--mod', 'check', '--overwrite=maybe', '--issuer-validty', '1h', '--output-dir'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('meshci certs: 4 problems with the command line:');
    expect(r.stderr).toContain("  - unknown flag --issuer-validty for 'meshci certs'; did you mean --issuer-validity?");
    expect(r.stderr).toContain('  - --output-dir needs a value');
  });

  it("an action's own errors speak in flags (--overwrite), not in action words (overwrite: true)", () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'meshci-cli-')), 'certs');
    try {
      expect(spawnSync(cli, ['certs', '--output-dir', dir], { encoding: 'utf8' }).status).toBe(0);
      const again = spawnSync(cli, ['certs', '--output-dir', dir], { encoding: 'utf8' });
      expect(again.status).toBe(2);
      expect(again.stderr).toContain('give --overwrite to replace them');
      expect(again.stderr).toMatch(/--output-dir folder/);
      expect(again.stdout + again.stderr).not.toMatch(/overwrite: true|Input 'output-dir'/);
      const bad = spawnSync(cli, ['certs', '--mode', 'generat'], { encoding: 'utf8' });
      expect(bad.stderr).toContain(
        "--mode has invalid value 'generat': allowed values are generate, check, rotate-issuer, rotate-anchor; did you mean 'generate'?",
      );
    } finally {
      rmSync(join(dir, '..'), { recursive: true, force: true });
    }
  });

  it('help X and X --help print help for every command, doctor included, and run nothing', () => {
    const commands = ['up', 'down', 'doctor', 'help', 'version', 'certs', 'verify', 'deploy', 'provision', 'republish', 'teardown'];
    for (const c of commands) {
      const a = spawnSync(cli, ['help', c], { encoding: 'utf8' });
      const b = spawnSync(cli, [c, '--help'], { encoding: 'utf8' });
      const h = spawnSync(cli, [c, '-h'], { encoding: 'utf8' });
      expect(a.status, `help ${c}: ${a.stderr}`).toBe(0);
      expect(b.stdout, `${c} --help`).toBe(a.stdout);
      expect(h.stdout, `${c} -h`).toBe(a.stdout);
      expect(a.stdout).toMatch(/usage: meshci/);
    }
    const doctor = spawnSync(cli, ['doctor', '--help'], { encoding: 'utf8' });
    expect(doctor.stdout).toContain('usage: meshci doctor [--provider kind|aks|existing]');
    expect(doctor.stdout).not.toContain('meshci doctor (provider'); // the checks did not run
    const typo = spawnSync(cli, ['help', 'docter'], { encoding: 'utf8' });
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain("meshci: unknown command 'docter'; did you mean 'doctor'?");
  });

  it('doctor: --provider values and flags are checked, with a suggestion', () => {
    const gke = spawnSync(cli, ['doctor', '--provider', 'gke'], { encoding: 'utf8' });
    expect(gke.status).toBe(2);
    expect(gke.stderr).toContain("meshci doctor: --provider has invalid value 'gke': allowed values are kind, aks, existing\n");
    expect(gke.stdout).toBe('');
    const typo = spawnSync(cli, ['doctor', '--providr', 'aks'], { encoding: 'utf8' });
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain("unknown flag --providr for 'meshci doctor'; did you mean --provider?");
    const kidn = spawnSync(cli, ['doctor', '--provider', 'kidn'], { encoding: 'utf8' });
    expect(kidn.stderr).toContain("did you mean 'kind'?");
  });

  it('--verbose is a switch (debug lines), like --debug', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'meshci-cli-'));
    try {
      const r = spawnSync(cli, ['certs', '--mode', 'check', '--verbose'], { encoding: 'utf8', cwd });
      expect(r.stderr).not.toContain('needs a value');
      expect(r.status).toBe(1);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('a failed step is never shown with ✓', () => {
    const r = spawnSync(cli, ['verify', '--evidence-dir', '/nonexistent', '--output-dir', join(mkdtempSync(join(tmpdir(), 'meshci-cli-')), 'out')], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('✗ Read the evidence in /nonexistent');
    expect(r.stdout).not.toContain('✓');
    expect(r.stderr).toContain("error: meshci/verify configuration error: --evidence-dir names '/nonexistent', which does not exist");
  });

  it('a closed pipe (meshci verify … | head -1) ends quietly: no EPIPE, no stack', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'meshci-cli-'));
    try {
      const r = spawnSync(
        'bash',
        ['-o', 'pipefail', '-c', `"${process.execPath}" "${cli}" verify --evidence-dir "${join(ROOT, 'examples', 'verify-evidence')}" --summary | head -1`],
        { encoding: 'utf8', cwd },
      );
      expect(r.stdout.split('\n').length).toBe(2);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      for (const big of [['help', 'deploy'], ['help']]) {
        const h = spawnSync('bash', ['-c', `"${process.execPath}" "${cli}" ${big.join(' ')} | head -c 10 >/dev/null`], { encoding: 'utf8', cwd });
        expect(h.stderr).toBe('');
      }
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('help shows no workflow expression; up with a kubeconfig that does not exist stops before anything runs, in flag words', () => {
    for (const a of ['provision', 'teardown', 'verify', 'certs']) {
      const h = spawnSync(process.execPath, [cli, 'help', a], { encoding: 'utf8' });
      expect(h.stdout).not.toContain('${{');
    }
    expect(spawnSync(process.execPath, [cli, 'help', 'verify'], { encoding: 'utf8' }).stdout).toContain("(default: in a workflow, the job's token; here none)");
    const cwd = mkdtempSync(join(tmpdir(), 'meshci-upkc-'));
    try {
      const r = spawnSync(process.execPath, [cli, 'up', '--provider', 'existing', '--kubeconfig', 'nope.yaml'], {
        encoding: 'utf8',
        cwd,
        env: { ...process.env, HOME: cwd },
      });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("--kubeconfig names 'nope.yaml', which does not exist");
      expect(r.stdout).not.toContain('═══');
      expect(existsSync(join(cwd, '.meshci'))).toBe(false);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('provision from a terminal keeps its record and kubeconfig in .meshci/<name>, not in a temporary folder; one that recorded nothing, or a bad name, leaves no folder', () => {
    const stub = cliStub(['docker']);
    stub.rules('docker', [{ prefix: ['info'], stderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock.\n', exit: 1 }]);
    const cwd = mkdtempSync(join(tmpdir(), 'meshci-prov-'));
    try {
      const env = { PATH: `${stub.bin}:${join(process.execPath, '..')}`, HOME: cwd, RUNNER_TOOL_CACHE: join(cwd, 'tools') };
      const r = spawnSync(process.execPath, [cli, 'provision', '--provider', 'kind', '--name', 'x'], { encoding: 'utf8', cwd, env });
      expect(r.status).toBe(1);
      expect(r.stdout).toContain(`record: ${join(cwd, '.meshci', 'x', 'environment.json')}`);
      // stopped before it recorded anything (no Docker): the folder made for it is gone again
      expect(existsSync(join(cwd, '.meshci'))).toBe(false);
      // a folder that was there before is the user's: kept, with what is in it
      mkdirSync(join(cwd, '.meshci', 'x'), { recursive: true, mode: 0o700 });
      writeFileSync(join(cwd, '.meshci', 'x', 'notes'), 'mine');
      expect(spawnSync(process.execPath, [cli, 'provision', '--provider', 'kind', '--name', 'x'], { encoding: 'utf8', cwd, env }).status).toBe(1);
      expect(readFileSync(join(cwd, '.meshci', 'x', 'notes'), 'utf8')).toBe('mine');
      rmSync(join(cwd, '.meshci'), { recursive: true });
      const bad = spawnSync(process.execPath, [cli, 'provision', '--provider', 'kind', '--name', 'BAD'], { encoding: 'utf8', cwd, env });
      expect(bad.status).not.toBe(0);
      expect(existsSync(join(cwd, '.meshci', 'BAD'))).toBe(false);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('down with nothing to remove says so at once and downloads nothing; up that created nothing does not send the user to down', () => {
    const stub = cliStub(['docker']);
    stub.rules('docker', [
      { prefix: ['info'], stderr: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n', exit: 1 },
    ]);
    const cwd = mkdtempSync(join(tmpdir(), 'meshci-down-'));
    try {
      const env = { PATH: `${stub.bin}:${join(process.execPath, '..')}`, HOME: cwd, RUNNER_TOOL_CACHE: join(cwd, 'tools') };
      const r = spawnSync(process.execPath, [cli, 'down'], { encoding: 'utf8', cwd, env });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^meshci down: nothing to remove: no environment recorded in .*\.meshci\/dev\/environment\.json, and no Docker engine answers/);
      expect(r.stdout).not.toContain('✓');
      expect(existsSync(join(cwd, 'tools'))).toBe(false); // nothing downloaded
      const up = spawnSync(process.execPath, [cli, 'up'], { encoding: 'utf8', cwd, env });
      expect(up.status).toBe(1);
      expect(up.stderr).toContain('meshci up: stopped at provision (see above); nothing was created, there is nothing to remove');
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('a key or a kubeconfig given as text on the command line is used or refused, never printed', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'meshci-secret-args-'));
    try {
      const dir = join(cwd, 'c');
      expect(spawnSync(process.execPath, [cli, 'certs', '--output-dir', dir], { encoding: 'utf8', cwd }).status).toBe(0);
      const key = readFileSync(join(dir, 'issuer.key'), 'utf8');
      const body = key.split('\n')[1]!;
      // a PEM starts with dashes: it is the value of --issuer-key, not a flag
      const ok = spawnSync(
        process.execPath,
        [cli, 'certs', '--mode', 'check', '--trust-anchor', join(dir, 'ca.crt'), '--issuer', join(dir, 'issuer.crt'), '--issuer-key', key],
        { encoding: 'utf8', cwd },
      );
      expect(ok.status, ok.stderr).toBe(0);
      expect(ok.stdout + ok.stderr).not.toContain(body);
      // a mistyped flag before it: refused, the key not echoed
      const typo = spawnSync(process.execPath, [cli, 'certs', '--mode', 'check', '--issuer-kee', key], { encoding: 'utf8', cwd });
      expect(typo.status).toBe(2);
      expect(typo.stderr).toContain("unknown flag --issuer-kee for 'meshci certs'; did you mean --issuer-key?");
      expect(typo.stdout + typo.stderr).not.toContain(body);
      const kc = 'apiVersion: v1\nkind: Config\nusers:\n- name: u\n  user: {token: "TOPSECRET-abc123"}\n';
      for (const args of [
        ['up', '--provider', 'existing', '--kubeconfig', kc],
        ['doctor', '--provider', 'existing', '--kubeconfig', kc],
      ]) {
        const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd, env: { ...process.env, HOME: cwd } });
        expect(r.status, args[0]).not.toBe(0);
        expect(r.stdout + r.stderr, args[0]).toMatch(/not shown: it may hold credentials/);
        expect(r.stdout + r.stderr, args[0]).not.toContain('TOPSECRET');
      }
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('with no writable cache folder, an action that needs no tool still runs: a warning, and nothing left behind', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'meshci-nocache-'));
    try {
      const notADir = join(cwd, 'file');
      writeFileSync(notADir, '');
      const env: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: notADir, HOME: notADir };
      delete env['RUNNER_TOOL_CACHE'];
      const r = spawnSync(process.execPath, [cli, 'certs', '--output-dir', join(cwd, 'c')], { encoding: 'utf8', cwd, env });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toMatch(
        /^warning: meshci cannot create its tool cache \(ENOTDIR\): a tool it downloads is kept for this run only; set XDG_CACHE_HOME or RUNNER_TOOL_CACHE/m,
      );
      expect(readdirSync(cwd).sort()).toEqual(['c', 'file']);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it("exit 2 for any value an action's input check refuses, from a command or through up; one problem is said once", () => {
    const cwd = mkdtempSync(join(tmpdir(), 'meshci-exit2-'));
    try {
      const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd, env: { ...process.env, HOME: cwd } });
      const img = run('republish', '--mode', 'plan', '--images', 'not a ref', '--destination', 'x.azurecr.io/m');
      expect(img.status).toBe(2);
      expect(img.stderr).toContain("--images: 'not a ref' is not a valid image reference");
      const up = run('up', '--node-count', '9');
      expect(up.status).toBe(2);
      expect(up.stderr).toContain("--node-count has invalid value '9': allowed range is 0 to 5");
      // what the command line gave, as given: no second, false problem
      const check = run('certs', '--mode', 'check', '--trust-anchor', 'nope/ca.crt', '--issuer', 'nope/issuer.crt');
      expect(check.status).toBe(2);
      expect(check.stderr).not.toContain('needs both');
      const deploy = run('deploy', '--kubeconfig', '/nonexistent/kc');
      expect(deploy.stderr.match(/Missing Linkerd identity/g)).toHaveLength(1);
      expect(deploy.stderr).toContain(
        "Missing Linkerd identity: give --identity-dir (the certs action's output-dir) or --trust-anchor, --issuer and --issuer-key",
      );
      const prov = run('provision', '--provider', 'existing');
      expect(prov.stderr).toContain("--provider has invalid value 'existing'");
      expect(prov.stderr).not.toContain('--subscription-id');
      const td = run('teardown', '--record', '{"bad');
      expect(td.stderr).toContain('--record is not valid JSON');
      expect(td.stderr).not.toMatch(/--name is required|--subscription-id/);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it('help gives the defaults of a terminal where they are not the workflow ones; --signatures takes refresh', () => {
    const verify = execFileSync(cli, ['help', 'verify'], { encoding: 'utf8' });
    expect(verify).toContain('--output-dir (default here: ./meshci-evidence)');
    const prov = execFileSync(cli, ['help', 'provision'], { encoding: 'utf8' });
    expect(prov).toContain('--record (default here: ./.meshci/<name>/environment.json)');
    const rep = execFileSync(cli, ['help', 'republish'], { encoding: 'utf8' });
    expect(rep).toContain('--signatures [true|refresh|false] (default: true)');
    const r = spawnSync(
      process.execPath,
      [cli, 'republish', '--mode', 'plan', '--signatures', 'refresh', '--images', 'BAD REF', '--destination', 'x.azurecr.io/m'],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stderr).not.toMatch(/unexpected argument|is a switch|--signatures/);
  });

  it('the summary in the terminal speaks in flags too', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'meshci-summary-words-'));
    try {
      for (const d of ['a', 'b']) expect(spawnSync(process.execPath, [cli, 'certs', '--output-dir', d], { encoding: 'utf8', cwd }).status).toBe(0);
      const r = spawnSync(
        process.execPath,
        [cli, 'certs', '--mode', 'check', '--trust-anchor', 'a/ca.crt', '--issuer', 'a/issuer.crt', '--issuer-key', 'b/issuer.key'],
        {
          encoding: 'utf8',
          cwd,
        },
      );
      expect(r.status).toBe(1);
      expect(r.stdout).toContain("file 'b/issuer.key' (--issuer-key): tls: Public and p");
      expect(r.stdout).not.toContain("input 'issuer-key'");
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});
