import { MEETING_CODE_PATTERN } from '@/utils/core/rules/limits';

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

/** Fallback only: the leave button by its localised names (English, French, German). */
export const LEAVE_CALL_LABEL_SELECTOR = `[aria-label="Leave call"],[aria-label="Quitter l'appel"],[aria-label="Anruf verlassen"]`;

/**
 * The control bar's buttons that open Meet's own right-hand panels (chat,
 * people, activities…) carry the panel's id, and say pressed while their
 * panel is open: no words, the same in every language.
 */
export const SIDE_PANEL_BUTTON_SELECTOR = '[data-panel-id]';
export const OPEN_SIDE_PANEL_BUTTON_SELECTOR = '[data-panel-id][aria-pressed="true"]';
/**
 * How much of the window's right edge Meet's right-hand panel takes, so that
 * Cadence's panel can sit beside it: 360 px wide, 16 px from the window's
 * edge, and 16 px between the two.
 */
export const MEET_SIDE_PANEL_INSET_PX = 16 + 360 + 16;

/**
 * Each participant's tile in the call carries the participant's id, the same
 * in every language; Meet may draw one participant twice (a tile and a
 * picture-in-picture), so ids are counted, not tiles. No id in the call: the
 * page cannot tell who is there.
 */
export const PARTICIPANT_ID_ATTRIBUTE = 'data-participant-id';
export const PARTICIPANT_TILE_SELECTOR = `[${PARTICIPANT_ID_ATTRIBUTE}]`;

/**
 * While the mentor presents, the control bar's presenting control shows this icon ("You are
 * presenting"; Meet's present button shows `present_to_all` otherwise): a ligature, the same in
 * every language. Read within the control bar only. When Meet changes it, Cadence no longer sees
 * a presentation, and the shade by hand (the strip's button, the shortcut) is the way.
 */
export const PRESENTING_LIGATURE = 'computer_arrow_up';

/** A meeting page is the host followed by a code like `abc-defg-hij`. */
export const MEETING_PATH = new RegExp(`^/(${MEETING_CODE_PATTERN.source.slice(1, -1)})/?$`);
export const MEET_ORIGIN = 'https://meet.google.com';
