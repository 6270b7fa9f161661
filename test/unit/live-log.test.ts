import { describe, it, expect } from 'vitest';
import { LiveLog } from '../../src/local/render.js';

/** The CLI's live rendering of a step's raw output (workflow commands as @actions/core writes them). */
describe('LiveLog', () => {
  it('renders lines as they complete, masks from add-mask on, shows groups as steps with their time', () => {
    let out = '';
    let now = 1000;
    const live = new LiveLog((t) => (out += t), { debug: false, now: () => now });
    live.feed('::group::Generate certificates\ntrust anch');
    expect(out).toBe('▶ Generate certificates\n'); // the half line waits for its end
    live.feed('or ok\n::add-mask::s3cr%0Aet-line\n');
    now += 1500;
    live.feed('the key is s3cr\n::endgroup::\n::warning::issuer expires%0Asoon\n::debug::hidden\n');
    live.end();
    expect(out).toBe(
      ['▶ Generate certificates', '  trust anchor ok', '  the key is s3cr', '✓ Generate certificates (1.5 s)', 'warning: issuer expires', 'soon', ''].join(
        '\n',
      ),
    );
  });

  it('a secret is masked wherever it appears once registered, across chunk boundaries', () => {
    let out = '';
    const live = new LiveLog((t) => (out += t), { debug: true });
    live.feed('::add-mask::tok-123456\nBearer tok-12');
    live.feed('3456 sent\n::debug::with tok-123456\n');
    live.end();
    expect(out).toBe('Bearer *** sent\ndebug: with ***\n');
  });
});

describe('the test run', () => {
  it('writes its temporary files under its own folder, removed when it ends (test/helpers/global-setup.ts)', async () => {
    const { tmpdir } = await import('node:os');
    expect(tmpdir()).toMatch(/\/meshci-test-run-[^/]+$/);
  });
});
