import type { Balance, TrafficRow } from './linkerd-output.js';

/** What verify reports: the findings by section, the matrix, the edges, the verdict (computed in judge.ts). */
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
  observed: 'allowed' | 'blocked' | 'inconclusive' | 'unknown';
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
  /** Findings that fail the step: every `fail`, and every `warn` when failOnWarning. */
  failed: number;
  failOnWarning: boolean;
  /** Input accept-refused: refused connections counted as blocked (the report says so per probe). */
  acceptRefused: boolean;
  findings: Finding[];
  /** One line per finding that fails the step, for the step's error. */
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
  /** Input accept-refused: a refused connection counts as blocked when the control reached the target. */
  acceptRefused?: boolean;
  /**
   * Pieces this run asked for (default: all): one that is not in the evidence fails — no evidence,
   * no pass. False only where the user turned it off (linkerd-cli none, balance-requests 0).
   */
  expect?: { check?: boolean; balance?: boolean };
}
