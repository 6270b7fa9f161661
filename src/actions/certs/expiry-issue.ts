import type { CheckReport } from '../../certs/rules.js';
import type { CertSummary } from '../../certs/describe.js';
import type { Inputs } from './inputs.js';

export async function syncExpiryIssue(_inputs: Inputs, _report: CheckReport, _certs: CertSummary[]): Promise<void> {
  throw new Error('not available yet');
}
