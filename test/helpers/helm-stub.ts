import { createRequire } from 'node:module';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A recording stand-in for the helm CLI: every call's argv is logged with, for each --values /
 * --set-file file, its content and mode at the moment of the call. `upgrade --install` records the
 * release (chart, version, values) so later `list` and `get values` answer like helm 3; a plain
 * `upgrade --reuse-values` of a seeded release is recorded too. It renders no chart: the tests put
 * whatever the chart would create into the Kubernetes double themselves.
 */
export interface HelmCall {
  args: string[];
  files: Record<string, { mode: string; body: string }>;
}

/** The file a call passed as `--set-file <key>=<path>`, with its path. */
export function setFile(call: HelmCall, key: string): { path: string; mode: string; body: string } | undefined {
  const arg = call.args.find((a, i) => call.args[i - 1] === '--set-file' && a.startsWith(`${key}=`));
  const path = arg?.slice(key.length + 1);
  const f = path ? call.files[path] : undefined;
  return path && f ? { path, ...f } : undefined;
}

export interface SeededRelease {
  chart: string;
  version: string;
  namespace: string;
  appVersion?: string;
  values?: unknown;
  revision?: number;
}

export interface HelmStub {
  /** PATH prefix */
  bin: string;
  env: Record<string, string>;
  calls(): HelmCall[];
  releases(): Record<string, { chart: string; version: string; namespace: string; values: unknown; revision: number }>;
}

export function helmStub(seed: Record<string, SeededRelease> = {}): HelmStub {
  const dir = mkdtempSync(join(tmpdir(), 'meshci-helmstub-'));
  const log = join(dir, 'calls.jsonl');
  const state = join(dir, 'releases.json');
  writeFileSync(state, JSON.stringify(seed));
  writeFileSync(
    join(dir, 'helm'),
    `#!/usr/bin/env node
const fs = require('fs');
const yaml = require(${JSON.stringify(createRequire(import.meta.url).resolve('js-yaml'))});
const args = process.argv.slice(2);
const files = {};
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--values' || args[i] === '--set-file') {
    const p = args[i] === '--values' ? args[i + 1] : args[i + 1].split('=')[1];
    files[p] = { mode: (fs.statSync(p).mode & 0o777).toString(8), body: fs.readFileSync(p, 'utf8') };
  }
}
fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify({ args, files }) + '\\n');
const st = JSON.parse(fs.readFileSync(${JSON.stringify(state)}, 'utf8'));
const flag = (f) => { const i = args.indexOf(f); return i >= 0 ? args[i + 1] : undefined; };
if (args[0] === 'pull') {
  const dir = flag('--untardir') + '/' + args[1];
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(dir + '/values-ha.yaml', 'enablePodAntiAffinity: true\\ncontrollerReplicas: 3\\nwebhookFailurePolicy: Fail\\n');
  process.exit(0);
}
if (args[0] === 'version') { console.log('v3.17.3+g0a1b2c3'); process.exit(0); }
if (args[0] === 'list') {
  const re = new RegExp(flag('--filter'));
  const out = Object.entries(st).filter(([n]) => re.test(n)).map(([n, r]) => ({ name: n, namespace: r.namespace, revision: String(r.revision), status: 'deployed', chart: r.chart + '-' + r.version, app_version: r.appVersion || 'x' }));
  console.log(JSON.stringify(out)); process.exit(0);
}
if (args[0] === 'get' && args[1] === 'values') {
  const r = st[args[2]];
  if (!r) { console.error('Error: release: not found'); process.exit(1); }
  console.log(JSON.stringify(r.values)); process.exit(0);
}
if (args[0] === 'upgrade' && args[1] === '--install') {
  const [release, chart] = [args[2], args[3]];
  let values = {};
  for (const [p, f] of Object.entries(files)) if (args[args.indexOf(p) - 1] === '--values') values = Object.assign(values, yaml.load(f.body));
  const prev = st[release];
  st[release] = { chart, version: flag('--version'), namespace: flag('--namespace'), values, revision: (prev ? prev.revision : 0) + 1 };
  fs.writeFileSync(${JSON.stringify(state)}, JSON.stringify(st));
  console.log(JSON.stringify({ name: release, version: st[release].revision, info: { status: 'deployed' } })); process.exit(0);
}
if (args[0] === 'upgrade' && st[args[1]]) {
  st[args[1]].revision = (st[args[1]].revision || 0) + 1;
  fs.writeFileSync(${JSON.stringify(state)}, JSON.stringify(st));
  process.exit(0);
}
console.error('helm stub: unsupported ' + args.join(' ')); process.exit(1);
`,
  );
  chmodSync(join(dir, 'helm'), 0o755);
  return {
    bin: dir,
    env: { PATH: `${dir}:${process.env['PATH']}` },
    calls: () =>
      existsSync(log)
        ? readFileSync(log, 'utf8')
            .trim()
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as HelmCall)
        : [],
    releases: () => JSON.parse(readFileSync(state, 'utf8')),
  };
}
