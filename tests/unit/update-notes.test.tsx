// The changelog, the version and the notes mentors read after an update, kept in step; and the note
// said once.
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isLater, releasedVersions } from '../../scripts/changelog-release';
import { noteUpdate } from '../../utils/background/update-note';
import { UpdateNote } from '@/components/options/update-note';
import { notedVersionItem, updateNoteItem } from '@/utils/shared/storage-items';
import { UPDATE_NOTES, updateNoteText } from '@/utils/shared/update-notes';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';

const changelog = readFileSync('CHANGELOG.md', 'utf8');
const packageVersion = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

describe('CHANGELOG.md', () => {
  it('is in keep-a-changelog form: Unreleased first, then each version dated, newest first', () => {
    expect(changelog.startsWith('# Changelog\n')).toBe(true);
    expect(changelog.indexOf('## [Unreleased]')).toBeLessThan(changelog.search(/^## \[\d/m));
    const versions = releasedVersions(changelog);
    expect(versions.length).toBeGreaterThan(0);
    for (let i = 1; i < versions.length; i++) expect(isLater(versions[i - 1]!, versions[i]!)).toBe(true);
    // Each section names a kind of change keep-a-changelog knows.
    for (const [, kind] of changelog.matchAll(/^### (.+)$/gm))
      expect(['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']).toContain(kind);
  });

  it('has the version package.json gives as its newest entry', () => {
    expect(releasedVersions(changelog)[0]).toBe(packageVersion);
  });

  it('has a note for mentors, in English and French, for each minor or major version after the first', () => {
    const versions = releasedVersions(changelog);
    const needing = versions.slice(0, -1).filter((version) => /\.0$/.test(version));
    for (const version of needing) expect(UPDATE_NOTES[version], version).toBeDefined();
    for (const [version, key] of Object.entries(UPDATE_NOTES)) {
      expect(versions).toContain(version);
      expect(en[key].message.length).toBeGreaterThan(20);
      expect(fr[key].message).not.toBe(en[key].message);
    }
  });
});

describe('after an update', () => {
  it('the background keeps the new version for its note; not after an install or a reload of the same version', async () => {
    await noteUpdate({ reason: 'install' }, '0.2.0', updateNoteItem, notedVersionItem);
    await noteUpdate({ reason: 'update', previousVersion: '0.2.0' }, '0.2.0', updateNoteItem, notedVersionItem);
    await noteUpdate({ reason: 'chrome_update', previousVersion: '0.1.0' }, '0.2.0', updateNoteItem, notedVersionItem);
    expect(await updateNoteItem.getValue()).toBeNull();
    await noteUpdate({ reason: 'update', previousVersion: '0.1.0' }, '0.2.0', updateNoteItem, notedVersionItem);
    expect(await updateNoteItem.getValue()).toBe('0.2.0');
  });

  it('the update counts when Chromium gives the version running as the previous one, unless that version was noted', async () => {
    // Seen when 0.1.0 applied the held-back update itself (runtime.reload()): previousVersion '0.2.0'.
    // 0.1.0 kept no version: an update from it.
    await noteUpdate({ reason: 'update', previousVersion: '0.2.0' }, '0.2.0', updateNoteItem, notedVersionItem);
    expect(await updateNoteItem.getValue()).toBe('0.2.0');
    expect(await notedVersionItem.getValue()).toBe('0.2.0');
    // Shown, then the same version reloaded: nothing more to say.
    await updateNoteItem.setValue(null);
    await noteUpdate({ reason: 'update', previousVersion: '0.2.0' }, '0.2.0', updateNoteItem, notedVersionItem);
    expect(await updateNoteItem.getValue()).toBeNull();
    // The next release, reported the same way: the version noted last is the one updated from.
    await noteUpdate({ reason: 'update', previousVersion: '0.3.0' }, '0.3.0', updateNoteItem, notedVersionItem);
    expect(await updateNoteItem.getValue()).toBe('0.3.0');
  });

  it('the options page says what changed once, for the version running', async () => {
    const [version, key] = Object.entries(UPDATE_NOTES)[0]!;
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Cadence', version });
    const host = document.createElement('div');
    document.body.replaceChildren(host);
    await updateNoteItem.setValue(version);
    render(<UpdateNote />, host);
    await vi.waitFor(() => expect(host.querySelector('[role="status"]')?.textContent).toContain(en[key].message));
    expect(host.querySelector('h2')!.textContent).toBe(`What is new in Cadence ${version}`);
    expect(await updateNoteItem.getValue()).toBeNull();

    // The next visit: nothing more to say.
    render(null, host);
    render(<UpdateNote />, host);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(host.querySelector('[role="status"]')).toBeNull();
    render(null, host);
  });

  it('says it when the background notes the update just after the page opened', async () => {
    // The new version's worker sets the flag on runtime.onInstalled, a moment after it starts.
    const [version, key] = Object.entries(UPDATE_NOTES)[0]!;
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Cadence', version });
    const host = document.createElement('div');
    document.body.replaceChildren(host);
    await updateNoteItem.setValue(null);
    render(<UpdateNote />, host);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(host.querySelector('[role="status"]')).toBeNull();
    await noteUpdate({ reason: 'update', previousVersion: '0.1.0' }, version, updateNoteItem, notedVersionItem);
    await vi.waitFor(() => expect(host.querySelector('[role="status"]')?.textContent).toContain(en[key].message));
    await vi.waitFor(async () => expect(await updateNoteItem.getValue()).toBeNull());
    render(null, host);
  });

  it('says nothing for a version with no note, and forgets the flag', async () => {
    fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Cadence', version: '0.2.1' });
    const host = document.createElement('div');
    document.body.replaceChildren(host);
    await updateNoteItem.setValue('0.2.1');
    render(<UpdateNote />, host);
    await vi.waitFor(async () => expect(await updateNoteItem.getValue()).toBeNull());
    expect(host.querySelector('[role="status"]')).toBeNull();
    expect(updateNoteText('0.2.1', () => 'anything')).toBeNull();
    render(null, host);
  });
});
