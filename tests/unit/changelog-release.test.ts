import { describe, expect, it } from 'vitest';
import { isLater, releaseChangelog, releasedVersions } from '../../scripts/changelog-release';

const CHANGELOG = `# Changelog

Intro.

## [Unreleased]

### Added

- The privacy page.

## [0.1.0] - 2026-12-07

### Added

- The first version.
`;

describe('npm run release', () => {
  it('makes Unreleased the new version’s entry, dated, under a new empty Unreleased', () => {
    const released = releaseChangelog(CHANGELOG, '0.2.0', '2026-12-08');
    expect(released).toBe(`# Changelog

Intro.

## [Unreleased]

## [0.2.0] - 2026-12-08

### Added

- The privacy page.

## [0.1.0] - 2026-12-07

### Added

- The first version.
`);
    expect(releasedVersions(released)).toEqual(['0.2.0', '0.1.0']);
  });

  it('opens an entry to fill in when nothing is listed under Unreleased', () => {
    const empty = releaseChangelog(releaseChangelog(CHANGELOG, '0.2.0', '2026-12-08'), '0.2.1', '2026-12-09');
    expect(empty).toContain('## [Unreleased]\n\n## [0.2.1] - 2026-12-09\n\n### Changed\n\n-\n\n## [0.2.0] - 2026-12-08');
  });

  it('refuses a version already released, one that is not major.minor.patch, or a changelog without Unreleased', () => {
    expect(() => releaseChangelog(CHANGELOG, '0.1.0', '2026-12-08')).toThrow(/already has 0\.1\.0/);
    expect(() => releaseChangelog(CHANGELOG, 'v0.2', '2026-12-08')).toThrow(/not a version/);
    expect(() => releaseChangelog('# Changelog\n', '0.2.0', '2026-12-08')).toThrow(/Unreleased/);
  });

  it('takes only a later version', () => {
    expect(isLater('0.2.0', '0.1.0')).toBe(true);
    expect(isLater('0.10.0', '0.9.3')).toBe(true);
    expect(isLater('1.0.0', '0.99.99')).toBe(true);
    expect(isLater('0.1.0', '0.1.0')).toBe(false);
    expect(isLater('0.0.9', '0.1.0')).toBe(false);
    expect(isLater('latest', '0.1.0')).toBe(false);
  });
});
