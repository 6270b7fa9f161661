import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ROOT } from '../helpers/action.js';
import { staticGraph } from '../helpers/bundle-graph.js';

/**
 * Start-up (issue 14 §6): what a step loads before it has read its inputs is only what reading them
 * needs. Checked on the committed bundle: the static import graph of each dist entry (what Node
 * links before any code runs) holds neither the Kubernetes client nor an Azure SDK; those come
 * through dynamic import() once the inputs are valid. bench/startup.ts measures the time.
 */
const ACTIONS = ['meshci', 'provision', 'certs', 'republish', 'deploy', 'verify', 'teardown'];
const HEAVY: [string, RegExp][] = [
  ['@kubernetes/client-node', /KubernetesObjectApi|class CoreV1Api/],
  ['an Azure SDK', /@azure\/(?:core-rest-pipeline|arm-)|ContainerServiceClient|ResourceManagementClient/],
  ['@actions/github (octokit)', /class Octokit|@octokit\/core/],
];

describe('start-up: the inputs are read before the heavy modules load', () => {
  it.each(ACTIONS)('%s: its entry statically loads no Kubernetes client, Azure SDK or octokit', (a) => {
    const files = staticGraph(join(ROOT, 'dist', 'entries', `${a}.js`));
    expect(files.length).toBeGreaterThan(1);
    for (const [name, re] of HEAVY) {
      const hit = files.find((f) => re.test(readFileSync(f, 'utf8')));
      expect(hit, `${a} loads ${name} at start-up (${hit})`).toBeUndefined();
    }
  });

  it('the check is live: the Kubernetes client is in the bundle, reached through a dynamic import', () => {
    const entry = join(ROOT, 'dist', 'entries', 'deploy.js');
    const lazy = [...readFileSync(entry, 'utf8').matchAll(/import\(["'](\.\.\/chunks\/[^"']+)["']\)/g)].map((m) => resolve(dirname(entry), m[1]!));
    expect(lazy.length).toBeGreaterThan(0);
    // what the dynamic import loads (and everything it loads statically) holds the client the entry does not
    const later = lazy.flatMap((f) => staticGraph(f));
    expect(later.some((f) => /KubernetesObjectApi/.test(readFileSync(f, 'utf8')))).toBe(true);
  });
});
