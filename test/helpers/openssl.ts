import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * openssl is the independent oracle: certificates made here the way `step` makes them
 * (`--profile root-ca` / `--profile intermediate-ca`, docs/reference/linkerd-certificates.md#names-and-extensions) and read back with
 * `openssl x509 -text` / `openssl verify`.
 */
export const dir = mkdtempSync(join(tmpdir(), 'meshci-openssl-'));
let n = 0;

export function openssl(args: string[], input?: string): string {
  return execFileSync('openssl', args, { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
}

export type KeySpec = 'P-256' | 'P-384' | 'RSA-2048' | 'RSA-3072';

export function key(spec: KeySpec = 'P-256'): string {
  const file = join(dir, `k${n++}.pem`);
  if (spec.startsWith('P-')) {
    openssl(['ecparam', '-name', spec === 'P-256' ? 'prime256v1' : 'secp384r1', '-genkey', '-noout', '-out', file]);
  } else {
    openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', `rsa_keygen_bits:${spec.slice(4)}`, '-out', file]);
  }
  return readFileSync(file, 'utf8');
}

export interface CertSpec {
  cn: string;
  key: string;
  /** Signer; omitted = self-signed. */
  ca?: { cert: string; key: string };
  days?: number;
  /** basicConstraints line, or null to leave the extension out. */
  basicConstraints?: string | null;
  keyUsage?: string | null;
  extendedKeyUsage?: string;
  digest?: 'sha256' | 'sha384';
}

/** step's root-ca profile: CA:TRUE pathlen:1, keyCertSign+cRLSign. */
export const ROOT_CA = { basicConstraints: 'critical,CA:TRUE,pathlen:1', keyUsage: 'critical,keyCertSign,cRLSign' };
/** step's intermediate-ca profile: CA:TRUE pathlen:0, keyCertSign+cRLSign. */
export const INTERMEDIATE_CA = { basicConstraints: 'critical,CA:TRUE,pathlen:0', keyUsage: 'critical,keyCertSign,cRLSign' };

export function cert(spec: CertSpec): string {
  const id = n++;
  const keyFile = join(dir, `c${id}.key`);
  writeFileSync(keyFile, spec.key, { mode: 0o600 });
  const ext = [
    '[ext]',
    'subjectKeyIdentifier=hash',
    ...(spec.ca ? ['authorityKeyIdentifier=keyid'] : []),
    ...(spec.basicConstraints === null ? [] : [`basicConstraints=${spec.basicConstraints ?? ROOT_CA.basicConstraints}`]),
    ...(spec.keyUsage === null ? [] : [`keyUsage=${spec.keyUsage ?? ROOT_CA.keyUsage}`]),
    ...(spec.extendedKeyUsage ? [`extendedKeyUsage=${spec.extendedKeyUsage}`] : []),
  ].join('\n');
  const extFile = join(dir, `c${id}.ext`);
  writeFileSync(extFile, ext + '\n');
  const out = join(dir, `c${id}.crt`);
  const digest = `-${spec.digest ?? 'sha256'}`;
  if (!spec.ca) {
    openssl([
      'req',
      '-x509',
      '-new',
      '-key',
      keyFile,
      '-subj',
      `/CN=${spec.cn}`,
      '-days',
      String(spec.days ?? 365),
      digest,
      '-extensions',
      'ext',
      '-config',
      extConfig(extFile),
      '-out',
      out,
    ]);
  } else {
    const csr = join(dir, `c${id}.csr`);
    openssl(['req', '-new', '-key', keyFile, '-subj', `/CN=${spec.cn}`, '-out', csr]);
    const caCert = join(dir, `c${id}.ca.crt`);
    const caKey = join(dir, `c${id}.ca.key`);
    writeFileSync(caCert, spec.ca.cert);
    writeFileSync(caKey, spec.ca.key, { mode: 0o600 });
    openssl([
      'x509',
      '-req',
      '-in',
      csr,
      '-CA',
      caCert,
      '-CAkey',
      caKey,
      '-CAcreateserial',
      '-days',
      String(spec.days ?? 365),
      digest,
      '-extfile',
      extFile,
      '-extensions',
      'ext',
      '-out',
      out,
    ]);
  }
  return readFileSync(out, 'utf8');
}

function extConfig(extFile: string): string {
  const cfg = join(dir, `cfg${n++}.cnf`);
  writeFileSync(cfg, `[req]\ndistinguished_name=dn\n[dn]\n${readFileSync(extFile, 'utf8')}`);
  return cfg;
}

export function text(pem: string): string {
  return openssl(['x509', '-noout', '-text'], pem);
}

export function verify(anchorPem: string, issuerPem: string): string {
  const a = join(dir, `v${n++}.crt`);
  const i = join(dir, `v${n++}.crt`);
  writeFileSync(a, anchorPem);
  writeFileSync(i, issuerPem);
  return openssl(['verify', '-CAfile', a, i]).trim();
}

/** A step-like pair made by openssl: anchor (root-ca) + issuer (intermediate-ca), both P-256. */
export function stepLikePair(opts: { anchorKey?: KeySpec; issuerKey?: KeySpec; issuerDays?: number } = {}) {
  const anchorKey = key(opts.anchorKey ?? 'P-256');
  const anchor = cert({ cn: 'root.linkerd.cluster.local', key: anchorKey, days: 3650, ...ROOT_CA });
  const issuerKey = key(opts.issuerKey ?? 'P-256');
  const issuer = cert({
    cn: 'identity.linkerd.cluster.local',
    key: issuerKey,
    ca: { cert: anchor, key: anchorKey },
    days: opts.issuerDays ?? 365,
    ...INTERMEDIATE_CA,
  });
  return { anchor, anchorKey, issuer, issuerKey };
}
