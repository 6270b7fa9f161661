import { describe, it, expect, afterEach } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Job, runAction, parseFileCommand, wholeLines, SUMMARY_LIMIT } from '../../src/local/runner.js';
import { prependPath } from '../../src/local/pipeline.js';

/**
 * The runner emulation (src/local/runner.ts) does what the Actions runner does on each point of
 * issue 19 item 6: a secret is masked from the line that registers it on; stdout and stderr are
 * cut into lines each and logged in the order the lines complete; a malformed file-command line
 * fails the step; NODE_OPTIONS is refused from GITHUB_ENV; a summary over 1 MiB is not uploaded and
 * what is uploaded is masked; the post step runs with what main exported and added to PATH, PATH
 * in the runner's order. Each case failed on the emulation before.
 */
const STEP = `
import { appendFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
// after each write the step waits until the runner has read it (the test acknowledges every chunk
// with a file), so the order of reads is the order of writes however loaded the machine is
let acked = 0;
const pause = async () => {
  acked++;
  while (!existsSync(process.env.ACK_DIR + '/' + acked)) await new Promise((r) => setTimeout(r, 2));
};
const mode = process.env.MODE;
if (process.env.STATE_isPost) {
  console.log('post FOO=' + process.env.FOO + ' PATH=' + process.env.PATH.split(':').slice(0, 3).join(':'));
  if (process.env.STATE_keyFile) {
    const { rmSync } = await import('node:fs');
    rmSync(process.env.STATE_keyFile);
    console.log('post removed ' + process.env.STATE_keyFile);
  }
  process.exit(0);
}
appendFileSync(process.env.GITHUB_STATE, 'isPost=true\\n');
if (mode === 'mask') {
  console.log('printed before: hunter2-secret');
  console.log('::add-mask::hunter2-secret');
  console.log('printed after: hunter2-secret');
}
if (mode === 'order') {
  process.stdout.write('A from stdout\\n'); await pause();
  process.stderr.write('B from stderr\\n'); await pause();
  process.stdout.write('C from stdout\\n');
}
if (mode === 'fragment') {
  process.stderr.write('warning: half a line '); await pause();
  process.stdout.write('::add-mask::fragment-secret\\n'); await pause();
  process.stdout.write('the fragment-secret\\n'); await pause();
  process.stderr.write('and the rest\\n');
}
if (mode === 'malformed') appendFileSync(process.env.GITHUB_OUTPUT, 'ok=1\\ngarbage line\\n');
if (mode === 'node-options') appendFileSync(process.env.GITHUB_ENV, 'NODE_OPTIONS=--require /tmp/evil.js\\nKEPT=yes\\n');
if (mode === 'big-summary') appendFileSync(process.env.GITHUB_STEP_SUMMARY, 'x'.repeat(${SUMMARY_LIMIT + 1}));
if (mode === 'summary-mask') {
  console.log('::add-mask::summary-secret');
  appendFileSync(process.env.GITHUB_STEP_SUMMARY, '<p>token summary-secret</p>\\n');
}
if (mode === 'key-file') {
  // a step that leaves a key file for later steps of the job, and removes it in its post step
  const { writeFileSync } = await import('node:fs');
  writeFileSync(process.env.KEY_FILE, 'key', { mode: 0o600 });
  appendFileSync(process.env.GITHUB_STATE, 'keyFile=' + process.env.KEY_FILE + '\\n');
  appendFileSync(process.env.GITHUB_ENV, 'FOO=bar\\n');
  appendFileSync(process.env.GITHUB_PATH, '/first\\n');
}
if (mode === 'later') {
  const { existsSync } = await import('node:fs');
  console.log('later FOO=' + process.env.FOO + ' key file ' + (existsSync(process.env.KEY_FILE) ? 'present' : 'gone'));
  appendFileSync(process.env.GITHUB_ENV, 'FOO=baz\\n');
  appendFileSync(process.env.GITHUB_PATH, '/third\\n');
}
if (mode === 'export') {
  appendFileSync(process.env.GITHUB_ENV, 'FOO=bar\\n');
  appendFileSync(process.env.GITHUB_PATH, '/first\\n/second\\n');
}
`;

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function step(mode: string, extra: Partial<Parameters<typeof runAction>[1]> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'meshci-fidelity-'));
  dirs.push(root);
  mkdirSync(join(root, 'act'));
  writeFileSync(
    join(root, 'act', 'action.yml'),
    'name: act\ndescription: prints and writes file commands\nruns:\n  using: node24\n  main: main.mjs\n  post: main.mjs\n',
  );
  writeFileSync(join(root, 'act', 'main.mjs'), STEP);
  const ackDir = join(root, 'ack');
  mkdirSync(ackDir);
  let chunks = 0;
  const ack = () => writeFileSync(join(ackDir, String(++chunks)), '');
  return runAction('act', { root, env: { MODE: mode, ACK_DIR: ackDir }, onOutput: ack, ...extra });
}

describe('the runner emulation behaves as the runner', () => {
  it("a stage of a real job keeps its runner files under the job's RUNNER_TEMP, which the runner cleans (act found them in /tmp)", async () => {
    const job = mkdtempSync(join(tmpdir(), 'meshci-job-temp-'));
    dirs.push(job);
    const before = process.env['RUNNER_TEMP'];
    process.env['RUNNER_TEMP'] = job;
    try {
      const r = await step('order', { inheritGithubEnv: true, keep: true });
      expect(r.workDir.startsWith(join(job, 'meshci-act-'))).toBe(true);
      const outside = await step('order', { keep: true });
      expect(outside.workDir.startsWith(join(tmpdir(), 'meshci-act-'))).toBe(true);
      dirs.push(outside.workDir);
    } finally {
      if (before === undefined) delete process.env['RUNNER_TEMP'];
      else process.env['RUNNER_TEMP'] = before;
    }
  });

  it('a secret is masked from the line that registers it on, not in what was printed before', async () => {
    const r = await step('mask');
    expect(r.log.split('\n').filter(Boolean)).toEqual(['printed before: hunter2-secret', 'printed after: ***']);
    expect(r.secrets).toEqual(['hunter2-secret']);
  });

  it('stdout and stderr lines are logged in the order they complete', async () => {
    const r = await step('order');
    expect(r.log.split('\n').filter(Boolean)).toEqual(['A from stdout', 'B from stderr', 'C from stdout']);
  });

  it("a stderr fragment does not swallow an add-mask on stdout: each stream's lines are its own", async () => {
    const r = await step('fragment');
    expect(r.log.split('\n').filter(Boolean)).toEqual(['the ***', 'warning: half a line and the rest']);
    expect(r.log).not.toContain('fragment-secret');
  });

  it('a malformed file-command line fails the step, naming the file command and the line', async () => {
    const r = await step('malformed');
    expect(r.exitCode).toBe(1);
    expect(r.log).toContain("##[error]Unable to process file command 'output' successfully.");
    expect(r.log).toContain("##[error]Invalid format 'garbage line'");
    expect(() => parseFileCommand('x<<EOF\nno end\n')).toThrow("Matching delimiter not found 'EOF'");
    expect(() => parseFileCommand('=value\n')).toThrow('Name must not be empty');
    expect(parseFileCommand('a=b=c\nm<<E\n1\n2\nE\n')).toEqual({ a: 'b=c', m: '1\n2' });
  });

  it('NODE_OPTIONS is refused from GITHUB_ENV (an error annotation, the step passes); other variables are kept', async () => {
    const r = await step('node-options');
    expect(r.exitCode).toBe(0);
    expect(r.env).toEqual({ KEPT: 'yes' });
    expect(r.log).toContain("##[error]Can't store NODE_OPTIONS output parameter using '$GITHUB_ENV' command.");
  });

  it('a step summary over 1 MiB is not uploaded (an error annotation, the step passes)', async () => {
    const r = await step('big-summary');
    expect(r.exitCode).toBe(0);
    expect(r.summary).toBe('');
    expect(r.log).toMatch(/##\[error\]\$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k, got 1024k\./);
  });

  it('the step summary is masked as the runner masks it', async () => {
    const r = await step('summary-mask');
    expect(r.summary).toBe('<p>token ***</p>\n');
  });

  it('a step that runs steps (the root action) passes their output on by whole lines, per stream: a stderr fragment cannot hide an add-mask', () => {
    const written: [string, string][] = [];
    const out = wholeLines((text, stream) => written.push([stream, text]));
    out.feed('warning: half a line ', 'stderr');
    out.feed('::add-mask::stage-secret\nthe stage-', 'stdout');
    out.feed('secret\n', 'stdout');
    out.feed('and the rest\nno newline', 'stderr');
    out.flush();
    expect(written).toEqual([
      ['stdout', '::add-mask::stage-secret\n'],
      ['stdout', 'the stage-secret\n'],
      ['stderr', 'warning: half a line and the rest\n'],
      ['stderr', 'no newline\n'],
    ]);
  });

  it("post steps run at the job's end, last first, in the job's environment then: a later step still has the key file", async () => {
    const root = mkdtempSync(join(tmpdir(), 'meshci-fidelity-'));
    dirs.push(root);
    mkdirSync(join(root, 'act'));
    writeFileSync(
      join(root, 'act', 'action.yml'),
      'name: act\ndescription: prints and writes file commands\nruns:\n  using: node24\n  main: main.mjs\n  post: main.mjs\n',
    );
    writeFileSync(join(root, 'act', 'main.mjs'), STEP);
    const keyFile = join(root, 'issuer.key');
    const job = new Job();
    const first = await job.step('act', { root, env: { MODE: 'key-file', KEY_FILE: keyFile } });
    expect(first.exitCode, first.log).toBe(0);
    // the runner runs no post step between steps: the key file is there for the next one
    expect(first.post).toBeUndefined();
    const later = await job.step('act', { root, env: { MODE: 'later', KEY_FILE: keyFile } });
    expect(later.log).toContain('later FOO=bar key file present');
    const posts = await job.end();
    // last registered first; each post sees the job's exports and PATH as they are at the end
    expect(posts.map((p) => p.post.log.split('\n')[0])).toEqual([
      'post FOO=baz PATH=/third:/first:' + (process.env['PATH'] ?? '').split(':')[0],
      'post FOO=baz PATH=/third:/first:' + (process.env['PATH'] ?? '').split(':')[0],
    ]);
    expect(posts[1]!.post.log).toContain(`post removed ${keyFile}`);
    expect(await job.end()).toEqual([]);
  });

  it('the post step runs with what main exported and added to PATH, last-added first', async () => {
    const r = await step('export');
    expect(r.post?.log).toContain('post FOO=bar PATH=/second:/first:');
    expect(prependPath(['/a', '/b', '/a'], '/usr/bin')).toBe('/a:/b:/usr/bin');
    expect(prependPath(['/a', '/b'], undefined)).toBe('/b:/a');
  });
});
