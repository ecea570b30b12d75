import { describe, expect, it } from 'vitest';
import { parseMeetingCode } from '@/utils/meet/meeting-url';

describe('parseMeetingCode', () => {
  it.each([
    ['https://meet.google.com/abc-defg-hij', 'abc-defg-hij'],
    ['https://meet.google.com/abc-defg-hij?authuser=1&hl=fr', 'abc-defg-hij'],
    ['https://meet.google.com/abc-defg-hij/', 'abc-defg-hij'],
    ['https://meet.google.com/abc-defg-hij#chat', 'abc-defg-hij'],
    ['https://meet.google.com/', null],
    ['https://meet.google.com/landing', null],
    ['https://meet.google.com/new', null],
    ['https://meet.google.com/ABC-DEFG-HIJ', null],
    ['https://meet.google.com/abc-defg-hijk', null],
    ['https://meet.google.com/abc-defg-hij/extra', null],
    ['https://meet.google.com/lookup/abc-defg-hij', null],
    ['http://meet.google.com/abc-defg-hij', null],
    ['https://meet.google.com.evil.example/abc-defg-hij', null],
    ['https://evil.example/abc-defg-hij', null],
    ['not a url', null],
  ])('%s → %s', (href, code) => {
    expect(parseMeetingCode(href)).toBe(code);
  });
});
