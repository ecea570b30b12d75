import { z } from 'zod';

/**
 * News the background sends Cadence's pages (the session's work beside a
 * call, the side panel): each is re-read from the background, so a news item
 * names what changed and carries nothing else.
 */
export const backgroundToPageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('live-session/changed'), liveSessionId: z.string().uuid() }),
]);

export type BackgroundToPage = z.infer<typeof backgroundToPageSchema>;
