import { describe, it, expect } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ossl from '../helpers/openssl.js';
import { run, expectNoKeyMaterial, visible } from '../helpers/action.js';
import { generateAnchor, generateIssuer } from '../../src/certs/generate.js';
import { parsePrivateKey } from '../../src/certs/pem.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'meshci-certs-test-'));

describe('certs action: generate', () => {
  it('writes a verified anchor + issuer, keys 0600, and leaks no key material', async () => {
    const dir = join(tmp(), 'certs');
    const r = await run('certs', { mode: 'generate', 'output-dir': dir });
    expect(r.exitCode, r.log).toBe(0);
    const files = JSON.parse(r.outputs['files'] ?? '[]') as string[];
    expect(files.map((f) => f.slice(dir.length + 1)).sort()).toEqual(['ca.crt', 'ca.key', 'issuer.crt', 'issuer.key']);
    expect(statSync(join(dir, 'ca.key')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'issuer.key')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'ca.crt')).mode & 0o777).toBe(0o644);
    expect(ossl.verify(readFileSync(join(dir, 'ca.crt'), 'utf8'), readFileSync(join(dir, 'issuer.crt'), 'utf8'))).toMatch(/OK$/);
    expect(readdirSync(dir).filter((f) => f.startsWith('.meshci-staging'))).toEqual([]);
    // outputs
    expect(r.outputs['trust-anchor']).toBe(readFileSync(join(dir, 'ca.crt'), 'utf8'));
    expect(r.outputs['issuer']).toBe(readFileSync(join(dir, 'issuer.crt'), 'utf8'));
    expect(r.outputs['result']).toBe('success');
    expect(Number(r.outputs['anchor-days-left'])).toBe(3650);
    expect(Number(r.outputs['issuer-days-left'])).toBe(365);
    expect(r.outputs['issuer-fingerprint']).toBe(
      ossl.openssl(['x509', '-noout', '-fingerprint', '-sha256'], r.outputs['issuer']).trim().split('=')[1]!.replace(/:/g, '').toLowerCase(),
    );
    expect(r.outputs['trust-anchor-key']).toBeUndefined();
    expect(r.outputs['issuer-key']).toBeUndefined();
    // secrets
    const keys = [readFileSync(join(dir, 'ca.key'), 'utf8'), readFileSync(join(dir, 'issuer.key'), 'utf8')];
    for (const [where, text] of Object.entries(visible(r))) expectNoKeyMaterial(where, text, keys);
    expectNoKeyMaterial('outputs file', JSON.stringify(r.outputs), keys);
    // every key was registered with the runner for masking before anything else could print it
    for (const k of keys) expect(r.secrets).toContain(k);
    expect(r.summary).toMatch(/^<h2>✅ meshci certs — generate: all 11 checks passed<\/h2>/);
    // each check once: in the log; the summary lists only what did not pass
    expect(r.summary).not.toContain('issuer cert is issued by the trust anchor');
    expect(r.log.match(/issuer cert is issued by the trust anchor/g)).toHaveLength(1);
    expect(r.post?.exitCode).toBe(0);
  });

  it('output-private-keys puts keys in the outputs file only', async () => {
    const r = await run('certs', { mode: 'generate', 'output-private-keys': 'true' });
    expect(r.exitCode, r.log).toBe(0);
    const keys = [r.outputs['trust-anchor-key'] ?? '', r.outputs['issuer-key'] ?? ''];
    expect(keys[0]).toMatch(/^-----BEGIN EC PRIVATE KEY-----/);
    expect(keys[1]).toMatch(/^-----BEGIN EC PRIVATE KEY-----/);
    for (const [where, text] of Object.entries(visible(r))) expectNoKeyMaterial(where, text, keys);
    expect(ossl.openssl(['ec', '-pubout'], keys[1]).trim()).toBe(ossl.openssl(['x509', '-noout', '-pubkey'], r.outputs['issuer']).trim());
  });

  it('signs a new issuer under an existing (openssl, step-like) anchor given as files', async () => {
    const d = tmp();
    const { anchor, anchorKey } = ossl.stepLikePair();
    writeFileSync(join(d, 'ca.crt'), anchor);
    writeFileSync(join(d, 'ca.key'), anchorKey, { mode: 0o600 });
    const out = join(d, 'out');
    const r = await run('certs', {
      mode: 'generate',
      'trust-anchor': join(d, 'ca.crt'),
      'trust-anchor-key': join(d, 'ca.key'),
      'output-dir': out,
      'issuer-validity': '48h',
    });
    expect(r.exitCode, r.log).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['ca.crt', 'issuer.crt', 'issuer.key']);
    expect(ossl.verify(anchor, readFileSync(join(out, 'issuer.crt'), 'utf8'))).toMatch(/OK$/);
    expect(r.outputs['result']).toBe('warning'); // 48h is below the 60-day threshold
    expect(r.log).toMatch(/issuer cert is valid for at least 60 days/);
    expectNoKeyMaterial('log', r.log, [anchorKey, readFileSync(join(out, 'issuer.key'), 'utf8')]);
  });
});

describe('certs action: bad input fails clearly and writes nothing', () => {
  const pair = ossl.stepLikePair();
  const other = ossl.stepLikePair();
  // prettier-ignore
  const cases: [string, Record<string, string>, RegExp][] = [
    ['duration 10x', { 'issuer-validity': '10x' }, /Input 'issuer-validity' has invalid duration '10x': expected a duration such as 8760h/],
    ['unknown mode', { mode: 'renew' }, /Input 'mode' has invalid value 'renew': allowed values are generate, check, rotate-issuer, rotate-anchor/],
    ['unknown version', { 'linkerd-version': 'stable-2.99' }, /Input 'linkerd-version' has invalid Linkerd version 'stable-2.99'/],
    ['anchor without key', { 'trust-anchor': pair.anchor }, /'trust-anchor' and 'trust-anchor-key' go together/],
    ['key not matching anchor', { 'trust-anchor': pair.anchor, 'trust-anchor-key': other.anchorKey }, /does not belong to the certificate in input 'trust-anchor'/],
    ['malformed anchor PEM', { 'trust-anchor': '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n', 'trust-anchor-key': pair.anchorKey }, /input 'trust-anchor': not a valid X.509 certificate/],
    ['anchor path that does not exist', { 'trust-anchor': '/nonexistent/ca.crt', 'trust-anchor-key': pair.anchorKey }, /Input 'trust-anchor' is neither PEM text nor a readable file: '\/nonexistent\/ca.crt'/],
    ['issuer longer than anchor', { 'anchor-validity': '24h', 'issuer-validity': '48h' }, /'issuer-validity' is longer than 'anchor-validity'/],
  ];
  it.each(cases)('%s', async (_name, inputs, message) => {
    const dir = join(tmp(), 'out');
    const r = await run('certs', { mode: 'generate', 'output-dir': dir, ...inputs });
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(/::error::meshci\/certs configuration error: /);
    expect(r.log).toMatch(message);
    expect(existsSync(dir)).toBe(false);
    expectNoKeyMaterial('log', r.log, [pair.anchorKey, other.anchorKey]);
  });

  it('a key given base64-encoded (as kubectl prints a Secret) is read and never echoed; a bad secret value is named, not shown', async () => {
    const b64 = Buffer.from(pair.anchorKey).toString('base64');
    const dir = join(tmp(), 'out');
    const ok = await run('certs', { mode: 'generate', 'trust-anchor': pair.anchor, 'trust-anchor-key': b64, 'output-dir': dir });
    expect(ok.exitCode, ok.log).toBe(0);
    for (const [w, t] of Object.entries(visible(ok))) {
      expect(t.includes(b64), w).toBe(false);
      expectNoKeyMaterial(w, t, [pair.anchorKey]);
    }
    const bad = await run('certs', {
      mode: 'generate',
      'trust-anchor': pair.anchor,
      'trust-anchor-key': 'sk_live_notapem_notafile_0123456789',
      'output-dir': join(tmp(), 'o2'),
    });
    expect(bad.exitCode).toBe(1);
    expect(bad.log).toContain("Input 'trust-anchor-key' is neither PEM text (or its base64) nor a readable file; its value is not shown, as it may hold a key");
    expect(bad.log).not.toContain('sk_live_notapem');
  });

  it('on a runner, key files are written only inside the workspace or RUNNER_TEMP', async () => {
    const ws = tmp();
    const r = await run(
      'certs',
      { mode: 'generate', 'output-dir': '/etc/meshci-keys' },
      { env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: ws, RUNNER_TEMP: join(ws, 'tmp') } },
    );
    expect(r.exitCode).toBe(1);
    expect(r.log).toContain("Input 'output-dir' names '/etc/meshci-keys', outside the workspace and RUNNER_TEMP: key files are written only there");
    expect(existsSync('/etc/meshci-keys')).toBe(false);
    const ok = await run(
      'certs',
      { mode: 'generate', 'output-dir': join(ws, 'certs') },
      { env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: ws, RUNNER_TEMP: join(ws, 'tmp') } },
    );
    expect(ok.exitCode, ok.log).toBe(0);
  });

  it('an expired existing anchor is refused, naming it and the date', async () => {
    const old = await generateAnchor({ validityMs: 3_600_000, now: new Date(Date.now() - 2 * 86_400_000) });
    const dir = join(tmp(), 'out');
    const r = await run('certs', { mode: 'generate', 'trust-anchor': old.cert.pem, 'trust-anchor-key': old.keyPem, 'output-dir': dir });
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(/input 'trust-anchor': the trust anchor expired on \d{4}-\d\d-\d\dT[\d:.]+Z; generate a new anchor instead/);
    expect(existsSync(dir)).toBe(false);
    expectNoKeyMaterial('log', r.log, [old.keyPem]);
  });

  it('check: an expired issuer and a not-yet-valid issuer fail on their validity period', async () => {
    const a = await generateAnchor({ validityMs: 3650 * 86_400_000 });
    const k = parsePrivateKey(a.keyPem);
    const expired = await generateIssuer({ validityMs: 3_600_000, now: new Date(Date.now() - 2 * 86_400_000), anchor: a.cert, anchorKey: k });
    const future = await generateIssuer({ validityMs: 3_600_000 * 24, now: new Date(Date.now() + 2 * 86_400_000), anchor: a.cert, anchorKey: k });
    const r1 = await run('certs', { mode: 'check', 'trust-anchor': a.cert.pem, issuer: expired.cert.pem });
    expect(r1.exitCode).toBe(1);
    expect(r1.log).toMatch(/issuer cert is within its validity period \(input 'issuer'\): issuer certificate is not valid anymore. Expired on /);
    const r2 = await run('certs', { mode: 'check', 'trust-anchor': a.cert.pem, issuer: future.cert.pem });
    expect(r2.exitCode).toBe(1);
    expect(r2.log).toMatch(/issuer cert is within its validity period \(input 'issuer'\): issuer certificate is not valid before: /);
  });

  it('refuses to overwrite an existing key unless asked, and leaves it untouched', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'ca.key'), 'precious');
    const r = await run('certs', { mode: 'generate', 'output-dir': dir });
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(/Input 'output-dir' folder '.*' already holds ca.key; set 'overwrite: true'/);
    expect(readFileSync(join(dir, 'ca.key'), 'utf8')).toBe('precious');
    expect(readdirSync(dir)).toEqual(['ca.key']);
    const again = await run('certs', { mode: 'generate', 'output-dir': dir, overwrite: 'true' });
    expect(again.exitCode, again.log).toBe(0);
    expect(readFileSync(join(dir, 'ca.key'), 'utf8')).toMatch(/EC PRIVATE KEY/);
  });
});

describe('certs action: check', () => {
  const pair = ossl.stepLikePair();

  it('passes a step-like openssl pair and reports days left', async () => {
    const r = await run('certs', { mode: 'check', 'trust-anchor': pair.anchor, issuer: pair.issuer, 'issuer-key': pair.issuerKey });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs['result']).toBe('success');
    expect(Number(r.outputs['issuer-days-left'])).toBeGreaterThanOrEqual(364);
    expect(Number(r.outputs['anchor-days-left'])).toBeGreaterThanOrEqual(3649);
    const report = JSON.parse(r.outputs['report'] ?? '{}') as { checks: { description: string; result: string }[] };
    expect(report.checks.filter((c) => c.result !== 'success')).toEqual([]);
    expectNoKeyMaterial('log', r.log + r.summary, [pair.issuerKey]);
  });

  it('warns (but passes) below min-validity', async () => {
    const r = await run('certs', { mode: 'check', 'trust-anchor': pair.anchor, issuer: pair.issuer, 'min-validity': '400d' });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.outputs['result']).toBe('warning');
    expect(r.log).toMatch(/::warning::linkerd-identity \/ issuer cert is valid for at least 400 days: issuer certificate will expire on/);
  });

  it('fails a P-384 issuer, naming the input and the rule, with outputs set first', async () => {
    const k = ossl.key('P-384');
    const issuer = ossl.cert({ cn: 'identity.linkerd.cluster.local', key: k, ca: { cert: pair.anchor, key: pair.anchorKey }, ...ossl.INTERMEDIATE_CA });
    const r = await run('certs', { mode: 'check', 'trust-anchor': pair.anchor, issuer, 'issuer-key': k });
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(
      /::error::meshci\/certs configuration error: issuer cert is using supported crypto algorithm \(input 'issuer'\): issuer certificate must use P-256 curve for public key, instead P-384 was used/,
    );
    expect(r.outputs['result']).toBe('error');
    expect(r.outputs['issuer-not-after']).toBeTruthy();
    expectNoKeyMaterial('log', r.log + r.summary, [k]);
  });

  it('fails an issuer that no anchor in the bundle signed', async () => {
    const other = ossl.stepLikePair();
    const r = await run('certs', { mode: 'check', 'trust-anchor': other.anchor, issuer: pair.issuer });
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(/issuer cert is issued by the trust anchor \(input 'issuer'\): x509: certificate signed by unknown authority/);
  });

  it('fails a key that does not match the issuer', async () => {
    const other = ossl.stepLikePair();
    const r = await run('certs', { mode: 'check', 'trust-anchor': pair.anchor, issuer: pair.issuer, 'issuer-key': other.issuerKey });
    expect(r.exitCode).toBe(1);
    expect(r.log).toMatch(/certificate config is valid: input 'issuer-key': tls: Public and private key do not match/);
    expectNoKeyMaterial('log', r.log, [other.issuerKey]);
  });

  it('a key given as a file: its content is masked, its path is not (a masked path blanks every mention of it)', async () => {
    const other = ossl.stepLikePair();
    const keyFile = join(tmp(), 'issuer.key');
    writeFileSync(keyFile, other.issuerKey, { mode: 0o600 });
    const r = await run('certs', { mode: 'check', 'trust-anchor': pair.anchor, issuer: pair.issuer, 'issuer-key': keyFile });
    expect(r.exitCode).toBe(1);
    expect(r.secrets).toContain(other.issuerKey);
    expect(r.secrets.filter((s) => s.includes('issuer.key'))).toEqual([]);
    expect(r.log).toContain(`file '${keyFile}' (input 'issuer-key'): tls: Public and private key do not match`);
    expectNoKeyMaterial('log', r.log, [other.issuerKey]);
  });

  it('RSA anchors: accepted for 2.14, refused for 2.11', async () => {
    const ak = ossl.key('RSA-2048');
    const anchor = ossl.cert({ cn: 'root.linkerd.cluster.local', key: ak, days: 3650, ...ossl.ROOT_CA });
    const ik = ossl.key('P-256');
    const issuer = ossl.cert({ cn: 'identity.linkerd.cluster.local', key: ik, ca: { cert: anchor, key: ak }, ...ossl.INTERMEDIATE_CA });
    const ok = await run('certs', { mode: 'check', 'trust-anchor': anchor, issuer, 'linkerd-version': 'stable-2.14.10' });
    expect(ok.exitCode, ok.log).toBe(0);
    const bad = await run('certs', { mode: 'check', 'trust-anchor': anchor, issuer, 'linkerd-version': 'stable-2.11.5' });
    expect(bad.exitCode).toBe(1);
    expect(bad.log).toMatch(
      /trust anchors are using supported crypto algorithm \(input 'trust-anchor'\): Invalid trustAnchors: \* \d+ root.linkerd.cluster.local must use ECDSA/,
    );
  });
});
