import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runAct, type ActResult } from '../helpers/act.js';
import { ACTION_NODE, keyLines } from '../helpers/action.js';
import { runAction, type RunResult } from '../../src/local/runner.js';
import { kubectl, realCluster } from '../helpers/real-cluster.js';

/**
 * meshci's actions under a real Actions runner: nektos/act (test/act, built from its Go module) in
 * host mode (test/helpers/act.ts), next to the repository's runner emulation (src/local/runner.ts).
 * The certs tests need no cluster; the root action's run against the local Kubernetes, whose
 * network namespace has only loopback: without a chart repository the deploy stage cannot get helm
 * or the charts, so the run stops there — which is what these tests look at (the outputs of a failed
 * run, what a key or a kubeconfig leaves in the log and on disk, what a cancelled run leaves).
 *
 * Run inside the cluster's namespace: npm run cluster -- exec -- npx vitest run --project real-cluster test/real/act.test.ts
 */

const PRIVATE_KEY = /-----BEGIN (EC |RSA )?PRIVATE KEY-----/;
const notes: Record<string, unknown> = {};
afterAll(() => {
  // what these runs found, for the notes of issue 18 (not asserted where it is act's own behaviour)
  if (Object.keys(notes).length) console.log(`act notes:\n${JSON.stringify(notes, null, 2)}`);
});

/** Values act received through ::add-mask:: (its --json fields keep them; the messages do not). */
function masked(r: ActResult): string[] {
  return r.entries.filter((e) => e.command === 'add-mask' && e.arg).map((e) => e.arg!);
}

/** Everything act printed except the add-mask commands themselves, unmasked fields included. */
function unmaskedStream(r: ActResult): string {
  return JSON.stringify(r.entries.filter((e) => e.command !== 'add-mask'));
}

function expectNoLines(where: string, text: string, secrets: string[]): void {
  expect(text, `${where}: a PEM private key`).not.toMatch(PRIVATE_KEY);
  for (const s of secrets) {
    for (const line of keyLines(s)) expect(text.includes(line), `${where}: a line of a secret (${line.slice(0, 12)}…)`).toBe(false);
  }
}

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** What the steps left in their os.tmpdir(), Node's compile cache (module.enableCompileCache) aside. */
function tmpLeft(r: ActResult): string[] {
  const all = files(r.tmpDir);
  const cache = all.filter((f) => f.startsWith('node-compile-cache/'));
  return [...all.filter((f) => !cache.includes(f)), ...(cache.length ? [`node-compile-cache/ (${cache.length} files)`] : [])];
}

const CERTS_WORKFLOW = `
name: certs
on: push
jobs:
  certs:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - id: certs
        uses: ./certs
        with:
          mode: generate
          output-dir: \${{ runner.temp }}/meshci-certs
      - id: show
        run: |
          echo "anchor-fingerprint=\${{ steps.certs.outputs.anchor-fingerprint }}"
          echo "issuer-fingerprint=\${{ steps.certs.outputs.issuer-fingerprint }}"
          echo "result=\${{ steps.certs.outputs.result }}"
          echo "files=\${{ steps.certs.outputs.files }}"
          echo "node=$(node --version)"
`;

describe('act (host mode) runs the certs action', () => {
  it("generate: the outputs reach the next step, the summary is the action's, no private key in the log", async () => {
    const r = await runAct({ workflow: CERTS_WORKFLOW });
    try {
      expect(r.exitCode, r.log).toBe(0);
      expect(r.steps['certs']).toMatchObject({ Main: 'success', Post: 'success' });
      const o = r.outputs['certs']!;
      expect(o['anchor-fingerprint']).toMatch(/^[0-9a-f]{64}$/);
      expect(o['issuer-fingerprint']).toMatch(/^[0-9a-f]{64}$/);
      expect(o['result']).toBe('success');
      expect(o['anchor-days-left']).toBe('3650');
      expect(o['issuer-days-left']).toBe('365');
      expect(o['trust-anchor']).toMatch(/^-----BEGIN CERTIFICATE-----/);
      expect(o['issuer']).toMatch(/^-----BEGIN CERTIFICATE-----/);
      expect(o['trust-anchor-key']).toBeUndefined();
      expect(o['issuer-key']).toBeUndefined();
      const written = JSON.parse(o['files']!) as string[];
      expect(written.map((f) => f.replace(/^.*\/meshci-certs\//, '')).sort()).toEqual(['ca.crt', 'ca.key', 'issuer.crt', 'issuer.key']);
      // under the job's RUNNER_TEMP (act's <cache>/<job>/tmp)
      expect(written[0]).toMatch(new RegExp(`^${r.root}/act-cache/[0-9a-f]{16}/tmp/meshci-certs/`));
      // the next step saw them through the steps context
      expect(r.log).toContain(`[certs/certs]   | anchor-fingerprint=${o['anchor-fingerprint']}`);
      expect(r.log).toContain(`[certs/certs]   | result=success`);
      expect(r.log).toMatch(/\| node=v24\./);
      // the summary, as act reports it after the step
      expect(r.summary['certs']).toMatch(/^<h2>✅ meshci certs — generate: all 11 checks passed<\/h2>/);
      expect(r.summary['show']).toBeUndefined();
      // both keys were registered for masking; none of their lines is in the log, nor anywhere in
      // act's output but the add-mask commands
      const keys = masked(r).filter((m) => PRIVATE_KEY.test(m));
      expect(keys).toHaveLength(2);
      expectNoLines('log', r.log, keys);
      expectNoLines('act output (unmasked fields)', unmaskedStream(r), keys);
      // a job that succeeded: act removed its workspace and RUNNER_TEMP, keys included
      expect(r.jobDirs).toEqual([]);
      notes['certs generate'] = {
        seconds: r.ms / 1000,
        maskedValues: masked(r).length,
        groupLines: r.log
          .split('\n')
          .filter((l) => /::(end)?group::/.test(l))
          .slice(0, 4),
      };
    } finally {
      r.cleanup();
    }
  });
});

/**
 * The runner emulation (src/local/runner.ts, what test/helpers/action.ts run() calls) on the very
 * tree act ran — its clone, so a dist/ being rebuilt in the working tree meanwhile changes neither.
 */
function emulate(r: ActResult, action: string, inputs: Record<string, string>): Promise<RunResult> {
  return runAction(action, { node: ACTION_NODE, inputs, root: r.workdir });
}

describe('act and the runner emulation (test/helpers/action.ts) on the same certs inputs', () => {
  const normalize = (s: string) =>
    s
      .replace(/[0-9a-f]{64}/g, '<sha256>')
      .replace(/[0-9a-f]{12}…/g, '<sha256>…')
      .replace(/\(node:\d+\)/g, '(node:<pid>)')
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/g, '<time>')
      // a bare date (the summary's "not after" day): act and the emulation may run either side of midnight
      .replace(/\b\d{4}-\d\d-\d\d\b/g, '<date>')
      .replace(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----\n?/g, '<cert>')
      .replace(/\b[0-9a-f]{32,40}\b/g, '<serial>')
      .replace(/(?:[0-9a-f]{2}:){15,}[0-9a-f]{2}/g, '<serial>');

  it('generate: the same outputs, summary and masked values; the differences are reported', async () => {
    const emuDir = join(mkdtempSync(join(tmpdir(), 'meshci-emu-')), 'meshci-certs');
    const r = await runAct({ workflow: CERTS_WORKFLOW });
    try {
      const emu = await emulate(r, 'certs', { mode: 'generate', 'output-dir': emuDir });
      expect(emu.exitCode, emu.log).toBe(0);
      expect(r.exitCode, r.log).toBe(0);
      const a = r.outputs['certs']!;
      expect(Object.keys(a).sort()).toEqual(Object.keys(emu.outputs).sort());
      for (const k of Object.keys(emu.outputs)) {
        if (k === 'files') continue;
        expect(normalize(a[k]!), k).toBe(normalize(emu.outputs[k]!));
      }
      expect((JSON.parse(a['files']!) as string[]).map((f) => f.split('/').pop())).toEqual(
        (JSON.parse(emu.outputs['files']!) as string[]).map((f) => f.split('/').pop()),
      );
      expect(normalize(r.summary['certs']!.trimEnd())).toBe(normalize(emu.summary.trimEnd()));
      // the same values registered as secrets, by kind
      const kinds = (vs: string[]) => vs.map((v) => (PRIVATE_KEY.test(v) ? 'pem' : 'line')).sort();
      expect(kinds(masked(r))).toEqual(kinds(emu.secrets));
      // what each shows of the step's own output: act renders workflow commands its own way
      const isCommand = (l: string) => /^::[a-z-]+( [^:]*)?::/.test(l);
      const actRaw = (stage: string) =>
        r.entries.filter((e) => e.stepID?.[0] === 'certs' && e.stage === stage && e.raw_output).map((e) => e.msg.replace(/\r?\n$/, ''));
      const actCommands = r.entries.filter((e) => e.stepID?.[0] === 'certs' && e.stage === 'Main' && e.command).map((e) => `${e.command}: ${e.msg.trim()}`);
      const emuLines = emu.log.split('\n').filter((l) => l !== '');
      const emuPlain = emuLines.filter((l) => !isCommand(l));
      const deprecations = (t: string) =>
        t
          .split('\n')
          .filter((l) => /DeprecationWarning/.test(l))
          .map((l) => l.replace(/^.*\| /, '').replace(/\(node:\d+\) /, ''));
      notes['emulation vs act: certs generate'] = {
        outputs: 'same names; values equal but for fresh keys, fingerprints, serials and dates (check mode: identical)',
        stepLinesOtherThanCommands: (() => {
          const dir = (l: string) => normalize(l).replace(/\/\S*\/meshci-certs\//g, '<output-dir>/');
          const a2 = actRaw('Main').map(dir);
          const e2 = emuPlain.map(dir);
          const i = a2.findIndex((l, n) => l !== e2[n]);
          if (i < 0 && a2.length === e2.length) return 'same, in the same order';
          const sameSet = JSON.stringify([...a2].sort()) === JSON.stringify([...e2].sort());
          const onlyIn = (x: string[], y: string[]) => x.filter((l) => !y.includes(l));
          return {
            sameLines: sameSet,
            order: "differs: the emulation appends stderr after stdout; act's pseudo-terminal keeps them in time order",
            firstDifference: { act: a2.slice(i, i + 2), emulation: e2.slice(i, i + 2) },
            ...(sameSet ? {} : { onlyAct: onlyIn(a2, e2), onlyEmulation: onlyIn(e2, a2) }),
          };
        })(),
        emulationKeepsCommandLines: [...new Set(emuLines.filter(isCommand).map((l) => l.replace(/::([a-z-]+).*/, '::$1::')))],
        actRendersCommands: [
          ...new Set(
            actCommands.map((c) =>
              c
                .replace(/::(group|endgroup)::.*/s, '::$1::…')
                .replace(/(::set-output:: )[a-z-]+=.*/s, '$1<name>=<value> (each output, masked)')
                .replace(/Summary - .*/s, 'Summary - …'),
            ),
          ),
        ],
        maskedValues: { act: masked(r).length, emulation: emu.secrets.length },
        deprecationWarnings: {
          actMain: deprecations(actRaw('Main').join('\n')),
          actPost: deprecations(actRaw('Post').join('\n')),
          emulationMain: deprecations(emu.log),
          emulationPost: deprecations(emu.post?.log ?? ''),
        },
        post: { emulation: emu.post?.exitCode, act: r.steps['certs']?.['Post'] },
      };
      // the step's own lines are the same, workflow commands aside (the order of stderr aside)
      const plain = (ls: string[]) => ls.map((l) => normalize(l).replace(/\/\S*\/meshci-certs\//g, '<output-dir>/')).sort();
      expect(plain(actRaw('Main'))).toEqual(plain(emuPlain));
    } finally {
      r.cleanup();
    }
  });

  it('check of a given bundle: identical outputs', async () => {
    // the bundle from act itself: generate with output-private-keys (the keys as masked outputs)
    const made = await runAct({
      workflow: `
on: push
jobs:
  made:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - id: certs
        uses: ./certs
        with:
          output-private-keys: 'true'
`,
    });
    let bundle: { anchor: string; issuer: string; key: string };
    try {
      expect(made.exitCode, made.log).toBe(0);
      const o = made.outputs['certs']!;
      bundle = { anchor: o['trust-anchor']!, issuer: o['issuer']!, key: o['issuer-key']! };
      expect(bundle.key).toMatch(PRIVATE_KEY);
      // act logs every output it receives ("::set-output:: name=value"): the keys' only as ***
      expectNoLines('log', made.log, [bundle.key, o['trust-anchor-key']!]);
    } finally {
      made.cleanup();
    }
    const r = await runAct({
      workflow: `
on: push
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - id: certs
        uses: ./certs
        with:
          mode: check
          trust-anchor: \${{ secrets.ANCHOR }}
          issuer: \${{ secrets.ISSUER }}
          issuer-key: \${{ secrets.ISSUER_KEY }}
`,
      secrets: { ANCHOR: bundle.anchor, ISSUER: bundle.issuer, ISSUER_KEY: bundle.key },
    });
    try {
      const emu = await emulate(r, 'certs', { mode: 'check', 'trust-anchor': bundle.anchor, issuer: bundle.issuer, 'issuer-key': bundle.key });
      expect(emu.exitCode, emu.log).toBe(0);
      expect(r.exitCode, r.log).toBe(0);
      expect(r.outputs['certs']).toEqual(emu.outputs);
      expect(r.summary['certs']?.trimEnd()).toBe(emu.summary.trimEnd());
      // act masks each secret's whole value in its messages: the PEMs given as secrets are ***
      expectNoLines('log', r.log, [bundle.key]);
      expect(emu.log).not.toMatch(PRIVATE_KEY);
    } finally {
      r.cleanup();
    }
  });
});

const state = realCluster();
const why = 'missing' in state ? state.missing : '';

const ROOT_WORKFLOW = `
name: root
on: push
jobs:
  mesh:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - id: meshci
        uses: ./
        with:
          provider: existing
          kubeconfig: \${{ secrets.KUBECONFIG }}
          linkerd-version: stable-2.14.10
      - id: after
        if: always()
        run: |
          echo "failed-stage=\${{ steps.meshci.outputs.failed-stage }}"
          echo "anchor-fingerprint=\${{ steps.meshci.outputs.anchor-fingerprint }}"
          find "$RUNNER_TEMP" -type f | sed "s|$RUNNER_TEMP/||" | sort
`;

describe.skipIf(!!why)(`act (host mode) runs the root action against the local cluster${why ? ` (skipped: ${why})` : ''}`, () => {
  const kc = () => (state as { kubeconfig: string }).kubeconfig;
  const kubeconfigSecrets = () => {
    const text = readFileSync(kc(), 'utf8');
    return [...text.matchAll(/^\s*(?:client-key-data|client-certificate-data|token):\s*(\S+)\s*$/gm)].map((m) => m[1]!);
  };
  /**
   * Objects created while a run lasted (creationTimestamp in [from, to]). The cluster is shared
   * with the rest of test/real, which may run at the same time: what another test made in that
   * window is listed too, so this is reported, not asserted — and nothing is deleted here.
   */
  const createdBetween = (from: number, to: number) => {
    const out = kubectl([
      'get',
      'namespaces,customresourcedefinitions,clusterroles,clusterrolebindings,mutatingwebhookconfigurations,validatingwebhookconfigurations,secrets,configmaps,serviceaccounts',
      '-A',
      '-o',
      'jsonpath={range .items[*]}{.kind}/{.metadata.namespace}/{.metadata.name} {.metadata.creationTimestamp}{"\\n"}{end}',
    ]);
    return out
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(' ') as [string, string])
      .filter(([, t]) => Date.parse(t) >= Math.floor(from / 1000) * 1000 && Date.parse(t) <= to)
      .map(([n]) => n.replace(/\/\//, '/'))
      .filter((n) => !/^(ConfigMap\/[^/]+\/kube-root-ca\.crt|ServiceAccount\/[^/]+\/default)$/.test(n))
      .sort();
  };

  it('provider existing, no chart repository: the run stops at deploy, says so in failed-stage, leaks no credential and no key file', async () => {
    const secrets = kubeconfigSecrets();
    expect(secrets.length).toBeGreaterThan(0);
    const from = Date.now();
    const r = await runAct({ workflow: ROOT_WORKFLOW, secrets: { KUBECONFIG: readFileSync(kc(), 'utf8') } });
    const to = Date.now();
    try {
      expect(r.exitCode, r.log).not.toBe(0);
      expect(r.steps['meshci']).toMatchObject({ Main: 'failure', Post: 'success' });
      const o = r.outputs['meshci'] ?? {};
      expect(o['failed-stage'], r.log).toBe('deploy');
      expect(o['anchor-fingerprint']).toMatch(/^[0-9a-f]{64}$/);
      expect(o['environment']).toBe('');
      const stages = JSON.parse(o['stages'] ?? '{}') as Record<string, { exitCode: number }>;
      expect(stages['certs']?.exitCode).toBe(0);
      expect(stages['deploy']?.exitCode).not.toBe(0);
      // the outputs of the failed step reach the next one
      expect(r.steps['after']?.['Main']).toBe('success');
      expect(r.log).toContain('failed-stage=deploy');
      expect(r.summary['meshci']).toMatch(/^<h2>❌ meshci: stopped at deploy<\/h2>/);
      // the kubeconfig's credentials: never in the log, nor in act's unmasked fields but add-mask
      for (const s of secrets) {
        expect(r.log.includes(s), 'a kubeconfig credential in the log').toBe(false);
        expect(unmaskedStream(r).includes(s), "a kubeconfig credential in act's output").toBe(false);
      }
      expect(r.log).not.toMatch(PRIVATE_KEY);
      // the failed job's RUNNER_TEMP is still there (act keeps it without --rm): no key file in it
      expect(r.runnerTemp).toBeDefined();
      const left = files(r.runnerTemp!);
      for (const d of readdirSync(r.runnerTemp!).filter((x) => x.startsWith('meshci-') && !x.startsWith('meshci-kubeconfig-'))) {
        expect(existsSync(join(r.runnerTemp!, d, 'certs')), `${d}/certs is left`).toBe(false);
      }
      expect(left.filter((f) => /\.key$/.test(f))).toEqual([]);
      notes['root action, provider existing'] = {
        seconds: r.ms / 1000,
        failedStage: o['failed-stage'],
        deployLines: r.log
          .split('\n')
          .filter((l) => /::error::|getaddrinfo|Waiting \d+ seconds|DeprecationWarning|already has a different trust anchor|no Linkerd identity/.test(l))
          .slice(0, 10),
        runnerTempFilesLeft: left.map((f) => `${f} (mode ${(statSync(join(r.runnerTemp!, f)).mode & 0o777).toString(8)})`),
        tmpdirLeft: tmpLeft(r),
        kubeconfigOutput: o['kubeconfig'],
        createdInTheClusterMeanwhile: createdBetween(from, to),
        postStep: r.steps['meshci']?.['Post'],
      };
    } finally {
      r.cleanup();
    }
  });

  describe('SIGINT to act while the root action runs its deploy stage', () => {
    let r: ActResult;
    let leftover: { pid: number; cmdline: string }[] = [];
    let left: string[] = [];
    const sockets = new Set<Socket>();
    let stalled: Server;

    beforeAll(async () => {
      // a proxy that accepts and never answers: the deploy stage's download of helm waits there,
      // so the interrupt lands while a stage runs (the cluster itself is reached directly)
      stalled = createServer((s) => {
        sockets.add(s);
        // read (and drop) what comes, so a peer that goes away is seen closing
        s.resume();
        s.on('error', () => undefined);
        s.on('close', () => sockets.delete(s));
      });
      await new Promise<void>((res) => stalled.listen(0, '127.0.0.1', res));
      const port = (stalled.address() as { port: number }).port;
      const from = Date.now();
      r = await runAct({
        workflow: ROOT_WORKFLOW,
        secrets: { KUBECONFIG: readFileSync(kc(), 'utf8') },
        env: {
          HTTPS_PROXY: `http://127.0.0.1:${port}`,
          https_proxy: `http://127.0.0.1:${port}`,
          NO_PROXY: '127.0.0.1,localhost',
          no_proxy: '127.0.0.1,localhost',
        },
        signalAfter: { pattern: /helm is not on PATH; installing/, signal: 'SIGINT', delayMs: 1000 },
      });
      // a moment for anything the cancelled step left to show itself
      await new Promise((res) => setTimeout(res, 1000));
      leftover = r.leftover();
      left = r.runnerTemp ? files(r.runnerTemp) : [];
      notes['SIGINT during deploy'] = {
        signalledAfterSeconds: (r.signalledAt ?? 0) / 1000,
        exitCode: r.exitCode,
        steps: r.steps,
        processesAtSignal: r.atSignal?.map((p) => `${p.pid} ${p.cmdline.replace(r.root, '<run>').slice(0, 140)}`),
        processesLeft: leftover.map((p) => `${p.pid} ${p.cmdline.replace(r.root, '<run>').slice(0, 140)}`),
        proxyConnectionsStillOpen: sockets.size,
        cancelLines: r.log
          .split('\n')
          .filter((l) => /cancel|Reevaluate|keepStepRunning|killed/i.test(l))
          .slice(0, 10),
        runnerTempFilesLeft: left,
        // os.tmpdir() of the steps: the root action keeps each stage's runner files there
        tmpdirLeft: tmpLeft(r),
        createdInTheClusterMeanwhile: createdBetween(from, Date.now()),
        failedStage: r.outputs['meshci']?.['failed-stage'] ?? '(no output: the step was killed)',
      };
    });

    afterAll(async () => {
      r?.cleanup();
      for (const s of sockets) s.destroy();
      await new Promise<void>((res) => stalled.close(() => res()));
    });

    it('act cancels the step (SIGKILL), still runs its post step and the if: always() step, and fails the job', () => {
      expect(r.signalledAt, `the deploy stage never reached its download:\n${r.log}`).toBeDefined();
      expect(
        r.atSignal?.some((p) => /dist\/deploy\.js/.test(p.cmdline)),
        'the deploy stage was running',
      ).toBe(true);
      expect(r.exitCode).toBe(1);
      expect(r.log).toContain('this step has been cancelled: signal: killed');
      expect(r.steps['meshci']).toEqual({ Main: 'failure', Post: 'success' });
      expect(r.steps['after']?.['Main']).toBe('success');
      expect(r.jobResult).toBe('failure');
      // the step was killed before it set any output
      expect(r.outputs['meshci']).toBeUndefined();
      expect(r.log).not.toMatch(PRIVATE_KEY);
    });

    it("no process of the run outlives act (the stage processes die with the step's terminal session)", () => {
      expect(leftover).toEqual([]);
    });

    // act SIGKILLs the step, so main's finally never runs: the post step (post-if: always()) removes
    // RUNNER_TEMP/meshci-<name>/certs (a defect act found: it used not to)
    it('the Linkerd keys do not outlive the cancelled step', () => {
      expect(left.filter((f) => /\.key$/.test(f))).toEqual([]);
    });
  });
});
