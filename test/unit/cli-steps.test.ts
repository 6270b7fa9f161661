import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LiveLog } from '../../src/local/render.js';
import { GROUP_FAILED } from '../../src/lib/logger.js';
import { nothingToRemove, type DockerProbe } from '../../src/local/doctor.js';

describe('a failed step is never shown with ✓', () => {
  const render = (chunks: string[], ok: boolean) => {
    let out = '';
    const live = new LiveLog((t) => (out += t), { debug: false, now: () => 0 });
    for (const c of chunks) live.feed(c);
    live.end(ok);
    return out;
  };

  it('a group that failed (it ends with GROUP_FAILED), then its error: ✗, and the marker is not shown', () => {
    const out = render(
      [`::group::Read the evidence in /nonexistent\n${GROUP_FAILED}\n::endgroup::\n::error::meshci/verify configuration error: no evidence.json\n`],
      false,
    );
    expect(out).toBe(
      [
        '▶ Read the evidence in /nonexistent',
        '✗ Read the evidence in /nonexistent (0 ms)',
        'error: meshci/verify configuration error: no evidence.json',
        '',
      ].join('\n'),
    );
    expect(out).not.toContain('✓');
  });

  it('a group that succeeded before something else failed stays ✓ (deploy: the identity checked, then the cluster unreachable)', () => {
    const out = render(['::group::Check the identity\nidentity ok\n::endgroup::\n::error::get /version at https://127.0.0.1:1 failed\n'], false);
    expect(out).toContain('✓ Check the identity (0 ms)\nerror: get /version');
    expect(out).not.toContain('✗');
  });

  it('a group still open when the step ends failed (killed, cancelled): ✗', () => {
    expect(render(['::group::kind\ndownloading\n'], false)).toContain('✗ kind');
    expect(render(['::group::kind\ndownloading\n'], true)).toContain('✓ kind');
  });

  it('a group is marked as it ends, ✓ when it did not fail', () => {
    let out = '';
    const live = new LiveLog((t) => (out += t), { debug: false, now: () => 0 });
    live.feed('::group::one\n::endgroup::\n');
    expect(out).toBe('▶ one\n✓ one (0 ms)\n');
    live.feed('::group::two\n::endgroup::\n::group::three\n::endgroup::\n');
    live.end(true);
    expect(out).toContain('✓ two (0 ms)\n▶ three\n✓ three (0 ms)\n');
  });

  it('rewrite: the lines in the caller words', () => {
    let out = '';
    const live = new LiveLog((t) => (out += t), { debug: false, rewrite: (l) => l.replace("Input 'mode'", '--mode') });
    live.feed("::error::Input 'mode' is wrong\n");
    live.end(false);
    expect(out).toBe('error: --mode is wrong\n');
  });
});

describe('meshci down: nothing to remove, said at once', () => {
  const calls: string[][] = [];
  const docker =
    (answers: Record<string, ReturnType<DockerProbe>>): DockerProbe =>
    (args) => {
      calls.push(args);
      return answers[args[0]!] ?? { ok: true, out: '', missing: false };
    };
  const dir = () => mkdtempSync(join(tmpdir(), 'meshci-down-'));

  it('no record and no Docker: nothing to remove (the teardown, which would download kind, is not run)', () => {
    expect(
      nothingToRemove({ name: 'dev', provider: 'kind', removeRegistry: false, dir: dir() }, docker({ info: { ok: false, out: '', missing: true } })),
    ).toMatch(/no environment recorded in .*environment\.json, and Docker is not installed, so there is no kind cluster meshci-dev/);
    expect(
      nothingToRemove(
        { name: 'dev', provider: 'kind', removeRegistry: false, dir: dir() },
        docker({ info: { ok: false, out: 'Cannot connect to the Docker daemon', missing: false } }),
      ),
    ).toMatch(/no Docker engine answers \(Cannot connect to the Docker daemon\)/);
  });

  it('no record, Docker up, no container of the cluster: nothing to remove; a node container: the teardown runs', () => {
    expect(
      nothingToRemove({ name: 'dev', provider: 'kind', removeRegistry: false, dir: dir() }, docker({ ps: { ok: true, out: '', missing: false } })),
    ).toMatch(/Docker has no kind cluster meshci-dev$/);
    expect(calls.some((c) => c.includes('label=io.x-k8s.kind.cluster=meshci-dev'))).toBe(true);
    expect(
      nothingToRemove(
        { name: 'dev', provider: 'kind', removeRegistry: false, dir: dir() },
        docker({ ps: { ok: true, out: 'meshci-dev-control-plane', missing: false } }),
      ),
    ).toBeUndefined();
    expect(
      nothingToRemove(
        { name: 'dev', provider: 'kind', removeRegistry: true, dir: dir() },
        docker({ ps: { ok: true, out: '', missing: false }, inspect: { ok: true, out: '/kind-registry', missing: false } }),
      ),
    ).toBeUndefined();
  });

  it('a record, or provider aks: the teardown decides (Docker is not asked)', () => {
    const d = dir();
    mkdirSync(d, { recursive: true });
    writeFileSync(
      join(d, 'environment.json'),
      JSON.stringify({ provider: 'kind', name: 'dev', cluster: 'meshci-dev', registry: { container: 'kind-registry', port: 5001, created: true } }),
    );
    const never: DockerProbe = () => {
      throw new Error('docker asked');
    };
    expect(nothingToRemove({ name: 'dev', provider: 'kind', removeRegistry: false, dir: d }, never)).toBeUndefined();
    expect(nothingToRemove({ name: 'dev', provider: 'aks', removeRegistry: false, dir: dir() }, never)).toBeUndefined();
  });
});
