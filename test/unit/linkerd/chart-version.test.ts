import { describe, it, expect } from 'vitest';
import { chartVersion, knownEntry } from '../../../src/linkerd/versions.js';

/**
 * The chart versions a Linkerd release publishes (docs/reference/linkerd-charts.md): stable 2.10/2.11
 * are packaged with --version X.Y.Z; stable 2.12+ keep Chart.yaml's; edges from edge-24.3.1 on are
 * YYYY.M.N (linkerd/linkerd2#12175), earlier edges kept Chart.yaml's (1.18.10-edge at edge-24.2.4,
 * read from that tag's charts/linkerd-control-plane/Chart.yaml). Asking the edge repository for
 * 2024.2.4 would find nothing.
 */
describe('chartVersion', () => {
  it.each([
    ['stable-2.11.5', '0.1.0', '2.11.5'],
    ['stable-2.14.10', '1.16.11', '1.16.11'],
    ['edge-24.2.4', '1.18.10-edge', '1.18.10-edge'],
    ['edge-23.1.1', '1.10.0-edge', '1.10.0-edge'],
    ['edge-24.3.1', '0.0.0-undefined', '2024.3.1'],
    ['edge-26.8.3', '0.0.0-undefined', '2026.8.3'],
  ])('%s with Chart.yaml %s → %s', (tag, inChart, want) => {
    expect(chartVersion(tag, inChart)).toBe(want);
  });

  it('the recorded facts for edge-24.2.4 name the versions its release published', () => {
    const e = knownEntry('edge-24.2.4');
    expect(e?.charts['linkerd-control-plane']?.version).toBe('1.18.10-edge');
    expect(e?.charts['linkerd-crds']?.version).toBe('1.9.4-edge');
  });
});
