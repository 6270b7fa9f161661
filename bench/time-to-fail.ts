/**
 * Benchmark (not a test): how long deploy, certs --mode check and verify take to fail against an
 * API server that is unreachable (nothing listens), refuses the credentials (401), forbids the
 * reads (403 on every resource the step reads first) or accepts connections and never answers —
 * each step's dist entry through the runner emulation, as the tests run them. Issue 13's figures.
 *
 *   npx tsx bench/time-to-fail.ts
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubeServer } from '../test/helpers/kube-server.js';
import { installLinkerd } from '../test/helpers/linkerd-fixture.js';
import { run } from '../test/helpers/action.js';
import { stepLikePair } from '../test/helpers/openssl.js';

const dir = mkdtempSync(join(tmpdir(), 'meshci-ttf-'));
const pair = stepLikePair();
writeFileSync(join(dir, 'ca.crt'), pair.anchor);
writeFileSync(join(dir, 'issuer.crt'), pair.issuer);
writeFileSync(join(dir, 'issuer.key'), pair.issuerKey, { mode: 0o600 });
const steps: Record<string, (kubeconfig: string) => Record<string, string>> = {
  deploy: (k) => ({ kubeconfig: k, 'identity-dir': dir, app: 'none', routes: 'none', viz: 'false' }),
  'certs check': (k) => ({ mode: 'check', kubeconfig: k }),
  verify: (k) => ({ kubeconfig: k, 'output-dir': join(dir, 'out'), 'linkerd-cli': 'none', 'balance-requests': '0' }),
};

async function time(step: string, kubeconfig: string): Promise<string> {
  const action = step.split(' ')[0]!;
  const t0 = Date.now();
  const r = await run(action, steps[step]!(kubeconfig));
  const s = ((Date.now() - t0) / 1000).toFixed(2);
  const err = /::error::(.*)/.exec(r.log)?.[1]?.slice(0, 110) ?? '(no error)';
  return `${s} s  exit ${r.exitCode}  ${err}`;
}

const s = await new KubeServer().start();
installLinkerd(s);
const good = s.kubeconfig(dir);
const port = Number(/127\.0\.0\.1:(\d+)/.exec(readFileSync(good, 'utf8'))![1]);
const bad = join(dir, 'bad-token');
writeFileSync(bad, readFileSync(good, 'utf8').replace(/token: \S+/, 'token: wrong-0000'));
for (const p of ['configmaps', 'secrets', 'namespaces', 'pods', 'services', 'deployments', 'events']) {
  s.forbid('get', p);
  s.forbid('list', p);
}
console.log('forbidden (403 on every read):');
for (const step of Object.keys(steps)) console.log(`  ${step.padEnd(12)} ${await time(step, good)}`);
console.log('credentials refused (401):');
for (const step of Object.keys(steps)) console.log(`  ${step.padEnd(12)} ${await time(step, bad)}`);
await s.stop();
console.log('unreachable (nothing listens):');
for (const step of Object.keys(steps)) console.log(`  ${step.padEnd(12)} ${await time(step, good)}`);
const sockets: Socket[] = [];
const silent = createServer((x) => sockets.push(x));
await new Promise<void>((r) => silent.listen(port, '127.0.0.1', r));
console.log('silent (accepts, never answers):');
for (const step of Object.keys(steps)) console.log(`  ${step.padEnd(12)} ${await time(step, good)}`);
for (const x of sockets) x.destroy();
silent.close();
rmSync(dir, { recursive: true, force: true });
