import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { kubectl, kubectlJson, realCluster, serviceAccountKubeconfig } from '../helpers/real-cluster.js';
import { ROOT, run } from '../helpers/action.js';

/**
 * Least privilege, decided by the real RBAC authorizer: verify, given a ServiceAccount bound to
 * exactly the Roles of docs/rbac/verify.yaml, gets through to its probes; with any one verb taken
 * away it stops before creating anything, naming that verb, resource and namespace.
 */
const state = realCluster();
const why = 'missing' in state ? state.missing : '';
const SA = 'system:serviceaccount:meshci:meshci-verify';

type Rule = { apiGroups: string[]; resources: string[]; verbs: string[] };
type RoleDoc = { kind: string; metadata: { name: string; namespace?: string }; rules?: Rule[] };

describe.skipIf(!!why)(`least privilege: verify with exactly docs/rbac/verify.yaml${why ? ` (skipped: ${why})` : ''}`, () => {
  const st = state as Exclude<typeof state, { missing: string }>;
  const docs = yaml.loadAll(readFileSync(join(ROOT, 'docs', 'rbac', 'verify.yaml'), 'utf8')) as RoleDoc[];
  const roles = docs.filter((d) => d.kind === 'Role' || d.kind === 'ClusterRole');
  let kc = '';
  const made: string[] = [];
  const can = (verb: string, rule: Rule, ns?: string) => {
    const [resource, sub] = rule.resources[0]!.split('/');
    const what = `${resource}${rule.apiGroups[0] ? `.${rule.apiGroups[0]}` : ''}`;
    return spawnSync(
      join(st.bin, 'kubectl'),
      [
        '--kubeconfig',
        st.kubeconfig,
        'auth',
        'can-i',
        verb,
        what,
        ...(sub ? ['--subresource', sub] : []),
        ...(ns ? ['-n', ns] : ['--all-namespaces']),
        '--as',
        SA,
      ],
      { encoding: 'utf8' },
    ).stdout.trim();
  };
  const until = async (f: () => boolean) => {
    for (let i = 0; i < 200 && !f(); i++) await new Promise((r) => setTimeout(r, 50));
    expect(f()).toBe(true);
  };

  beforeAll(() => {
    for (const ns of ['linkerd', 'dgraph']) {
      if (kubectl(['get', 'namespace', ns, '--ignore-not-found', '-o', 'name']).trim() === '') {
        kubectl(['create', 'namespace', ns]);
        made.push(ns);
      }
    }
    kubectl(['apply', '-f', join(ROOT, 'docs', 'rbac', 'verify.yaml')]);
    kc = serviceAccountKubeconfig({ namespace: 'meshci', name: 'meshci-verify', dir: mkdtempSync(join(tmpdir(), 'lp-')) });
  });
  afterAll(() => {
    kubectl(['delete', '-f', join(ROOT, 'docs', 'rbac', 'verify.yaml'), '--ignore-not-found', '--wait=false']);
    for (const ns of made) kubectl(['delete', 'namespace', ns, '--wait=false']);
  });

  const verify = (out: string) =>
    run('verify', {
      kubeconfig: kc,
      'output-dir': out,
      'linkerd-cli': 'none',
      comment: 'never',
      timeout: '1m',
      'connect-timeout': '2s',
      'max-time': '3s',
      retries: '0',
    });

  it('with exactly those rules it runs its probes: no permission missing, no call refused', async () => {
    const out = mkdtempSync(join(tmpdir(), 'lp-verify-'));
    const r = await verify(out);
    expect(r.log).not.toMatch(/credentials lack/);
    expect(existsSync(join(out, 'evidence.json')), r.log).toBe(true);
    const evidence = readFileSync(join(out, 'evidence.json'), 'utf8');
    expect(evidence).not.toMatch(/forbidden|HTTP 403/i);
    expect(JSON.parse(evidence).probes.length).toBeGreaterThan(0);
  });

  const cases = roles.flatMap((role) => (role.rules ?? []).flatMap((rule, i) => rule.verbs.map((verb) => ({ role, i, rule, verb }))));
  it.each(
    cases.map((c) => [`${c.verb} ${c.rule.resources[0]}${c.role.metadata.namespace ? ` in ${c.role.metadata.namespace}` : ' cluster-wide'}`, c] as const),
  )('without %s it stops before creating anything, naming it', async (_title, c) => {
    const ns = c.role.metadata.namespace;
    const kind = c.role.kind.toLowerCase();
    const original = kubectlJson<any>([...(ns ? ['-n', ns] : []), 'get', kind, c.role.metadata.name]);
    const rules = structuredClone(original.rules) as Rule[];
    rules[c.i]!.verbs = rules[c.i]!.verbs.filter((v) => v !== c.verb);
    if (!rules[c.i]!.verbs.length) rules.splice(c.i, 1);
    kubectl([...(ns ? ['-n', ns] : []), 'patch', kind, c.role.metadata.name, '--type=merge', '-p', JSON.stringify({ rules })]);
    try {
      // the rules grant each permission once: taking the verb away leaves it ungranted
      await until(() => can(c.verb, c.rule, ns) === 'no');
      const jobsBefore = kubectl(['get', 'jobs', '-A', '-o', 'name']).trim();
      const r = await verify(mkdtempSync(join(tmpdir(), 'lp-verify-')));
      expect(r.exitCode).toBe(1);
      const resource = `${c.rule.resources[0]!.split('/')[0]}${c.rule.apiGroups[0] ? `.${c.rule.apiGroups[0]}` : ''}`;
      expect(r.log).toMatch(
        new RegExp(
          `nothing was changed: the kubeconfig's credentials lack .*${c.verb} ${resource.replace(/\./g, '\\.')}${c.rule.resources[0]!.includes('/') ? `/${c.rule.resources[0]!.split('/')[1]}` : ''} ${ns ? `in namespace ${ns}` : 'cluster-wide'}`,
        ),
      );
      expect(kubectl(['get', 'jobs', '-A', '-o', 'name']).trim()).toBe(jobsBefore);
    } finally {
      kubectl([...(ns ? ['-n', ns] : []), 'patch', kind, c.role.metadata.name, '--type=merge', '-p', JSON.stringify({ rules: original.rules })]);
      await until(() => can(c.verb, c.rule, ns) === 'yes');
    }
  });
});
