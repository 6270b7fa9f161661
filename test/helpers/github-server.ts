import type { Server } from 'node:http';
import { closeServer, listenLoopback, readBody, sendJson } from './http-double.js';

/**
 * A GitHub REST API double for the issues endpoints the expiry guard uses: list (state, labels,
 * pagination headers), create, update, comment; token authentication and JSON errors shaped like
 * GitHub's. It stores what it is sent; it decides nothing.
 */
export interface Issue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason?: string | null;
  labels: { name: string }[];
  comments: string[];
  pull_request?: object;
}

export class GitHubServer {
  private server!: Server;
  readonly issues: Issue[] = [];
  readonly calls: string[] = [];
  url = '';
  constructor(readonly token = 'ghs_testtoken0123456789', readonly repo = 'acme/mesh') {}

  async start(): Promise<this> {
    const { server, port } = await listenLoopback((req, res) => {
      void readBody(req).then((text) => {
        const url = new URL(req.url ?? '/', 'http://x');
        const send = sendJson.bind(null, res);
        this.calls.push(`${req.method} ${url.pathname}${url.search}`);
        const auth = req.headers.authorization ?? '';
        if (auth !== `token ${this.token}` && auth !== `Bearer ${this.token}`) {
          return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' });
        }
        const base = `/repos/${this.repo}/issues`;
        const body = text ? (JSON.parse(text) as Record<string, any>) : {};
        if (req.method === 'GET' && url.pathname === base) {
          const state = url.searchParams.get('state') ?? 'open';
          const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
          const perPage = Number(url.searchParams.get('per_page') ?? 30);
          const page = Number(url.searchParams.get('page') ?? 1);
          const all = this.issues.filter((i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.some((x) => x.name === l)));
          const slice = all.slice((page - 1) * perPage, page * perPage);
          const headers: Record<string, string> = {};
          if (page * perPage < all.length) headers['link'] = `<http://127.0.0.1/${base}?page=${page + 1}&per_page=${perPage}>; rel="next"`;
          return send(200, slice.map((i) => this.view(i)), headers);
        }
        if (req.method === 'POST' && url.pathname === base) {
          if (!body['title']) return send(422, { message: 'Validation Failed', errors: [{ resource: 'Issue', code: 'missing_field', field: 'title' }] });
          const issue: Issue = { number: this.issues.length + 1, title: body['title'], body: body['body'] ?? '', state: 'open', labels: (body['labels'] ?? []).map((n: string) => ({ name: n })), comments: [] };
          this.issues.push(issue);
          return send(201, this.view(issue));
        }
        const m = new RegExp(`^${base}/(\\d+)(/comments)?$`).exec(url.pathname);
        const issue = m ? this.issues.find((i) => i.number === Number(m[1])) : undefined;
        if (!issue) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
        if (req.method === 'PATCH' && !m![2]) {
          for (const k of ['title', 'body', 'state', 'state_reason'] as const) if (k in body) (issue as any)[k] = body[k];
          return send(200, this.view(issue));
        }
        if (req.method === 'POST' && m![2]) {
          issue.comments.push(body['body']);
          return send(201, { id: issue.comments.length, body: body['body'] });
        }
        return send(404, { message: 'Not Found' });
      });
    });
    this.server = server;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  private view(i: Issue) {
    return { number: i.number, title: i.title, body: i.body, state: i.state, state_reason: i.state_reason ?? null, labels: i.labels, html_url: `https://github.com/${this.repo}/issues/${i.number}`, ...(i.pull_request ? { pull_request: i.pull_request } : {}) };
  }

  env(): Record<string, string> {
    return { GITHUB_API_URL: this.url, GITHUB_REPOSITORY: this.repo, GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '42' };
  }

  stop(): Promise<void> {
    return closeServer(this.server);
  }
}
