import { describe, it, expect } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, expectNoKeyMaterial } from '../helpers/action.js';
import { cliStub } from '../helpers/cli-stub.js';

const cli = join(ROOT, 'dist/cli.js');

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
    expect(out).toMatch(/actions: .*certs/);
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

  it('rejects an input the action does not declare', () => {
    const r = spawnSync(cli, ['certs', '--nope', 'x'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/action 'certs' has no input 'nope'/);
  });
});
