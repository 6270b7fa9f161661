import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The Node.js the actions declare (action.yml `using: node24`), as scripts/setup.sh installs it. */
export const NODE24 = JSON.parse(readFileSync(new URL('../node24.json', import.meta.url), 'utf8')) as { version: string };

/** setup.sh installs it on linux-x64 only; elsewhere the tests that need it are skipped (and say so). */
export const node24Installable = process.platform === 'linux' && process.arch === 'x64';

export function node24(): string {
  const bin = join(process.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'meshci', `node-v${NODE24.version}`, 'bin', 'node');
  if (!existsSync(bin)) throw new Error(`Node.js ${NODE24.version} is not at ${bin}: run scripts/setup.sh (README's test command does)`);
  return bin;
}

/** node24 where it is installed, else this Node (`onMissing` hears why). */
export function node24OrThis(onMissing?: (why: string) => void): string {
  try {
    return node24();
  } catch (e) {
    onMissing?.((e as Error).message);
    return process.execPath;
  }
}
