/**
 * Where a message sends the user for more: the repository's docs on GitHub, not a path beside the
 * code — the npm package ships no docs/ (test/repo/pack.test.ts), and an action's checkout is not the
 * user's working folder.
 */
export const DOCS_URL = 'https://github.com/meshci/meshci/blob/main/docs';

export function docsLink(page: string): string {
  return `${DOCS_URL}/${page}`;
}
