import { z } from 'zod';
import { liveSessionIdSchema, recordIdSchema } from '@/utils/core/rules/value-schemas';

/**
 * News the background sends Cadence's pages (the session's work beside a
 * call, the side panel, the report): each is re-read from the background, so a news item
 * names what changed and carries nothing else.
 */
export const backgroundToPageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('live-session/changed'), liveSessionId: liveSessionIdSchema }),
]);

/** A report's draft has a new revision (saved from another page): the pages showing it read it again. */
export const reportNewsSchema = z.object({
  type: z.literal('report/changed'),
  sessionId: recordIdSchema,
  revision: z.number().int().min(0),
});

export type BackgroundToPage = z.infer<typeof backgroundToPageSchema> | z.infer<typeof reportNewsSchema>;
