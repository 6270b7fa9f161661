// Workflow commands in a log (`::debug::`, `::add-mask::`, `::error::`, …): a GitHub runner acts on
// each line that is one — masks a value, opens a group, fails nothing but annotates the run — so the
// test log must carry none (issue 20 §5). scripts/test.mjs scans what vitest prints with this;
// test/helpers/quiet-runner-commands.ts keeps the ones library code writes inside a test worker.

/**
 * A line the runner would take for a workflow command (leading blanks allowed: the runner trims them
 * first, actions/runner ActionCommand.TryParseV2). To show one harmlessly, put a character before it.
 */
export const RUNNER_COMMAND = /^\s*::[a-zA-Z-]+(?: [^\n]*?)?::/;

/**
 * The workflow-command lines of `text`, each once with how often it came (at most `max` kinds).
 * @param {string} text
 * @param {number} [max]
 * @returns {string[]}
 */
export function runnerCommands(text, max = 10) {
  const seen = new Map();
  for (const line of text.split('\n')) {
    if (RUNNER_COMMAND.test(line)) seen.set(line.trim(), (seen.get(line.trim()) ?? 0) + 1);
  }
  return [...seen].slice(0, max).map(([l, n]) => (n > 1 ? `${l}  (${n} times)` : l));
}
