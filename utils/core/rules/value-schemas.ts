import { z } from 'zod';
import {
  LINK_MAX,
  MAX_EXERCISE_MINUTES,
  MAX_LATE_MINUTES,
  MAX_LEVEL,
  MAX_PLANNED_MINUTES,
  MAX_WEEKLY_HOURS,
  MAX_WORK_MINUTES,
  MEETING_CODE_PATTERN,
  MEETING_LINK_PATTERN,
  MEETING_LINK_SCHEMES,
  MIN_EXERCISE_MINUTES,
  MIN_LEVEL,
  MIN_PLANNED_MINUTES,
  RECORD_ID_MAX,
  SKILL_NAME_MAX,
  SKILLS_MAX,
  WEB_LINK_PATTERN,
  WEB_LINK_SCHEMES,
} from './limits';

/**
 * The values Cadence's records are made of, each once, from the numbers in
 * `limits.ts`. The platform's schemas, the messages and the stored records
 * are built from these.
 */

export const recordIdSchema = z.string().min(1).max(RECORD_ID_MAX);

/** A call's live session, as the messages name it: made here, a UUID (`crypto.randomUUID()`). */
export const liveSessionIdSchema = z.string().uuid();

export const meetingCodeSchema = z.string().regex(MEETING_CODE_PATTERN);

export const plannedMinutesSchema = z.number().int().min(MIN_PLANNED_MINUTES).max(MAX_PLANNED_MINUTES);

export const lateMinutesSchema = z.number().int().min(0).max(MAX_LATE_MINUTES);

/** Present, or late by some minutes. */
export const attendanceSchema = z.object({ status: z.enum(['present', 'late']), lateMinutes: lateMinutesSchema });

export const weeklyHoursSchema = z.number().min(0).max(MAX_WEEKLY_HOURS);

export const levelSchema = z.number().int().min(MIN_LEVEL).max(MAX_LEVEL);

export const skillNameSchema = z.string().min(1).max(SKILL_NAME_MAX);

export const workMinutesSchema = z.number().int().min(0).max(MAX_WORK_MINUTES);

export const exerciseMinutesSchema = z.number().int().min(MIN_EXERCISE_MINUTES).max(MAX_EXERCISE_MINUTES);

/**
 * A link to a page: http or https, nothing else. The pattern says the same as
 * the scheme check, for readers of the JSON Schema, which cannot parse a URL
 * (and the pattern would otherwise take the place of its `format`).
 */
export const webLinkSchema = z.url({ protocol: WEB_LINK_SCHEMES }).regex(WEB_LINK_PATTERN).max(LINK_MAX).meta({ format: 'uri' });

/** A meeting link typed here: https only. */
export const meetingLinkSchema = z
  .url({ protocol: MEETING_LINK_SCHEMES })
  .regex(MEETING_LINK_PATTERN)
  .max(LINK_MAX)
  .meta({ format: 'uri' });

/** Text up to `max` characters, none required. */
export const textSchema = (max: number) => z.string().max(max);

/** Text of 1 to `max` characters. */
export const requiredTextSchema = (max: number) => z.string().min(1).max(max);

/** What the mentor types: trimmed first, then held to `schema`. */
export const typed = <T extends z.ZodType<unknown, string>>(schema: T) => z.string().trim().pipe(schema);

/** A form's optional link: empty, or a link that `schema` takes. */
export const optionalLink = <T extends z.ZodType>(schema: T) => z.union([z.literal(''), schema]);

/** The skills one piece of work or exercise names. */
export const skillsSchema = z.array(skillNameSchema).max(SKILLS_MAX);
