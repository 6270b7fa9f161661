// npm run act -- [act args…]
// nektos/act (pinned in test/act, built once per pin by test/kube/build.ts) as a host-mode runner:
// runs-on ubuntu-latest / ubuntu-24.04 / ubuntu-22.04 (and self-hosted, linux) run on this machine,
// no Docker; remote actions are never fetched (--action-offline-mode); the cache server is off, and
// it and the artifact server (only with --artifact-server-path) listen on loopback when turned on;
// each step's GITHUB_STEP_SUMMARY is printed by act after the step ("⚙ Summary - …"). The node24
// that scripts/setup.sh installs goes first on PATH, so `using: node24` runs on Node 24.
//
// When the local cluster runs (npm run cluster -- up), act runs inside its network namespace with
// KUBECONFIG set: the workflows reach the cluster and nothing else. A failed job's workspace and
// RUNNER_TEMP are removed (--rm; pass --rm=false to keep them for a look).
//
// Host mode runs a local action (uses: ./certs) from the workspace copy that a first step
// `uses: actions/checkout@v4` makes (act copies this folder, .gitignore honoured); without it the
// action is not found. test/helpers/act.ts says more about what act does and does not do.
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAct } from '../test/kube/build.js';
import { readState } from '../test/kube/cluster.js';
import { ACT_ENV, actArgv, hostModeArgs, pathWithNode24 } from '../test/helpers/act.js';
import { getErrorMessage } from '../src/lib/errors.js';

const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<number> {
  const user = process.argv.slice(2);
  const built = await buildAct(log);
  if (built.built) log(`act: built in ${built.seconds.toFixed(0)} s into ${built.dir}`);
  const act = join(built.dir, 'act');
  if (user.includes('--version') || user.includes('--help') || user.includes('-h')) {
    return wait(spawn(act, user, { stdio: 'inherit' }));
  }
  const cache = join(tmpdir(), 'meshci-act');
  // ours first: act reads flags left to right, so the user's own win (a later -P adds a platform)
  const args = [...hostModeArgs(cache), '--rm', ...user];
  const { path, node } = pathWithNode24();
  const state = readState();
  log(`act: host mode, node ${node}${state ? `, inside the cluster's network namespace ${state.netns}` : ''}`);
  const argv = actArgv(act, args, { keepKubeconfig: true, state, path });
  const child = spawn(argv[0]!, argv.slice(1), { stdio: 'inherit', env: { ...process.env, ...ACT_ENV, PATH: path } });
  // Ctrl-C reaches act with the terminal's process group: act cancels the job and runs the post
  // steps (a second Ctrl-C stops at once). Passing it on as well would be that second one.
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  return wait(child);
}

function wait(child: ReturnType<typeof spawn>): Promise<number> {
  return new Promise((res) => {
    child.on('error', (e) => {
      log(`act: ${e.message}`);
      res(1);
    });
    child.on('close', (code, signal) => res(code ?? (signal === 'SIGINT' ? 130 : 143)));
  });
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    log(`act: ${getErrorMessage(e)}`);
    process.exit(1);
  },
);
