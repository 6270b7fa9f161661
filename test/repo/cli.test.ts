import { describe, it, expect } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, expectNoKeyMaterial } from '../helpers/action.js';

const cli = join(ROOT, 'dist/cli.js');

describe('meshci CLI', () => {
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
    expect(r.stdout).toMatch(/meshci certs — generate\n=+\n/);
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
