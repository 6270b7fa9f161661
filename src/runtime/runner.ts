import * as core from '@actions/core';
import { getErrorMessage, isUserError } from '../lib/errors.js';

/**
 * The one entry-point framework: the same bundle serves the main and the post step. The runner
 * sets STATE_* for the post step from what main saved; `isPost` is saved on the first run.
 */
export async function run(action: string, main: () => Promise<void>, post?: () => Promise<void>): Promise<void> {
  const isPost = !!process.env['STATE_isPost'];
  if (!isPost) {
    core.saveState('isPost', 'true');
    try {
      await main();
    } catch (e) {
      const kind = isUserError(e) ? 'configuration error' : 'failed';
      core.setFailed(`meshci/${action} ${kind}: ${getErrorMessage(e)}`);
      if (!isUserError(e) && e instanceof Error && e.stack) core.debug(e.stack);
    }
    return;
  }
  if (!post) return;
  // A post step never fails the job: cleanup is best effort and says what it could not do.
  try {
    await post();
  } catch (e) {
    core.warning(`meshci/${action} post step: ${getErrorMessage(e)}`);
  }
}

/**
 * An action's entry: its inputs are read (and every bad one reported) before its code is loaded,
 * so a configuration error costs the start-up of @actions/core and the input readers, not the
 * Kubernetes client's or the Azure SDKs' megabytes (bench/startup.ts measures it).
 */
export async function runLazily<I>(
  action: string,
  getInputs: () => I,
  load: () => Promise<{ main(inputs: I): Promise<void>; post?: () => Promise<void> }>,
): Promise<void> {
  await run(
    action,
    async () => {
      const inputs = getInputs();
      await (await load()).main(inputs);
    },
    async () => (await load()).post?.(),
  );
}
