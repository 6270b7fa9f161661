// npm run cluster -- up | down | status | build | exec -- CMD ARGS…
// The local Kubernetes of the real-cluster suite (test/kube/cluster.ts, test/kube/README.md).
import { spawnSync } from 'node:child_process';
import { buildAct, buildKube, diskUse } from '../test/kube/build.js';
import { down, execArgv, readState, status, up } from '../test/kube/cluster.js';
import { getErrorMessage } from '../src/lib/errors.js';

const [cmd, ...rest] = process.argv.slice(2);
const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<number> {
  switch (cmd) {
    case 'build': {
      for (const [name, b] of [
        ['kube', await buildKube(log)],
        ['act', await buildAct(log)],
      ] as const) {
        console.log(`${name}: ${b.dir} (${b.built ? `built in ${b.seconds.toFixed(0)} s` : 'cached'}, ${(diskUse(b.dir) / 1e6).toFixed(0)} MB)`);
      }
      return 0;
    }
    case 'up': {
      const t0 = Date.now();
      const s = await up({ log });
      log(
        `cluster up in ${((Date.now() - t0) / 1000).toFixed(1)} s: Kubernetes ${s.version}, 3 kwok nodes, network namespace ${s.netns}, API https://127.0.0.1:${s.port}`,
      );
      console.log(s.kubeconfig);
      return 0;
    }
    case 'down': {
      const { stopped } = await down({ log });
      console.log(stopped.length ? `stopped ${stopped.join(', ')}` : 'no cluster was running');
      return 0;
    }
    case 'status': {
      const s = status();
      if (!s.state) {
        console.log('no cluster (npm run cluster -- up)');
        return 1;
      }
      for (const p of s.running) console.log(`${p.alive ? 'running' : 'exited '} ${p.name} (pid ${p.pid})`);
      console.log(
        `${s.healthy ? 'healthy' : 'NOT healthy'}: Kubernetes ${s.state.version}, API https://127.0.0.1:${s.state.port}, kubeconfig ${s.state.kubeconfig}`,
      );
      return s.healthy ? 0 : 1;
    }
    case 'exec': {
      const state = readState();
      if (!state) {
        log('no cluster: run npm run cluster -- up first');
        return 2;
      }
      const argv = rest[0] === '--' ? rest.slice(1) : rest;
      if (argv.length === 0) {
        log('usage: npm run cluster -- exec -- CMD ARGS…');
        return 2;
      }
      const [bin, ...args] = execArgv(state, argv);
      const r = spawnSync(bin!, args, { stdio: 'inherit' });
      return r.status ?? (r.signal ? 128 + 15 : 1);
    }
    default:
      log('usage: npm run cluster -- up | down | status | build | exec -- CMD ARGS…');
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    log(`cluster ${cmd}: ${getErrorMessage(e)}`);
    process.exit(1);
  },
);
