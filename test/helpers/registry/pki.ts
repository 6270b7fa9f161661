import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A test CA, a server cert for 127.0.0.1/localhost, and a token-signing cert (docs/reference/registry.md#testing-against-a-local-registry). */
export interface Pki {
  dir: string;
  caCert: string;
  caFile: string;
  serverCert: string;
  serverKey: string;
  tokenCertFile: string;
  tokenKey: string;
  tokenCertPem: string;
  tokenCertDer: Buffer;
  /** A folder holding only ca.crt, for skopeo --cert-dir. */
  certDir: string;
}

export function makePki(dir: string): Pki {
  mkdirSync(dir, { recursive: true });
  const o = (args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  o([
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-days',
    '3',
    '-subj',
    '/CN=meshci test CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
    '-keyout',
    'ca.key',
    '-out',
    'ca.crt',
  ]);
  o(['req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-subj', '/CN=localhost', '-keyout', 'server.key', '-out', 'server.csr']);
  writeFileSync(
    join(dir, 'server.ext'),
    'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n',
  );
  o([
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.crt',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-days',
    '3',
    '-extfile',
    'server.ext',
    '-out',
    'server.crt',
  ]);
  o(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '3', '-subj', '/CN=meshci token signer', '-keyout', 'token.key', '-out', 'token.crt']);
  const certDir = join(dir, 'certsd');
  mkdirSync(certDir, { recursive: true });
  writeFileSync(join(certDir, 'ca.crt'), readFileSync(join(dir, 'ca.crt')));
  const der = execFileSync('openssl', ['x509', '-in', join(dir, 'token.crt'), '-outform', 'DER']);
  return {
    dir,
    caCert: readFileSync(join(dir, 'ca.crt'), 'utf8'),
    caFile: join(dir, 'ca.crt'),
    serverCert: readFileSync(join(dir, 'server.crt'), 'utf8'),
    serverKey: readFileSync(join(dir, 'server.key'), 'utf8'),
    tokenCertFile: join(dir, 'token.crt'),
    tokenKey: readFileSync(join(dir, 'token.key'), 'utf8'),
    tokenCertPem: readFileSync(join(dir, 'token.crt'), 'utf8'),
    tokenCertDer: der,
    certDir,
  };
}
