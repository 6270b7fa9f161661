import type { Permission } from './access.js';

/**
 * The Roles that grant exactly a list of permissions (src/k8s/access.ts): a ClusterRole for the
 * cluster-wide ones, a Role per namespace for the rest, each with its binding to a ServiceAccount.
 * docs/rbac/<action>.yaml is this output for the action's defaults (scripts/rbac.ts writes it; a test
 * fails on drift), and the least-privilege tests bind it to a ServiceAccount on the real cluster.
 */
export function rbacObjects(name: string, perms: Permission[], subject: { namespace: string; name: string }): Record<string, unknown>[] {
  const scopes = new Map<string, Map<string, Set<string>>>();
  for (const p of perms) {
    const scope = p.namespace ?? '';
    const key = `${p.group}\u0000${p.subresource ? `${p.resource}/${p.subresource}` : p.resource}`;
    const rules = scopes.get(scope) ?? new Map<string, Set<string>>();
    (rules.get(key) ?? rules.set(key, new Set()).get(key)!).add(p.verb);
    scopes.set(scope, rules);
  }
  const rulesOf = (m: Map<string, Set<string>>) =>
    [...m.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, verbs]) => {
        const [group, resource] = k.split('\u0000') as [string, string];
        return { apiGroups: [group], resources: [resource], verbs: [...verbs].sort() };
      });
  const out: Record<string, unknown>[] = [];
  const sa = [{ kind: 'ServiceAccount', name: subject.name, namespace: subject.namespace }];
  for (const [scope, rules] of [...scopes.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    if (!scope) {
      out.push({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name }, rules: rulesOf(rules) });
      out.push({
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRoleBinding',
        metadata: { name },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name },
        subjects: sa,
      });
    } else {
      out.push({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name, namespace: scope }, rules: rulesOf(rules) });
      out.push({
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name, namespace: scope },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name },
        subjects: sa,
      });
    }
  }
  return out;
}
