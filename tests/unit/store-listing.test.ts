// The stores' listing (docs/store/listing.{en,fr}.md): both languages complete and alike, a short
// description within the Chrome Web Store's 132 characters, and one sentence for each permission the
// manifests ask for, no more and no fewer: a permission added to wxt.config.ts fails here until the
// stores' reviewers are told why.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type Manifest = Record<string, string[] | undefined>;
const manifestFor = (browser: string, manifestVersion: number) =>
  (config.manifest as (env: Record<string, unknown>) => Manifest)({ browser, manifestVersion, mode: 'production', command: 'build' });

/** Every permission either manifest asks for, host access included; WXT adds `sidePanel` for the side panel's entrypoint. */
function askedFor(): string[] {
  const chrome = manifestFor('chrome', 3);
  const firefox = manifestFor('firefox', 2);
  const asked = [
    chrome.permissions,
    chrome.host_permissions,
    chrome.optional_host_permissions,
    firefox.permissions,
    firefox.optional_permissions,
  ].flatMap((list) => list ?? []);
  if (existsSync('entrypoints/sidepanel')) asked.push('sidePanel');
  return [...new Set(asked)].sort();
}

const listing = (language: 'en' | 'fr') => readFileSync(`docs/store/listing.${language}.md`, 'utf8');
const sections = (text: string) =>
  text
    .split(/^## /m)
    .slice(1)
    .map((part) => {
      const [title, ...body] = part.split('\n');
      return { title: title!.trim(), body: body.join('\n').trim() };
    });
const permissionLines = (text: string, heading: string) =>
  sections(text)
    .find((section) => section.title === heading)!
    .body.split('\n')
    .filter((line) => line.startsWith('- `'));

describe("the stores' listing", () => {
  const headings = {
    en: ['Name', 'Short description', 'Long description', 'Single purpose', 'Permissions', 'Data use', 'Remote code'],
    fr: [
      'Nom',
      'Description courte',
      'Description longue',
      'Objectif unique',
      'Autorisations',
      'Utilisation des données',
      'Code à distance',
    ],
  };

  it.each(['en', 'fr'] as const)('in %s has every section the stores ask for, each written', (language) => {
    const found = sections(listing(language));
    expect(found.map((section) => section.title)).toEqual(headings[language]);
    for (const section of found) expect(section.body.length, section.title).toBeGreaterThan(5);
    const short = found[1]!.body;
    expect(short.includes('\n')).toBe(false);
    expect(short.length).toBeLessThanOrEqual(132);
  });

  it.each([
    ['en', 'Permissions'],
    ['fr', 'Autorisations'],
  ] as const)('in %s says why for each permission asked for, in one sentence', (language, heading) => {
    const lines = permissionLines(listing(language), heading);
    const named = lines.map((line) => /^- `([^`]+)`/.exec(line)![1]!).sort();
    expect(named).toEqual(askedFor());
    for (const line of lines) {
      const why = line.replace(/^- `[^`]+`( \([^)]*\))?\s*:\s*/, '');
      // One sentence: one full stop, at its end.
      expect(why.split(/[.!?](?:\s|$)/).filter(Boolean), line).toHaveLength(1);
    }
  });
});
