import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { RBAC_DOCS, rbacDoc } from '../../scripts/rbac.js';
import { rbacObjects } from '../../src/k8s/rbac.js';
import { ROOT } from '../helpers/action.js';

describe('docs/rbac', () => {
  it.each(Object.keys(RBAC_DOCS))('%s.yaml is what the action checks for (npx tsx scripts/rbac.ts)', (action) => {
    expect(readFileSync(join(ROOT, 'docs', 'rbac', `${action}.yaml`), 'utf8')).toBe(rbacDoc(action));
  });

  it('groups permissions into a ClusterRole for cluster-wide ones and a Role per namespace, verbs merged and sorted', () => {
    const objs = rbacObjects(
      'x',
      [
        { verb: 'list', group: '', resource: 'pods', why: '' },
        { verb: 'get', group: '', resource: 'pods', subresource: 'log', namespace: 'a', why: '' },
        { verb: 'create', group: 'batch', resource: 'jobs', namespace: 'a', why: '' },
        { verb: 'delete', group: 'batch', resource: 'jobs', namespace: 'a', why: '' },
      ],
      { namespace: 'm', name: 'sa' },
    );
    expect(objs.map((o) => `${o['kind']}`)).toEqual(['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding']);
    expect((objs[2] as { rules: unknown[] }).rules).toEqual([
      { apiGroups: [''], resources: ['pods/log'], verbs: ['get'] },
      { apiGroups: ['batch'], resources: ['jobs'], verbs: ['create', 'delete'] },
    ]);
    expect(yaml.dump(objs)).toContain('namespace: m');
  });
});
