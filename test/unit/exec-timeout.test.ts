import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exec, absentTool, defaultTimeoutMs, CommandTimeoutError, DEFAULT_EXEC_TIMEOUT_MS, TOOL_TIMEOUT_MARGIN_MS } from '../../src/lib/exec.js';
import { CommandError } from '../../src/lib/errors.js';

/**
 * Every spawned tool has a timeout in the one exec wrapper (issue 19 §4): a tool that hangs is
 * killed — with what it started — and the error names the tool, the head of its argv and the time.
 */
const dir = mkdtempSync(join(tmpdir(), 'meshci-exec-'));

/** A stub tool that starts a child, records both pids, prints a line and sleeps (optionally deaf to SIGTERM). */
function sleeper(name: string, o: { ignoreTerm?: boolean } = {}): string {
  const d = mkdtempSync(join(dir, `${name}-`));
  const bin = join(d, name);
  writeFileSync(
    bin,
    [
      '#!/bin/sh',
      o.ignoreTerm ? "trap '' TERM" : '',
      `sleep 30 & echo $! > '${d}/child.pid'`,
      `echo $$ > '${d}/self.pid'`,
      'echo "waiting for the release to become ready" >&2',
      'sleep 30',
      'echo never',
    ].join('\n') + '\n',
    { mode: 0o755 },
  );
  return bin;
}

/** Gone or a zombie (exited, not yet reaped by whoever adopted it). */
function dead(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return true;
  }
}
const pids = (bin: string) => ['self.pid', 'child.pid'].map((f) => Number(readFileSync(join(bin, '..', f), 'utf8').trim()));

describe('a tool that does not finish in time', () => {
  it('is killed with the processes it started; the error names the tool, its argv head and the timeout', async () => {
    const bin = sleeper('helm');
    const t0 = Date.now();
    const e = await exec(bin, ['upgrade', '--install', 'linkerd-control-plane', '/charts/linkerd-control-plane', '--namespace', 'linkerd'], {
      // long enough for the stub to have started its child and printed, however loaded the machine
      timeoutMs: 2000,
    }).then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(Date.now() - t0).toBeLessThan(8000);
    expect(e).toBeInstanceOf(CommandTimeoutError);
    expect(e).toBeInstanceOf(CommandError);
    expect((e as Error).message).toBe(
      'helm upgrade --install linkerd-control-plane … timed out after 2.0s: killed it and the processes it started; its last output: waiting for the release to become ready',
    );
    await expect.poll(() => pids(bin).every(dead), { timeout: 3000, interval: 50 }).toBe(true);
  });

  it('one that ignores SIGTERM is killed after the grace; check: false does not turn a timeout into a result', async () => {
    const bin = sleeper('kind', { ignoreTerm: true });
    const t0 = Date.now();
    await expect(exec(bin, ['create', 'cluster', '--name', 'pr-1'], { timeoutMs: 2000, check: false })).rejects.toThrow(
      /^kind create cluster --name … timed out after 2\.0s: killed it and the processes it started/,
    );
    expect(Date.now() - t0).toBeLessThan(10_000);
    await expect.poll(() => pids(bin).every(dead), { timeout: 3000, interval: 50 }).toBe(true);
  });

  it('a tool that finishes in time is unaffected: exit code, stdout, stderr and stdin as before', async () => {
    const bin = join(dir, 'cat-tool');
    writeFileSync(bin, '#!/bin/sh\ncat\necho err >&2\nexit 3\n', { mode: 0o755 });
    expect(await exec(bin, [], { input: Buffer.from('hello\n'), check: false, timeoutMs: 5000 })).toEqual({ exitCode: 3, stdout: 'hello\n', stderr: 'err\n' });
    await expect(exec(bin, ['x'])).rejects.toThrow(/cat-tool x exited with code 3: err/);
    await expect(exec(join(dir, 'no-such-tool'), [])).rejects.toThrow(/no-such-tool.*ENOENT/);
  });
});

describe('the default timeout', () => {
  it("is ten minutes, or the tool's own --timeout / --wait plus a margin when that is longer", () => {
    expect(defaultTimeoutMs('docker', ['info'])).toBe(DEFAULT_EXEC_TIMEOUT_MS);
    expect(defaultTimeoutMs('helm', ['upgrade', '--install', 'x', 'c', '--wait', '--timeout', '900s'])).toBe(900_000 + TOOL_TIMEOUT_MARGIN_MS);
    expect(defaultTimeoutMs('kubectl', ['rollout', 'status', '--timeout=1h'])).toBe(3_600_000 + TOOL_TIMEOUT_MARGIN_MS);
    expect(defaultTimeoutMs('linkerd', ['check', '--wait', '20m30s'])).toBe(1_230_000 + TOOL_TIMEOUT_MARGIN_MS);
    expect(defaultTimeoutMs('kubectl', ['wait', '--timeout=120s'])).toBe(DEFAULT_EXEC_TIMEOUT_MS);
    expect(defaultTimeoutMs('helm', ['upgrade', '--wait', '--output', 'json'])).toBe(DEFAULT_EXEC_TIMEOUT_MS);
  });
});

describe('one exec wrapper', () => {
  it('no source file spawns a process except lib/exec.ts (tools), local/runner.ts (stages, with cancel) and local/doctor.ts (bounded spawnSync)', () => {
    const root = join(__dirname, '..', '..', 'src');
    const offenders: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.ts') && /from 'node:child_process'|from 'child_process'|@actions\/exec/.test(readFileSync(p, 'utf8')))
          offenders.push(p.slice(root.length + 1));
      }
    };
    walk(root);
    expect(offenders.sort()).toEqual(['lib/exec.ts', 'local/doctor.ts', 'local/runner.ts']);
    expect(existsSync(join(root, 'lib/exec.ts'))).toBe(true);
  });
});

describe('a probe of a tool on PATH (absentTool)', () => {
  it('a tool that is not there is absent; one that hangs is a failure, thrown on', async () => {
    await expect(exec('meshci-no-such-tool', ['version'], { check: false }).catch(absentTool)).resolves.toBeUndefined();
    const bin = sleeper('hangs');
    await expect(exec(bin, ['version'], { check: false, timeoutMs: 300 }).catch(absentTool)).rejects.toBeInstanceOf(CommandTimeoutError);
  });
});
