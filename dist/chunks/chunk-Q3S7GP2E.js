import { createRequire as __meshciCreateRequire } from 'node:module'; const require = __meshciCreateRequire(import.meta.url);
import {
  parseCertificate,
  require_x509_cjs
} from "./chunk-ITZIBZIF.js";
import {
  require_crypto
} from "./chunk-TC7UFU3S.js";
import {
  __toESM
} from "./chunk-J36IR65A.js";

// src/certs/generate.ts
var x509 = __toESM(require_x509_cjs(), 1);
var import_node_crypto = __toESM(require_crypto(), 1);
var ANCHOR_CN = "root.linkerd.cluster.local";
var ISSUER_CN = "identity.linkerd.cluster.local";
var EC_P256 = { name: "ECDSA", namedCurve: "P-256" };
var SIGN_ALG = { name: "ECDSA", hash: "SHA-256" };
var CLOCK_SKEW_MS = 1e4;
async function generateAnchor(opts) {
  const keys = await newKeyPair();
  const name = `CN=${opts.commonName ?? ANCHOR_CN}`;
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: name,
    issuer: name,
    ...window(opts),
    signingAlgorithm: SIGN_ALG,
    publicKey: keys.publicKey,
    signingKey: keys.privateKey,
    extensions: [
      new x509.BasicConstraintsExtension(true, 1, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(keys.publicKey)
    ]
  });
  return { cert: parseCertificate(cert.toString("pem")), keyPem: await sec1Pem(keys.privateKey), key: keys };
}
async function generateIssuer(opts) {
  const keys = await newKeyPair();
  const signingKey = await importSigningKey(opts.anchorKey);
  const anchorPublic = await new x509.X509Certificate(opts.anchor.pem).publicKey.export(SIGN_ALG_IMPORT, ["verify"]);
  const w = window(opts);
  if (w.notAfter > opts.anchor.notAfter) w.notAfter = opts.anchor.notAfter;
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: `CN=${opts.commonName ?? ISSUER_CN}`,
    issuer: new x509.X509Certificate(opts.anchor.pem).subjectName,
    ...w,
    signingAlgorithm: SIGN_ALG,
    publicKey: keys.publicKey,
    signingKey,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(anchorPublic)
    ]
  });
  return { cert: parseCertificate(cert.toString("pem")), keyPem: await sec1Pem(keys.privateKey) };
}
var SIGN_ALG_IMPORT = { name: "ECDSA", namedCurve: "P-256" };
async function newKeyPair() {
  return await import_node_crypto.webcrypto.subtle.generateKey(EC_P256, true, ["sign", "verify"]);
}
async function importSigningKey(key) {
  const details = key.asymmetricKeyDetails;
  if (key.asymmetricKeyType !== "ec" || details?.namedCurve !== "prime256v1") {
    throw new Error("the trust anchor key must be ECDSA P-256 to sign an issuer");
  }
  return import_node_crypto.webcrypto.subtle.importKey("pkcs8", key.export({ type: "pkcs8", format: "der" }), EC_P256, false, ["sign"]);
}
async function sec1Pem(key) {
  return import_node_crypto.KeyObject.from(key).export({ type: "sec1", format: "pem" }).toString();
}
function certClock() {
  return new Date(Math.floor(Date.now() / 1e3) * 1e3);
}
function window(opts) {
  const now = opts.now ?? /* @__PURE__ */ new Date();
  const nb = Math.floor((now.getTime() - CLOCK_SKEW_MS) / 1e3) * 1e3;
  const na = Math.floor((now.getTime() + opts.validityMs) / 1e3) * 1e3;
  return { notBefore: new Date(nb), notAfter: new Date(na) };
}
function randomSerial() {
  const b = (0, import_node_crypto.randomBytes)(16);
  b[0] = b[0] & 127 | 64;
  return b.toString("hex");
}
function bundlePem(certs) {
  return certs.map((c) => c.pem.trim()).join("\n") + "\n";
}

export {
  generateAnchor,
  generateIssuer,
  certClock,
  bundlePem
};
