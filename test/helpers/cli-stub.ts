import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Recording stand-ins for command-line tools (docker, kind, kubectl): each call's argv and stdin
 * are logged; the answer is the first rule whose argv prefix matches (stdout, stderr, exit code),
 * rules changeable between runs. For the argv tables of plans that drive tools no test machine
 * runs (Docker). They decide nothing the product must compute.
 */
export interface Rule {
  prefix: string[];
  stdout?: string;
  stderr?: string;
  exit?: number;
  /** write `content` to the path that follows the argument `after` (kind create cluster --kubeconfig <path>) */
  writeArgFile?: { after: string; content: string };
}

export interface CliStub {
  /** a folder holding only the stubs: use it as the whole PATH to hide real tools */
  bin: string;
  rules(cmd: string, rules: Rule[]): void;
  calls(): { cmd: string; args: string[]; stdin: string }[];
}

export function cliStub(commands: string[]): CliStub {
  const dir = mkdtempSync(join(tmpdir(), 'meshci-clistub-'));
  const log = join(dir, 'calls.jsonl');
  for (const cmd of commands) {
    writeFileSync(join(dir, `${cmd}.rules.json`), '[]');
    writeFileSync(
      join(dir, cmd),
      `#!${process.execPath}
const fs = require('fs');
const args = process.argv.slice(2);
let stdin = '';
try { if (!process.stdin.isTTY) stdin = fs.readFileSync(0, 'utf8'); } catch {}
fs.appendFileSync(${JSON.stringify(log)}, JSON.stringify({ cmd: ${JSON.stringify(cmd)}, args, stdin }) + '\\n');
const rules = JSON.parse(fs.readFileSync(${JSON.stringify(join(dir, `${cmd}.rules.json`))}, 'utf8'));
const r = rules.find((x) => x.prefix.every((p, i) => args[i] === p));
if (!r) { process.stderr.write(${JSON.stringify(cmd)} + ' stub: no rule for ' + args.join(' ') + '\\n'); process.exit(3); }
if (r.writeArgFile) { const i = args.indexOf(r.writeArgFile.after); if (i >= 0 && args[i + 1]) fs.writeFileSync(args[i + 1], r.writeArgFile.content, { mode: 0o600 }); }
if (r.stdout) process.stdout.write(r.stdout);
if (r.stderr) process.stderr.write(r.stderr);
process.exit(r.exit || 0);
`,
    );
    chmodSync(join(dir, cmd), 0o755);
  }
  return {
    bin: dir,
    rules: (cmd, rules) => writeFileSync(join(dir, `${cmd}.rules.json`), JSON.stringify(rules)),
    calls: () =>
      existsSync(log)
        ? readFileSync(log, 'utf8')
            .trim()
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as { cmd: string; args: string[]; stdin: string })
        : [],
  };
}

/**
 * docker, kind and kubectl answering as for a first kind provision: Docker runs, no cluster and no
 * registry container yet; `nodes` are what `kind get nodes` lists, `kubeconfig` what `kind create
 * cluster` writes to its --kubeconfig path (the cluster it "creates", e.g. the Kubernetes test server);
 * `rmError`: `docker rm` fails with it (a registry container that cannot be removed).
 */
export function kindTools(opts: { nodes: string; kubeconfig?: string; rmError?: string }): CliStub {
  const stub = cliStub(['docker', 'kind', 'kubectl']);
  stub.rules('kind', [
    { prefix: ['version'], stdout: 'kind v0.27.0 go1.23.6 linux/amd64\n' },
    { prefix: ['get', 'clusters'], stdout: '' },
    { prefix: ['get', 'nodes'], stdout: opts.nodes },
    { prefix: ['create', 'cluster'], ...(opts.kubeconfig !== undefined ? { writeArgFile: { after: '--kubeconfig', content: opts.kubeconfig } } : {}) },
    { prefix: ['export', 'kubeconfig'] },
    { prefix: ['delete', 'cluster'] },
  ]);
  stub.rules('kubectl', [{ prefix: ['version'], stdout: '{"clientVersion":{"gitVersion":"v1.32.3"}}' }, { prefix: ['--kubeconfig'] }]);
  stub.rules('docker', [
    { prefix: ['info'], stdout: '28.2.2\n' },
    { prefix: ['inspect'], stderr: 'Error: No such object: kind-registry\n', exit: 1 },
    { prefix: ['run'], stdout: 'c0ffee\n' },
    { prefix: ['network', 'connect'] },
    { prefix: ['exec'] },
    { prefix: ['rm'], ...(opts.rmError ? { stderr: `${opts.rmError}\n`, exit: 1 } : {}) },
  ]);
  return stub;
}

/**
 * A tools mirror on loopback serving a stand-in Calico manifest as `calico-<version>.yaml` (what
 * provision downloads, checks and applies in place of upstream's): `inputs` point provision at it
 * with that file's sha256; `requests` counts what was asked of it; `content` may be changed (a
 * tampered mirror).
 */
export interface CalicoMirror {
  url: string;
  sha256: string;
  inputs: { 'tools-mirror': string; 'calico-sha256': string };
  /** CLI flags for the same */
  flags: string[];
  requests: string[];
  setContent(body: string): void;
  close(): Promise<void>;
}

export async function calicoMirror(version = 'v3.29.3'): Promise<CalicoMirror> {
  const { createServer } = await import('node:http');
  const { createHash } = await import('node:crypto');
  let body = `# stand-in for projectcalico/calico ${version} manifests/calico.yaml (test double)\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: calico-test\n`;
  const sha256 = createHash('sha256').update(body).digest('hex');
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(`${req.method ?? ''} ${req.url ?? ''}`);
    if (req.url === `/calico-${version}.yaml`) {
      res.writeHead(200, { 'content-type': 'application/x-yaml', 'content-length': Buffer.byteLength(body) }).end(body);
    } else {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  return {
    url,
    sha256,
    inputs: { 'tools-mirror': url, 'calico-sha256': sha256 },
    flags: ['--tools-mirror', url, '--calico-sha256', sha256],
    requests,
    setContent: (b) => {
      body = b;
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
