import { RUNNER_COMMAND } from '../../scripts/lib/runner-commands.mjs';

/**
 * Library code run inside a test worker (a tool download, the kind runner, the cluster layer) logs
 * through @actions/core, which writes workflow commands — `::debug::`, `::group::`, `::error::` — to
 * stdout, where a GitHub runner running the tests would act on them. Inside the workers they are
 * kept here instead (tests may read them); every other line is printed as it was. Action steps run
 * as child processes through the runner emulation, which reads their commands as a runner does.
 * scripts/test.mjs fails a run whose log still carries one.
 */
export const runnerCommands: string[] = [];

const write = process.stdout.write.bind(process.stdout) as (
  chunk: string | Uint8Array,
  encoding?: BufferEncoding,
  cb?: (err?: Error | null) => void,
) => boolean;
process.stdout.write = ((
  chunk: string | Uint8Array,
  encoding?: BufferEncoding | ((err?: Error | null) => void),
  cb?: (err?: Error | null) => void,
): boolean => {
  const done = typeof encoding === 'function' ? encoding : cb;
  const enc = typeof encoding === 'string' ? encoding : undefined;
  const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  if (!text.includes('::')) return write(chunk, enc, done);
  const kept = text
    .split(/(?<=\n)/)
    .filter((line) => {
      if (!RUNNER_COMMAND.test(line)) return true;
      runnerCommands.push(line.replace(/\r?\n$/, ''));
      return false;
    })
    .join('');
  if (kept) return write(kept, enc, done);
  if (done) process.nextTick(done);
  return true;
}) as typeof process.stdout.write;
