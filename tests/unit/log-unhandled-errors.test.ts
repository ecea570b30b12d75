import { afterEach, describe, expect, it, vi } from 'vitest';
import { logUnhandledErrors } from '../../utils/background/log-unhandled-errors';

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
});
