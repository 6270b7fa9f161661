import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A stand-in `az` for AzureCliCredential (`az account get-access-token --output json --resource R`):
 * prints the token the test servers accept for each resource. Returns a PATH prefix.
 */
export function stubAz(tokens: Record<string, string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'meshci-az-')), 'bin');
  mkdirSync(dir, { recursive: true });
  const cases = Object.entries(tokens)
    .map(([res, tok]) => `  *"--resource ${res}"*) tok='${tok}' ;;`)
    .join('\n');
  writeFileSync(
    join(dir, 'az'),
    `#!/bin/sh
args="$*"
case "$args" in
${cases}
  *) echo "ERROR: no test token for: $args" >&2; exit 1 ;;
esac
echo "{\\"accessToken\\":\\"$tok\\",\\"expiresOn\\":\\"2099-01-01 00:00:00.000000\\",\\"expires_on\\":4070908800,\\"subscription\\":\\"sub\\",\\"tenant\\":\\"00000000-0000-0000-0000-000000000001\\",\\"tokenType\\":\\"Bearer\\"}"
`,
  );
  chmodSync(join(dir, 'az'), 0o755);
  return dir;
}
