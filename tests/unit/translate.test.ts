import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepMessages, t } from '../../utils/i18n';

describe('t', () => {
  it('fills the placeholders, and asks the browser for each message only once', () => {
    const asked: string[] = [];
    const real = fakeBrowser.i18n.getMessage;
    fakeBrowser.i18n.getMessage = (key: string, subs?: string | string[]) => {
      asked.push(key);
      return real(key, subs);
    };
    expect(t('sessionElapsed', '3:05', '50:00')).toBe('Session 3:05 of 50:00');
    expect(t('sessionElapsed', '3:06', '50:00')).toBe('Session 3:06 of 50:00');
    expect(t('optionsPreview', 45, 'a $1 trap')).toBe('A 45-minute call: a $1 trap');
    expect(asked.filter((key) => key === 'sessionElapsed')).toHaveLength(1);
  });

  it('keeps the messages asked for before the extension is gone, and never throws after', () => {
    keepMessages(['frozenTitle', 'frozenClock']);
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(t('frozenTitle')).toBe('Cadence was updated or restarted');
    expect(t('frozenClock', '12:04')).toBe('The clock in this panel stopped at 12:04.');
    // Never asked for while it could be: the key stands in.
    expect(t('frozenOpenTab')).toBe('frozenOpenTab');
    vi.restoreAllMocks();
  });
});
