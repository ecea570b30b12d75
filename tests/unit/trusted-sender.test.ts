import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../utils/messaging/trusted-sender';

const ID = 'cadenceextensionid';
const ORIGIN = `chrome-extension://${ID}/`;
const tab = { id: 4, index: 0, highlighted: false, active: true, pinned: false, incognito: false };

describe('isTrustedSender', () => {
  it.each([
    ['our options page', { id: ID, url: `${ORIGIN}options.html` }, true],
    ['our content script on a Meet call', { id: ID, url: 'https://meet.google.com/abc-defg-hij', tab, frameId: 0 }, true],
    ['our content script in a Meet subframe', { id: ID, url: 'https://meet.google.com/x', tab, frameId: 3 }, false],
    ['a tab on another site', { id: ID, url: 'https://evil.example/', tab, frameId: 0 }, false],
    ['a look-alike host', { id: ID, url: 'https://meet.google.com.evil.example/', tab, frameId: 0 }, false],
    ['another extension', { id: 'other', url: 'chrome-extension://other/page.html' }, false],
    ['another extension claiming our pages', { id: 'other', url: `${ORIGIN}options.html` }, false],
    ['a sender without a URL', { id: ID }, false],
    ['a sender with a broken URL', { id: ID, url: 'not a url' }, false],
    ['a page of ours opened in a tab', { id: ID, url: `${ORIGIN}options.html`, tab, frameId: 0 }, false],
  ])('%s → %s', (_, sender, trusted) => {
    expect(isTrustedSender(sender, ID, ORIGIN)).toBe(trusted);
  });
});
