import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t } from '../../utils/i18n';

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
});
