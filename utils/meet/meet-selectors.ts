/**
 * Every assumption Cadence makes about Meet's page, in one place: when Meet
 * changes its markup, this is the file to mend.
 */

/** Material Symbols icons are ligatures: the icon's name is its text. */
export const SYMBOL_ICON_SELECTOR = '.google-symbols';
/** The leave button's icon, the same in every UI language. */
export const LEAVE_CALL_LIGATURE = 'call_end';
export const CALL_ENDED_SELECTOR = '[data-call-ended="true"]';
export const MEETING_CODE_SELECTOR = '[data-meeting-code]';

/** Fallback only: the leave button's localised names. */
export const LEAVE_CALL_LABELS = ['Leave call', "Quitter l'appel", 'Anruf verlassen'] as const;
export const LEAVE_CALL_LABEL_SELECTOR = LEAVE_CALL_LABELS.map(
  (label) => `[aria-label="${label.replace(/"/g, '\\"')}"]`,
).join(',');

/** A meeting page is the host followed by a code like `abc-defg-hij`. */
export const MEETING_PATH = /^\/([a-z]{3}-[a-z]{4}-[a-z]{3})\/?$/;
export const MEET_ORIGIN = 'https://meet.google.com';
