import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fetchCatalogue, provideMessages, t } from '@/utils/shared/i18n';
import { englishMessage } from './support/english-messages';

describe('t', () => {
  it('fills the placeholders, and asks the browser for each message only once', () => {
    const asked: string[] = [];
    const real = fakeBrowser.i18n.getMessage;
    fakeBrowser.i18n.getMessage = (key: string, subs?: string | string[]) => {
      asked.push(key);
      return real(key, subs);
    };
    expect(t('glanceSession', '3:05', '50:00')).toBe('3:05 of 50:00');
    expect(t('glanceSession', '3:06', '50:00')).toBe('3:06 of 50:00');
    expect(t('optionsPreview', 45, 'a $1 trap')).toBe('A 45-minute call: a $1 trap');
    expect(asked.filter((key) => key === 'glanceSession')).toHaveLength(1);
  });

  it('answers the messages it was given, and those asked for before the extension is gone, and never throws after', () => {
    provideMessages({ frozenTitle: 'Given title', frozenClock: 'Stopped at $1.' });
    expect(t('frozenSaved')).toBe(englishMessage('frozenSaved'));
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(t('frozenTitle')).toBe('Given title');
    expect(t('frozenClock', '12:04')).toBe('Stopped at 12:04.');
    expect(t('frozenSaved')).toBe(englishMessage('frozenSaved'));
    // Neither given nor asked for while it could be: the key stands in.
    expect(t('frozenOpenTab')).toBe('frozenOpenTab');
    vi.restoreAllMocks();
  });

  it('fetches the catalogue and keeps the messages asked for while the browser answered, for when it no longer does', () => {
    const asked = vi.spyOn(fakeBrowser.i18n, 'getMessage');
    fetchCatalogue(['reportSend', 'reportPresent']);
    fetchCatalogue(['reportSend', 'reportPresent']);
    // One question for the catalogue, one per kept message, and nothing more after.
    expect(asked).toHaveBeenCalledTimes(3);
    asked.mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(t('reportSend')).toBe(englishMessage('reportSend'));
    expect(t('reportPresent')).toBe(englishMessage('reportPresent'));
    vi.restoreAllMocks();
  });
});
