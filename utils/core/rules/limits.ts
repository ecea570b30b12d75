/**
 * Every limit and shape Cadence's records keep, as numbers and patterns: the
 * one place they are written. The zod schemas (`value-schemas.ts`), the
 * platform's schemas, the messages, the export file and the forms' `min`,
 * `max` and `maxLength` all come from here. No zod in this file: the Meet
 * panel reads some of these numbers and must not carry a validator for it.
 */

/** An id, the platform's or one made here. */
export const RECORD_ID_MAX = 128;

/** A Meet call's code, as Meet writes it in the call's address (abc-defg-hij). */
export const MEETING_CODE_PATTERN = /^[a-z]{3}-[a-z]{4}-[a-z]{3}$/;

/** A session's length, from the shortest call worth an agenda to four hours. */
export const MIN_PLANNED_MINUTES = 10;
export const MAX_PLANNED_MINUTES = 240;
/** A call as the records keep it, its plan and its phases: ten hours at most, far past any plan. */
export const MAX_CALL_MINUTES = 600;
/** The most others a call's page is read to hold: Meet's own limit is lower (500 in its largest plans). */
export const MAX_PARTICIPANTS = 1_000;
/** How late a student can be: at most a whole session. */
export const MAX_LATE_MINUTES = MAX_PLANNED_MINUTES;

/** A student's hours a week on the path. */
export const MAX_WEEKLY_HOURS = 80;
/** An exercise's or a student's level: 1 beginner … 5 autonomous. */
export const MIN_LEVEL = 1;
export const MAX_LEVEL = 5;

/** A skill's name, and how many skills one piece of work or exercise names. */
export const SKILL_NAME_MAX = 80;
export const SKILLS_MAX = 20;

/** A web address: a guide, a piece of work, a meeting. */
export const LINK_MAX = 2048;
/** The schemes a link may have: anything else (javascript:, data:, ftp:) is refused before it is kept or shown. */
export const WEB_LINK_SCHEMES = /^https?$/;
/** The same, as the start of the text, so that JSON Schema (which has no URL parser) says it too. */
export const WEB_LINK_PATTERN = /^[hH][tT][tT][pP][sS]?:/;
/** A meeting link typed here: https only. */
export const MEETING_LINK_SCHEMES = /^https$/;
export const MEETING_LINK_PATTERN = /^[hH][tT][tT][pP][sS]:/;

/** A name: of a student, a path, a project, an exercise. */
export const NAME_MAX = 200;
/** How many paths, and how many projects, an exercise prepares for. */
export const EXERCISE_PATHS_MAX = 20;
/** A piece of work's title. */
export const WORK_TITLE_MAX = 300;
/** A piece of work's estimate, in minutes (100 hours). */
export const MAX_WORK_MINUTES = 6000;
/** An exercise's length, in minutes. */
export const MIN_EXERCISE_MINUTES = 1;
export const MAX_EXERCISE_MINUTES = 600;
export const EXERCISE_INSTRUCTIONS_MAX = 20_000;
/** What works with a student, written for the next mentor at a transfer (the summary it goes in is LONG_TEXT_MAX at most). */
export const HANDOFF_NOTE_MAX = 20_000;

/** A short note: a review's, a warning to the platform's staff, a transfer's reason. */
export const NOTE_MAX = 2000;
/** A message the student reads: a cancellation's comment, a transfer's words to them. */
export const MESSAGE_MAX = 5000;
/** A long text the platform keeps: a report's summary, a hand-off. */
export const LONG_TEXT_MAX = 50_000;
