import * as k8s from '@kubernetes/client-node';
import fetch, { Headers } from 'node-fetch';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { AsyncLocalStorage } from 'node:async_hooks';
import { ClusterError, ConfigurationError, getErrorMessage } from '../lib/errors.js';
import { maskSecret, type Logger, silentLogger } from '../lib/logger.js';
import { formatDuration } from '../lib/duration.js';
import { retryAfterMs } from '../oci/retry.js';

/** The server-side-apply field manager every meshci action writes with. */
export const FIELD_MANAGER = 'meshci';

export type KObject = k8s.KubernetesObject & { [k: string]: unknown };

/**
 * The abort signal of the API request being made. client-node sends a request with the signal its
 * RequestContext holds; this middleware sets it from the attempt `bounded` is running, so a
 * timeout aborts the request (the socket is closed, a half-sent body stops being read) instead of
 * racing it and leaving it to run.
 */
const attemptSignal = new AsyncLocalStorage<AbortSignal>();
const signalMiddleware = {
  pre: async (ctx: k8s.RequestContext) => {
    const signal = attemptSignal.getStore();
    if (signal) ctx.setSignal(signal);
    return ctx;
  },
  post: async (res: k8s.ResponseContext) => res,
};

export interface Ref {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
}

export interface WatchEvent<T> {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';
  object: T;
}

/** Kinds meshci reads and writes, with their REST paths (no discovery needed for these). */
const PATHS: Record<string, { group: string; plural: string }> = {
  'v1/Pod': { group: '/api/v1', plural: 'pods' },
  'v1/Secret': { group: '/api/v1', plural: 'secrets' },
  'v1/ConfigMap': { group: '/api/v1', plural: 'configmaps' },
  'v1/Event': { group: '/api/v1', plural: 'events' },
  'v1/Namespace': { group: '/api/v1', plural: 'namespaces' },
  'apps/v1/Deployment': { group: '/apis/apps/v1', plural: 'deployments' },
  'apps/v1/StatefulSet': { group: '/apis/apps/v1', plural: 'statefulsets' },
  'apps/v1/DaemonSet': { group: '/apis/apps/v1', plural: 'daemonsets' },
  'batch/v1/Job': { group: '/apis/batch/v1', plural: 'jobs' },
  'apiextensions.k8s.io/v1/CustomResourceDefinition': { group: '/apis/apiextensions.k8s.io/v1', plural: 'customresourcedefinitions' },
  'coordination.k8s.io/v1/Lease': { group: '/apis/coordination.k8s.io/v1', plural: 'leases' },
  'networking.k8s.io/v1/NetworkPolicy': { group: '/apis/networking.k8s.io/v1', plural: 'networkpolicies' },
};

export type WorkloadKind = 'Deployment' | 'StatefulSet' | 'DaemonSet';

/**
 * The cluster layer every meshci action uses, on `@kubernetes/client-node`: kubeconfig loading with
 * credentials masked, typed get/list/apply/patch/delete through KubernetesObjectApi, watch-based
 * waits, rollout restarts, and errors that say which verb on which resource failed (so a missing
 * RBAC permission reads as one).
 */
/**
 * One kubeconfig file into `kc`. It holds credentials, so a file that does not parse is named with
 * the line and the reason only: js-yaml's message quotes the lines around the mistake (a token two
 * lines up would be printed).
 */
function loadKubeconfig(kc: k8s.KubeConfig, file: string, what: string, first = true): void {
  // as client-node's loadFromDefault: the first file is loaded, later ones merged (keeping their context)
  const one = first ? kc : new k8s.KubeConfig();
  if (statSync(file).isDirectory()) throw new ConfigurationError(`the kubeconfig ${file} (${what}) is a folder: give the kubeconfig file`);
  if (readFileSync(file, 'utf8').trim() === '') throw new ConfigurationError(`the kubeconfig ${file} (${what}) is empty`);
  try {
    one.loadFromFile(file);
  } catch (e) {
    const y = e as { name?: string; reason?: string; mark?: { line?: number; column?: number } };
    const why =
      y.name === 'YAMLException'
        ? `YAML does not parse at line ${(y.mark?.line ?? 0) + 1}, column ${(y.mark?.column ?? 0) + 1}: ${y.reason ?? 'syntax error'}`
        : // client-node reads fields of whatever the YAML held (a string, a list): a TypeError says only that
          e instanceof TypeError
          ? 'it is YAML, but not a kubeconfig (no clusters, contexts and users)'
          : (getErrorMessage(e).split('\n')[0] ?? '').slice(0, 200);
    throw new ConfigurationError(`the kubeconfig ${file} (${what}) cannot be read: ${why} (its content is not shown: it may hold credentials)`);
  }
  if (!first) kc.mergeConfig(one);
}

export class Cluster {
  readonly objects: k8s.KubernetesObjectApi;
  /** Longest one API request may take before it is abandoned (and, for reads, retried). */
  requestTimeoutMs = 60_000;

  private constructor(
    readonly kc: k8s.KubeConfig,
    private readonly log: Logger,
  ) {
    this.objects = new k8s.KubernetesObjectApi(this.configuration());
    (this.objects as unknown as { setDefaultNamespace(kc: k8s.KubeConfig): void }).setDefaultNamespace(kc);
  }

  /** client-node's configuration of this cluster (as KubeConfig.makeApiClient builds it), with the abort middleware. */
  private configuration(): k8s.Configuration {
    return k8s.createConfiguration({
      baseServer: new k8s.ServerConfiguration(this.kc.getCurrentCluster()?.server ?? '', {}),
      authMethods: { default: this.kc },
      promiseMiddleware: [signalMiddleware],
    });
  }

  static connect(opts: { kubeconfig?: string; input?: string; log?: Logger }): Cluster {
    const kc = new k8s.KubeConfig();
    const input = opts.input ?? 'kubeconfig';
    const path = opts.kubeconfig;
    if (path) {
      if (!existsSync(path)) {
        throw new ConfigurationError(`Input '${input}' names '${path}', which does not exist`);
      }
      loadKubeconfig(kc, path, `input '${input}'`);
    } else {
      const fromEnv = (process.env['KUBECONFIG'] ?? '').split(delimiter).filter(Boolean);
      const files = fromEnv.length ? fromEnv : [join(homedir(), '.kube', 'config')];
      const present = files.filter((f) => existsSync(f));
      if (present.length) {
        present.forEach((f, i) => loadKubeconfig(kc, f, fromEnv.length ? 'KUBECONFIG' : 'the default kubeconfig', i === 0));
      } else if (process.env['KUBERNETES_SERVICE_HOST']) {
        kc.loadFromCluster();
      } else {
        // client-node would fall back to http://localhost:8080 and fail with a TLS-setting message
        throw new ConfigurationError(
          `No kubeconfig: input '${input}' is not set and ${fromEnv.length ? `KUBECONFIG names ${fromEnv.join(', ')}, which does not exist` : `${files[0]} does not exist and KUBECONFIG is not set`}; ` +
            `give the kubeconfig of the cluster (input '${input}', or KUBECONFIG)`,
        );
      }
    }
    if (!kc.getCurrentCluster()) {
      throw new ConfigurationError(
        path
          ? `the kubeconfig ${path} (input '${input}') has no current cluster: its current-context is not set or names no context with a cluster`
          : `No Kubernetes cluster configured: set input '${input}' or KUBECONFIG, or create ~/.kube/config`,
      );
    }
    const user = kc.getCurrentUser();
    for (const v of [user?.token, user?.password, user?.keyData, user?.certData]) if (v) maskSecret(v);
    return new Cluster(kc, opts.log ?? silentLogger);
  }

  get server(): string {
    return this.kc.getCurrentCluster()?.server ?? '';
  }

  /**
   * The API server's version (GET /version): the first, cheapest call, so an unreachable or
   * forbidding cluster fails in seconds, naming the server, before anything is downloaded or changed.
   */
  async serverVersion(timeoutMs = 30_000): Promise<{ major: number; minor: number; gitVersion: string }> {
    const what = `/version at ${this.server}`;
    const init = await this.kc.applyToFetchOptions({});
    let res: Awaited<ReturnType<typeof fetch>>;
    try {
      res = await fetch(`${this.server.replace(/\/$/, '')}/version`, {
        ...(init as object),
        headers: init.headers as ConstructorParameters<typeof Headers>[0],
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (e) {
      const aborted = (e as { name?: string }).name === 'AbortError' || (e as { name?: string }).name === 'TimeoutError';
      throw new ClusterError(
        'get',
        what,
        undefined,
        `cluster unreachable (${aborted ? `no answer, timed out after ${Math.round(timeoutMs / 1000)} s` : getErrorMessage(e)})`,
      );
    }
    const text = await res.text();
    if (!res.ok) {
      throw new ClusterError('get', what, res.status, `${statusMessage(text)}${res.status === 401 ? " (the kubeconfig's credentials were refused)" : ''}`);
    }
    const v = JSON.parse(text) as { major?: string; minor?: string; gitVersion?: string };
    return {
      major: Number.parseInt(v.major ?? '0', 10),
      minor: Number.parseInt((v.minor ?? '0').replace(/\D.*$/, ''), 10),
      gitVersion: v.gitVersion ?? `v${v.major}.${v.minor}`,
    };
  }

  async get<T extends KObject>(ref: Ref): Promise<T | undefined> {
    try {
      return await this.idempotent(
        `get ${describe(ref)}`,
        () =>
          this.objects.read({
            apiVersion: ref.apiVersion,
            kind: ref.kind,
            metadata: { name: ref.name, namespace: ref.namespace },
          }) as Promise<T>,
      );
    } catch (e) {
      if (statusOf(e) === 404) return undefined;
      throw clusterError('get', ref, e);
    }
  }

  /**
   * An idempotent read, bounded and retried: each attempt has `requestTimeoutMs` (default 60 s, as a
   * slow list may take), and 429, 5xx and dropped connections are retried with exponential backoff
   * and jitter, honouring Retry-After, up to `retry.attempts` attempts. Anything else — 403, 404, a
   * 4xx — is the answer and is not retried.
   */
  private idempotent<T>(what: string, call: () => Promise<T>): Promise<T> {
    return this.retrying(what, 'read', () => this.bounded(what, call));
  }

  /**
   * How many attempts a request gets, and the longest Retry-After honoured (a server asking for
   * more is waited for this long; the request is still bounded).
   */
  retry = { attempts: 4, maxRetryAfterMs: 10_000 };

  /**
   * The retry policy, client-go's for writes (rest.Request's checkWait): any verb is retried when
   * the API server says it did not do it and when to try again — 429 (API Priority and Fairness or
   * max-in-flight rejected the request before it was processed), or a 5xx that carries Retry-After
   * (the server asks to come back) — waiting as Retry-After says. A read is also retried on any 5xx,
   * a reset connection and a timeout, as it is idempotent. A write is never retried otherwise: a
   * 5xx without Retry-After, a reset or a timeout may come after it was applied.
   */
  private async retrying<T>(what: string, kind: 'read' | 'write', call: () => Promise<T>): Promise<T> {
    const attempts = Math.max(1, this.retry.attempts);
    for (let n = 1; ; n++) {
      try {
        return await call();
      } catch (e) {
        const code = statusOf(e);
        const after = retryAfterOf(e);
        const message = getErrorMessage(e);
        const told = code === 429 || (code !== undefined && code >= 500 && code <= 599 && after !== undefined);
        const retryable =
          told ||
          (kind === 'read' &&
            ((code !== undefined && code >= 500 && code <= 504) ||
              (code === undefined && /ECONNRESET|socket hang up|EPIPE|ETIMEDOUT|timed out after/.test(message))));
        if (!retryable || n >= attempts) throw e;
        const ms = after !== undefined ? Math.min(after, this.retry.maxRetryAfterMs) : Math.min(250 * 2 ** (n - 1), 4000) * (0.5 + Math.random() / 2);
        this.log.info(
          `  ${what}: ${code ? `HTTP ${code}` : message.slice(0, 120)}${after !== undefined ? ` (Retry-After ${Math.round(after / 1000)} s)` : ''}; retry ${n} of ${attempts - 1} in ${Math.round(ms)} ms`,
        );
        await new Promise((r) => setTimeout(r, ms));
      }
    }
  }

  /** One request, aborted when it has not answered — body included — in `requestTimeoutMs`. */
  private async bounded<T>(what: string, call: () => Promise<T>): Promise<T> {
    const ac = new AbortController();
    const timer = setTimeout(() => ac.abort(), this.requestTimeoutMs);
    try {
      return await attemptSignal.run(ac.signal, call);
    } catch (e) {
      if (ac.signal.aborted)
        throw new Error(`${what} at ${this.server}: no answer, timed out after ${formatDuration(this.requestTimeoutMs)} (request aborted)`);
      throw e;
    } finally {
      clearTimeout(timer);
    }
  }

  async mustGet<T extends KObject>(ref: Ref, hint = ''): Promise<T> {
    const o = await this.get<T>(ref);
    if (!o) throw new ClusterError('get', describe(ref), 404, `not found${hint ? `; ${hint}` : ''}`);
    return o;
  }

  async list<T extends KObject>(
    apiVersion: string,
    kind: string,
    opts: { namespace?: string; labelSelector?: string; fieldSelector?: string } = {},
  ): Promise<T[]> {
    return (await this.listWithVersion<T>(apiVersion, kind, opts)).items;
  }

  /** A list plus its resourceVersion, to start a watch exactly where the list ended. */
  async listWithVersion<T extends KObject>(
    apiVersion: string,
    kind: string,
    opts: { namespace?: string; labelSelector?: string; fieldSelector?: string } = {},
  ): Promise<{ items: T[]; resourceVersion?: string }> {
    try {
      const res = await this.idempotent(`list ${kind}${opts.namespace ? ` in ${opts.namespace}` : ''}`, () =>
        this.objects.list<T>(apiVersion, kind, opts.namespace, undefined, undefined, undefined, opts.fieldSelector, opts.labelSelector),
      );
      return { items: res.items, resourceVersion: res.metadata?.resourceVersion };
    } catch (e) {
      throw clusterError('list', { apiVersion, kind, namespace: opts.namespace, name: '' }, e);
    }
  }

  /** Server-side apply with meshci's field manager, forcing ownership of the fields it sets. */
  async apply<T extends KObject>(obj: T): Promise<T> {
    return this.send<T>('apply', obj, 'PATCH', k8s.PatchStrategy.ServerSideApply, { fieldManager: FIELD_MANAGER, force: 'true' });
  }

  /** Create (POST); 409 AlreadyExists surfaces as a ClusterError naming the object. */
  async create<T extends KObject>(obj: T): Promise<T> {
    return this.send<T>('create', obj, 'POST', 'application/json', { fieldManager: FIELD_MANAGER });
  }

  /** RFC 7386 merge patch: for changing a few fields of an object another manager owns. */
  async mergePatch<T extends KObject>(ref: Ref, patch: Record<string, unknown>): Promise<T> {
    const body = {
      ...patch,
      apiVersion: ref.apiVersion,
      kind: ref.kind,
      metadata: { ...((patch['metadata'] as object | undefined) ?? {}), name: ref.name, namespace: ref.namespace },
    } as KObject;
    return this.send<T>('patch', body, 'PATCH', k8s.PatchStrategy.MergePatch, { fieldManager: FIELD_MANAGER });
  }

  /**
   * PATCH with the object sent as JSON exactly as given. KubernetesObjectApi.patch runs the body
   * through client-node's typed model serializer, which expects its own model objects: a plain
   * manifest loses fields whose model name differs from the wire name (a NetworkPolicy's
   * `ingress[].from` is `_from` in the model), which would silently widen a policy. Paths and
   * authentication still come from client-node.
   */
  private async send<T extends KObject>(verb: string, obj: KObject, method: 'PATCH' | 'POST', contentType: string, query: Record<string, string>): Promise<T> {
    const ref = refOf(obj);
    const action = method === 'POST' ? 'create' : 'patch';
    let path: string;
    try {
      path = await (this.objects as unknown as { specUriPath(o: KObject, a: string): Promise<string> }).specUriPath(structuredClone(obj), action);
    } catch (e) {
      throw clusterError(verb, ref, e);
    }
    // specUriPath lower-cases the whole path; keep the object's own name as the API expects it
    if (ref.name && action === 'patch') path = path.slice(0, path.length - encodeURIComponent(ref.name.toLowerCase()).length) + encodeURIComponent(ref.name);
    const url = new URL(this.server.replace(/\/$/, '') + path);
    for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
    const init = await this.kc.applyToFetchOptions({});
    // applyToFetchOptions returns a Headers object (carrying the credentials): extend it, don't spread it
    const headers = new Headers(init.headers as ConstructorParameters<typeof Headers>[0]);
    headers.set('content-type', contentType);
    headers.set('accept', 'application/json');
    // a write is bounded like a read (the request, body included, is aborted after requestTimeoutMs)
    // and retried only when the server said it did not do it (429, or a 5xx with Retry-After)
    const body = JSON.stringify(obj);
    try {
      return await this.retrying(`${verb} ${describe(ref)}`, 'write', async () => {
        const ac = new AbortController();
        const timer = setTimeout(() => ac.abort(), this.requestTimeoutMs);
        try {
          const res = await fetch(url.toString(), { ...(init as object), method, headers, body, signal: ac.signal as never });
          const text = await res.text();
          if (!res.ok) throw new WriteRefused(res.status, statusMessage(text), retryAfterMs(res.headers.get('retry-after') ?? undefined));
          return JSON.parse(text) as T;
        } catch (e) {
          if (e instanceof WriteRefused) throw e;
          if (ac.signal.aborted)
            throw new Error(
              `no answer, timed out after ${formatDuration(this.requestTimeoutMs)} (request aborted; a write is not retried: it may have been applied)`,
            );
          throw e;
        } finally {
          clearTimeout(timer);
        }
      });
    } catch (e) {
      if (e instanceof WriteRefused) throw new ClusterError(verb, describe(ref), e.statusCode, e.message);
      throw clusterError(verb, ref, e);
    }
  }

  /** A container's log (bounded), e.g. a probe's result line. */
  async podLog(namespace: string, name: string, container: string, limitBytes = 64 * 1024): Promise<string> {
    try {
      return await this.idempotent(`get log of ${namespace}/${name}`, () =>
        new k8s.CoreV1Api(this.configuration()).readNamespacedPodLog({ name, namespace, container, limitBytes }),
      );
    } catch (e) {
      throw clusterError('get log of', { apiVersion: 'v1', kind: 'Pod', namespace, name }, e);
    }
  }

  async delete(ref: Ref, opts: { propagation?: 'Background' | 'Foreground' | 'Orphan' } = {}): Promise<boolean> {
    try {
      const what = `delete ${describe(ref)}`;
      await this.retrying(what, 'write', () =>
        this.bounded(what, () =>
          this.objects.delete(
            { apiVersion: ref.apiVersion, kind: ref.kind, metadata: { name: ref.name, namespace: ref.namespace } },
            undefined,
            undefined,
            undefined,
            undefined,
            opts.propagation,
          ),
        ),
      );
      return true;
    } catch (e) {
      if (statusOf(e) === 404) return false;
      throw clusterError('delete', ref, e);
    }
  }

  /**
   * Watch a collection until `until` returns a value (resolves with it) or the timeout passes
   * (resolves undefined). The watch starts at `resourceVersion` when given, so nothing between a
   * list and the watch is missed; a dropped stream is resumed from the last seen version.
   */
  // eslint-disable-next-line max-lines-per-function -- one watch loop (connect, read events, resume from the last resourceVersion, start over on 410 Gone) sharing its resume state
  async watch<T extends KObject, R>(
    kind: { apiVersion: string; kind: string },
    opts: { namespace?: string; fieldSelector?: string; labelSelector?: string; resourceVersion?: string; timeoutMs: number },
    until: (ev: WatchEvent<T>) => R | undefined,
  ): Promise<R | undefined> {
    const path = collectionPath(kind, opts.namespace);
    const deadline = Date.now() + opts.timeoutMs;
    let rv = opts.resourceVersion;
    const w = new k8s.Watch(this.kc);
    // a dropped or refused stream is resumed with exponential backoff (250 ms → 8 s, jittered); when
    // the deadline passes while the stream keeps failing, the error says so instead of "not done"
    let fails = 0;
    let lastErr: unknown;
    while (Date.now() < deadline) {
      const began = Date.now();
      const outcome = await new Promise<{ hit?: R; err?: unknown; gone?: boolean }>((resolve) => {
        let controller: AbortController | undefined;
        let settled = false;
        const finish = (v: { hit?: R; err?: unknown; gone?: boolean }) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          controller?.abort();
          resolve(v);
        };
        const timer = setTimeout(() => finish({}), Math.max(0, deadline - Date.now()));
        w.watch(
          path,
          {
            allowWatchBookmarks: true,
            resourceVersion: rv,
            fieldSelector: opts.fieldSelector,
            labelSelector: opts.labelSelector,
            timeoutSeconds: Math.max(1, Math.ceil((deadline - Date.now()) / 1000)),
          },
          (type: string, obj: T) => {
            if (type === 'ERROR') {
              const status = obj as unknown as { code?: number; message?: string };
              finish(
                status.code === 410
                  ? { gone: true }
                  : {
                      err: new ClusterError('watch', describe({ ...kind, namespace: opts.namespace, name: '' }), status.code, status.message ?? 'watch error'),
                    },
              );
              return;
            }
            const v = obj.metadata?.resourceVersion;
            if (v) rv = v;
            if (type === 'BOOKMARK') return;
            const hit = until({ type: type as WatchEvent<T>['type'], object: obj });
            if (hit !== undefined) finish({ hit });
          },
          (err: unknown) => finish(err ? { err } : {}),
        ).then(
          (c) => {
            controller = c;
            if (settled) c.abort();
          },
          (err: unknown) => finish({ err }),
        );
      });
      if (outcome.hit !== undefined) return outcome.hit;
      if (outcome.err) {
        if (outcome.err instanceof ClusterError) throw outcome.err;
        const code = (outcome.err as { statusCode?: number }).statusCode;
        if (code === 401 || code === 403 || code === 404) throw clusterError('watch', { ...kind, namespace: opts.namespace, name: '' }, outcome.err);
        this.log.debug(`watch ${path}: stream ended (${String(outcome.err)}); resuming`);
        lastErr = outcome.err;
      }
      if (outcome.gone) rv = undefined; // expired resourceVersion: restart from now (the callers re-check state)
      if (outcome.err || Date.now() - began < 1000) {
        fails++;
        const ms = Math.min(250 * 2 ** Math.min(fails - 1, 5), 8000) * (0.5 + Math.random() / 2);
        await new Promise((r) => setTimeout(r, Math.max(0, Math.min(ms, deadline - Date.now()))));
      } else {
        fails = 0;
        lastErr = undefined;
      }
    }
    if (lastErr !== undefined && fails > 0) throw clusterError('watch', { ...kind, namespace: opts.namespace, name: '' }, lastErr);
    return undefined;
  }

  /** Wait for a Job to complete (watch-based); a failed Job or the timeout throws, naming it and its counts. */
  async waitJob(namespace: string, name: string, timeoutMs: number): Promise<void> {
    const ref = { apiVersion: 'batch/v1', kind: 'Job', namespace, name };
    const last = await this.waitFor(ref, jobState, { timeoutMs, verb: 'wait for', notDone: 'not complete' });
    if (last.failed) throw new ClusterError('wait for', describe(ref), undefined, `the job failed (${last.failed}): ${last.text}`);
  }

  /**
   * The one watch-based wait: read the object, and unless `state` says it is done, watch it from
   * that resourceVersion until it is, logging each change of its state text. The timeout throws a
   * ClusterError naming the object and where it got stuck.
   */
  async waitFor(ref: Ref, state: (o: KObject) => WaitState, o: { timeoutMs: number; verb: string; notDone: string }): Promise<WaitState> {
    const start = Date.now();
    const current = await this.mustGet<KObject>(ref);
    let last = state(current);
    if (last.done) return last;
    const what = describe(ref);
    this.log.info(`waiting for ${what}: ${last.text}`);
    const done = await this.watch<KObject, true>(
      ref,
      { namespace: ref.namespace, fieldSelector: `metadata.name=${ref.name}`, resourceVersion: current.metadata?.resourceVersion, timeoutMs: o.timeoutMs },
      (ev) => {
        if (ev.type === 'DELETED') return undefined;
        const s = state(ev.object);
        if (s.text !== last.text) this.log.info(`  ${what}: ${s.text}`);
        last = s;
        return s.done ? true : undefined;
      },
    );
    if (!done) throw new ClusterError(o.verb, what, undefined, `${o.notDone} after ${formatDuration(Date.now() - start)}: ${last.text}`);
    return last;
  }

  /** `kubectl rollout restart`: bump the pod template's restartedAt annotation. */
  async rolloutRestart(kind: WorkloadKind, namespace: string, name: string, at = new Date()): Promise<void> {
    await this.mergePatch(
      { apiVersion: 'apps/v1', kind, namespace, name },
      {
        spec: { template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': at.toISOString() } } } },
      },
    );
  }

  /**
   * Wait until a workload has rolled out (the same conditions as `kubectl rollout status`), with a
   * progress line whenever the counts change. Throws on timeout, naming the workload and its state.
   */
  async waitRollout(kind: WorkloadKind, namespace: string, name: string, timeoutMs: number): Promise<void> {
    await this.waitFor({ apiVersion: 'apps/v1', kind, namespace, name }, (o) => rolloutState(kind, o), {
      timeoutMs,
      verb: 'wait for rollout of',
      notDone: 'not rolled out',
    });
  }
}

export interface WaitState {
  done: boolean;
  text: string;
  failed?: string;
}

/** A Job is done when it has as many successes as completions; failed when its Failed condition is True. */
export function jobState(o: KObject): WaitState {
  const spec = (o['spec'] ?? {}) as { completions?: number };
  const st = (o['status'] ?? {}) as {
    succeeded?: number;
    failed?: number;
    active?: number;
    conditions?: { type: string; status: string; reason?: string; message?: string }[];
  };
  const want = spec.completions ?? 1;
  const failed = st.conditions?.find((c) => c.type === 'Failed' && c.status === 'True');
  const text = `${st.succeeded ?? 0}/${want} succeeded, ${st.active ?? 0} active, ${st.failed ?? 0} failed`;
  if (failed) return { done: true, failed: `${failed.reason ?? 'Failed'}${failed.message ? `: ${failed.message}` : ''}`, text };
  return { done: (st.succeeded ?? 0) >= want, text };
}

export function rolloutState(kind: WorkloadKind, o: KObject): WaitState {
  const spec = (o['spec'] ?? {}) as { replicas?: number };
  const st = (o['status'] ?? {}) as Record<string, number | string | undefined>;
  const gen = o.metadata?.generation ?? 0;
  const observed = Number(st['observedGeneration'] ?? 0);
  if (observed < gen) return { done: false, text: 'waiting for the controller to observe the new generation' };
  if (kind === 'DaemonSet') {
    const want = Number(st['desiredNumberScheduled'] ?? 0);
    const updated = Number(st['updatedNumberScheduled'] ?? 0);
    const avail = Number(st['numberAvailable'] ?? 0);
    return { done: updated >= want && avail >= want, text: `${updated}/${want} updated, ${avail}/${want} available` };
  }
  const want = spec.replicas ?? 1;
  const updated = Number(st['updatedReplicas'] ?? 0);
  const replicas = Number(st['replicas'] ?? 0);
  if (kind === 'StatefulSet') {
    const ready = Number(st['readyReplicas'] ?? 0);
    const revDone = !st['updateRevision'] || st['updateRevision'] === st['currentRevision'];
    return { done: updated >= want && ready >= want && revDone, text: `${updated}/${want} updated, ${ready}/${want} ready` };
  }
  const avail = Number(st['availableReplicas'] ?? 0);
  return {
    done: updated >= want && replicas <= updated && avail >= updated,
    text: `${updated}/${want} updated, ${avail}/${want} available${replicas > updated ? `, ${replicas - updated} old pending termination` : ''}`,
  };
}

export function collectionPath(kind: { apiVersion: string; kind: string }, namespace?: string): string {
  const p = PATHS[`${kind.apiVersion}/${kind.kind}`];
  if (!p) throw new Error(`meshci's cluster layer has no path for ${kind.apiVersion} ${kind.kind}`);
  return namespace ? `${p.group}/namespaces/${namespace}/${p.plural}` : `${p.group}/${p.plural}`;
}

function refOf(o: k8s.KubernetesObject): Ref {
  return { apiVersion: o.apiVersion ?? '', kind: o.kind ?? '', namespace: o.metadata?.namespace, name: o.metadata?.name ?? '' };
}

export function describe(ref: Ref): string {
  const what = `${ref.kind.toLowerCase()}${ref.name ? `/${ref.name}` : 's'}`;
  return ref.namespace ? `${what} in namespace ${ref.namespace}` : what;
}

/** The message of a Kubernetes Status body, else the body's start. */
function statusMessage(text: string): string {
  try {
    return (JSON.parse(text) as { message?: string }).message ?? text.slice(0, 300);
  } catch {
    return text.slice(0, 300); // not a Status object
  }
}

/** A write the API server answered with an error status (its Retry-After kept for the retry policy). */
class WriteRefused extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly retryAfterMs: number | undefined,
  ) {
    super(message);
  }
}

/** The Retry-After of an API answer (seconds or an HTTP date) in milliseconds, or undefined. */
function retryAfterOf(e: unknown): number | undefined {
  if (e instanceof WriteRefused) return e.retryAfterMs;
  if (e instanceof k8s.ApiException) {
    const h = (e.headers ?? {}) as Record<string, string | undefined>;
    return retryAfterMs(h['retry-after'] ?? h['Retry-After']);
  }
  return undefined;
}

function statusOf(e: unknown): number | undefined {
  if (e instanceof k8s.ApiException) return e.code;
  return (e as { statusCode?: number; code?: number })?.statusCode;
}

/** Turn a client error into one line naming verb, resource, HTTP status and the API's own message. */
export function clusterError(verb: string, ref: Ref, e: unknown): ClusterError {
  const code = statusOf(e);
  let message = getErrorMessage(e);
  if (e instanceof k8s.ApiException) {
    const body: unknown = typeof e.body === 'string' ? safeJson(e.body) : e.body;
    const m = (body as { message?: string } | undefined)?.message;
    if (m) message = m;
  }
  if (/ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|socket hang up|timed out after|aborted due to timeout|TimeoutError/.test(message))
    message = `cluster unreachable (${message})`;
  return new ClusterError(verb, describe(ref), code, message);
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return { message: s.slice(0, 300) };
  }
}
