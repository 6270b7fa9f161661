/**
 * A counting semaphore: at most `size` tasks of `run` at a time, the rest queued in order. One
 * instance is shared by everything that competes for the same resource (e.g. every blob transfer of
 * a republish run, whichever image it belongs to), so the limit holds run-wide.
 */
export class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError(`Limiter size must be a positive integer, got ${size}`);
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      // Hand the slot straight to the next task; only free it when nobody waits.
      if (next) next();
      else this.active--;
    }
  }
}

/** Wait for every task (so nothing keeps running after the caller returns), then throw the first failure. */
export async function allSettledOrThrow(tasks: readonly Promise<unknown>[]): Promise<void> {
  const settled = await Promise.allSettled(tasks);
  const failure = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failure) throw failure.reason;
}
