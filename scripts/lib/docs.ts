import yaml from 'js-yaml';

/**
 * docs/<action>.md from the action's action.yml, the source of truth for inputs and outputs: the
 * blocks between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` are rewritten from it;
 * everything else (permissions, examples, troubleshooting) is written by hand and kept.
 */
export interface ActionMeta {
  name: string;
  description: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
}

export function parseActionYml(text: string): ActionMeta {
  return yaml.load(text) as ActionMeta;
}

const cell = (s: string) =>
  s
    .trim()
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

export function usageBlock(action: string, meta: ActionMeta): string {
  // no release yet (docs/release.md): a full commit SHA is the only ref that exists
  const ref = action === '.' ? 'meshci/meshci@<sha>' : `meshci/meshci/${action}@<sha>`;
  const required = Object.entries(meta.inputs ?? {}).filter(([, v]) => v.required);
  const lines = ['```yaml', `- uses: ${ref}   # a full commit SHA until v1 is released`];
  if (required.length) {
    lines.push('  with:');
    for (const [k] of required) lines.push(`    ${k}: …`);
  }
  lines.push('```');
  return lines.join('\n');
}

export function inputsTable(meta: ActionMeta): string {
  const rows = Object.entries(meta.inputs ?? {}).map(
    ([k, v]) =>
      `| \`${k}\` | ${v.required ? 'yes' : 'no'} | ${v.default !== undefined && v.default !== '' ? `\`${cell(v.default)}\`` : ''} | ${cell(v.description ?? '')} |`,
  );
  return ['| input | required | default | description |', '|---|---|---|---|', ...rows].join('\n');
}

export function outputsTable(meta: ActionMeta): string {
  const rows = Object.entries(meta.outputs ?? {}).map(([k, v]) => `| \`${k}\` | ${cell(v.description ?? '')} |`);
  return ['| output | description |', '|---|---|', ...rows].join('\n');
}

function block(name: string, body: string): string {
  return `<!-- generated:${name} -->\n${body}\n<!-- /generated:${name} -->`;
}

/** The document for an action: `existing` keeps its hand-written parts; without it, a new page. */
export function renderDoc(action: string, meta: ActionMeta, existing?: string): string {
  const blocks: Record<string, string> = {
    title: `# ${meta.name}\n\n${meta.description.trim()}`,
    usage: usageBlock(action, meta),
    inputs: inputsTable(meta),
    outputs: outputsTable(meta),
  };
  if (!existing) {
    return [
      block('title', blocks['title']!),
      '',
      '## Usage',
      '',
      block('usage', blocks['usage']!),
      '',
      '## Permissions',
      '',
      '## Inputs',
      '',
      block('inputs', blocks['inputs']!),
      '',
      '## Outputs',
      '',
      block('outputs', blocks['outputs']!),
      '',
      '## Examples',
      '',
      '## Troubleshooting',
      '',
    ].join('\n');
  }
  let out = existing;
  for (const [name, body] of Object.entries(blocks)) {
    const re = new RegExp(`<!-- generated:${name} -->[\\s\\S]*?<!-- /generated:${name} -->`);
    if (!re.test(out)) throw new Error(`docs for ${action}: the generated block '${name}' is missing`);
    out = out.replace(re, () => block(name, body));
  }
  return out;
}
