import { cliStub } from './cli-stub.js';

/**
 * A recording stand-in for the linkerd CLI (a cliStub with linkerd's answers): `version --client
 * --short` answers the version (so meshci finds it on PATH), `check` prints what the test put in
 * `check` (Linkerd's own output, from fixtures) with its exit code, `viz edges` prints `edges`.
 * It decides nothing: the verdicts are meshci's.
 */
export interface LinkerdStub {
  bin: string;
  env: Record<string, string>;
  set(o: { check?: string; checkExit?: number; edges?: string }): void;
  calls(): string[][];
}

export function linkerdStub(version = 'stable-2.14.10'): LinkerdStub {
  const stub = cliStub(['linkerd']);
  const answers = { check: '', checkExit: 0, edges: '[]' };
  const write = () =>
    stub.rules('linkerd', [
      { prefix: ['version'], stdout: `${version}\n` },
      { prefix: ['check'], stdout: answers.check, exit: answers.checkExit },
      { prefix: ['viz', 'edges'], stdout: answers.edges },
    ]);
  write();
  return {
    bin: stub.bin,
    env: { PATH: `${stub.bin}:${process.env['PATH']}` },
    set(o) {
      Object.assign(answers, Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)));
      write();
    },
    calls: () => stub.calls().map((c) => c.args),
  };
}
