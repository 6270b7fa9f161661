import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeServer, listenLoopback, loopbackCert, readBody } from './http-double.js';

/**
 * A small Kubernetes API server double that speaks the real wire protocol for the resources meshci
 * uses: discovery (/api/v1, /apis/apps/v1), namespaced and cluster-wide collections, GET / POST /
 * PATCH (application/apply-patch+yaml with fieldManager, application/merge-patch+json) / DELETE,
 * label and field selectors, resourceVersions, watch streams (newline-delimited JSON, replay from a
 * resourceVersion, 410 Gone for an expired one, BOOKMARKs), Status objects for 400/401/403/404/409,
 * bearer-token authentication, and an RBAC switch to forbid a verb on a resource.
 *
 * It stores and streams objects; it never computes a verdict meshci must compute. Controllers
 * (rollouts, the identity controller's events) are played by the tests through `onChange`.
 */

type Obj = { apiVersion: string; kind: string; metadata: Record<string, any>; [k: string]: any };
type Res = { group: string; version: string; plural: string; kind: string; namespaced: boolean };

const BUILTIN: Res[] = [
  { group: '', version: 'v1', plural: 'namespaces', kind: 'Namespace', namespaced: false },
  { group: '', version: 'v1', plural: 'services', kind: 'Service', namespaced: true },
  { group: '', version: 'v1', plural: 'serviceaccounts', kind: 'ServiceAccount', namespaced: true },
  { group: 'batch', version: 'v1', plural: 'jobs', kind: 'Job', namespaced: true },
  { group: 'networking.k8s.io', version: 'v1', plural: 'networkpolicies', kind: 'NetworkPolicy', namespaced: true },
  { group: 'apiextensions.k8s.io', version: 'v1', plural: 'customresourcedefinitions', kind: 'CustomResourceDefinition', namespaced: false },
  { group: '', version: 'v1', plural: 'pods', kind: 'Pod', namespaced: true },
  { group: '', version: 'v1', plural: 'secrets', kind: 'Secret', namespaced: true },
  { group: '', version: 'v1', plural: 'configmaps', kind: 'ConfigMap', namespaced: true },
  { group: '', version: 'v1', plural: 'events', kind: 'Event', namespaced: true },
  { group: 'apps', version: 'v1', plural: 'deployments', kind: 'Deployment', namespaced: true },
  { group: 'apps', version: 'v1', plural: 'statefulsets', kind: 'StatefulSet', namespaced: true },
  { group: 'apps', version: 'v1', plural: 'daemonsets', kind: 'DaemonSet', namespaced: true },
  { group: 'coordination.k8s.io', version: 'v1', plural: 'leases', kind: 'Lease', namespaced: true },
  { group: 'authorization.k8s.io', version: 'v1', plural: 'selfsubjectaccessreviews', kind: 'SelfSubjectAccessReview', namespaced: false },
];

export const TOKEN = 'meshci-test-token-5d1c0b0e';

interface HistoryEntry {
  rv: number;
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  res: Res;
  obj: Obj;
}

export interface RequestLog {
  verb: string;
  path: string;
  contentType?: string;
  fieldManager?: string;
}

export class KubeServer {
  private server!: Server;
  private rv = 1;
  private readonly store = new Map<string, Obj>();
  private readonly history: HistoryEntry[] = [];
  private readonly watchers = new Set<{ res: Res; ns?: string; q: URLSearchParams; send: (e: HistoryEntry) => void }>();
  private readonly forbidden: { verb: string; plural: string }[] = [];
  private readonly hooks: ((type: string, obj: Obj) => void)[] = [];
  /** Served resources: the built-in ones plus those of established CustomResourceDefinitions. */
  private readonly resources: Res[] = [...BUILTIN];
  /** How long the apiextensions server takes to mark a new CRD Established. */
  establishDelayMs = 30;
  /** Container logs served at /api/v1/namespaces/{ns}/pods/{name}/log, keyed ns/name. */
  readonly podLogs = new Map<string, string>();
  /** What GET /version answers (major.minor.patch). */
  kubeVersion = '1.32.2';
  /** Oldest resourceVersion a watch may resume from; older ones get 410 Gone. */
  compactedBefore = 0;
  readonly requests: RequestLog[] = [];
  url = '';

  private tls = loopbackCert('kube-apiserver', 'IP:127.0.0.1');

  /** Like a real API server (and as @kubernetes/client-node insists), it serves HTTPS. */
  constructor() {
    for (const name of ['default', 'kube-system']) this.put({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
  }

  async start(): Promise<this> {
    const { server, port } = await listenLoopback((req, res) => void this.handle(req, res), this.tls);
    this.server = server;
    this.url = `https://127.0.0.1:${port}`;
    return this;
  }

  stop(): Promise<void> {
    return closeServer(this.server);
  }

  kubeconfig(dir = mkdtempSync(join(tmpdir(), 'meshci-kube-'))): string {
    const file = join(dir, 'kubeconfig');
    writeFileSync(
      file,
      [
        'apiVersion: v1',
        'kind: Config',
        'clusters:',
        `- name: test\n  cluster:\n    server: ${this.url}\n    certificate-authority-data: ${Buffer.from(this.tls.cert).toString('base64')}`,
        'users:',
        `- name: test\n  user:\n    token: ${TOKEN}`,
        'contexts:',
        '- name: test\n  context:\n    cluster: test\n    user: test',
        'current-context: test',
        '',
      ].join('\n'),
      { mode: 0o600 },
    );
    return file;
  }

  forbid(verb: string, plural: string): void {
    this.forbidden.push({ verb, plural });
  }

  /** Lift a forbid. */
  allow(verb: string, plural: string): void {
    const i = this.forbidden.findIndex((f) => f.verb === verb && f.plural === plural);
    if (i >= 0) this.forbidden.splice(i, 1);
  }

  /** Answer `verb` on `plural` with a server error (e.g. 500, 503) the next `times` times (default: always). */
  fail(verb: string, plural: string, code: number, times = Infinity, retryAfterSeconds?: number): void {
    this.faults.push({ verb, plural, code, left: times, ...(retryAfterSeconds !== undefined ? { retryAfter: retryAfterSeconds } : {}) });
  }
  private readonly faults: { verb: string; plural: string; code: number; left: number; retryAfter?: number }[] = [];

  /**
   * Stall `verb` on `plural` the next `times` times, as an overloaded or half-broken API server
   * (or a proxy in front of it) does: `silent` accepts the request and never answers; `slow-body`
   * sends the status line, headers and the first bytes of the body, then nothing more. A stalled
   * request ends only when the client gives up: `abandoned` counts those the client closed, the
   * proof that a timeout aborted the request rather than leaving it to run.
   */
  stall(verb: string, plural: string, how: 'silent' | 'slow-body', times = Infinity): void {
    this.stalls.push({ verb, plural, how, left: times });
  }
  private readonly stalls: { verb: string; plural: string; how: 'silent' | 'slow-body'; left: number }[] = [];
  abandoned = 0;

  onChange(fn: (type: string, obj: Obj) => void): void {
    this.hooks.push(fn);
  }

  // ---- direct store access for tests (the "other controllers") ----
  put(obj: Obj): Obj {
    const res = this.resFor(obj.apiVersion, obj.kind);
    const key = keyOf(res, obj.metadata.namespace, obj.metadata.name);
    const old = this.store.get(key);
    return this.write(res, key, { ...structuredClone(obj) }, old ? 'MODIFIED' : 'ADDED', old);
  }

  get(apiVersion: string, kind: string, namespace: string | undefined, name: string): Obj | undefined {
    const o = this.store.get(keyOf(this.resFor(apiVersion, kind), namespace, name));
    return o ? structuredClone(o) : undefined;
  }

  list(apiVersion: string, kind: string, namespace?: string): Obj[] {
    const res = this.resFor(apiVersion, kind);
    return [...this.store.values()].filter((o) => o.kind === res.kind && (!namespace || o.metadata.namespace === namespace)).map((o) => structuredClone(o));
  }

  remove(apiVersion: string, kind: string, namespace: string | undefined, name: string): void {
    const res = this.resFor(apiVersion, kind);
    const key = keyOf(res, namespace, name);
    const old = this.store.get(key);
    if (!old) return;
    this.store.delete(key);
    this.record(res, 'DELETED', { ...old, metadata: { ...old.metadata, resourceVersion: String(++this.rv) } });
  }

  private write(res: Res, key: string, obj: Obj, type: 'ADDED' | 'MODIFIED', old?: Obj): Obj {
    obj.apiVersion = res.group ? `${res.group}/${res.version}` : res.version;
    obj.kind = res.kind;
    obj.metadata.resourceVersion = String(++this.rv);
    obj.metadata.uid ??= old?.metadata.uid ?? `uid-${this.rv}`;
    obj.metadata.creationTimestamp ??= old?.metadata.creationTimestamp ?? new Date().toISOString();
    if (res.group === 'apps') {
      const specChanged = !old || JSON.stringify(old['spec']) !== JSON.stringify(obj['spec']);
      obj.metadata.generation = (old?.metadata.generation ?? 0) + (specChanged ? 1 : 0);
    }
    this.store.set(key, obj);
    this.record(res, type, obj);
    if (res.kind === 'CustomResourceDefinition' && type === 'ADDED') this.registerCrd(obj);
    return structuredClone(obj);
  }

  /** As the apiextensions server does: serve the new resource, then report it Established. */
  private registerCrd(crd: Obj): void {
    const spec = crd['spec'] as { group: string; names: { plural: string; kind: string }; scope: string; versions: { name: string; served?: boolean }[] };
    for (const v of spec.versions ?? []) {
      if (v.served === false) continue;
      this.resources.push({ group: spec.group, version: v.name, plural: spec.names.plural, kind: spec.names.kind, namespaced: spec.scope !== 'Cluster' });
    }
    setTimeout(() => {
      const cur = this.get('apiextensions.k8s.io/v1', 'CustomResourceDefinition', undefined, crd.metadata.name);
      if (!cur) return;
      const now = new Date().toISOString();
      this.put({
        ...cur,
        status: {
          conditions: [
            { type: 'NamesAccepted', status: 'True', reason: 'NoConflicts', lastTransitionTime: now },
            { type: 'Established', status: 'True', reason: 'InitialNamesAccepted', lastTransitionTime: now },
          ],
          acceptedNames: spec.names,
        },
      });
    }, this.establishDelayMs);
  }

  private resFor(apiVersion: string, kind: string): Res {
    const [group, version] = apiVersion.includes('/') ? apiVersion.split('/') : ['', apiVersion];
    const r = this.resources.find((x) => x.group === group && x.version === version && x.kind === kind);
    if (!r) throw new Error(`kube double: no resource ${apiVersion} ${kind}`);
    return r;
  }

  private record(res: Res, type: HistoryEntry['type'], obj: Obj): void {
    const e: HistoryEntry = { rv: this.rv, type, res, obj: structuredClone(obj) };
    this.history.push(e);
    for (const w of this.watchers) if (w.res === res && matches(obj, w.ns, w.q)) w.send(e);
    for (const h of this.hooks) queueMicrotask(() => h(type, structuredClone(obj)));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const body = await readBody(req);
    const send = (code: number, obj: unknown) => {
      res.writeHead(code, { 'content-type': 'application/json' });
      res.end(JSON.stringify(obj));
    };
    const status = (code: number, reason: string, message: string, details?: object) =>
      send(code, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, details, code });

    if (req.headers.authorization !== `Bearer ${TOKEN}`) return status(401, 'Unauthorized', 'Unauthorized');

    // discovery
    if (url.pathname === '/version')
      return send(200, { major: this.kubeVersion.split('.')[0], minor: this.kubeVersion.split('.')[1], gitVersion: `v${this.kubeVersion}` });
    if (url.pathname === '/api') return send(200, { kind: 'APIVersions', versions: ['v1'] });
    if (url.pathname === '/apis') {
      const gvs = [...new Map(this.resources.filter((r) => r.group).map((r) => [`${r.group}/${r.version}`, r])).values()];
      const groups = [...new Set(gvs.map((r) => r.group))].map((g) => {
        const versions = gvs.filter((r) => r.group === g).map((r) => ({ groupVersion: `${g}/${r.version}`, version: r.version }));
        return { name: g, versions, preferredVersion: versions[0] };
      });
      return send(200, { kind: 'APIGroupList', apiVersion: 'v1', groups });
    }
    const disc = /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))$/.exec(url.pathname);
    if (disc) {
      const group = disc[2] ?? '';
      const version = disc[1] ?? (disc[3] as string);
      const list = this.resources.filter((r) => r.group === group && r.version === version);
      if (!list.length) return status(404, 'NotFound', 'the server could not find the requested resource');
      return send(200, {
        kind: 'APIResourceList',
        apiVersion: 'v1',
        groupVersion: group ? `${group}/${version}` : 'v1',
        resources: list.map((r) => ({
          name: r.plural,
          singularName: r.kind.toLowerCase(),
          namespaced: r.namespaced,
          kind: r.kind,
          verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
        })),
      });
    }

    const log = /^\/api\/v1\/namespaces\/([^/]+)\/pods\/([^/]+)\/log$/.exec(url.pathname);
    if (log && req.method === 'GET') {
      const key = `${log[1]}/${log[2]}`;
      if (this.forbidden.some((f) => f.verb === 'get' && f.plural === 'pods')) {
        return status(
          403,
          'Forbidden',
          `pods "${log[2]}" is forbidden: User "meshci-test" cannot get resource "pods/log" in API group "" in the namespace "${log[1]}"`,
          { name: log[2], kind: 'pods' },
        );
      }
      const stall = this.stalls.find((f) => f.verb === 'get' && f.plural === 'pods/log' && f.left > 0);
      if (stall) {
        stall.left--;
        res.on('close', () => this.abandoned++);
        return;
      }
      if (!this.store.has(keyOf(BUILTIN.find((r) => r.plural === 'pods') as Res, log[1], log[2] as string)))
        return status(404, 'NotFound', `pods "${log[2]}" not found`, { name: log[2], kind: 'pods' });
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(this.podLogs.get(key) ?? '');
      return;
    }
    const m = /^\/(?:api\/(v1)|apis\/([^/]+)\/([^/]+))(?:\/namespaces\/([^/]+))?\/([a-z0-9]+)(?:\/([^/]+))?$/.exec(url.pathname);
    // /api/v1/namespaces/<name> is a Namespace object, not a collection prefix
    const nsObject = /^\/api\/v1\/namespaces\/([^/]+)$/.exec(url.pathname);
    let group = '',
      version = 'v1',
      ns: string | undefined,
      plural: string,
      name: string | undefined;
    if (nsObject) {
      plural = 'namespaces';
      name = nsObject[1];
    } else if (m) {
      group = m[2] ?? '';
      version = m[1] ?? (m[3] as string);
      ns = m[4];
      plural = m[5] as string;
      name = m[6];
    } else return status(404, 'NotFound', 'the server could not find the requested resource');
    const r = this.resources.find((x) => x.group === group && x.version === version && x.plural === plural);
    if (!r) return status(404, 'NotFound', 'the server could not find the requested resource');

    if (plural === 'selfsubjectaccessreviews' && req.method === 'POST') {
      // the access review answers what the RBAC switch (forbid) says about the asked verb and resource
      const review = JSON.parse(body || '{}') as { spec?: { resourceAttributes?: { verb?: string; resource?: string } } };
      const a = review.spec?.resourceAttributes ?? {};
      this.requests.push({ verb: 'create', path: url.pathname, contentType: req.headers['content-type'] });
      const denied = this.forbidden.some((f) => f.verb === a.verb && f.plural === a.resource);
      return send(201, {
        ...review,
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectAccessReview',
        status: { allowed: !denied, ...(denied ? { reason: 'forbidden by the test' } : {}) },
      });
    }
    const watch = url.searchParams.get('watch') === 'true' || url.searchParams.get('watch') === '1';
    const verb =
      req.method === 'GET'
        ? name
          ? 'get'
          : watch
            ? 'watch'
            : 'list'
        : req.method === 'POST'
          ? 'create'
          : req.method === 'PATCH'
            ? 'patch'
            : req.method === 'PUT'
              ? 'update'
              : 'delete';
    this.requests.push({
      verb,
      path: url.pathname + url.search,
      contentType: req.headers['content-type'],
      fieldManager: url.searchParams.get('fieldManager') ?? undefined,
    });
    const stall = this.stalls.find((f) => f.verb === verb && f.plural === plural && f.left > 0);
    if (stall) {
      stall.left--;
      res.on('close', () => this.abandoned++);
      if (stall.how === 'slow-body') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"kind":"');
      }
      return;
    }
    const fault = this.faults.find((f) => f.verb === verb && f.plural === plural && f.left > 0);
    if (fault) {
      fault.left--;
      if (fault.retryAfter !== undefined) res.setHeader('retry-after', String(fault.retryAfter));
      if (fault.code === 429) return status(429, 'TooManyRequests', 'the server has received too many requests and has asked us to try again later');
      return status(
        fault.code,
        fault.code === 503 ? 'ServiceUnavailable' : 'InternalError',
        fault.code === 503 ? 'the server is currently unable to handle the request' : 'Internal error occurred: etcdserver: request timed out',
      );
    }
    if (this.forbidden.some((f) => f.verb === verb && f.plural === plural)) {
      const scope = ns ? ` in the namespace "${ns}"` : ' at the cluster scope';
      return status(
        403,
        'Forbidden',
        `${plural}${name ? ` "${name}"` : ''} is forbidden: User "meshci-test" cannot ${verb} resource "${plural}" in API group "${group}"${scope}`,
        { name, kind: plural },
      );
    }
    const notFound = () => status(404, 'NotFound', `${plural}${group ? `.${group}` : ''} "${name}" not found`, { name, group, kind: plural });
    const key = name ? keyOf(r, ns, name) : '';

    if (verb === 'watch') return this.serveWatch(r, ns, url.searchParams, res);
    if (verb === 'list') {
      const items = [...this.store.values()].filter((o) => o.kind === r.kind && matches(o, ns, url.searchParams));
      return send(200, {
        kind: `${r.kind}List`,
        apiVersion: r.group ? `${r.group}/${r.version}` : 'v1',
        metadata: { resourceVersion: String(this.rv) },
        items,
      });
    }
    if (verb === 'get') {
      const o = this.store.get(key);
      return o ? send(200, o) : notFound();
    }
    if (verb === 'delete') {
      const o = this.store.get(key);
      if (!o) return notFound();
      this.remove(o.apiVersion, o.kind, ns, name as string);
      return send(200, { kind: 'Status', apiVersion: 'v1', status: 'Success', details: { name, kind: plural } });
    }
    let parsed: Obj;
    try {
      parsed = JSON.parse(body || '{}') as Obj;
    } catch {
      return status(400, 'BadRequest', 'the request body is not valid JSON or YAML');
    }
    if ((verb === 'create' || verb === 'patch') && r.namespaced && ns && !this.store.has(keyOf(BUILTIN[0] as Res, undefined, ns))) {
      if (verb === 'create' || !this.store.has(key)) return status(404, 'NotFound', `namespaces "${ns}" not found`, { name: ns, kind: 'namespaces' });
    }
    const objName = verb === 'create' ? parsed.metadata?.name : name;
    if ((verb === 'create' || verb === 'patch') && objName && !/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(objName)) {
      return status(
        422,
        'Invalid',
        `${r.kind} "${objName}" is invalid: metadata.name: Invalid value: "${objName}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character`,
        { name: objName, kind: plural, causes: [{ reason: 'FieldValueInvalid', field: 'metadata.name' }] },
      );
    }
    if (verb === 'create') {
      const k = keyOf(r, ns ?? parsed.metadata?.namespace, parsed.metadata?.name);
      if (this.store.has(k))
        return status(409, 'AlreadyExists', `${plural} "${parsed.metadata?.name}" already exists`, { name: parsed.metadata?.name, kind: plural });
      parsed.metadata = { ...parsed.metadata, namespace: r.namespaced ? (ns ?? parsed.metadata?.namespace) : undefined };
      return send(201, this.write(r, k, parsed, 'ADDED'));
    }
    if (verb === 'patch') {
      const ct = (req.headers['content-type'] ?? '').split(';')[0];
      const old = this.store.get(key);
      if (ct === 'application/apply-patch+yaml') {
        const fm = url.searchParams.get('fieldManager');
        if (!fm) return status(400, 'BadRequest', 'PATCH, application/apply-patch+yaml requires fieldManager to be set');
        if (parsed.metadata?.name && parsed.metadata.name !== name)
          return status(400, 'BadRequest', 'the name of the object does not match the name on the URL');
        if (parsed.kind && parsed.kind !== r.kind) return status(400, 'BadRequest', `the kind ${parsed.kind} does not match ${r.kind}`);
        const merged = merge(old ?? { apiVersion: '', kind: r.kind, metadata: { name, namespace: ns } }, parsed, false) as Obj;
        const strip = (o: Obj) => JSON.stringify({ ...o, metadata: { ...o.metadata, managedFields: undefined } });
        // A no-op apply changes nothing, not even the resourceVersion (as the real API server).
        if (old && strip(merged) === strip(old) && (old.metadata.managedFields ?? []).some((e: { manager: string }) => e.manager === fm)) return send(200, old);
        const mf = (merged.metadata.managedFields ?? []).filter((e: { manager: string }) => e.manager !== fm);
        merged.metadata.managedFields = [...mf, { manager: fm, operation: 'Apply', time: new Date().toISOString() }];
        return send(old ? 200 : 201, this.write(r, key, merged, old ? 'MODIFIED' : 'ADDED', old));
      }
      if (ct === 'application/merge-patch+json') {
        if (!old) return notFound();
        const merged = merge(old, parsed, true) as Obj;
        if (!merged.metadata?.name) return status(422, 'Invalid', `${r.kind} "${name}" is invalid: metadata.name: Required value`);
        return send(200, this.write(r, key, merged, 'MODIFIED', old));
      }
      return status(
        415,
        'UnsupportedMediaType',
        `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml (this double does not implement ${ct})`,
      );
    }
    if (verb === 'update') {
      const old = this.store.get(key);
      if (!old) return notFound();
      if (parsed.metadata?.resourceVersion && parsed.metadata.resourceVersion !== old.metadata.resourceVersion) {
        return status(
          409,
          'Conflict',
          `Operation cannot be fulfilled on ${plural} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
        );
      }
      return send(200, this.write(r, key, { ...parsed, metadata: { ...parsed.metadata, name, namespace: ns } }, 'MODIFIED', old));
    }
    return status(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
  }

  private serveWatch(r: Res, ns: string | undefined, q: URLSearchParams, res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
    const line = (o: unknown) => res.write(JSON.stringify(o) + '\n');
    const from = q.get('resourceVersion');
    if (from && from !== '0' && Number(from) < this.compactedBefore) {
      line({
        type: 'ERROR',
        object: {
          kind: 'Status',
          apiVersion: 'v1',
          status: 'Failure',
          message: `too old resource version: ${from} (${this.compactedBefore})`,
          reason: 'Expired',
          code: 410,
        },
      });
      res.end();
      return;
    }
    if (!from || from === '0') {
      for (const o of this.store.values()) if (o.kind === r.kind && matches(o, ns, q)) line({ type: 'ADDED', object: o });
    } else {
      for (const e of this.history) if (e.rv > Number(from) && e.res === r && matches(e.obj, ns, q)) line({ type: e.type, object: e.obj });
    }
    if (q.get('allowWatchBookmarks') === 'true')
      line({
        type: 'BOOKMARK',
        object: { kind: r.kind, apiVersion: r.group ? `${r.group}/${r.version}` : 'v1', metadata: { resourceVersion: String(this.rv) } },
      });
    const w = { res: r, ns, q, send: (e: HistoryEntry) => line({ type: e.type, object: e.obj }) };
    this.watchers.add(w);
    const timeout = Number(q.get('timeoutSeconds') ?? 0);
    const timer = timeout > 0 ? setTimeout(() => res.end(), timeout * 1000) : undefined;
    res.on('close', () => {
      this.watchers.delete(w);
      if (timer) clearTimeout(timer);
    });
  }
}

function keyOf(r: Res, ns: string | undefined, name: string): string {
  return `${r.group}/${r.plural}/${r.namespaced ? (ns ?? '') : ''}/${name}`;
}

/** RFC 7386 merge (nulls delete when `nullDeletes`); lists are replaced. */
function merge(target: unknown, patch: unknown, nullDeletes: boolean): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return structuredClone(patch);
  const out: Record<string, unknown> = target && typeof target === 'object' && !Array.isArray(target) ? structuredClone(target as Record<string, unknown>) : {};
  for (const [k, v] of Object.entries(patch as Record<string, unknown>)) {
    if (v === null && nullDeletes) delete out[k];
    else out[k] = merge(out[k], v, nullDeletes);
  }
  return out;
}

function field(o: Obj, path: string): string | undefined {
  let cur: any = o;
  for (const p of path.split('.')) cur = cur?.[p];
  return cur === undefined || cur === null ? undefined : String(cur);
}

function matches(o: Obj, ns: string | undefined, q: URLSearchParams): boolean {
  if (ns && o.metadata.namespace !== ns) return false;
  const fs = q.get('fieldSelector');
  if (fs) {
    for (const term of fs.split(',')) {
      const m = /^([\w.]+)(!=|==|=)(.*)$/.exec(term.trim());
      if (!m) return false;
      const v = field(o, m[1] as string) ?? '';
      if ((m[2] === '!=') === (v === m[3])) return false;
    }
  }
  const ls = q.get('labelSelector');
  if (ls) {
    const labels: Record<string, string> = o.metadata.labels ?? {};
    for (const term of ls.split(',')) {
      const t = term.trim();
      let m;
      if ((m = /^([\w./-]+)\s*(!=|==|=)\s*(.*)$/.exec(t))) {
        if ((m[2] === '!=') === (labels[m[1] as string] === m[3])) return false;
      } else if ((m = /^!([\w./-]+)$/.exec(t))) {
        if ((m[1] as string) in labels) return false;
      } else if (!(t in labels)) return false;
    }
  }
  return true;
}
