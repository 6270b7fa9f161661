import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  debug,
  saveState,
  setFailed,
  warning
} from "./chunk-O36P7VPO.js";
import {
  getErrorMessage,
  isUserError
} from "./chunk-HPEVLKEG.js";

// src/runtime/runner.ts
async function run(action, main, post) {
  const isPost = !!process.env["STATE_isPost"];
  if (!isPost) {
    saveState("isPost", "true");
    try {
      await main();
    } catch (e) {
      const kind = isUserError(e) ? "configuration error" : "failed";
      setFailed(`meshci/${action} ${kind}: ${getErrorMessage(e)}`);
      if (!isUserError(e) && e instanceof Error && e.stack) debug(e.stack);
    }
    return;
  }
  if (!post) return;
  try {
    await post();
  } catch (e) {
    warning(`meshci/${action} post step: ${getErrorMessage(e)}`);
  }
}
async function runLazily(action, getInputs, load) {
  await run(
    action,
    async () => {
      const inputs = getInputs();
      await (await load()).main(inputs);
    },
    async () => (await load()).post?.()
  );
}

export {
  runLazily
};
