import { describe, it, expect, afterEach } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction, Cancel, type RunOpts } from '../../src/local/runner.js';

/**
 * Cancellation in the runner emulation (src/local/runner.ts), as the runner cancels a step: SIGINT
 * to the step's process, SIGTERM 7.5 s later, then the process tree killed 2.5 s after that (here
 * with a shorter grace); the post step runs afterwards with what main saved. 'group' — how the root
 * action and the CLI run their stages — signals the stage's whole process group, so a helm or kind
 * it runs stops with it. A throwaway action whose step spawns a child and records the signals it got.
 */
const STEP = `
import { spawn } from 'node:child_process';
import { appendFileSync, writeFileSync } from 'node:fs';
const log = process.env.SIGLOG;
if (process.env.STATE_isPost) {
  appendFileSync(log, 'post ' + process.env.STATE_what + '\\n');
  process.exit(0);
}
appendFileSync(process.env.GITHUB_STATE, 'isPost=true\\nwhat=cleanup-me\\n');
const kid = spawn('sleep', ['300'], { stdio: 'ignore' });
writeFileSync(process.env.PIDS, JSON.stringify({ step: process.pid, kid: kid.pid }));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => {
  appendFileSync(log, sig + '\\n');
  if (process.env.EXIT_ON === sig) process.exit(0);
});
console.log('ready');
setInterval(() => {}, 1000);
`;

const dirs: string[] = [];
const strays: number[] = [];
afterEach(() => {
  for (const p of strays.splice(0)) if (alive(p)) process.kill(p, 'SIGKILL');
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A process that exists and is not a zombie. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

function fixture() {
  const root = mkdtempSync(join(tmpdir(), 'meshci-cancel-'));
  dirs.push(root);
  mkdirSync(join(root, 'act'));
  writeFileSync(
    join(root, 'act', 'action.yml'),
    'name: act\ndescription: a step that can be cancelled\nruns:\n  using: node24\n  main: main.mjs\n  post: main.mjs\n',
  );
  writeFileSync(join(root, 'act', 'main.mjs'), STEP);
  const files = { SIGLOG: join(root, 'signals'), PIDS: join(root, 'pids.json') };
  writeFileSync(files.SIGLOG, '');
  return {
    root,
    env: (exitOn?: string) => ({ ...files, ...(exitOn ? { EXIT_ON: exitOn } : {}) }),
    signals: () => readFileSync(files.SIGLOG, 'utf8').split('\n').filter(Boolean),
    pids: () => {
      const p = JSON.parse(readFileSync(files.PIDS, 'utf8')) as { step: number; kid: number };
      strays.push(p.kid, p.step);
      return p;
    },
    started: () => existsSync(files.PIDS),
  };
}

/** Run the action and send SIGINT once its step says it is ready. */
function runCancelled(f: ReturnType<typeof fixture>, opts: RunOpts) {
  const cancel = new Cancel();
  return runAction('act', {
    root: f.root,
    cancel,
    // killMs: time for a loaded machine to run the step's SIGTERM handler before the kill
    grace: { termMs: 300, killMs: 2000 },
    ...opts,
    onOutput: (c) => {
      if (c.includes('ready')) cancel.send('SIGINT');
    },
  });
}

describe('cancelling a step in the runner emulation', () => {
  it("a step that ignores the signals gets SIGINT, then SIGTERM after the grace, then its process tree is killed; post runs with main's state", async () => {
    const f = fixture();
    const t0 = Date.now();
    const r = await runCancelled(f, { env: f.env() });
    const { step, kid } = f.pids();
    expect(f.signals().slice(0, 2)).toEqual(['SIGINT', 'SIGTERM']);
    expect(r.cancelled).toBe('SIGINT');
    expect(r.signal).toBe('SIGKILL');
    expect(r.pid).toBe(step);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(600);
    expect(alive(step)).toBe(false);
    // the runner's last resort is the whole tree
    expect(alive(kid)).toBe(false);
    expect(r.post?.exitCode).toBe(0);
    expect(f.signals().at(-1)).toBe('post cleanup-me');
  });

  it('a step that exits on SIGINT gets no SIGTERM; what it spawned outlives it (as on the runner, which signals the step only)', async () => {
    const f = fixture();
    const r = await runCancelled(f, { env: f.env('SIGINT') });
    const { kid } = f.pids();
    expect(f.signals()).toEqual(['SIGINT', 'post cleanup-me']);
    expect(r.exitCode).toBe(0);
    expect(alive(kid)).toBe(true); // the orphan the root action must not leave: see the next case
  });

  it("signalTarget 'group' (the root action's and the CLI's stages): the step's children get the signal too; nothing is left", async () => {
    const f = fixture();
    const spawned: number[] = [];
    const r = await runCancelled(f, { env: f.env('SIGINT'), signalTarget: 'group', onSpawn: (pid) => spawned.push(pid) });
    const { step, kid } = f.pids();
    expect(spawned[0]).toBe(step);
    expect(r.cancelled).toBe('SIGINT');
    expect(f.signals()[0]).toBe('SIGINT');
    await expect.poll(() => alive(step), { timeout: 5000 }).toBe(false);
    await expect.poll(() => alive(kid), { timeout: 5000 }).toBe(false);
  });

  it('a run cancelled before it starts runs no step (and so no post step)', async () => {
    const f = fixture();
    const cancel = new Cancel();
    cancel.send('SIGTERM');
    const r = await runAction('act', { root: f.root, cancel, env: f.env() });
    expect(r).toMatchObject({ exitCode: 1, cancelled: 'SIGTERM' });
    expect(r.post).toBeUndefined();
    expect(f.started()).toBe(false);
  });

  it('each signal received goes one step further: SIGINT, SIGTERM, SIGKILL (a second and third Ctrl-C)', () => {
    const c = new Cancel();
    const got: string[] = [];
    c.subscribe((s) => got.push(s));
    c.send('SIGINT');
    c.send('SIGINT');
    c.send('SIGINT');
    c.send('SIGINT');
    expect(got).toEqual(['SIGINT', 'SIGTERM', 'SIGKILL', 'SIGKILL']);
    const t = new Cancel();
    t.send('SIGTERM');
    expect([t.requested, t.current]).toEqual(['SIGTERM', 'SIGTERM']);
  });
});
