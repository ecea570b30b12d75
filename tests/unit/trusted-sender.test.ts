import { describe, expect, it } from 'vitest';
import { senderKind } from '@/utils/protocol/trusted-sender';

const ID = 'cadenceextensionid';
const ORIGIN = `chrome-extension://${ID}/`;
const tab = { id: 4, index: 0, highlighted: false, active: true, pinned: false, incognito: false };

describe('senderKind', () => {
  it.each([
    ['our options page', { id: ID, url: `${ORIGIN}options.html` }, 'page'],
    ['our content script on a Meet call', { id: ID, url: 'https://meet.google.com/abc-defg-hij', tab, frameId: 0 }, 'content-script'],
    ['our content script in a Meet subframe', { id: ID, url: 'https://meet.google.com/x', tab, frameId: 3 }, null],
    ['a tab on another site', { id: ID, url: 'https://evil.example/', tab, frameId: 0 }, null],
    ['a look-alike host', { id: ID, url: 'https://meet.google.com.evil.example/', tab, frameId: 0 }, null],
    ['another extension', { id: 'other', url: 'chrome-extension://other/page.html' }, null],
    ['another extension claiming our pages', { id: 'other', url: `${ORIGIN}options.html` }, null],
    ['a sender without a URL', { id: ID }, null],
    ['a sender with a broken URL', { id: ID, url: 'not a url' }, null],
    ['our options page open in a tab', { id: ID, url: `${ORIGIN}options.html`, tab, frameId: 0 }, 'page'],
    ['a Meet page claiming no tab', { id: ID, url: 'https://meet.google.com/abc-defg-hij' }, null],
  ])('%s → %s', (_, sender, kind) => {
    expect(senderKind(sender, ID, ORIGIN)).toBe(kind);
  });
});
