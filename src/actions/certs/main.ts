import * as core from '@actions/core';
import { rmSync } from 'node:fs';
import { ConfigurationError, getErrorMessage } from '../../lib/errors.js';
import { writeFilesAtomically, assertWritable, type OutFile } from '../../lib/files.js';
import { maskSecret } from '../../runtime/log.js';
import { certClock, generateAnchor, generateIssuer } from '../../certs/generate.js';
import { parseCertificate, parsePrivateKey, splitCertificates, keyMatchesCert, PemError, type CertInfo } from '../../certs/pem.js';
import type { CheckEntry, IdentityMaterial } from '../../certs/rules.js';
import { describe } from '../../certs/describe.js';
import { runChecks, setCertOutputs, writeSummary, failOnErrors } from './report.js';
import { getInputs, type Inputs } from './inputs.js';
import { rotate, readClusterIdentity } from './rotate.js';
import { syncExpiryIssue } from './expiry-issue.js';
import * as state from '../../runtime/state.js';
import { loadAnchorVault } from '../../azure/lazy.js';
import { githubIdToken } from '../../runtime/oidc.js';
import { group } from '../../runtime/group.js';

export async function main(inputs = getInputs()): Promise<void> {
  switch (inputs.mode) {
    case 'generate':
      return generate(inputs);
    case 'check':
      return check(inputs);
    case 'rotate-issuer':
    case 'rotate-anchor':
      return rotate(inputs);
  }
}

export async function post(): Promise<void> {
  if (state.tempDir) {
    await group('Remove temporary key files', async () => {
      rmSync(state.tempDir, { recursive: true, force: true });
      core.info(`removed ${state.tempDir}`);
    });
  }
}

async function generate(inputs: Inputs): Promise<void> {
  const now = certClock();
  if (inputs.outputDir) {
    const names = ['ca.crt', 'issuer.crt', 'issuer.key', ...(inputs.trustAnchor ? [] : ['ca.key'])];
    assertWritable(inputs.outputDir, names, { overwrite: inputs.overwrite, input: 'output-dir' });
  }
  const made = await group('Generate certificates', async () => {
    let anchor: CertInfo;
    let anchorKeyPem: string | undefined;
    let existingKeyPem: string | undefined;
    const vault = inputs.keyVault ? await loadAnchorVault(inputs.keyVault.url, inputs.keyVault.secret, githubIdToken) : undefined;
    const stored = !inputs.trustAnchor && vault ? await vault.get('current') : undefined;
    if (inputs.trustAnchor && inputs.trustAnchorKey) {
      anchor = readExistingAnchor(inputs.trustAnchor, inputs.trustAnchorKey);
      existingKeyPem = inputs.trustAnchorKey.text;
      core.info(`signing a new issuer under the existing trust anchor ${anchor.subjectCN} (serial ${anchor.serial})`);
    } else if (stored && vault) {
      anchor = readExistingAnchor({ text: stored.cert.pem, source: vault.describe('current') }, { text: stored.keyPem, source: vault.describe('current') });
      existingKeyPem = stored.keyPem;
      core.info(`signing a new issuer under the trust anchor kept in ${vault.describe('current')} (serial ${anchor.serial})`);
    } else {
      const a = await generateAnchor({ validityMs: inputs.anchorValidityMs, now });
      maskSecret(a.keyPem);
      anchor = a.cert;
      anchorKeyPem = a.keyPem;
      core.info(`trust anchor ${anchor.subjectCN}: ECDSA P-256, serial ${anchor.serial}, valid until ${anchor.notAfter.toISOString()}`);
    }
    const signingKey = parsePrivateKey(anchorKeyPem ?? existingKeyPem!);
    const issuer = await generateIssuer({ validityMs: inputs.issuerValidityMs, now, anchor, anchorKey: signingKey });
    maskSecret(issuer.keyPem);
    core.info(`issuer ${issuer.cert.subjectCN}: ECDSA P-256, serial ${issuer.cert.serial}, valid until ${issuer.cert.notAfter.toISOString()}`);
    if (issuer.cert.notAfter.getTime() < now.getTime() + inputs.issuerValidityMs - 1000) {
      core.warning(`the issuer's validity was cut to the trust anchor's expiry (${anchor.notAfter.toISOString()})`);
    }
    return { anchor, anchorKeyPem, issuer: issuer.cert, issuerKeyPem: issuer.keyPem };
  });

  // Everything generated is held to the same rules as anything a user brings.
  const report = await group('Check against Linkerd rules', async () =>
    runChecks(
      inputs,
      {
        anchors: { text: made.anchor.pem, source: 'generated trust anchor' },
        issuer: { text: made.issuer.pem, source: 'generated issuer' },
        issuerKey: { text: made.issuerKeyPem, source: 'generated issuer key' },
      },
      now,
    ),
  );

  const certs = [describe('trust-anchor', made.anchor, now), describe('issuer', made.issuer, now)];
  // the files first, then the Key Vault copy, and only then the outputs: a step whose files could not
  // be written sets no `result` (nor certificates) a later step could take for a finished one
  let written: string[] | undefined;
  if (inputs.outputDir) {
    const files: OutFile[] = [
      { name: 'ca.crt', content: made.anchor.pem, mode: 0o644 },
      { name: 'issuer.crt', content: made.issuer.pem, mode: 0o644 },
      { name: 'issuer.key', content: made.issuerKeyPem, mode: 0o600 },
    ];
    if (made.anchorKeyPem) files.push({ name: 'ca.key', content: made.anchorKeyPem, mode: 0o600 });
    written = writeFilesAtomically(inputs.outputDir, files, { overwrite: inputs.overwrite, input: 'output-dir' });
    core.info(`wrote ${written.join(', ')} (keys mode 0600)`);
  }
  if (inputs.keyVault && made.anchorKeyPem && report.result !== 'error') {
    const vault = await loadAnchorVault(inputs.keyVault.url, inputs.keyVault.secret, githubIdToken);
    await group('Keep the trust anchor in Key Vault', async () => {
      await vault.put('current', made.anchor, made.anchorKeyPem!);
      core.info(`stored the trust anchor (serial ${made.anchor.serial}) in ${vault.describe('current')}`);
    });
  }
  if (written) core.setOutput('files', JSON.stringify(written));
  if (inputs.outputPrivateKeys) {
    if (made.anchorKeyPem) core.setOutput('trust-anchor-key', made.anchorKeyPem);
    core.setOutput('issuer-key', made.issuerKeyPem);
  }
  setCertOutputs(made.anchor, made.issuer, certs, report);
  await writeSummary('generate', certs, report);
  failOnErrors(report);
}

async function check(inputs: Inputs): Promise<void> {
  const now = new Date();
  let material: IdentityMaterial;
  let extra: CheckEntry[] = [];
  if (inputs.trustAnchor && inputs.issuer) {
    material = { anchors: inputs.trustAnchor, issuer: inputs.issuer, issuerKey: inputs.issuerKey };
  } else {
    ({ material, extra } = await group('Read identity from the cluster', () => readClusterIdentity(inputs)));
  }
  const report = await group('Check against Linkerd rules', async () => runChecks(inputs, material, now, extra));
  const certs = [...report.anchors.map((a) => describe('trust-anchor', a, now)), ...(report.issuer ? [describe('issuer', report.issuer, now)] : [])];
  if (report.issuer && report.anchors.length > 0) setCertOutputs(report.anchors[0]!, report.issuer, certs, report);
  else core.setOutput('result', report.result);
  core.setOutput('report', JSON.stringify({ result: report.result, checks: report.checks, certificates: certs }));
  let issueError: Error | undefined;
  if (inputs.openIssue) {
    try {
      await group('Expiry guard issue', () => syncExpiryIssue(inputs, report, certs));
    } catch (e) {
      const status = (e as { status?: number }).status;
      issueError = new Error(
        `expiry guard: GitHub API call failed${status ? ` (HTTP ${status})` : ''}: ${getErrorMessage(e)}` +
          (status === 401 || status === 403 ? "; input 'github-token' needs permission issues: write" : ''),
      );
      core.error(issueError.message);
    }
  }
  await writeSummary('check', certs, report);
  failOnErrors(report);
  if (issueError) throw issueError;
}

function readExistingAnchor(cert: { text: string; source: string }, key: { text: string; source: string }): CertInfo {
  let anchor: CertInfo;
  try {
    const blocks = splitCertificates(cert.text);
    if (blocks.length > 1) {
      throw new ConfigurationError(`${cert.source} holds ${blocks.length} certificates: give only the trust anchor that signs the new issuer`);
    }
    anchor = parseCertificate(blocks[0]!);
  } catch (e) {
    if (e instanceof PemError) throw new ConfigurationError(`${cert.source}: ${e.message}`);
    throw e;
  }
  let k;
  try {
    k = parsePrivateKey(key.text);
  } catch (e) {
    throw new ConfigurationError(`${key.source}: ${getErrorMessage(e)}`);
  }
  if (!keyMatchesCert(anchor, k)) {
    throw new ConfigurationError(`${key.source} does not belong to the certificate in ${cert.source} (public and private key do not match)`);
  }
  if (anchor.keyAlgorithm !== 'ECDSA' || anchor.curve !== 'P-256') {
    throw new ConfigurationError(
      `${cert.source}: meshci signs issuers only with an ECDSA P-256 trust anchor, this one is ${anchor.keyAlgorithm} ${anchor.curve ?? anchor.rsaBits ?? ''}`,
    );
  }
  if (!anchor.isCA) throw new ConfigurationError(`${cert.source}: the trust anchor is not a CA certificate (basicConstraints CA:TRUE missing)`);
  if (anchor.notAfter.getTime() < Date.now()) {
    throw new ConfigurationError(`${cert.source}: the trust anchor expired on ${anchor.notAfter.toISOString()}; generate a new anchor instead`);
  }
  return anchor;
}
