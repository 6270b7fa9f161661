import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { ROOT } from '../helpers/action.js';

/**
 * Runs as GitHub runs it (issue 19 §6). A reusable workflow runs in its caller's repository: a
 * nested `uses: ./.github/workflows/x.yml` (or a step's `uses: ./certs`) names a file of the
 * caller's repository, so pr-preview.yml failed to start for every user. And an upload of a path a
 * step output gives must be skipped when the output is empty (the run stopped before verify).
 */
type Step = { name?: string; uses?: string; if?: string; with?: Record<string, string> };
type Workflow = { on?: Record<string, unknown> | string[] | string; jobs: Record<string, { uses?: string; steps?: Step[] }> };

const files = ['.github/workflows', 'workflows']
  .filter((d) => existsSync(join(ROOT, d)))
  .flatMap((d) =>
    readdirSync(join(ROOT, d))
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => join(d, f)),
  );
const load = (text: string) => yaml.load(text) as Workflow;
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');
const callable = (w: Workflow) => typeof w.on === 'object' && !Array.isArray(w.on) && 'workflow_call' in (w.on ?? {});
const reusable = files.filter((f) => f.startsWith('.github/') && callable(load(read(f))));

/** The ref the example callers in workflows/ pin meshci's workflows to (`@v1`). */
const callerRef = (() => {
  const refs = new Set(
    files
      .filter((f) => f.startsWith('workflows/'))
      .flatMap((f) => [...read(f).matchAll(/uses:\s*meshci\/meshci\/\.github\/workflows\/[\w.-]+@(\S+)/g)].map((m) => m[1])),
  );
  expect(refs.size).toBe(1);
  return [...refs][0] as string;
})();

/** What makes a workflow fail when another repository calls it. */
function crossRepoProblems(text: string): string[] {
  const w = load(text);
  if (!callable(w)) return [];
  const out: string[] = [];
  for (const [name, job] of Object.entries(w.jobs)) {
    if (job.uses !== undefined) {
      const m = /^meshci\/meshci\/\.github\/workflows\/([\w.-]+\.ya?ml)@(\S+)$/.exec(job.uses);
      if (!m) out.push(`job ${name}: uses ${job.uses}, not meshci/meshci/.github/workflows/<file>@${callerRef}`);
      else {
        if (m[2] !== callerRef) out.push(`job ${name}: uses @${m[2]}, the callers use @${callerRef}`);
        const called = join('.github/workflows', m[1] as string);
        if (!existsSync(join(ROOT, called)) || !callable(load(read(called)))) out.push(`job ${name}: ${called} is not a reusable workflow of meshci`);
      }
    }
    for (const s of job.steps ?? []) {
      // a step's local action resolves against the caller's workspace: only the meshci checkout is there
      if (s.uses?.startsWith('./') && !/^\.\/\.meshci(?:\/|$)/.test(s.uses)) out.push(`job ${name}: step uses ${s.uses}, which names the caller's repository`);
    }
  }
  return out;
}

/** Uploads of a path a step output gives, without an `if:` that skips them when it is empty. */
function uploadProblems(text: string): string[] {
  const out: string[] = [];
  for (const [name, job] of Object.entries(load(text).jobs)) {
    for (const s of job.steps ?? []) {
      if (!/^actions\/upload-artifact@/.test(s.uses ?? '')) continue;
      for (const m of String(s.with?.['path'] ?? '').matchAll(/\$\{\{\s*(steps\.[\w-]+\.outputs\.[\w-]+)\s*\}\}/g)) {
        const expr = m[1] as string;
        const guarded = new RegExp(`${expr.replace(/\./g, '\\.')}\\s*!=\\s*''`).test(s.if ?? '');
        if (!guarded) out.push(`job ${name}: step '${s.name ?? s.uses}' uploads \${{ ${expr} }} with if: ${s.if ?? '(none)'}, not skipped when it is empty`);
      }
    }
  }
  return out;
}

describe('reusable workflows called from another repository', () => {
  it('there are reusable workflows, and pr-preview.yml is one that calls another', () => {
    expect(reusable).toContain('.github/workflows/pr-preview.yml');
    expect(load(read('.github/workflows/pr-preview.yml')).jobs['preview']?.uses).toBe(`meshci/meshci/.github/workflows/ephemeral-environment.yml@${callerRef}`);
  });

  it.each(reusable)('%s reaches other workflows by owner/repo/path@ref and local actions only in the meshci checkout', (f) => {
    expect(crossRepoProblems(read(f))).toEqual([]);
  });

  it('the check is live: a nested ./ reference and a caller-relative action are flagged', () => {
    const text = read('.github/workflows/pr-preview.yml')
      .replace(`meshci/meshci/.github/workflows/ephemeral-environment.yml@${callerRef}`, './.github/workflows/ephemeral-environment.yml')
      .replace('./.meshci/teardown', './teardown');
    expect(crossRepoProblems(text)).toEqual([
      `job preview: uses ./.github/workflows/ephemeral-environment.yml, not meshci/meshci/.github/workflows/<file>@${callerRef}`,
      "job teardown: step uses ./teardown, which names the caller's repository",
    ]);
  });
});

describe('evidence upload', () => {
  it.each(files)("%s: an upload of a step output's path is skipped when the output is empty", (f) => {
    expect(uploadProblems(read(f))).toEqual([]);
  });

  it('the check is live: the upload as it was (if: always()) is flagged', () => {
    const text = read('.github/workflows/ephemeral-kind.yml').replace(/if: always\(\) && steps\.meshci\.outputs\.evidence-dir != ''/, 'if: always()');
    expect(uploadProblems(text)).toEqual([
      "job environment: step 'Evidence' uploads ${{ steps.meshci.outputs.evidence-dir }} with if: always(), not skipped when it is empty",
    ]);
  });

  it("both environment workflows upload the root action's evidence-dir, guarded", () => {
    for (const f of ['.github/workflows/ephemeral-environment.yml', '.github/workflows/ephemeral-kind.yml']) {
      const up = load(read(f)).jobs['environment']!.steps!.find((s) => /upload-artifact/.test(s.uses ?? ''))!;
      expect(up.with?.['path']).toBe('${{ steps.meshci.outputs.evidence-dir }}');
      expect(up.if).toBe("always() && steps.meshci.outputs.evidence-dir != ''");
    }
  });
});
