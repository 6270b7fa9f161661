import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, spawnSync, execFile, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { run, expectNoKeyMaterial, visible, ROOT } from '../helpers/action.js';
import { localChartRepo, type LocalChartRepo } from '../helpers/local-charts.js';
import { kubectl, kubectlJson } from '../helpers/real-cluster.js';
import { chartsOnCluster, DGRAPH_TEST_VALUES, execHelm, identityDir, uninstallAll } from '../helpers/real-deploy.js';
import * as ossl from '../helpers/openssl.js';
import { LINKERD_PIN, linkerdBinaries } from '../kube/build-linkerd.js';
import { parseCheckOutput } from '../../src/verify/linkerd-output.js';

/**
 * Linkerd's own Go programs, built from their module (test/kube/build-linkerd.ts), against the
 * local cluster on a Linkerd that meshci's deploy action installed — their real output instead of a
 * fixture (issue 18 item 5):
 *  - the `linkerd` CLI: `linkerd check -o json` as verify runs it, read by meshci's parser and by
 *    the verify action;
 *  - the identity controller (`controller identity`) as a process outside a pod: the certs action's
 *    rotate-issuer must see the IssuerUpdated event it emits and not fall back to a restart, and
 *    must put the old issuer back when the controller refuses the new one (IssuerUpdateSkipped).
 * What a pod would give the controller is given here the way the kubelet does it: its trust anchors
 * at the one path it reads them from (a private /run in a mount namespace of its own), its issuer
 * Secret projected into a folder with the kubelet's atomic `..data` swap, which is what its watcher
 * waits for. Likewise viz's namespace label, which a hook Job kwok does not run would set. No
 * container runs; the API, the events and the Helm releases are real. Raw outputs go to
 * test-results/linkerd-upstream/.
 */
const VERSION = LINKERD_PIN;
const env = chartsOnCluster([VERSION]);
// built beforehand, outside this network namespace (no registry is reachable in here): npx tsx test/kube/build-linkerd.ts
const bins = 'missing' in env ? env : await linkerdBinaries(undefined, { build: false });
const why = 'missing' in bins ? bins.missing : '';
const RESULTS = join(ROOT, 'test-results', 'linkerd-upstream');

/** The controller reads its trust anchors from this path only (pkg/k8s MountPathTrustRootsPEM; no flag). */
const TRUST_ROOTS = '/var/run/linkerd/identity/trust-roots/ca-bundle.crt';
const PRIVATE_RUN = 'set -e; mount -t tmpfs meshci-linkerd-identity /run; mkdir -p /run/linkerd/identity/trust-roots';

/** Why the controller cannot be given that path here, or '' (a private /run in a new mount namespace). */
function mountProblem(): string {
  if (why) return '';
  const r = spawnSync('unshare', ['--mount', '--propagation', 'private', 'sh', '-c', PRIVATE_RUN], { encoding: 'utf8', timeout: 10_000 });
  if (r.status === 0) return '';
  return `the identity controller reads its trust anchors only from ${TRUST_ROOTS} and this process cannot give it a private /run: ${(r.error?.message ?? r.stderr).trim().split('\n')[0]}`;
}
const noMount = mountProblem();

const execFileP = promisify(execFile);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

/** Poll `ok` every 500 ms until it holds; throws after `timeoutMs` (or at once, with what `ok` threw). */
async function waitFor(ok: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

function runCli(bin: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string; exitCode: number; seconds: number }> {
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, exitCode: code ?? -1, seconds: (Date.now() - t0) / 1000 });
    });
  });
}

/** The checks of a `linkerd check -o json` stream, read without meshci's scanner: the fields as text. */
function checksByText(text: string): { categories: string[]; results: Record<string, number> } {
  const categories = [...text.matchAll(/"categoryName":\s*"([^"]*)"/g)].map((m) => m[1]!);
  const results: Record<string, number> = {};
  for (const m of text.matchAll(/"result":\s*"([^"]*)"/g)) results[m[1]!] = (results[m[1]!] ?? 0) + 1;
  return { categories, results };
}

/**
 * The kubelet's part for one Secret volume: every key as a file under a timestamped folder, `..data`
 * pointing at it (swapped in by renaming `..data_tmp`, as the kubelet's AtomicWriter does), and each
 * key a symlink through `..data`. Polls the Secret and projects each change.
 */
function projectSecret(namespace: string, name: string, dir: string): { stop: () => Promise<void>; projections: () => number } {
  mkdirSync(dir, { recursive: true });
  let n = 0;
  let last = '';
  let stopped = false;
  const write = (data: Record<string, string>) => {
    const stamp = join(dir, `..${new Date().toISOString().replace(/[:.]/g, '_')}.${n}`);
    mkdirSync(stamp, { mode: 0o700 });
    for (const [k, v] of Object.entries(data)) writeFileSync(join(stamp, k), Buffer.from(v, 'base64'), { mode: 0o600 });
    const old = existsSync(join(dir, '..data')) ? readlinkSync(join(dir, '..data')) : undefined;
    rmSync(join(dir, '..data_tmp'), { force: true });
    symlinkSync(basename(stamp), join(dir, '..data_tmp'));
    renameSync(join(dir, '..data_tmp'), join(dir, '..data'));
    for (const k of Object.keys(data)) if (!existsSync(join(dir, k))) symlinkSync(join('..data', k), join(dir, k));
    if (old && old !== basename(stamp)) rmSync(join(dir, old), { recursive: true, force: true });
    n++;
  };
  const { bin, kubeconfig } = (env as Exclude<typeof env, { missing: string }>).state;
  const poll = async () => {
    const r = await execFileP(join(bin, 'kubectl'), ['--kubeconfig', kubeconfig, '-n', namespace, 'get', 'secret', name, '-o', 'json'], { encoding: 'utf8' });
    const data = (JSON.parse(r.stdout) as { data?: Record<string, string> }).data ?? {};
    const key = JSON.stringify(data);
    if (key !== last) {
      write(data);
      last = key;
    }
  };
  const loop = (async () => {
    while (!stopped) {
      await poll().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 500));
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop;
    },
    projections: () => n,
  };
}

describe.skipIf(!!why)(`upstream Linkerd ${VERSION} programs against the local cluster${why ? ` (skipped: ${why})` : ''}`, () => {
  let repo: LocalChartRepo;
  const { state: st, helm: helmBin, env: path } = env as Exclude<typeof env, { missing: string }>;
  const { linkerd, controller } = bins as Exclude<typeof bins, { missing: string }>;
  const identity = identityDir();
  let check: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    repo = await localChartRepo({ helm: helmBin, versions: [VERSION], dgraph: '24.1.1' });
    uninstallAll(helmBin, st.kubeconfig);
    const r = await run(
      'deploy',
      {
        'linkerd-version': VERSION,
        'identity-dir': identity.dir,
        kubeconfig: st.kubeconfig,
        'chart-repo': repo.url,
        'dgraph-chart-repo': repo.dgraphUrl!,
        'app-values': DGRAPH_TEST_VALUES,
        viz: 'true',
        jaeger: 'false',
        timeout: '5m',
      },
      { env: path() },
    );
    expect(r.exitCode, r.log).toBe(0);
    // viz's post-install hook Job (the extension-init image, not a Go program of this module) labels its
    // namespace linkerd.io/extension=viz; kwok completes the Job without running it, so label it as it would:
    // the CLI finds installed extensions by that label
    const vizNs = kubectlJson<any>(['get', 'namespace', 'linkerd-viz']);
    writeFileSync(join(RESULTS, 'linkerd-viz.namespace.json'), JSON.stringify(vizNs.metadata, null, 2));
    if (vizNs.metadata.labels?.['linkerd.io/extension'] !== 'viz') kubectl(['label', 'namespace', 'linkerd-viz', 'linkerd.io/extension=viz']);
  });
  afterAll(async () => {
    uninstallAll(helmBin, st.kubeconfig);
    await repo?.stop();
  });

  it('linkerd check -o json (the real CLI, as verify runs it): meshci reads every check, with its category and result', async () => {
    // verify's own arguments (src/verify/collect.ts), with a short --wait: on kwok nothing that waits will come
    const args = ['check', '--proxy', '-o', 'json', '--wait', '20s', '--linkerd-namespace', 'linkerd', '--kubeconfig', st.kubeconfig];
    check = await runCli(linkerd, args, 300_000);
    writeFileSync(join(RESULTS, 'check.json'), check.stdout);
    writeFileSync(join(RESULTS, 'check.stderr'), `exit ${check.exitCode} after ${check.seconds}s\n${check.stderr}`);
    const parsed = parseCheckOutput(check.stdout);
    const byText = checksByText(check.stdout);
    const summary = parsed.items.map((i) => `${i.result.padEnd(7)} ${i.category}: ${i.description}${i.error ? ` — ${i.error.slice(0, 160)}` : ''}`);
    writeFileSync(join(RESULTS, 'check.summary.txt'), `${summary.join('\n')}\n`);
    console.log(`linkerd check: exit ${check.exitCode} in ${check.seconds}s\n${summary.join('\n')}`);

    // every byte is a check document: the core's, then the viz extension's, concatenated
    expect(parsed.unparsed, check.stdout.slice(0, 2000)).toEqual([]);
    expect(check.stdout.match(/^\{/gm)?.length, 'documents').toBe(2);
    expect(parsed.items.some((i) => i.category === 'linkerd-viz')).toBe(true);
    expect(parsed.items.length).toBeGreaterThan(0);
    // the same checks as the JSON's own fields say, category by category, result by result
    expect([...new Set(parsed.items.map((i) => i.category))]).toEqual([...new Set(byText.categories)]);
    const counts: Record<string, number> = {};
    for (const i of parsed.items) counts[i.result] = (counts[i.result] ?? 0) + 1;
    expect(counts).toEqual(byText.results);
    // the CLI's own verdict: it exits non-zero exactly when a check failed (an error, not a warning)
    expect(check.exitCode !== 0).toBe(parsed.items.some((i) => i.result === 'error'));
    expect(parsed.result).toBe(counts['error'] ? 'error' : counts['warning'] ? 'warning' : 'success');
  });

  it('verify with the real CLI: every check keeps its result, and a failed check fails verify', async () => {
    const out = mkdtempSync(join(tmpdir(), 'meshci-real-verify-upstream-'));
    const r = await run(
      'verify',
      {
        kubeconfig: st.kubeconfig,
        'output-dir': out,
        'linkerd-cli': linkerd,
        'check-wait': '20s',
        comment: 'never',
        timeout: '2m',
        'connect-timeout': '2s',
        'max-time': '4s',
        retries: '0',
        'balance-requests': '0',
      },
      { env: path() },
    );
    expect(existsSync(join(out, 'report.json')), r.log).toBe(true);
    const evidence = JSON.parse(readFileSync(join(out, 'evidence.json'), 'utf8')) as { check?: { file?: string; exitCode?: number; command?: string } };
    writeFileSync(join(RESULTS, 'verify.log'), r.log);
    for (const f of ['evidence.json', 'report.json']) writeFileSync(join(RESULTS, `verify-${f}`), readFileSync(join(out, f)));
    const checkFile = evidence.check?.file ? join(out, evidence.check.file) : join(out, 'linkerd-check.json');
    const text = readFileSync(checkFile, 'utf8');
    const items = parseCheckOutput(text).items;
    expect(items.length, JSON.stringify(evidence.check)).toBeGreaterThan(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as {
      verdict: string;
      findings: { section: string; name: string; status: string; detail: string }[];
    };
    const cp = new Map(report.findings.filter((f) => f.section === 'control-plane').map((f) => [f.name, f]));
    for (const i of items) {
      const f = cp.get(`${i.category}: ${i.description}`);
      expect(f, `no finding for ${i.category}: ${i.description}`).toBeDefined();
      if (i.result === 'error') expect(f!.status, `${f!.name}: ${f!.detail}`).toBe('fail');
      else if (i.result === 'warning') expect(['warn', 'skip'], `${f!.name}: ${f!.detail}`).toContain(f!.status);
      else expect(f!.status).toBe('pass');
    }
    if (items.some((i) => i.result === 'error')) {
      expect(report.verdict).not.toBe('pass');
      expect(r.exitCode).not.toBe(0);
    }
  });

  describe.skipIf(!!noMount)(`the identity controller (controller identity) as a process outside a pod${noMount ? ` (skipped: ${noMount})` : ''}`, () => {
    let proc: ChildProcess | undefined;
    let projector: ReturnType<typeof projectSecret>;
    let issuerDir = '';
    let log = '';
    let exited: number | null | undefined;
    const annotation = () =>
      kubectlJson<any>(['-n', 'linkerd', 'get', 'deployment', 'linkerd-identity']).spec.template.metadata.annotations?.['kubectl.kubernetes.io/restartedAt'] as
        string | undefined;
    const identityEvents = (reason: string) =>
      (kubectlJson<any>(['-n', 'linkerd', 'get', 'events', '--field-selector', `reason=${reason}`]).items as any[])
        .filter((e) => e.source?.component === 'linkerd-identity' && e.involvedObject?.kind === 'Deployment' && e.involvedObject?.name === 'linkerd-identity')
        .reduce((n: number, e) => n + ((e.count as number | undefined) ?? 1), 0);
    const rotateIssuer = (anchor: string, anchorKey: string) =>
      run(
        'certs',
        {
          kubeconfig: st.kubeconfig,
          'linkerd-version': VERSION,
          'helm-repo': repo.url,
          mode: 'rotate-issuer',
          'trust-anchor': anchor,
          'trust-anchor-key': anchorKey,
          'restart-workloads': 'false',
          timeout: '2m',
        },
        { env: path() },
      );
    const secretIssuer = () =>
      Buffer.from(kubectlJson<any>(['-n', 'linkerd', 'get', 'secret', 'linkerd-identity-issuer']).data['crt.pem'], 'base64')
        .toString()
        .trim();

    beforeAll(async () => {
      const work = mkdtempSync(join(tmpdir(), 'meshci-linkerd-identity-'));
      const anchors = join(work, 'ca-bundle.crt');
      writeFileSync(anchors, kubectlJson<any>(['-n', 'linkerd', 'get', 'configmap', 'linkerd-identity-trust-roots']).data['ca-bundle.crt']);
      issuerDir = join(work, 'issuer');
      projector = projectSecret('linkerd', 'linkerd-identity-issuer', issuerDir);
      await waitFor(() => existsSync(join(issuerDir, 'crt.pem')), 30_000, 'the issuer Secret projected');

      // the Deployment's own arguments and environment, with the pod's paths and ports replaced
      const dep = kubectlJson<any>(['-n', 'linkerd', 'get', 'deployment', 'linkerd-identity']);
      const c = (dep.spec.template.spec.containers as any[]).find((x) => x.name === 'identity');
      const [grpc, admin] = [await freePort(), await freePort()];
      const own = /^-(kubeconfig|addr|admin-addr|issuer|trace-collector)=/;
      const args = [
        ...(c.args as string[]).filter((a) => !own.test(a)),
        `-kubeconfig=${st.kubeconfig}`,
        `-addr=127.0.0.1:${grpc}`,
        `-admin-addr=127.0.0.1:${admin}`,
        `-issuer=${issuerDir}`,
      ];
      const envVars = Object.fromEntries(((c.env ?? []) as any[]).filter((e) => typeof e.value === 'string').map((e) => [e.name, e.value as string]));
      writeFileSync(join(RESULTS, 'identity-controller.args'), `${controller} ${args.join(' ')}\n${JSON.stringify(envVars)}\n`);
      proc = spawn(
        'unshare',
        ['--mount', '--propagation', 'private', 'sh', '-c', `${PRIVATE_RUN}; cp "$1" ${TRUST_ROOTS}; shift; exec "$@"`, 'sh', anchors, controller, ...args],
        {
          env: { ...process.env, ...envVars },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      proc.on('exit', (code) => (exited = code));
      proc.stdout!.on('data', (d: Buffer) => (log += d.toString()));
      proc.stderr!.on('data', (d: Buffer) => (log += d.toString()));
      await waitFor(
        async () => {
          if (exited !== undefined) throw new Error(`the identity controller exited ${exited}:\n${log}`);
          return (
            (await fetch(`http://127.0.0.1:${admin}/ready`).then(
              (r) => r.status,
              () => 0,
            )) === 200
          );
        },
        60_000,
        `the identity controller ready on 127.0.0.1:${admin}`,
      );
    });
    afterAll(async () => {
      proc?.kill('SIGTERM');
      await projector?.stop();
      writeFileSync(join(RESULTS, 'identity-controller.log'), log);
      if (!('missing' in env))
        writeFileSync(
          join(RESULTS, 'identity-events.json'),
          kubectl(['-n', 'linkerd', 'get', 'events', '--field-selector', 'source=linkerd-identity', '-o', 'json']),
        );
    });

    it("rotate-issuer, twice: meshci sees the controller's own IssuerUpdated event and restarts nothing", async () => {
      const restartedBefore = annotation();
      const eventsBefore = identityEvents('IssuerUpdated');
      // twice: the second IssuerUpdated is the same Event object again (the recorder aggregates it, count 2),
      // a MODIFIED watch event rather than an ADDED one
      for (const round of [1, 2]) {
        const projectedBefore = projector.projections();
        const updatesBefore = log.match(/Updated identity issuer/g)?.length ?? 0;
        const r = await rotateIssuer(identity.pair.anchor, identity.pair.anchorKey);
        writeFileSync(join(RESULTS, `rotate-issuer-${round}.log`), r.log);
        expect(r.exitCode, `${r.log}\n--- identity controller ---\n${log}`).toBe(0);
        expect(r.outputs['rotated']).toBe('true');
        // the kubelet stand-in projected the new Secret, and the controller loaded and announced it
        expect(projector.projections()).toBeGreaterThan(projectedBefore);
        expect(readFileSync(join(issuerDir, 'crt.pem'), 'utf8').trim()).toBe(r.outputs['issuer']?.trim());
        expect(log.match(/Updated identity issuer/g)?.length).toBe(updatesBefore + 1);
        expect(identityEvents('IssuerUpdated'), 'IssuerUpdated events of linkerd-identity').toBe(eventsBefore + round);
        // meshci saw that event, and did not fall back to restarting the controller
        expect(r.log).toMatch(/identity controller: IssuerUpdated after /);
        expect(r.log).not.toMatch(/no IssuerUpdated event within|restarting deploy\/linkerd-identity/);
        expect(annotation()).toBe(restartedBefore);
        expect(exited, log).toBeUndefined();
        for (const [w, t] of Object.entries(visible(r))) expectNoKeyMaterial(w, t, [identity.pair.anchorKey]);
      }
      // the controller agreed with what meshci wrote: no refusal, no validation failure
      expect(log).not.toMatch(/Skipping issuer update|IssuerValidationFailed/);
    });

    it('rotate-issuer under an anchor the running controller did not start with: its IssuerUpdateSkipped makes meshci put the old issuer back', async () => {
      // the release's bundle gains anchor B (as rotate-anchor's bundle phase does, through Helm) while the
      // controller keeps running: it reads its anchors once, at start-up (in a pod, that phase restarts it)
      const b = ossl.stepLikePair();
      const bundleFile = join(issuerDir, '..', 'ca-bundle-ab.crt');
      writeFileSync(bundleFile, `${readFileSync(join(issuerDir, '..', 'ca-bundle.crt'), 'utf8').trim()}\n${b.anchor.trim()}\n`);
      const chart = JSON.parse(execHelm(helmBin, st.kubeconfig, ['list', '-n', 'linkerd', '--filter', '^linkerd-control-plane$', '-o', 'json']))[0]
        .chart as string;
      // not execHelm: a synchronous helm would stall this process, which serves the chart repository
      await execFileP(
        helmBin,
        [
          '--kubeconfig',
          st.kubeconfig,
          'upgrade',
          'linkerd-control-plane',
          'linkerd-control-plane',
          '--repo',
          repo.url,
          '--version',
          chart.replace(/^linkerd-control-plane-/, ''),
          '-n',
          'linkerd',
          '--reuse-values',
          '--set-file',
          `identityTrustAnchorsPEM=${bundleFile}`,
          '--wait',
          '--timeout',
          '2m',
        ],
        { timeout: 180_000 },
      );
      expect(kubectlJson<any>(['-n', 'linkerd', 'get', 'configmap', 'linkerd-identity-trust-roots']).data['ca-bundle.crt']).toContain(
        b.anchor.trim().split('\n')[1],
      );
      const before = secretIssuer();
      const skippedBefore = identityEvents('IssuerUpdateSkipped');
      const r = await rotateIssuer(b.anchor, b.anchorKey);
      writeFileSync(join(RESULTS, 'rotate-issuer-refused.log'), r.log);
      // the controller refused the issuer signed by B, with its own reason, and said so as an Event
      expect(log).toMatch(/Skipping issuer update as certs could not be read from disk: failed to verify issuer credentials/);
      expect(identityEvents('IssuerUpdateSkipped')).toBe(skippedBefore + 1);
      // meshci read that Event, failed the step with the controller's words, and restored the previous issuer
      expect(r.exitCode, r.log).not.toBe(0);
      expect(r.log).toMatch(
        /the identity controller refused the new issuer \(IssuerUpdateSkipped: Skipping issuer update as certs could not be read from disk: failed to verify issuer credentials .*\); the previous issuer was restored$/m,
      );
      expect(secretIssuer()).toBe(before);
      // and the controller took the restored issuer back (another projection, another IssuerUpdated)
      await expect.poll(() => readFileSync(join(issuerDir, 'crt.pem'), 'utf8').trim(), { timeout: 30_000 }).toBe(before);
      await expect.poll(() => log.slice(log.lastIndexOf('Skipping issuer update')).includes('Updated identity issuer'), { timeout: 30_000 }).toBe(true);
      expect(exited, log).toBeUndefined();
      for (const [w, t] of Object.entries(visible(r))) expectNoKeyMaterial(w, t, [b.anchorKey]);
    });
  });
});
