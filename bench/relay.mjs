/**
 * The runtime limit the republish bench compares meshci with: a bare Node.js relay over the same
 * bytes — for each blob, TLS in (GET from the source registry), sha256, TLS out (a monolithic PUT
 * to the destination) — with nothing else: no manifests, no retries, no checks beyond the digest,
 * tokens handed in by the bench. Same cipher preference and blob concurrency as meshci.
 *
 *   node bench/relay.mjs JOB.json      (JOB: { src, dst, srcAuth, dstAuth, dstRepo, concurrency, blobs: [{ repo, digest, size }] })
 *
 * Prints the bytes moved. Plain JavaScript, so it runs on the Node.js under test without a loader.
 */
import https from 'node:https';
import tls from 'node:tls';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { URL } from 'node:url';

const job = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const agent = new https.Agent({ keepAlive: true, maxSockets: 32, ciphers: `TLS_AES_128_GCM_SHA256:${tls.DEFAULT_CIPHERS}` });

function startUpload() {
  return new Promise((resolve, reject) => {
    const req = https.request(
      `${job.dst}/v2/${job.dstRepo}/blobs/uploads/`,
      { method: 'POST', agent, headers: { authorization: job.dstAuth, 'content-length': '0' } },
      (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 202 ? resolve(new URL(String(res.headers.location), job.dst)) : reject(new Error(`upload start: HTTP ${res.statusCode}`)),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

async function relay(b) {
  const put = await startUpload();
  put.searchParams.set('digest', b.digest);
  await new Promise((resolve, reject) => {
    const get = https.get(`${job.src}/v2/${b.repo}/blobs/${b.digest}`, { agent, headers: { authorization: job.srcAuth } }, (res) => {
      if (res.statusCode !== 200) return reject(new Error(`GET ${b.digest}: HTTP ${res.statusCode}`));
      const hash = createHash('sha256');
      const up = https.request(
        put,
        { method: 'PUT', agent, headers: { authorization: job.dstAuth, 'content-type': 'application/octet-stream', 'content-length': String(b.size) } },
        (r) => {
          r.resume();
          r.on('end', () => (r.statusCode === 201 ? resolve() : reject(new Error(`PUT ${b.digest}: HTTP ${r.statusCode}`))));
        },
      );
      up.on('error', reject);
      up.on('drain', () => res.resume());
      res.on('data', (c) => {
        hash.update(c);
        if (!up.write(c)) res.pause();
      });
      res.on('end', () => {
        if (`sha256:${hash.digest('hex')}` !== b.digest) up.destroy(new Error(`digest mismatch for ${b.digest}`));
        else up.end();
      });
      res.on('error', reject);
    });
    get.on('error', reject);
  });
}

let next = 0;
let moved = 0;
await Promise.all(
  Array.from({ length: job.concurrency }, async () => {
    while (next < job.blobs.length) {
      const b = job.blobs[next++];
      await relay(b);
      moved += b.size;
    }
  }),
);
agent.destroy();
console.log(`RELAY_BYTES=${moved}`);
