import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEvidence, writeEvidence, EVIDENCE_LIMITS } from '../../../src/verify/evidence.js';
import { healthyEvidence } from '../../helpers/verify-evidence.js';

/**
 * An evidence folder is bounded in total bytes and in attempts per probe (issue 19 §5): an
 * evidence.json naming one large log hundreds of times is refused with a clear error before it is
 * read into memory — the case here is built from a small file and low limits.
 */
function bundle(): { dir: string; index: any; save: (j: unknown) => void } {
  const dir = join(mkdtempSync(join(tmpdir(), 'meshci-ev-limits-')), 'ev');
  writeEvidence(dir, healthyEvidence());
  return {
    dir,
    index: JSON.parse(readFileSync(join(dir, 'evidence.json'), 'utf8')),
    save: (j) => writeFileSync(join(dir, 'evidence.json'), JSON.stringify(j)),
  };
}

describe('evidence read back is bounded', () => {
  it('one log named by many probes: refused once the files add up past the total, naming the limit', () => {
    const b = bundle();
    writeFileSync(join(b.dir, 'big.log'), 'x'.repeat(16 * 1024));
    const template = b.index.probes[0];
    b.index.probes = Array.from({ length: 400 }, (_, i) => ({
      probe: { ...template.probe, name: `p${i}` },
      attempts: [{ file: 'big.log' }],
    }));
    b.save(b.index);
    expect(() => readEvidence(b.dir, { totalBytes: 1024 * 1024 })).toThrow(
      /^Input 'evidence-dir': the files evidence\.json names add up to more than 1048576 bytes \(at big\.log, read \d+ files\), more than evidence ever is: refusing to read the bundle$/,
    );
    // the same bundle within the default limits is read (400 × 16 KiB)
    expect(readEvidence(b.dir).probes).toHaveLength(400);
  });

  it('the default total is what keeps a 15 MiB log named 400 times from being read (6 GB) — a small file and a low limit stand in', () => {
    expect(EVIDENCE_LIMITS.totalBytes).toBeLessThan(400 * 15 * 1024 * 1024);
    expect(EVIDENCE_LIMITS.totalBytes).toBeGreaterThanOrEqual(EVIDENCE_LIMITS.fileBytes);
  });

  it('more attempts of one probe than verify makes: refused, naming the probe', () => {
    const b = bundle();
    const p = b.index.probes[0];
    p.attempts = Array.from({ length: 12 }, () => ({ file: p.attempts[0].file }));
    b.save(b.index);
    expect(() => readEvidence(b.dir)).toThrow(
      `probes[0].attempts: 12 attempts of probe '${p.probe.name}', more than verify makes (at most 11: 1 + retries ≤ 10)`,
    );
    p.attempts = p.attempts.slice(0, 3);
    b.save(b.index);
    expect(readEvidence(b.dir).probes[0]!.attempts).toHaveLength(3);
    expect(() => readEvidence(b.dir, { attemptsPerProbe: 2 })).toThrow(/3 attempts of probe .*at most 2/);
  });

  it('more probes than verify runs: refused', () => {
    const b = bundle();
    expect(() => readEvidence(b.dir, { probes: 2 })).toThrow(/probes: 4 probes, more than verify runs \(at most 2\)/);
  });

  it('a single file over the per-file limit: refused, naming it', () => {
    const b = bundle();
    b.index.probes[0].attempts = [{ file: 'big.log' }];
    b.save(b.index);
    const limit = readFileSync(join(b.dir, 'evidence.json')).length + 100;
    writeFileSync(join(b.dir, 'big.log'), 'x'.repeat(limit + 1));
    expect(() => readEvidence(b.dir, { fileBytes: limit })).toThrow(
      `Input 'evidence-dir': big.log is ${limit + 1} bytes, more than evidence ever is (${limit})`,
    );
  });
});
