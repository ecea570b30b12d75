// The packages `npm run zip` makes (run by `npm test` before this suite): the Firefox sources package
// holds what a reviewer needs and nothing built or installed, and its documented commands, run in a
// clean folder, give the Firefox package's files byte for byte (what addons.mozilla.org checks).
// About 1.5 min, most of it `npm ci` (from npm's cache: --prefer-offline) and the build.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { name, version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const packageFile = (kind: 'chrome' | 'firefox' | 'sources') => path.join(ROOT, '.output', `${name}-${version}-${kind}.zip`);

const entries = (zip: string) =>
  execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' })
    .split('\n')
    .filter((entry) => entry && !entry.endsWith('/'));

/** Every file under `dir`, by its path inside it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** The shell commands BUILDING.md gives, in order: its ```sh block. */
function documentedCommands(buildingMd: string): string[] {
  const block = /```sh\n([\s\S]*?)```/.exec(buildingMd);
  if (!block) throw new Error('BUILDING.md has no ```sh block of commands');
  return block[1]!
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

describe('the release packages', () => {
  const temp = mkdtempSync(path.join(tmpdir(), 'cadence-release-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('are all three in .output', () => {
    for (const kind of ['chrome', 'firefox', 'sources'] as const) {
      expect(existsSync(packageFile(kind)), `${packageFile(kind)}: run npm run zip first`).toBe(true);
    }
    expect(entries(packageFile('chrome'))).toContain('manifest.json');
    expect(entries(packageFile('firefox'))).toContain('manifest.json');
  });

  it('the sources package holds the build instructions and the code, nothing installed or built', () => {
    const sources = entries(packageFile('sources'));
    expect(sources).toEqual(
      expect.arrayContaining(['BUILDING.md', 'package.json', 'package-lock.json', 'wxt.config.ts', 'entrypoints/background.ts']),
    );
    expect(sources.filter((entry) => /(^|\/)(node_modules|\.output|\.wxt|tests)\//.test(entry) || entry.endsWith('.zip'))).toEqual([]);
    const building = execFileSync('unzip', ['-p', packageFile('sources'), 'BUILDING.md'], { encoding: 'utf8' });
    // The instructions pin the versions, exactly.
    expect(building).toMatch(/Node\.js \*\*\d+\.\d+\.\d+\*\* and npm \*\*\d+\.\d+\.\d+\*\*/);
  });

  it('rebuilt in a clean folder with the documented commands, give the Firefox package byte for byte', () => {
    const sourcesDir = path.join(temp, 'sources');
    const packaged = path.join(temp, 'firefox');
    execFileSync('unzip', ['-q', packageFile('sources'), '-d', sourcesDir]);
    execFileSync('unzip', ['-q', packageFile('firefox'), '-d', packaged]);

    // A reviewer's shell: none of vitest's variables (NODE_ENV=test would make Vite build other code).
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));
    const commands = documentedCommands(readFileSync(path.join(sourcesDir, 'BUILDING.md'), 'utf8'));
    expect(commands).toEqual(['npm ci', 'npm run build:firefox']);
    for (const command of commands) {
      // npm's cache stands in for the registry: the same locked packages, without the download.
      const run = command === 'npm ci' ? 'npm ci --prefer-offline --no-audit --no-fund' : command;
      execSync(run, { cwd: sourcesDir, stdio: 'pipe', env: { ...env, NO_COLOR: '1' } });
    }

    const rebuilt = path.join(sourcesDir, '.output/firefox-mv2');
    const files = filesUnder(packaged);
    expect(filesUnder(rebuilt)).toEqual(files);
    const differing = files.filter((file) => !readFileSync(path.join(rebuilt, file)).equals(readFileSync(path.join(packaged, file))));
    expect(differing).toEqual([]);
  }, 300_000);
});
