import { describe, it, expect } from 'vitest';
import { cpuPerGb, median, parseTime, ratios, roundOrder, spread, sumCosts, target } from '../../bench/stats.js';

/** The republish bench's arithmetic (bench/stats.ts): what the figures in its report are made of. */
describe('bench statistics', () => {
  it('medians of odd and even counts, spreads and paired ratios', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(Number.isNaN(median([]))).toBe(true);
    expect(spread([2, 9, 4])).toEqual({ min: 2, median: 4, max: 9 });
    expect(ratios([1, 2, 6], [2, 2, 3])).toEqual({ min: 0.5, median: 1, max: 2 });
    expect(() => ratios([1], [1, 2])).toThrow(/unpaired/);
  });

  it('alternates the tools A B / B A by round', () => {
    expect([0, 1, 2, 3].map((r) => roundOrder(['meshci', 'skopeo', 'relay'], r).join(' '))).toEqual([
      'meshci skopeo relay',
      'relay skopeo meshci',
      'meshci skopeo relay',
      'relay skopeo meshci',
    ]);
  });

  it("reads a process's own CPU and peak RSS from /usr/bin/time, and adds up sequential processes", () => {
    expect(parseTime('noise\nBENCH_RUSAGE user=1.25 sys=0.50 maxrss_kb=51200\n')).toEqual({ cpu: 1.75, rssMb: 50 });
    expect(() => parseTime('Command terminated by signal 9')).toThrow(/no resource usage/);
    expect(
      sumCosts([
        { wall: 1, cpu: 0.5, rssMb: 20 },
        { wall: 2, cpu: 1, rssMb: 30 },
      ]),
    ).toEqual({ wall: 3, cpu: 1.5, rssMb: 30 });
    expect(cpuPerGb(1.5, 500_000_000)).toBe(3);
  });

  it('a target is met on the median, and the line says so with min and max', () => {
    expect(target('cold, 6 images', { min: 0.4, median: 0.45, max: 0.6 }, 0.5)).toBe(
      'MET     cold, 6 images: median 0.45×, min 0.40×, max 0.60× (target ≤ 0.5×)',
    );
    expect(target('warm', { min: 0.1, median: 0.2, max: 0.3 }, 0.1)).toMatch(/^NOT MET warm: median 0\.20×/);
  });
});
