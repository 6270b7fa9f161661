import { checkIdentity, daysLeft, oneLine, rfc3339 } from '../certs/rules.js';
import { parseBundle } from '../linkerd/identity-cluster.js';
import { parseCertificate } from '../certs/pem.js';
import { parseLinkerdVersion } from '../linkerd/version.js';
import { balance, parseCheckOutput, parseEdges, outboundTraffic, authorityMatches, requestsPerPod, type TrafficRow } from './linkerd-output.js';
import { parseProbeLog } from './probe-log.js';
import { judgeMatrix } from './probe-outcome.js';
import { parseBalanceLog } from './balance.js';
import { captured, whyNot, type BalanceEvidence, type Evidence, type Piece, type PodEvidence } from './evidence.js';
import type { AnalyzeOpts, EdgeRow, Finding, Report, Section, Status } from './verdict-types.js';
import { getErrorMessage } from '../lib/errors.js';

const DAY = 86_400_000;
const PROXY = 'linkerd-proxy';
const CP_LABEL = 'linkerd.io/control-plane-ns';

/**
 * Evidence → report: every verdict verify reaches is computed here, from the bundle alone, so a
 * run and a later `evidence-dir` re-analysis give the same report.
 */
export function analyze(e: Evidence, o: AnalyzeOpts): Report {
  const expect = { check: o.expect?.check ?? true, balance: o.expect?.balance ?? true };
  const findings: Finding[] = [];
  const add: Add = (section, name, status, detail, hint) => findings.push({ section, name, status, detail, ...(hint ? { hint } : {}) });
  /** A piece that is not there: a skip only where the user turned it off, else a failure naming it. */
  const notThere: NotThere = (section, name, piece, byChoiceAllowed) => {
    const why = whyNot(piece) ?? '';
    if ('skipped' in piece && byChoiceAllowed) add(section, name, 'skip', why);
    else if ('skipped' in piece) add(section, name, 'fail', `expected, but skipped: ${why}`);
    else add(section, name, 'fail', 'missing' in piece ? `no evidence: ${why}` : why);
  };
  const report: Draft = {
    schema: 1,
    collectedAt: e.collectedAt,
    linkerdNamespace: e.linkerdNamespace,
    ...(e.controlPlaneVersion ? { controlPlaneVersion: e.controlPlaneVersion } : {}),
    failOnWarning: o.failOnWarning,
    acceptRefused: !!o.acceptRefused,
    matrix: [],
    edges: [],
    traffic: {},
    certificates: [],
  };

  // control plane: linkerd check, every line of its output accounted for
  if (captured(e.check)) controlPlane(e.check, add);
  else notThere('control-plane', 'linkerd check', e.check, !expect.check);

  // identity: Linkerd's rules on the public certificates, with the user's floor on days left
  if (captured(e.identity)) identity(e.identity.text, e, o, report, add);
  else notThere('identity', 'identity certificates', e.identity, false);

  // data plane: every pod of the target namespaces running, ready and meshed at the control plane's version
  dataPlane(e, add, notThere);

  // connectivity matrix, judged from the raw logs: allowed probes first, they are the controls
  connectivity(e, o, report, add);

  // mTLS: viz edges touching the target namespaces
  edgeFindings(e, report, add);

  // gRPC balancing
  if (captured(e.balance)) balancing(e.balance.text, o, report, add);
  else notThere('balancing', 'gRPC load balancing', e.balance, !expect.balance);

  return verdict(report, findings, o.failOnWarning);
}

type Add = (section: Section, name: string, status: Status, detail: string, hint?: string) => void;
type NotThere = (section: Section, name: string, piece: Piece<unknown>, byChoiceAllowed: boolean) => void;
/** The report as the steps fill it in, before the verdict. */
type Draft = Omit<Report, 'verdict' | 'counts' | 'failures' | 'findings' | 'failed'>;

/** Identity: Linkerd's rules on the public certificates, and each certificate's days left against min-cert-validity. */
function identity(
  id: { bundle: string; issuer: string; bundleSource: string; issuerSource: string },
  e: Evidence,
  o: AnalyzeOpts,
  report: Draft,
  add: Add,
): void {
  const now = new Date(e.collectedAt);
  const version = parseLinkerdVersion(
    'linkerd-version',
    e.controlPlaneVersion && /^(stable|edge|enterprise)-\d+\.\d+\.\d+$/.test(e.controlPlaneVersion) ? e.controlPlaneVersion : 'edge-26.8.3',
  );
  const rep = checkIdentity(
    { anchors: { text: id.bundle, source: id.bundleSource }, issuer: { text: id.issuer, source: id.issuerSource } },
    { version, now, minValidityMs: o.minCertValidityMs },
  );
  for (const c of rep.checks) {
    if (c.skipped) continue;
    // Linkerd only warns about expiry within its window; verify's min-cert-validity is a floor.
    const expiring = c.hint?.endsWith('not-expiring-soon') && c.result === 'warning';
    add(
      'identity',
      `${c.category}: ${c.description}`,
      c.result === 'success' ? 'pass' : expiring ? 'fail' : c.result === 'warning' ? 'warn' : 'fail',
      oneLine(c),
      c.hint,
    );
  }
  const certs = [
    ...safe(() => parseBundle(id.bundle)).map((c) => ['trust anchor', c] as const),
    ...safe(() => [parseCertificate(id.issuer)]).map((c) => ['issuer', c] as const),
  ];
  for (const [role, c] of certs) {
    const left = daysLeft(c, now);
    report.certificates.push({ role, subject: c.subjectCN, notAfter: rfc3339(c.notAfter), daysLeft: left });
    const short = c.notAfter.getTime() - now.getTime() < o.minCertValidityMs;
    add(
      'identity',
      `${role} ${c.subjectCN} days left`,
      short ? 'fail' : 'pass',
      `${left} days left (until ${rfc3339(c.notAfter)})${short ? `, below min-cert-validity ${Math.round(o.minCertValidityMs / DAY)}d: ${role === 'issuer' ? 'rotate it with meshci/certs mode rotate-issuer' : 'rotate it with meshci/certs mode rotate-anchor'}` : ''}`,
    );
  }
}

/** Data plane: the namespaces exist, and every pod in them runs, is ready and is meshed at the control plane's version. */
function dataPlane(e: Evidence, add: Add, notThere: NotThere): void {
  if (!e.namespaces.length) add('data-plane', 'namespaces', 'fail', 'no evidence: the evidence names no namespace whose pods must be meshed');
  for (const ns of e.namespaces) {
    if (!ns.exists) add('data-plane', `namespace ${ns.name}`, 'fail', `namespace '${ns.name}' does not exist (input 'namespaces')`);
  }
  if (captured(e.pods)) {
    for (const ns of e.namespaces.filter((n) => n.exists)) {
      const pods = e.pods.text.filter((p) => p.namespace === ns.name && !p.deleting && !doneByDesign(p));
      if (!pods.length) {
        add('data-plane', `namespace ${ns.name}`, 'warn', `no running pods in '${ns.name}': nothing to verify there`);
        continue;
      }
      let good = 0;
      for (const p of pods) {
        const problem = [meshProblem(p, e.linkerdNamespace), podProblem(p)].filter(Boolean).join('; ');
        if (problem) add('data-plane', `pod ${p.namespace}/${p.name}`, 'fail', problem);
        else {
          good++;
          const v = p.annotations['linkerd.io/proxy-version'];
          if (e.controlPlaneVersion && v && v !== e.controlPlaneVersion)
            add(
              'data-plane',
              `pod ${p.namespace}/${p.name} proxy version`,
              'warn',
              `proxy ${v}, control plane ${e.controlPlaneVersion}: restart the workload to pick up the current proxy`,
            );
        }
      }
      add('data-plane', `namespace ${ns.name}`, good === pods.length ? 'pass' : 'fail', `${good}/${pods.length} pods meshed, running and ready`);
    }
  } else notThere('data-plane', 'pods', e.pods, false);
}

/** Connectivity: the probe matrix (allowed probes are the controls), and each meshed allowed probe's own proof of mTLS. */
function connectivity(e: Evidence, o: AnalyzeOpts, report: Draft, add: Add): void {
  if (!e.probes.length)
    add('connectivity', 'probes', 'fail', 'no evidence: no probe ran, so nothing shows who can reach the target (an empty matrix proves nothing)');
  const records = new Map(e.probes.map((p) => [p.probe.name, p.attempts.map((a) => (a.error ? undefined : parseProbeLog(a.log)))]));
  const judged = judgeMatrix(
    e.probes.map((p) => ({ probe: p.probe, records: records.get(p.probe.name)! })),
    { acceptRefused: !!o.acceptRefused },
  );
  // an allowed probe from a meshed client also needs its own proxy's proof of mTLS
  for (const p of e.probes.filter((x) => x.probe.expect === 'allowed' && x.probe.client === 'meshed')) {
    const recs = records.get(p.probe.name)!;
    const j = judged.get(p.probe.name)!;
    const rec = recs[j.index] ?? [...recs].reverse().find((r) => r?.metrics !== undefined);
    if (rec?.metrics !== undefined) report.traffic[p.probe.name] = outboundTraffic(rec.metrics);
    if (j.observed !== 'allowed') continue;
    const proof = mtlsProof(p.probe.target, rec?.metrics, e.linkerdNamespace);
    add('mtls', `${p.probe.name} → ${p.probe.target}`, proof.ok ? 'pass' : 'fail', proof.detail);
    if (!proof.ok) judged.set(p.probe.name, { ...j, pass: false, detail: `${j.detail}, but ${proof.detail}` });
  }
  for (const p of e.probes) {
    const j = judged.get(p.probe.name)!;
    const err = p.attempts[j.index]?.error ?? p.attempts.at(-1)?.error;
    const detail = j.observed === 'unknown' && err ? err : j.detail;
    report.matrix.push({
      probe: p.probe.name,
      client: p.probe.client,
      protocol: p.probe.protocol,
      target: `${p.probe.target}${p.probe.protocol === 'http' ? (p.probe.path ?? '/') : ` ${p.probe.method}`}`,
      expected: p.probe.expect,
      observed: j.observed,
      pass: j.pass,
      attempts: j.attempts,
      detail,
    });
    add(
      'connectivity',
      p.probe.name,
      j.pass ? 'pass' : 'fail',
      j.pass
        ? `${p.probe.expect} as expected: ${detail}`
        : `expected ${p.probe.expect}, observed ${j.observed}: ${detail}${j.attempts > 1 ? ` (${j.attempts} attempts)` : ''}`,
    );
  }
}

/** mTLS as viz edges show it, for the edges touching the target namespaces. */
function edgeFindings(e: Evidence, report: Draft, add: Add): void {
  const targetNs = new Set(e.namespaces.map((n) => n.name));
  for (const [ns, piece] of Object.entries(e.edges)) {
    if (!captured(piece)) {
      add('mtls', `edges in ${ns}`, 'skipped' in piece ? 'skip' : 'fail', whyNot(piece) ?? '');
      continue;
    }
    let edges: ReturnType<typeof parseEdges> = [];
    try {
      edges = parseEdges(piece.text);
    } catch (err) {
      add('mtls', `edges in ${ns}`, 'fail', `cannot read ${piece.command ?? 'linkerd viz edges'} output: ${getErrorMessage(err)}`);
      continue;
    }
    for (const x of edges) {
      const row: EdgeRow = {
        src: `${x.srcNamespace}/${x.src}`,
        dst: `${x.dstNamespace}/${x.dst}`,
        clientId: x.clientId,
        serverId: x.serverId,
        secured: x.secured,
        noTlsReason: x.noTlsReason,
      };
      report.edges.push(row);
      if (!targetNs.has(x.dstNamespace) && !targetNs.has(x.srcNamespace)) continue;
      add(
        'mtls',
        `edge ${row.src} → ${row.dst}`,
        x.secured ? 'pass' : 'fail',
        x.secured ? `mTLS, ${x.clientId} → ${x.serverId}` : `not mTLS: ${x.noTlsReason || 'no server identity'}`,
      );
    }
    if (!edges.length) add('mtls', `edges in ${ns}`, 'warn', `no edges with open connections in '${ns}' (Linkerd 2.12+ lists live connections only)`);
  }
}

/** gRPC balancing: the balancing client's calls, counted per pod by its proxy. */
function balancing(b: BalanceEvidence, o: AnalyzeOpts, report: Draft, add: Add): void {
  const rec = captured(b.log) ? parseBalanceLog(b.log.text) : undefined;
  if (!rec || rec.metrics === undefined) {
    add('balancing', `gRPC ${b.target}`, 'fail', captured(b.log) ? 'the balancing job printed no result (see balance.log)' : (whyNot(b.log) ?? ''));
  } else {
    const counts = requestsPerPod(rec.metrics, b.target, b.endpoints);
    const v = balance(counts, o.balanceMaxRatio);
    report.balance = { ...v, target: b.target, sent: rec.sent, ok: rec.ok, connections: rec.connections, maxRatio: o.balanceMaxRatio };
    const dist = Object.entries(counts)
      .map(([pod, n]) => `${pod} ${n}`)
      .join(', ');
    const oldCurl =
      rec.curl && /^[0-7]\./.test(rec.curl) ? `; curl ${rec.curl} in curl-image cannot reuse an h2c connection (curl#10634): use curl 8.0 or later` : '';
    const conn = `${rec.sent} calls over ${rec.connections} connection(s)${oldCurl}`;
    if (!b.endpoints.length)
      add('balancing', `gRPC ${b.target}`, 'fail', `${conn}, but the Service had no ready endpoint when the run started: nothing to balance over`);
    else if (v.verdict === 'balanced') add('balancing', `gRPC ${b.target}`, 'pass', `${conn}, spread over ${Object.keys(counts).length} pods: ${dist}`);
    else if (v.verdict === 'no-traffic')
      add(
        'balancing',
        `gRPC ${b.target}`,
        'fail',
        `${conn}, but the client's proxy counted no requests to ${b.target}${rec.rc ? ` (curl exit ${rec.rc})` : ''}`,
      );
    else
      add(
        'balancing',
        `gRPC ${b.target}`,
        'fail',
        `${conn}, unbalanced (busiest/quietest ${v.ratio === Infinity ? '∞' : v.ratio.toFixed(1)} > ${o.balanceMaxRatio}): ${dist}`,
      );
  }
}

/** The verdict: every fail, and every warning under fail-on-warning, fails the step. */
function verdict(report: Draft, findings: Finding[], failOnWarning: boolean): Report {
  const counts: Record<Status, number> = { pass: 0, warn: 0, fail: 0, skip: 0 };
  for (const f of findings) counts[f.status]++;
  const failing = findings.filter((f) => f.status === 'fail' || (failOnWarning && f.status === 'warn'));
  return {
    ...report,
    verdict: failing.length ? 'fail' : 'pass',
    counts,
    failed: failing.length,
    findings,
    failures: failing.map((f) => `${f.section}: ${f.name}: ${f.status === 'warn' ? '(warning, fail-on-warning) ' : ''}${f.detail}`),
  };
}

/** Checks that need Linkerd's version service on the internet (docs/reference/linkerd-check.md#checks-that-need-the-internet). */
const LATEST = 'can determine the latest version';

/**
 * `linkerd check` findings. Every line is accounted for: text that is not a check document fails
 * (an extension printing its table, #7037), and so does a non-zero exit no failed check explains.
 * Where the latest version could not be fetched (air-gapped), the checks that compare against it
 * are not applicable — reported as skips, not as mesh warnings.
 */
function controlPlane(check: { text: string; command?: string; exitCode?: number; stderr?: string }, add: Add): void {
  const cmd = check.command ?? 'linkerd check';
  const stderr = check.stderr?.trim() ? `; stderr: ${check.stderr.trim().slice(-300)}` : '';
  const parsed = parseCheckOutput(check.text);
  if (parsed.unparsed.length) {
    const shown = parsed.unparsed.slice(0, 6).join(' | ').slice(0, 500);
    add(
      'control-plane',
      'linkerd check output',
      'fail',
      `${parsed.unparsed.length} line(s) of ${cmd} output are not check results (JSON documents): ${shown}${parsed.unparsed.length > 6 ? ' | …' : ''}`,
    );
  }
  if (!parsed.items.length) {
    add('control-plane', 'linkerd check', 'fail', `no checks in the output (exit ${check.exitCode ?? '?'})${stderr}`);
    return;
  }
  if (check.exitCode !== undefined && check.exitCode !== 0 && !parsed.items.some((i) => i.result === 'error')) {
    add('control-plane', 'linkerd check exit code', 'fail', `${cmd} exited ${check.exitCode}, but no check in its output failed${stderr}`);
  }
  const offline = parsed.items.some((i) => i.description === LATEST && i.result !== 'success');
  for (const i of parsed.items) {
    const name = `${i.category}: ${i.description}`;
    if (offline && i.result === 'warning' && (i.description === LATEST || /up-to-date/.test(i.description))) {
      add(
        'control-plane',
        name,
        'skip',
        `not applicable: needs Linkerd's version service on the internet, which this cluster could not reach (${i.error ?? 'no answer'})`,
      );
      continue;
    }
    add('control-plane', name, i.result === 'success' ? 'pass' : i.result === 'warning' ? 'warn' : 'fail', i.error ?? '', i.hint);
  }
}

/**
 * Proof that a meshed client's request went through its proxy over mTLS: the proxy's own outbound
 * counters hold requests to the target, every one with tls="true" and a server identity of the
 * target's namespace under this control plane (`<sa>.<ns>.serviceaccount.identity.<linkerd-ns>.<domain>`).
 */
export function mtlsProof(target: string, metrics: string | undefined, linkerdNs: string): { ok: boolean; detail: string } {
  if (metrics === undefined) return { ok: false, detail: "the client's proxy printed no metrics: nothing shows the request went through the mesh" };
  let rows: TrafficRow[];
  try {
    rows = outboundTraffic(metrics);
  } catch (e) {
    return { ok: false, detail: `the client's proxy metrics cannot be read (${getErrorMessage(e)})` };
  }
  const mine = rows.filter((r) => authorityMatches(r.authority, target) && r.requests > 0);
  const total = mine.reduce((n, r) => n + r.requests, 0);
  if (!total) return { ok: false, detail: `reached the target without the mesh: the client's proxy counted no request to ${target}` };
  const id = serverIdentity(target, linkerdNs);
  const plain = mine.filter((r) => r.tls !== 'true' || !r.serverId);
  if (plain.length)
    return {
      ok: false,
      detail: `${plain.reduce((n, r) => n + r.requests, 0)} of ${total} request(s) to ${target} without mTLS (tls=${plain[0]!.tls || 'none'})`,
    };
  const wrong = mine.filter((r) => !id.re.test(r.serverId));
  if (wrong.length) return { ok: false, detail: `request(s) to ${target} over TLS to ${wrong[0]!.serverId}, not ${id.text}` };
  return { ok: true, detail: `${total} request(s) over mTLS to ${[...new Set(mine.map((r) => r.serverId))].join(', ')}` };
}

function serverIdentity(target: string, linkerdNs: string): { re: RegExp; text: string } {
  const labels = target.replace(/:\d+$/, '').split('.');
  const ns = labels.length >= 2 && !/^\d+$/.test(labels.at(-1)!) ? labels[1] : undefined;
  const q = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return ns
    ? {
        re: new RegExp(`^[a-z0-9]([-a-z0-9.]*[a-z0-9])?\\.${q(ns)}\\.serviceaccount\\.identity\\.${q(linkerdNs)}\\.[a-z0-9.-]+$`),
        text: `an identity of namespace ${ns} (<sa>.${ns}.serviceaccount.identity.${linkerdNs}.<domain>)`,
      }
    : {
        re: new RegExp(`^[a-z0-9]([-a-z0-9.]*[a-z0-9])?\\.serviceaccount\\.identity\\.${q(linkerdNs)}\\.[a-z0-9.-]+$`),
        text: `a Linkerd identity (<sa>.<ns>.serviceaccount.identity.${linkerdNs}.<domain>)`,
      };
}

function safe<T>(f: () => T[]): T[] {
  try {
    return f();
  } catch {
    return [];
  }
}

function finished(p: PodEvidence): boolean {
  return p.phase === 'Succeeded' || p.phase === 'Failed';
}

/** A finished pod that is meant to finish: a Job's, or one no controller owns. */
function doneByDesign(p: PodEvidence): boolean {
  return finished(p) && (!p.ownerKind || p.ownerKind === 'Job');
}

/** Why a pod is not (properly) meshed, or undefined. */
export function meshProblem(p: PodEvidence, linkerdNs: string): string | undefined {
  const proxy = p.containers.includes(PROXY) || p.initContainers.includes(PROXY);
  const label = p.labels[CP_LABEL];
  if (!proxy) {
    const optOut = p.annotations['linkerd.io/inject'] === 'disabled' ? ' (opted out: linkerd.io/inject=disabled)' : '';
    return `not meshed: no ${PROXY} container${optOut}; restart it after enabling injection (kubectl rollout restart)`;
  }
  if (label !== linkerdNs) return `has a ${PROXY} container but label ${CP_LABEL}=${label ?? '(none)'}, expected ${linkerdNs}`;
  return undefined;
}

/**
 * Why a pod is not running and ready with its proxy ready, or undefined: Pending, Unknown, a
 * controller's pod that Succeeded or Failed, a container waiting (CrashLoopBackOff,
 * ImagePullBackOff) or not ready, the proxy not ready.
 */
export function podProblem(p: PodEvidence): string | undefined {
  const bad = (p.statuses ?? []).filter((c) => !c.ready && !/^terminated: Completed/.test(c.state));
  const states = bad.map((c) => `${c.name} ${c.state}${c.restarts ? ` (${c.restarts} restarts)` : ''}`).join(', ');
  if (p.phase !== 'Running') {
    const owner = finished(p) && p.ownerKind ? ` (a ${p.ownerKind}'s pod: it should be running)` : '';
    return `phase ${p.phase}${owner}${states ? `: ${states}` : ''}`;
  }
  const proxy = (p.statuses ?? []).find((c) => c.name === PROXY);
  if (proxy && !proxy.ready) return `${PROXY} not ready (${proxy.state}${proxy.restarts ? `, ${proxy.restarts} restarts` : ''})`;
  if (!p.ready) return `running but not ready${states ? `: ${states}` : ''}`;
  return undefined;
}
