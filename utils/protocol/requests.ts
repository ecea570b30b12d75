import type { Runtime } from 'webextension-polyfill';
import { z } from 'zod';

/**
 * What the background does once a request succeeded, besides answering:
 * - `send-soon`: the write it queued goes to the platform at once (the mentor need not wait for it);
 * - `plan-follow-ups`: reminders and the badge may be due again (records, sessions or a call changed);
 * - `settle-updates`: a call may be over, so an update held back may apply now;
 * - `settle-updates-after-undo`: and again once the end can no longer be undone (the reply is the session ended);
 * - `tell-report-views`: a report's draft has a new revision: every page showing it hears so (the reply is `DraftSaved`).
 */
export type AfterStep = 'send-soon' | 'plan-follow-ups' | 'settle-updates' | 'settle-updates-after-undo' | 'tell-report-views';

/** A reply's type, carried in a table by its type alone (nothing of it exists at run time). */
export interface Answer<T> {
  readonly answer?: T;
}

export const answers = <T>(): Answer<T> => ({});

/** One message of a channel: its fields' schemas, what it answers, what follows it. */
export interface RequestSpec {
  input: z.ZodRawShape;
  reply: Answer<unknown>;
  after: readonly AfterStep[];
}

export type RequestTable = Record<string, RequestSpec>;

/** The messages of a channel, each with its `type`, as they arrive once parsed. */
export type RequestOf<T extends RequestTable> = {
  // A message with no fields is its type alone (zod would type its fields `Record<string, never>`).
  [K in keyof T & string]: { type: K } & ([keyof T[K]['input']] extends [never] ? unknown : z.output<z.ZodObject<T[K]['input']>>);
}[keyof T & string];

/** What each message of a channel answers with. */
export type RepliesOf<T extends RequestTable> = {
  [K in keyof T]: T[K]['reply'] extends Answer<infer R> ? R : never;
};

/** Who sent a message, as the browser tells: the tab of a Meet page or of a framed page, the page's address. */
export type Sender = Runtime.MessageSender;

/** The background's answer to each message of a channel but those in `Routed` (the router answers them itself). */
export type HandlersOf<T extends RequestTable, Routed extends string = never> = {
  [K in Exclude<keyof T & string, Routed>]: (message: Extract<RequestOf<T>, { type: K }>, sender: Sender) => Promise<RepliesOf<T>[K]>;
};

/** A channel's schema, built from its table: every message is parsed on arrival by the fields its row names. */
export function schemaOf<T extends RequestTable>(table: T): z.ZodType<RequestOf<T>> {
  const messages = Object.entries(table).map(([type, spec]) => z.object({ type: z.literal(type), ...spec.input }));
  return z.discriminatedUnion('type', messages as [(typeof messages)[number], ...(typeof messages)[number][]]) as unknown as z.ZodType<
    RequestOf<T>
  >;
}

/** What follows a message of a channel, by its type; nothing for a type the channel does not have. */
export function afterOf(table: RequestTable, type: string): readonly AfterStep[] {
  return Object.hasOwn(table, type) ? table[type]!.after : [];
}
