import type { ErrorCode } from './ui-to-background';

/** A request that cannot be done, with the code the view explains to the mentor. */
export class RequestError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
  }
}
