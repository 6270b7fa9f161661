import { describe, it, expect } from 'vitest';
import * as core from '@actions/core';
import { runnerCommands as scan } from '../../scripts/lib/runner-commands.mjs';
import { runnerCommands } from '../helpers/quiet-runner-commands.js';

/** The test log carries no workflow command a runner would act on (issue 20 §5). */
describe('workflow commands in the test log', () => {
  it('the scan scripts/test.mjs runs over the log finds each command line, as the runner trims it', () => {
    const log = [
      '✓ a test',
      '::debug::exec: kind version',
      '  ::add-mask::s3cret',
      '::debug::exec: kind version',
      'text ::error:: inside a line',
      '::group::x',
      '::endgroup::',
      '::error file=a.ts,line=1::bad',
    ].join('\n');
    expect(scan(log)).toEqual(['::debug::exec: kind version  (2 times)', '::add-mask::s3cret', '::group::x', '::endgroup::', '::error file=a.ts,line=1::bad']);
    expect(scan('✓ all fine\n')).toEqual([]);
  });

  it('library code in a test worker that logs through @actions/core prints no command: it is kept, the rest of the line stream is untouched', () => {
    const before = runnerCommands.length;
    core.debug('from a worker');
    core.setSecret('not-in-the-log');
    core.startGroup('a group');
    core.endGroup();
    expect(runnerCommands.slice(before)).toEqual(['::debug::from a worker', '::add-mask::not-in-the-log', '::group::a group', '::endgroup::']);
  });
});
