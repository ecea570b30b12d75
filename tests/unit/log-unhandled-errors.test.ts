import { afterEach, describe, expect, it, vi } from 'vitest';
import { logUnhandledErrors } from '@/utils/background/log-unhandled-errors';

describe('logUnhandledErrors', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes an error and a rejection nobody handled to the console, with what they were', () => {
    const target = new EventTarget();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    logUnhandledErrors(target as unknown as typeof globalThis);
    const error = new Error('broken');
    target.dispatchEvent(Object.assign(new Event('error'), { error }));
    target.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason: 'refused' }));
    expect(logged.mock.calls).toEqual([
      ['Cadence: unhandled error', error],
      ['Cadence: unhandled rejection', 'refused'],
    ]);
  });

  it('only warns, quietly, of a call Chromium refused because it was stopping the worker', () => {
    const target = new EventTarget();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const warnings = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    logUnhandledErrors(target as unknown as typeof globalThis);
    const refused = new Error('No SW');
    const event = Object.assign(new Event('unhandledrejection', { cancelable: true }), { reason: refused });
    target.dispatchEvent(event);
    expect(errors).not.toHaveBeenCalled();
    expect(warnings.mock.calls).toEqual([['Cadence: unhandled rejection (the worker was stopping)', refused]]);
    // Not shown as the extension's error in chrome://extensions either.
    expect(event.defaultPrevented).toBe(true);
    // Any other failure stays an error.
    target.dispatchEvent(Object.assign(new Event('unhandledrejection', { cancelable: true }), { reason: new Error('No SWAN') }));
    expect(errors).toHaveBeenCalledTimes(1);
  });
});
