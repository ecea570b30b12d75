// `npm run release -- <version>`: sets the version in package.json and package-lock.json (npm's own
// `npm version`, no git tag) and makes CHANGELOG.md's "Unreleased" that version's entry. Then says
// what is left to do by hand: the note mentors read after the update, the commit, the tag.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { UPDATE_NOTES } from '../utils/shared/update-notes';
import { isLater, releaseChangelog } from './changelog-release';

const version = process.argv[2] ?? '';
const current = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
if (!isLater(version, current)) {
  console.error(`Usage: npm run release -- <version>, a version after ${current} (major.minor.patch).`);
  process.exit(1);
}
const today = new Date().toISOString().slice(0, 10);
const changelog = releaseChangelog(readFileSync('CHANGELOG.md', 'utf8'), version, today);
execFileSync('npm', ['version', version, '--no-git-tag-version'], { stdio: 'inherit' });
writeFileSync('CHANGELOG.md', changelog);
console.log(`Cadence ${version}: package.json and CHANGELOG.md (${today}) updated.`);
if (!UPDATE_NOTES[version]) {
  console.log(
    `Mentors read no note after this update yet: add updateNote_${version.replaceAll('.', '_')} to ` +
      `public/_locales/{en,fr}/messages.json and list it in utils/shared/update-notes.ts (a fix-only release may have none).`,
  );
}
console.log(`Then: npm run zip, commit, and tag v${version}.`);
