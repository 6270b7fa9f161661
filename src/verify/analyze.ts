import { checkIdentity, daysLeft, oneLine, rfc3339 } from '../certs/rules.js';
import { parseBundle } from '../linkerd/identity-cluster.js';
import { parseCertificate } from '../certs/pem.js';
import { parseLinkerdVersion } from '../linkerd/version.js';
import { balance, parseCheckOutput, parseEdges, outboundTraffic, authorityMatches, requestsPerPod, type Balance, type TrafficRow } from './analysis.js';
import { judgeProbe, parseProbeLog } from './probe-jobs.js';
import { parseBalanceLog } from './balance.js';
import { captured, type Evidence, type PodEvidence } from './evidence.js';

/**
 * Evidence → report: every verdict verify reaches is computed here, from the bundle alone, so a
 * run and a later `evidence-dir` re-analysis give the same report.
 */
export type Status = 'pass' | 'warn' | 'fail' | 'skip';
export const SECTIONS = ['control-plane', 'identity', 'data-plane', 'mtls', 'connectivity', 'balancing'] as const;
export type Section = (typeof SECTIONS)[number];

export interface Finding {
  section: Section;
  name: string;
  status: Status;
  detail: string;
  hint?: string;
}

export interface MatrixRow {
  probe: string;
  client: string;
  protocol: string;
  target: string;
  expected: 'allowed' | 'blocked';
  observed: 'allowed' | 'blocked' | 'unknown';
  pass: boolean;
  attempts: number;
  detail: string;
}

export interface EdgeRow {
  src: string;
  dst: string;
  clientId: string;
  serverId: string;
  secured: boolean;
  noTlsReason: string;
}

export interface Report {
  schema: 1;
  verdict: 'pass' | 'fail';
  collectedAt: string;
  linkerdNamespace: string;
  controlPlaneVersion?: string;
  counts: Record<Status, number>;
  findings: Finding[];
  /** One line per failed finding (and warning, when warnings fail), for the step's error. */
  failures: string[];
  matrix: MatrixRow[];
  edges: EdgeRow[];
  balance?: Balance & { target: string; sent: number; ok: number; connections: number; maxRatio: number };
  /** Traffic the meshed probes' proxies saw: probe name → rows. */
  traffic: Record<string, TrafficRow[]>;
  certificates: { role: string; subject: string; notAfter: string; daysLeft: number }[];
}

export interface AnalyzeOpts {
  /** Certificates expiring sooner fail (Linkerd itself warns at 60 days). */
  minCertValidityMs: number;
  balanceMaxRatio: number;
  failOnWarning: boolean;
}

const DAY = 86_400_000;
const PROXY = 'linkerd-proxy';
const CP_LABEL = 'linkerd.io/control-plane-ns';

export function analyze(e: Evidence, o: AnalyzeOpts): Report {
  const now = new Date(e.collectedAt);
  const findings: Finding[] = [];
  const add = (section: Section, name: string, status: Status, detail: string, hint?: string) => findings.push({ section, name, status, detail, ...(hint ? { hint } : {}) });
  const report: Omit<Report, 'verdict' | 'counts' | 'failures' | 'findings'> = {
    schema: 1,
    collectedAt: e.collectedAt,
    linkerdNamespace: e.linkerdNamespace,
    ...(e.controlPlaneVersion ? { controlPlaneVersion: e.controlPlaneVersion } : {}),
    matrix: [],
    edges: [],
    traffic: {},
    certificates: [],
  };

  // control plane: linkerd check, every document of the stream
  if (captured(e.check)) {
    let parsed: ReturnType<typeof parseCheckOutput> | undefined;
    try {
      parsed = parseCheckOutput(e.check.text);
    } catch (err) {
      add('control-plane', 'linkerd check output', 'fail', `cannot read the output of ${e.check.command ?? 'linkerd check'}: ${(err as Error).message}${e.check.stderr ? `; stderr: ${e.check.stderr.trim().slice(-300)}` : ''}`);
    }
    if (parsed && !parsed.items.length) add('control-plane', 'linkerd check', 'fail', `no checks in the output (exit ${e.check.exitCode ?? '?'})${e.check.stderr ? `: ${e.check.stderr.trim().slice(-300)}` : ''}`);
    for (const i of parsed?.items ?? []) {
      add('control-plane', `${i.category}: ${i.description}`, i.result === 'success' ? 'pass' : i.result === 'warning' ? 'warn' : 'fail', i.error ?? '', i.hint);
    }
  } else add('control-plane', 'linkerd check', 'skipped' in e.check ? 'skip' : 'fail', 'skipped' in e.check ? e.check.skipped : e.check.error);

  // identity: Linkerd's rules on the public certificates, with the user's floor on days left
  if (captured(e.identity)) {
    const id = e.identity.text;
    const version = parseLinkerdVersion('linkerd-version', e.controlPlaneVersion && /^(stable|edge|enterprise)-/.test(e.controlPlaneVersion) ? e.controlPlaneVersion : 'edge-26.8.3');
    const rep = checkIdentity(
      { anchors: { text: e.identity.text.bundle, source: e.identity.text.bundleSource }, issuer: { text: e.identity.text.issuer, source: e.identity.text.issuerSource } },
      { version, now, minValidityMs: o.minCertValidityMs },
    );
    for (const c of rep.checks) {
      if (c.skipped) continue;
      // Linkerd only warns about expiry within its window; verify's min-cert-validity is a floor.
      const expiring = c.hint?.endsWith('not-expiring-soon') && c.result === 'warning';
      add('identity', `${c.category}: ${c.description}`, c.result === 'success' ? 'pass' : expiring ? 'fail' : c.result === 'warning' ? 'warn' : 'fail', oneLine(c), c.hint);
    }
    const certs = [...safe(() => parseBundle(id.bundle)).map((c) => ['trust anchor', c] as const), ...safe(() => [parseCertificate(id.issuer)]).map((c) => ['issuer', c] as const)];
    for (const [role, c] of certs) {
      const left = daysLeft(c, now);
      report.certificates.push({ role, subject: c.subjectCN, notAfter: rfc3339(c.notAfter), daysLeft: left });
      const short = c.notAfter.getTime() - now.getTime() < o.minCertValidityMs;
      add('identity', `${role} ${c.subjectCN} days left`, short ? 'fail' : 'pass',
        `${left} days left (until ${rfc3339(c.notAfter)})${short ? `, below min-cert-validity ${Math.round(o.minCertValidityMs / DAY)}d: ${role === 'issuer' ? 'rotate it with meshci/certs mode rotate-issuer' : 'rotate it with meshci/certs mode rotate-anchor'}` : ''}`);
    }
  } else add('identity', 'identity certificates', 'skipped' in e.identity ? 'skip' : 'fail', 'skipped' in e.identity ? e.identity.skipped : e.identity.error);

  // data plane: every pod of the target namespaces meshed, at the control plane's version
  const targetNs = new Set(e.namespaces.map((n) => n.name));
  for (const ns of e.namespaces) {
    if (!ns.exists) add('data-plane', `namespace ${ns.name}`, 'fail', `namespace '${ns.name}' does not exist (input 'namespaces')`);
  }
  if (captured(e.pods)) {
    for (const ns of e.namespaces.filter((n) => n.exists)) {
      const pods = e.pods.text.filter((p) => p.namespace === ns.name && !finished(p));
      if (!pods.length) {
        add('data-plane', `namespace ${ns.name}`, 'warn', `no running pods in '${ns.name}': nothing to verify there`);
        continue;
      }
      let meshed = 0;
      for (const p of pods) {
        const problem = meshProblem(p, e.linkerdNamespace);
        if (problem) add('data-plane', `pod ${p.namespace}/${p.name}`, 'fail', problem);
        else {
          meshed++;
          const v = p.annotations['linkerd.io/proxy-version'];
          if (e.controlPlaneVersion && v && v !== e.controlPlaneVersion) add('data-plane', `pod ${p.namespace}/${p.name} proxy version`, 'warn', `proxy ${v}, control plane ${e.controlPlaneVersion}: restart the workload to pick up the current proxy`);
        }
      }
      add('data-plane', `namespace ${ns.name}`, meshed === pods.length ? 'pass' : 'fail', `${meshed}/${pods.length} pods meshed`);
    }
  } else add('data-plane', 'pods', 'fail', 'skipped' in e.pods ? e.pods.skipped : e.pods.error);

  // connectivity matrix, judged from the raw logs
  for (const p of e.probes) {
    const j = judgeProbe(p.probe, p.attempts.map((a) => (a.error ? undefined : parseProbeLog(a.log))));
    const err = p.attempts.at(-1)?.error;
    const detail = j.observed === 'unknown' && err ? err : j.detail;
    report.matrix.push({ probe: p.probe.name, client: p.probe.client, protocol: p.probe.protocol, target: `${p.probe.target}${p.probe.protocol === 'http' ? (p.probe.path ?? '/') : ` ${p.probe.method}`}`, expected: p.probe.expect, observed: j.observed, pass: j.pass, attempts: j.attempts, detail });
    add('connectivity', p.probe.name, j.pass ? 'pass' : 'fail', j.pass ? `${p.probe.expect} as expected: ${detail}` : `expected ${p.probe.expect}, observed ${j.observed}: ${detail}${j.attempts > 1 ? ` (${j.attempts} attempts)` : ''}`);
    // mTLS evidence from the meshed client's own proxy
    const last = [...p.attempts].reverse().map((a) => parseProbeLog(a.log)).find((r) => r?.metrics !== undefined);
    if (p.probe.client === 'meshed' && last?.metrics !== undefined) {
      const rows = outboundTraffic(last.metrics);
      report.traffic[p.probe.name] = rows;
      const mine = rows.filter((r) => authorityMatches(r.authority, p.probe.target));
      if (j.observed === 'allowed' && mine.length) {
        const plain = mine.filter((r) => r.tls !== 'true' || !r.serverId);
        const ids = [...new Set(mine.map((r) => r.serverId).filter(Boolean))].join(', ');
        add('mtls', `${p.probe.name} → ${p.probe.target}`, plain.length ? 'fail' : 'pass',
          plain.length ? `${plain.reduce((n, r) => n + r.requests, 0)} request(s) without mTLS (tls=${plain[0]?.tls || 'none'})` : `${mine.reduce((n, r) => n + r.requests, 0)} request(s) over mTLS to ${ids}`);
      }
    }
  }

  // mTLS: viz edges touching the target namespaces
  for (const [ns, piece] of Object.entries(e.edges)) {
    if (!captured(piece)) {
      add('mtls', `edges in ${ns}`, 'skipped' in piece ? 'skip' : 'fail', 'skipped' in piece ? piece.skipped : piece.error);
      continue;
    }
    let edges: ReturnType<typeof parseEdges> = [];
    try {
      edges = parseEdges(piece.text);
    } catch (err) {
      add('mtls', `edges in ${ns}`, 'fail', `cannot read ${piece.command ?? 'linkerd viz edges'} output: ${(err as Error).message}`);
    }
    for (const x of edges) {
      const row: EdgeRow = { src: `${x.srcNamespace}/${x.src}`, dst: `${x.dstNamespace}/${x.dst}`, clientId: x.clientId, serverId: x.serverId, secured: x.secured, noTlsReason: x.noTlsReason };
      report.edges.push(row);
      if (!targetNs.has(x.dstNamespace) && !targetNs.has(x.srcNamespace)) continue;
      add('mtls', `edge ${row.src} → ${row.dst}`, x.secured ? 'pass' : 'fail', x.secured ? `mTLS, ${x.clientId} → ${x.serverId}` : `not mTLS: ${x.noTlsReason || 'no server identity'}`);
    }
    if (!edges.length) add('mtls', `edges in ${ns}`, 'warn', `no edges with open connections in '${ns}' (Linkerd 2.12+ lists live connections only)`);
  }

  // gRPC balancing
  if (captured(e.balance)) {
    const b = e.balance.text;
    const rec = captured(b.log) ? parseBalanceLog(b.log.text) : undefined;
    if (!rec || rec.metrics === undefined) {
      add('balancing', `gRPC ${b.target}`, 'fail', captured(b.log) ? 'the balancing job printed no result (see balance.log)' : 'skipped' in b.log ? b.log.skipped : b.log.error);
    } else {
      const counts = requestsPerPod(rec.metrics, b.target, b.endpoints);
      const v = balance(counts, o.balanceMaxRatio);
      report.balance = { ...v, target: b.target, sent: rec.sent, ok: rec.ok, connections: rec.connections, maxRatio: o.balanceMaxRatio };
      const dist = Object.entries(counts).map(([pod, n]) => `${pod} ${n}`).join(', ');
      const oldCurl = rec.curl && /^[0-7]\./.test(rec.curl) ? `; curl ${rec.curl} in curl-image cannot reuse an h2c connection (curl#10634): use curl 8.0 or later` : '';
      const conn = `${rec.sent} calls over ${rec.connections} connection(s)${oldCurl}`;
      if (v.verdict === 'balanced') add('balancing', `gRPC ${b.target}`, 'pass', `${conn}, spread over ${Object.keys(counts).length} pods: ${dist}`);
      else if (v.verdict === 'no-traffic') add('balancing', `gRPC ${b.target}`, 'fail', `${conn}, but the client's proxy counted no requests to ${b.target}${rec.rc ? ` (curl exit ${rec.rc})` : ''}`);
      else add('balancing', `gRPC ${b.target}`, 'fail', `${conn}, unbalanced (busiest/quietest ${v.ratio === Infinity ? '∞' : v.ratio.toFixed(1)} > ${o.balanceMaxRatio}): ${dist}`);
    }
  } else add('balancing', 'gRPC load balancing', 'skipped' in e.balance ? 'skip' : 'fail', 'skipped' in e.balance ? e.balance.skipped : e.balance.error);

  const counts: Record<Status, number> = { pass: 0, warn: 0, fail: 0, skip: 0 };
  for (const f of findings) counts[f.status]++;
  const failing = findings.filter((f) => f.status === 'fail' || (o.failOnWarning && f.status === 'warn'));
  return {
    ...report,
    verdict: failing.length ? 'fail' : 'pass',
    counts,
    findings,
    failures: failing.map((f) => `${f.section}: ${f.name}: ${f.detail}`),
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

/** Why a pod is not (properly) meshed, or undefined. */
export function meshProblem(p: PodEvidence, linkerdNs: string): string | undefined {
  const proxy = p.containers.includes(PROXY) || p.initContainers.includes(PROXY);
  const label = p.labels[CP_LABEL];
  if (!proxy) {
    const optOut = p.annotations['linkerd.io/inject'] === 'disabled' ? ' (opted out: linkerd.io/inject=disabled)' : '';
    return `not meshed: no ${PROXY} container${optOut}; restart it after enabling injection (kubectl rollout restart)`;
  }
  if (label !== linkerdNs) return `has a ${PROXY} container but label ${CP_LABEL}=${label ?? '(none)'}, expected ${linkerdNs}`;
  if (p.phase === 'Running' && !p.ready) return `meshed but not ready (phase ${p.phase})`;
  return undefined;
}
