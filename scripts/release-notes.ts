// Prints the CHANGELOG.md section of a version (the release workflow's release notes):
//   npx tsx scripts/release-notes.ts v1.2.3 > notes.md
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { releaseNotes } from './lib/changelog.js';
import { getErrorMessage } from '../src/lib/errors.js';

const version = process.argv[2];
if (!version || !/^v?\d+\.\d+\.\d+$/.test(version)) {
  console.error('usage: release-notes.ts vX.Y.Z');
  process.exit(2);
}
try {
  process.stdout.write(releaseNotes(readFileSync(join(import.meta.dirname, '..', 'CHANGELOG.md'), 'utf8'), version));
} catch (e) {
  console.error(getErrorMessage(e));
  process.exit(1);
}
