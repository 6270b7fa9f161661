import type { Server, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { closeServer, listenLoopback, loopbackCert, readBody, sendJson } from './http-double.js';

/**
 * An Azure Resource Manager double for environments, speaking ARM's wire protocol as the SDKs
 * meet it: resource groups (PUT/GET/HEAD/DELETE, list with `$filter=tagName eq '…'`), AKS managed
 * clusters and agent pools, container registries, role assignments, `listClusterUserCredential`.
 * Creates and deletes are long-running operations: 201/202 with `Azure-AsyncOperation` (PUT) or
 * `Location` (DELETE), polled until Succeeded. ARM error bodies; 409 for a resource group being
 * deleted and for an existing role assignment; 429 with Retry-After on demand; bearer auth.
 * Deleting a resource group deletes what is in it and the AKS node resource group, as ARM does.
 * It keeps state and answers; it judges nothing.
 */
export interface Resource {
  id: string;
  name: string;
  type: string;
  location?: string;
  tags?: Record<string, string>;
  properties: Record<string, any>;
  [k: string]: any;
}

export interface ArmError {
  code: string;
  message: string;
}

/** A route added to the double: answers through `h` and returns true, or returns false. */
export type ArmRoute = (
  req: { method: string; path: string; body: any },
  h: {
    json: (code: number, o: unknown, headers?: Record<string, string>) => void;
    err: (code: number, c: string, message: string) => void;
    /** a long-running operation: returns its Azure-AsyncOperation URL (add &kind=location for Location) */
    lro: (finish: () => void | Promise<void>, failed?: ArmError) => string;
  },
) => boolean;

const ROLE_ACR_PULL = '7f951dda-4ed3-4680-a7ca-43fe172d538d';

export class ArmEnvServer {
  private server!: Server;
  readonly calls: string[] = [];
  readonly bodies: { method: string; path: string; body: any }[] = [];
  readonly store = new Map<string, Resource>();
  private readonly ops = new Map<string, { polls: number; finish: () => void | Promise<void>; failed?: ArmError }>();
  /** Extra routes (e.g. ACR importImage), tried before the built-in ones; true = answered. */
  readonly routes: ArmRoute[] = [];
  /** Answer the next N calls whose "METHOD path" matches with 429 + Retry-After. */
  readonly throttle: { match: RegExp; times: number }[] = [];
  /** Make the next operation on a matching path fail with this ARM error. */
  readonly failNext: { match: RegExp; code: string; message: string }[] = [];
  /** What listClusterUserCredential hands out instead of a kubeconfig for the cluster's fqdn: a reachable API server (the Kubernetes double's). */
  clusterKubeconfig?: string;
  /** Polls an operation takes before it finishes. */
  pollsToFinish = 2;
  origin = '';
  constructor(
    readonly token = 'arm-test-token',
    readonly subscription = '00000000-0000-0000-0000-00000000abcd',
    readonly tls: { cert: string; key: string; certFile?: string } = loopbackCert('management.azure.test', 'IP:127.0.0.1,DNS:localhost'),
  ) {}

  async start(): Promise<this> {
    const { server, port } = await listenLoopback((req, res) => {
      // ARM accepts a doubled leading slash (SDKs send `/{scope}` with a scope that starts with '/')
      const url = new URL(`https://x${(req.url ?? '/').replace(/^\/+/, '/')}`);
      void readBody(req).then((body) => this.handle(req.method ?? 'GET', url, req.headers.authorization, body, res));
    }, this.tls);
    this.server = server;
    this.origin = `https://127.0.0.1:${port}`;
    return this;
  }

  stop(): Promise<void> {
    return closeServer(this.server);
  }

  get(id: string): Resource | undefined {
    return this.store.get(id.toLowerCase());
  }

  resourceGroups(): Resource[] {
    return [...this.store.values()].filter((r) => r.type === 'Microsoft.Resources/resourceGroups');
  }

  /** Seed a resource group as if someone made it earlier. */
  seedGroup(name: string, tags: Record<string, string>, location = 'westeurope'): Resource {
    const id = `/subscriptions/${this.subscription}/resourceGroups/${name}`;
    const rg: Resource = { id, name, type: 'Microsoft.Resources/resourceGroups', location, tags, properties: { provisioningState: 'Succeeded' } };
    this.store.set(id.toLowerCase(), rg);
    return rg;
  }

  private async handle(method: string, url: URL, auth: string | undefined, text: string, res: ServerResponse): Promise<void> {
    const json = (code: number, o: unknown, headers: Record<string, string> = {}) => sendJson(res, code, o, { 'x-ms-request-id': randomUUID(), ...headers });
    const err = (code: number, c: string, message: string) => json(code, { error: { code: c, message } });
    const path = url.pathname;
    this.calls.push(`${method} ${path}`);
    if (auth !== `Bearer ${this.token}`) {
      return json(
        401,
        { error: { code: 'AuthenticationFailed', message: 'Authentication failed. The Authorization header is missing.' } },
        { 'www-authenticate': 'Bearer authorization_uri="https://login.microsoftonline.com/common", error="invalid_token"' },
      );
    }
    const t = this.throttle.find((x) => x.times > 0 && x.match.test(`${method} ${path}`));
    if (t) {
      t.times--;
      return json(
        429,
        { error: { code: 'TooManyRequests', message: 'The request is being throttled.' } },
        { 'retry-after': '1', 'retry-after-ms': '20', 'x-ms-ratelimit-remaining-subscription-reads': '0' },
      );
    }
    if (!url.searchParams.get('api-version'))
      return err(400, 'MissingApiVersionParameter', 'The api-version query parameter (?api-version=) is required for all requests.');
    const body = text ? JSON.parse(text) : undefined;
    if (body !== undefined) this.bodies.push({ method, path, body });
    const api = url.searchParams.get('api-version') as string;
    const sub = `/subscriptions/${this.subscription}`;

    // long-running operation status
    const op = /^\/operations\/([^/]+)$/.exec(path);
    if (op) {
      const o = this.ops.get(op[1] as string);
      if (!o) return err(404, 'NotFound', 'operation not found');
      o.polls++;
      const done = o.polls >= this.pollsToFinish;
      if (done && o.polls === this.pollsToFinish) {
        try {
          await o.finish();
        } catch (e) {
          o.failed ??= { code: 'OperationFailed', message: (e as Error).message.split('\n')[0] ?? 'failed' };
        }
      }
      const kind = url.searchParams.get('kind');
      if (kind === 'location') {
        if (!done) return json(202, undefined, { location: `${this.origin}${url.pathname}${url.search}`, 'retry-after': '0' });
        return o.failed ? json(400, { error: o.failed }) : json(200, {});
      }
      return json(200, { status: !done ? 'InProgress' : o.failed ? 'Failed' : 'Succeeded', ...(done && o.failed ? { error: o.failed } : {}) });
    }
    const lro = (finish: () => void | Promise<void>, failed?: ArmError) => {
      const id = randomUUID();
      this.ops.set(id, { polls: 0, finish, failed });
      return `${this.origin}/operations/${id}?api-version=${api}`;
    };
    const failure = (p: string) => {
      const i = this.failNext.findIndex((f) => f.match.test(`${method} ${p}`));
      return i >= 0 ? this.failNext.splice(i, 1)[0] : undefined;
    };

    for (const route of this.routes) if (route({ method, path, body }, { json, err, lro })) return;

    // resource groups
    if (path.toLowerCase() === `${sub}/resourcegroups`.toLowerCase() && method === 'GET') {
      const filter = url.searchParams.get('$filter') ?? '';
      const m = /^tagName eq '([^']+)'(?: and tagValue eq '([^']*)')?$/.exec(filter);
      if (filter && !m) return err(400, 'InvalidFilter', `unsupported filter ${filter}`);
      const groups = this.resourceGroups().filter((g) => !m || (m[1]! in (g.tags ?? {}) && (m[2] === undefined || g.tags?.[m[1]!] === m[2])));
      return json(200, { value: groups.map((g) => this.view(g)) });
    }
    const rgm = /^\/subscriptions\/([^/]+)\/resourcegroups\/([^/]+)$/i.exec(path);
    if (rgm) {
      const id = `${sub}/resourceGroups/${rgm[2]}`;
      const cur = this.get(id);
      if (method === 'HEAD') return json(cur ? 204 : 404, undefined);
      if (method === 'GET') return cur ? json(200, this.view(cur)) : err(404, 'ResourceGroupNotFound', `Resource group '${rgm[2]}' could not be found.`);
      if (method === 'PUT') {
        if (cur?.properties['provisioningState'] === 'Deleting')
          return err(409, 'ResourceGroupBeingDeleted', `The resource group '${rgm[2]}' is in deprovisioning state and cannot perform this operation.`);
        if (!body?.location) return err(400, 'LocationRequired', 'The location property is required for this definition.');
        const rg: Resource = {
          id,
          name: rgm[2] as string,
          type: 'Microsoft.Resources/resourceGroups',
          location: body.location,
          tags: body.tags ?? {},
          properties: { provisioningState: 'Succeeded' },
        };
        this.store.set(id.toLowerCase(), rg);
        return json(cur ? 200 : 201, this.view(rg));
      }
      if (method === 'DELETE') {
        if (!cur) return json(204, undefined);
        cur.properties['provisioningState'] = 'Deleting';
        const f = failure(path);
        const loc = lro(
          () => {
            if (f) return;
            const nodeGroups = [...this.store.values()]
              .filter((r) => r.id.toLowerCase().startsWith(`${id.toLowerCase()}/`) && r.type === 'Microsoft.ContainerService/managedClusters')
              .map((c) => c.properties['nodeResourceGroup'] as string);
            for (const k of [...this.store.keys()]) {
              if (
                k === id.toLowerCase() ||
                k.startsWith(`${id.toLowerCase()}/`) ||
                nodeGroups.some((n) => k === `${sub}/resourcegroups/${n}`.toLowerCase() || k.startsWith(`${sub}/resourcegroups/${n}/`.toLowerCase()))
              )
                this.store.delete(k);
            }
          },
          f ? { code: f.code, message: f.message } : undefined,
        );
        return json(202, undefined, { location: `${loc}&kind=location`, 'retry-after': '0' });
      }
    }

    // a resource type listed in a group (managedClusters.listByResourceGroup)
    const lm = /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)\/providers\/(Microsoft\.\w+)\/(\w+)$/i.exec(path);
    if (lm && method === 'GET') {
      const rg = this.get(`${sub}/resourceGroups/${lm[1]}`);
      if (!rg) return err(404, 'ResourceGroupNotFound', `Resource group '${lm[1]}' could not be found.`);
      const type = `${lm[2]}/${lm[3]}`.toLowerCase();
      return json(200, {
        value: [...this.store.values()]
          .filter((r) => r.type.toLowerCase() === type && r.id.toLowerCase().startsWith(`${rg.id.toLowerCase()}/`))
          .map((r) => this.view(r)),
      });
    }

    // resources inside a group
    const rm = /^\/subscriptions\/[^/]+\/resourceGroups\/([^/]+)\/providers\/(Microsoft\.\w+)\/(\w+)\/([^/]+)(?:\/(\w+)(?:\/([^/]+))?)?$/i.exec(path);
    if (rm) {
      const [group, ns, kind, name, sub2, sub2name] = rm.slice(1) as [string, string, string, string, string | undefined, string | undefined];
      const rg = this.get(`${sub}/resourceGroups/${group}`);
      if (!rg) return err(404, 'ResourceGroupNotFound', `Resource group '${group}' could not be found.`);
      const type = `${ns}/${kind}`;
      const id = `${sub}/resourceGroups/${rg.name}/providers/${type}/${name}`;
      const cur = this.get(id);
      if (type === 'Microsoft.ContainerService/managedClusters' && sub2 === 'listClusterUserCredential' && method === 'POST') {
        if (!cur) return err(404, 'ResourceNotFound', `The Resource '${type}/${name}' under resource group '${group}' was not found.`);
        const kubeconfig =
          this.clusterKubeconfig ??
          `apiVersion: v1\nkind: Config\nclusters:\n- name: ${name}\n  cluster:\n    server: https://${cur.properties['fqdn']}:443\n    certificate-authority-data: ${Buffer.from('ca').toString('base64')}\ncontexts:\n- name: ${name}\n  context: {cluster: ${name}, user: clusterUser_${group}_${name}}\ncurrent-context: ${name}\nusers:\n- name: clusterUser_${group}_${name}\n  user:\n    token: ${cur.properties['userToken']}\n`;
        return json(200, { kubeconfigs: [{ name: 'clusterUser', value: Buffer.from(kubeconfig).toString('base64') }] });
      }
      if (type === 'Microsoft.ContainerService/managedClusters' && sub2 === 'agentPools' && sub2name) {
        if (!cur) return err(404, 'ResourceNotFound', `The Resource '${type}/${name}' under resource group '${group}' was not found.`);
        const pools = cur.properties['agentPoolProfiles'] as any[];
        const pool = pools.find((p) => p.name === sub2name);
        if (method === 'GET')
          return pool ? json(200, { id: `${id}/agentPools/${sub2name}`, name: sub2name, properties: pool }) : err(404, 'NotFound', 'agent pool not found');
        if (method === 'PUT') {
          if (pool && body.properties.vmSize && body.properties.vmSize !== pool.vmSize)
            return err(400, 'PropertyChangeNotAllowed', "Changing property 'vmSize' is not allowed.");
          const loc = lro(() => {
            Object.assign(pool ?? {}, body.properties, { provisioningState: 'Succeeded' });
            if (!pool) pools.push({ name: sub2name, ...body.properties, provisioningState: 'Succeeded' });
          });
          return json(
            pool ? 200 : 201,
            { id: `${id}/agentPools/${sub2name}`, name: sub2name, properties: { ...pool, ...body.properties, provisioningState: 'Updating' } },
            { 'azure-asyncoperation': loc, 'retry-after': '0' },
          );
        }
      }
      if (sub2) return err(404, 'NotFound', `no route ${method} ${path}`);
      if (method === 'GET')
        return cur ? json(200, this.view(cur)) : err(404, 'ResourceNotFound', `The Resource '${type}/${name}' under resource group '${group}' was not found.`);
      if (method === 'PUT') {
        const f = failure(path);
        let res: Resource;
        if (type === 'Microsoft.ContainerService/managedClusters') {
          const p = body.properties ?? {};
          if (cur && p.networkProfile?.networkPlugin && cur.properties['networkProfile']?.networkPlugin !== p.networkProfile.networkPlugin)
            return err(400, 'PropertyChangeNotAllowed', "Changing property 'networkProfile.networkPlugin' is not allowed.");
          const nodeRg = cur?.properties['nodeResourceGroup'] ?? `MC_${rg.name}_${name}_${body.location}`;
          res = {
            id,
            name,
            type,
            location: body.location,
            tags: body.tags ?? {},
            identity: { type: 'SystemAssigned', principalId: randomUUID(), tenantId: randomUUID() },
            properties: {
              ...(cur?.properties ?? {}),
              ...p,
              provisioningState: cur ? 'Updating' : 'Creating',
              nodeResourceGroup: nodeRg,
              fqdn: `${p.dnsPrefix ?? name}-abc123.hcp.${body.location}.azmk8s.io`,
              currentKubernetesVersion: p.kubernetesVersion ?? '1.31.2',
              identityProfile: cur?.properties['identityProfile'] ?? {
                kubeletidentity: {
                  resourceId: `${sub}/resourceGroups/${nodeRg}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/${name}-agentpool`,
                  clientId: randomUUID(),
                  objectId: randomUUID(),
                },
              },
              userToken: cur?.properties['userToken'] ?? randomUUID().replace(/-/g, ''),
            },
          };
          if (!this.get(`${sub}/resourceGroups/${nodeRg}`))
            this.seedGroup(nodeRg, { 'aks-managed-cluster-name': name, 'aks-managed-cluster-rg': rg.name }, body.location);
        } else if (type === 'Microsoft.ContainerRegistry/registries') {
          res = {
            id,
            name,
            type,
            location: body.location,
            tags: body.tags ?? {},
            sku: body.sku,
            properties: {
              ...(cur?.properties ?? {}),
              ...(body.properties ?? {}),
              loginServer: `${name.toLowerCase()}.azurecr.io`,
              provisioningState: cur ? 'Updating' : 'Creating',
            },
          };
        } else return err(400, 'NoRegisteredProviderFound', `No registered resource provider found for type '${type}'.`);
        this.store.set(id.toLowerCase(), res);
        const loc = lro(
          () => {
            res.properties['provisioningState'] = f ? 'Failed' : 'Succeeded';
          },
          f ? { code: f.code, message: f.message } : undefined,
        );
        return json(cur ? 200 : 201, this.view(res), { 'azure-asyncoperation': loc, 'retry-after': '0' });
      }
    }

    // role assignments: {scope}/providers/Microsoft.Authorization/roleAssignments/{name}
    const ra = /^(.*)\/providers\/Microsoft\.Authorization\/roleAssignments\/([^/]+)$/i.exec(path);
    if (ra && method === 'PUT') {
      const [scope, name] = ra.slice(1) as [string, string];
      if (!this.get(scope)) return err(404, 'ResourceNotFound', `scope ${scope} not found`);
      const p = body?.properties ?? {};
      if (!String(p.roleDefinitionId).endsWith(`/roleDefinitions/${ROLE_ACR_PULL}`))
        return err(400, 'InvalidRoleDefinitionId', `role ${p.roleDefinitionId} is not AcrPull`);
      const same = [...this.store.values()].find(
        (r) =>
          r.type === 'Microsoft.Authorization/roleAssignments' &&
          r.properties['scope'] === scope &&
          r.properties['principalId'] === p.principalId &&
          r.properties['roleDefinitionId'] === p.roleDefinitionId,
      );
      if (same) return err(409, 'RoleAssignmentExists', 'The role assignment already exists.');
      const id = `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`;
      const r: Resource = { id, name, type: 'Microsoft.Authorization/roleAssignments', properties: { ...p, scope } };
      this.store.set(id.toLowerCase(), r);
      return json(201, this.view(r));
    }
    return err(404, 'NotFound', `no route ${method} ${path}`);
  }

  private view(r: Resource): Record<string, unknown> {
    const { properties, ...rest } = r;
    const { userToken: _t, ...props } = properties;
    return { ...rest, properties: props };
  }
}
