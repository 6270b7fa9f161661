import type { Server } from 'node:http';
import { closeServer, listenLoopback, readBody, sendJson } from './http-double.js';

/**
 * A GitHub REST API double for the issues endpoints meshci uses: issues list (state, labels,
 * pagination headers), create, update; issue comments list (paginated), create, update (the
 * sticky PR comment); token authentication and JSON errors shaped like GitHub's, and a read-only
 * token (what a pull request from a fork gets) answering writes with 403. It stores what it is
 * sent; it decides nothing.
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
  /** Comment ids, global across issues as on GitHub. */
  readonly commentIds = new Map<number, { issue: number; index: number }>();
  /** When true, every write answers 403 "Resource not accessible by integration". */
  readOnly = false;
  url = '';
  constructor(
    readonly token = 'ghs_testtoken0123456789',
    readonly repo = 'acme/mesh',
  ) {}

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
        if (this.readOnly && req.method !== 'GET') {
          return send(403, {
            message: 'Resource not accessible by integration',
            documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
            status: '403',
          });
        }
        const cm = new RegExp(`^${base}/comments/(\\d+)$`).exec(url.pathname);
        if (cm) {
          const ref = this.commentIds.get(Number(cm[1]));
          const owner = ref ? this.issues.find((i) => i.number === ref.issue) : undefined;
          if (!ref || !owner) return send(404, { message: 'Not Found' });
          if (req.method === 'PATCH') owner.comments[ref.index] = body['body'];
          return send(200, this.commentView(Number(cm[1])));
        }
        if (req.method === 'GET' && url.pathname === base) {
          const state = url.searchParams.get('state') ?? 'open';
          const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
          const perPage = Number(url.searchParams.get('per_page') ?? 30);
          const page = Number(url.searchParams.get('page') ?? 1);
          const all = this.issues.filter((i) => (state === 'all' || i.state === state) && labels.every((l) => i.labels.some((x) => x.name === l)));
          const slice = all.slice((page - 1) * perPage, page * perPage);
          const headers: Record<string, string> = {};
          if (page * perPage < all.length) headers['link'] = `<http://127.0.0.1/${base}?page=${page + 1}&per_page=${perPage}>; rel="next"`;
          return send(
            200,
            slice.map((i) => this.view(i)),
            headers,
          );
        }
        if (req.method === 'POST' && url.pathname === base) {
          if (!body['title']) return send(422, { message: 'Validation Failed', errors: [{ resource: 'Issue', code: 'missing_field', field: 'title' }] });
          const issue: Issue = {
            number: this.issues.length + 1,
            title: body['title'],
            body: body['body'] ?? '',
            state: 'open',
            labels: (body['labels'] ?? []).map((n: string) => ({ name: n })),
            comments: [],
          };
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
        if (req.method === 'GET' && m![2]) {
          const perPage = Number(url.searchParams.get('per_page') ?? 30);
          const page = Number(url.searchParams.get('page') ?? 1);
          const ids = [...this.commentIds.entries()].filter(([, r]) => r.issue === issue.number).map(([id]) => id);
          const headers: Record<string, string> = {};
          if (page * perPage < ids.length) headers['link'] = `<${this.url}${url.pathname}?page=${page + 1}&per_page=${perPage}>; rel="next"`;
          return send(
            200,
            ids.slice((page - 1) * perPage, page * perPage).map((id) => this.commentView(id)),
            headers,
          );
        }
        if (req.method === 'POST' && m![2]) {
          if (typeof body['body'] !== 'string' || !body['body'])
            return send(422, { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }] });
          if (body['body'].length > 65536)
            return send(422, {
              message: 'Validation Failed',
              errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }],
            });
          issue.comments.push(body['body']);
          const id = 1000 + this.commentIds.size;
          this.commentIds.set(id, { issue: issue.number, index: issue.comments.length - 1 });
          return send(201, this.commentView(id));
        }
        return send(404, { message: 'Not Found' });
      });
    });
    this.server = server;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  private view(i: Issue) {
    return {
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      state_reason: i.state_reason ?? null,
      labels: i.labels,
      html_url: `https://github.com/${this.repo}/issues/${i.number}`,
      ...(i.pull_request ? { pull_request: i.pull_request } : {}),
    };
  }

  /** Seed an issue (or, with `pr`, a pull request: PR comments are issue comments). */
  addIssue(title: string, opts: { pr?: boolean } = {}): Issue {
    const issue: Issue = { number: this.issues.length + 1, title, body: '', state: 'open', labels: [], comments: [], ...(opts.pr ? { pull_request: {} } : {}) };
    this.issues.push(issue);
    return issue;
  }

  /** Seed a comment as another user wrote it (by default: a passer-by, author_association NONE). */
  addComment(
    issue: Issue,
    body: string,
    author: { login: string; type: 'User' | 'Bot'; association: string } = { login: 'passer-by', type: 'User', association: 'NONE' },
  ): number {
    issue.comments.push(body);
    const id = 1000 + this.commentIds.size;
    this.commentIds.set(id, { issue: issue.number, index: issue.comments.length - 1 });
    this.authors.set(id, author);
    return id;
  }
  private readonly authors = new Map<number, { login: string; type: 'User' | 'Bot'; association: string }>();

  private commentView(id: number) {
    const ref = this.commentIds.get(id)!;
    const issue = this.issues.find((i) => i.number === ref.issue)!;
    // comments made through the API are the token's: github-actions[bot], as GITHUB_TOKEN's are
    const a = this.authors.get(id) ?? { login: 'github-actions[bot]', type: 'Bot' as const, association: 'NONE' };
    return {
      id,
      body: issue.comments[ref.index],
      html_url: `https://github.com/${this.repo}/pull/${issue.number}#issuecomment-${id}`,
      user: { login: a.login, type: a.type },
      author_association: a.association,
    };
  }

  env(): Record<string, string> {
    return { GITHUB_API_URL: this.url, GITHUB_REPOSITORY: this.repo, GITHUB_SERVER_URL: 'https://github.com', GITHUB_RUN_ID: '42' };
  }

  stop(): Promise<void> {
    return closeServer(this.server);
  }
}
