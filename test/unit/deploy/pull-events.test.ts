import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePullEvent, parseGoDuration, summarizePulls, type EventLike } from '../../../src/deploy/pull-events.js';

/** Messages captured from real clusters (kubectl describe / get events output, 1.27–1.33). */
const events = JSON.parse(readFileSync(new URL('../../fixtures/kubelet/pulled-events.json', import.meta.url), 'utf8')) as EventLike[];

describe('kubelet Pulled events', () => {
  it('parses every format the kubelet has used, and ignores other reasons and garbage', () => {
    const rows = events.map(parsePullEvent);
    expect(rows[0]).toEqual({
      image: 'nginx',
      pod: 'nginx-conf-pod',
      namespace: 'default',
      seconds: 1.393,
      waitingSeconds: 1.393,
      bytes: 62958873,
      cached: false,
    });
    expect(rows[1]).toMatchObject({ image: 'ghcr.io/actions/actions-runner:latest', seconds: 0.796, waitingSeconds: 1.594, bytes: 543804759 });
    expect(rows[3]).toMatchObject({ image: 'cr.l5d.io/linkerd/proxy:stable-2.14.10', seconds: 24 * 60 + 13.5, waitingSeconds: 24 * 60 + 20.1 });
    expect(rows[3]!.bytes).toBeUndefined();
    expect(rows[4]).toMatchObject({ seconds: 123.25, cached: false });
    expect(rows[4]!.waitingSeconds).toBeUndefined();
    expect(rows[5]).toMatchObject({ image: 'cr.l5d.io/linkerd/proxy:stable-2.14.10', cached: true, seconds: 0 });
    expect(rows[6]).toBeUndefined();
    expect(rows[7]).toBeUndefined();
  });

  it.each([
    ['1.393s', 1.393],
    ['796ms', 0.796],
    ['24m13.5s', 1453.5],
    ['1h2m3s', 3723],
    ['35.1µs', 35.1e-6],
    ['0s', 0],
  ])('Go duration %s', (t, s) => {
    expect(parseGoDuration(t)).toBeCloseTo(s, 9);
  });

  it.each(['', '1.5', 's', '1x', '2m soon'])('rejects %j', (t) => {
    expect(parseGoDuration(t)).toBeUndefined();
  });

  it('summarizes per image, slowest first, counting cached hits apart', () => {
    const s = summarizePulls(events.map(parsePullEvent).filter((r) => r !== undefined));
    expect(s[0]).toMatchObject({ image: 'cr.l5d.io/linkerd/proxy:stable-2.14.10', pulls: 1, cached: 1, maxSeconds: 1460.1 });
    expect(s.map((r) => r.image)).toContain('nginx');
  });
});
