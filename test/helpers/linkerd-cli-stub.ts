import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A recording stand-in for the linkerd CLI: `version --client --short` answers the version (so
 * meshci finds it on PATH), `check` prints what the test put in `check` (Linkerd's own output,
 * from fixtures) with its exit code, `viz edges` prints `edges`. Every argv is logged. It decides
 * nothing: the verdicts are meshci's.
 */
export interface LinkerdStub {
  bin: string;
  env: Record<string, string>;
  set(o: { check?: string; checkExit?: number; edges?: string }): void;
  calls(): string[][];
}

export function linkerdStub(version = 'stable-2.14.10'): LinkerdStub {
  const dir = mkdtempSync(join(tmpdir(), 'meshci-linkerdstub-'));
  const log = join(dir, 'calls.jsonl');
  writeFileSync(join(dir, 'check.out'), '');
  writeFileSync(join(dir, 'check.rc'), '0');
  writeFileSync(join(dir, 'edges.out'), '[]');
  writeFileSync(
    join(dir, 'linkerd'),
    `#!/usr/bin/env node
const fs = require('fs');
const args = process.argv.slice(2);
fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify(args) + '\\n');
const d = ${JSON.stringify(dir)};
if (args[0] === 'version') { console.log(${JSON.stringify(version)}); process.exit(0); }
if (args[0] === 'check') { process.stdout.write(fs.readFileSync(d + '/check.out')); process.exitCode = Number(fs.readFileSync(d + '/check.rc', 'utf8')); return; }
if (args[0] === 'viz' && args[1] === 'edges') { process.stdout.write(fs.readFileSync(d + '/edges.out')); process.exit(0); }
console.error('linkerd stub: unsupported ' + args.join(' ')); process.exit(1);
`,
  );
  chmodSync(join(dir, 'linkerd'), 0o755);
  return {
    bin: dir,
    env: { PATH: `${dir}:${process.env['PATH']}` },
    set(o) {
      if (o.check !== undefined) writeFileSync(join(dir, 'check.out'), o.check);
      if (o.checkExit !== undefined) writeFileSync(join(dir, 'check.rc'), String(o.checkExit));
      if (o.edges !== undefined) writeFileSync(join(dir, 'edges.out'), o.edges);
    },
    calls: () => (existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as string[]) : []),
  };
}
