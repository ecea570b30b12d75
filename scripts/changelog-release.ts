// The pure half of `npm run release`: the changelog's new entry and the version checks.

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;
const UNRELEASED = /^## \[Unreleased\]\s*$/m;
/** A version's heading, as keep-a-changelog writes it: `## [0.2.0] - 2026-12-07`. */
export const VERSION_HEADING = /^## \[(\d+\.\d+\.\d+)\] - (\d{4}-\d{2}-\d{2})\s*$/gm;

/** Whether `next` comes after `current` (both `major.minor.patch`). */
export function isLater(next: string, current: string): boolean {
  const [a, b] = [SEMVER.exec(next), SEMVER.exec(current)];
  if (!a || !b) return false;
  for (let part = 1; part <= 3; part++) {
    if (Number(a[part]) !== Number(b[part])) return Number(a[part]) > Number(b[part]);
  }
  return false;
}

/** Versions with an entry, newest first as written. */
export function releasedVersions(changelog: string): string[] {
  return [...changelog.matchAll(VERSION_HEADING)].map((match) => match[1]!);
}

/**
 * The changelog with "Unreleased" become `version`'s entry, dated `date` (YYYY-MM-DD), and a new,
 * empty "Unreleased" above it. With nothing under "Unreleased", the entry opens with an empty
 * "Changed" list to fill in.
 */
export function releaseChangelog(changelog: string, version: string, date: string): string {
  if (!SEMVER.test(version)) throw new Error(`not a version (major.minor.patch): ${version}`);
  const unreleased = UNRELEASED.exec(changelog);
  if (!unreleased) throw new Error('CHANGELOG.md has no "## [Unreleased]" heading');
  if (releasedVersions(changelog).includes(version)) throw new Error(`CHANGELOG.md already has ${version}`);
  const start = unreleased.index + unreleased[0].length;
  const next = changelog.slice(start).search(/^## \[/m);
  const end = next === -1 ? changelog.length : start + next;
  const changes = changelog.slice(start, end).trim();
  const entry = `## [${version}] - ${date}\n\n${changes || '### Changed\n\n-'}\n`;
  return `${changelog.slice(0, unreleased.index)}## [Unreleased]\n\n${entry}${next === -1 ? '' : '\n'}${changelog.slice(end)}`;
}
