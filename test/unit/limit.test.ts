import { describe, it, expect } from 'vitest';
import { Limiter, allSettledOrThrow } from '../../src/lib/limit.js';

/** A task the test finishes by hand, so concurrency is observed, not timed. */
function gate() {
  let open!: () => void;
  let fail!: (e: Error) => void;
  const p = new Promise<void>((res, rej) => {
    open = res;
    fail = rej;
  });
  return { p, open, fail };
}
const tick = () => new Promise((r) => setImmediate(r));

describe('Limiter', () => {
  it('runs at most `size` tasks at once and starts the rest in the order they came', async () => {
    const l = new Limiter(2);
    const gates = Array.from({ length: 5 }, gate);
    const started: number[] = [];
    const all = gates.map((g, i) =>
      l.run(async () => {
        started.push(i);
        await g.p;
        return i;
      }),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    gates[1]!.open();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    gates[0]!.open();
    gates[2]!.open();
    await tick();
    expect(started).toEqual([0, 1, 2, 3, 4]);
    gates[3]!.open();
    gates[4]!.open();
    expect(await Promise.all(all)).toEqual([0, 1, 2, 3, 4]);
  });

  it('a failed task frees its slot and its caller gets the error', async () => {
    const l = new Limiter(1);
    const g = gate();
    const first = l.run(() => g.p);
    const second = l.run(async () => 'ran');
    g.fail(new Error('boom'));
    await expect(first).rejects.toThrow('boom');
    await expect(second).resolves.toBe('ran');
  });

  it('refuses a size that is not a positive integer', () => {
    for (const bad of [0, -1, 1.5, Number.NaN]) expect(() => new Limiter(bad)).toThrow(/positive integer/);
  });
});

describe('allSettledOrThrow', () => {
  it('waits for every task before throwing the first failure', async () => {
    const slow = gate();
    let slowDone = false;
    const p = allSettledOrThrow([
      Promise.reject(new Error('first')),
      slow.p.then(() => {
        slowDone = true;
      }),
      Promise.reject(new Error('second')),
    ]);
    let settled = false;
    void p.catch(() => (settled = true));
    await tick();
    expect(settled).toBe(false); // still waiting for the slow one
    slow.open();
    await expect(p).rejects.toThrow('first');
    expect(slowDone).toBe(true);
  });
});
