/**
 * Release notes from CHANGELOG.md: the section `## <version>` (or `## v<version>`, optionally
 * followed by ` — date`), up to the next `## `. A release whose version has no section fails.
 */
export function releaseNotes(changelog: string, version: string): string {
  const v = version.replace(/^v/, '');
  const lines = changelog.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^## v?${v.replace(/\./g, '\\.')}(\\s|$)`).test(l));
  if (start < 0) throw new Error(`CHANGELOG.md has no section '## ${v}': add one (move the Unreleased entries under it) before tagging v${v}`);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  const body = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
  if (!body) throw new Error(`CHANGELOG.md section '## ${v}' is empty`);
  return body + '\n';
}
