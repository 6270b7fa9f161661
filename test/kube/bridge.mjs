// One end of the bridge that makes the local cluster's API port answer on the host's loopback as
// well as inside its network namespace (test/kube/cluster.ts): a Unix socket is shared by both
// namespaces (it lives in the file system), a TCP port is not.
//   node bridge.mjs unix-to-tcp SOCKET PORT   (inside the namespace: socket → 127.0.0.1:PORT)
//   node bridge.mjs tcp-to-unix PORT SOCKET   (on the host: 127.0.0.1:PORT → socket)
// Bytes are relayed as they are (TLS end to end); either side closing closes the other.
import { createServer, connect } from 'node:net';
import { rmSync } from 'node:fs';

const [mode, a, b] = process.argv.slice(2);
const relay = (target) => (client) => {
  const upstream = connect(target);
  client.pipe(upstream).pipe(client);
  const end = () => {
    client.destroy();
    upstream.destroy();
  };
  client.on('error', end).on('close', end);
  upstream.on('error', end).on('close', end);
};
let server;
if (mode === 'unix-to-tcp') {
  rmSync(a, { force: true });
  server = createServer(relay({ host: '127.0.0.1', port: Number(b) })).listen(a);
} else if (mode === 'tcp-to-unix') {
  server = createServer(relay({ path: b })).listen(Number(a), '127.0.0.1');
} else {
  console.error('usage: bridge.mjs unix-to-tcp SOCKET PORT | tcp-to-unix PORT SOCKET');
  process.exit(2);
}
server.on('error', (e) => {
  console.error(`bridge ${mode}: ${e.message}`);
  process.exit(1);
});
for (const s of ['SIGTERM', 'SIGINT']) process.on(s, () => server.close(() => process.exit(0)));
