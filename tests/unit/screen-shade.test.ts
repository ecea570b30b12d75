import { describe, expect, it } from 'vitest';
import {
  isShaded,
  NO_SHADE,
  presentsWindow,
  type ShadeState,
  toggledShade,
  withPresenting,
  withShade,
} from '@/utils/core/session/screen-shade';
import { createScreenShade } from '@/utils/background/calls/screen-shade';
import { handleCommand } from '@/utils/background/calls/handle-command';
import { screenShadeItem } from '@/utils/shared/storage-items';
import { DEFAULT_AGENDA_SETTINGS } from '@/utils/core/agenda/agenda-settings';
import { EXTENSION_ID, EXTENSION_ORIGIN, FROM_MEET, FROM_SIDE_PANEL, testBackground } from './support/test-router';

const createTestBackground = () => testBackground({ now: Date.now, settings: () => DEFAULT_AGENDA_SETTINGS });

const MEET_TAB = 7;
const MEET_WINDOW = 1;
const OTHER_WINDOW = 2;
/** Whether a view in `windowId` hides what is private. */
const shadedIn = (state: ShadeState, windowId: number | null) => isShaded(state, presentsWindow(state, windowId));

describe('the screen shade', () => {
  it('covers the presented window while a Meet tab presents, and lifts when it stops', () => {
    const presenting = withPresenting(NO_SHADE, MEET_TAB, MEET_WINDOW);
    expect(shadedIn(presenting, MEET_WINDOW)).toBe(true);
    expect(shadedIn(presenting, OTHER_WINDOW)).toBe(false);
    // A view that does not know its window counts as on show while anything is presented.
    expect(shadedIn(presenting, null)).toBe(true);
    const stopped = withPresenting(presenting, MEET_TAB, null);
    expect(shadedIn(stopped, MEET_WINDOW)).toBe(false);
    expect(stopped).toEqual(NO_SHADE);
  });

  it('shows what is private anyway for this presentation only: the next one is shaded again', () => {
    const shown = withShade(withPresenting(NO_SHADE, MEET_TAB, MEET_WINDOW), false, true);
    expect(shadedIn(shown, MEET_WINDOW)).toBe(false);
    // Meet's page says again that it presents (the panel reloaded): still shown.
    expect(shadedIn(withPresenting(shown, MEET_TAB, MEET_WINDOW), MEET_WINDOW)).toBe(false);
    const next = withPresenting(withPresenting(shown, MEET_TAB, null), MEET_TAB, MEET_WINDOW);
    expect(shadedIn(next, MEET_WINDOW)).toBe(true);
  });

  it('drawn by hand where nothing is presented, stays drawn in every window until lifted', () => {
    const drawn = withShade(NO_SHADE, true, false);
    expect(shadedIn(drawn, MEET_WINDOW)).toBe(true);
    expect(shadedIn(drawn, OTHER_WINDOW)).toBe(true);
    // A presentation that starts and stops does not lift it: the mentor drew it.
    const after = withPresenting(withPresenting(drawn, MEET_TAB, MEET_WINDOW), MEET_TAB, null);
    expect(shadedIn(after, OTHER_WINDOW)).toBe(true);
    expect(shadedIn(withShade(after, false, false), OTHER_WINDOW)).toBe(false);
  });

  it('drawn again during a presentation shown anyway, lifts when the presentation stops', () => {
    const shown = withShade(withPresenting(NO_SHADE, MEET_TAB, MEET_WINDOW), false, true);
    const again = withShade(shown, true, true);
    expect(shadedIn(again, MEET_WINDOW)).toBe(true);
    expect(shadedIn(withPresenting(again, MEET_TAB, null), MEET_WINDOW)).toBe(false);
  });

  it('goes the other way on the shortcut, where the mentor is', () => {
    const presenting = withPresenting(NO_SHADE, MEET_TAB, MEET_WINDOW);
    expect(shadedIn(toggledShade(presenting, true), MEET_WINDOW)).toBe(false);
    expect(shadedIn(toggledShade(toggledShade(presenting, true), true), MEET_WINDOW)).toBe(true);
    expect(shadedIn(toggledShade(NO_SHADE, false), OTHER_WINDOW)).toBe(true);
    expect(toggledShade(toggledShade(NO_SHADE, false), false)).toEqual(NO_SHADE);
  });
});

describe('the shade the background keeps', () => {
  it('takes changes that cross one after another, none lost', async () => {
    const keeper = createScreenShade(screenShadeItem);
    await Promise.all([keeper.presenting(MEET_TAB, MEET_WINDOW), keeper.presenting(9, OTHER_WINDOW), keeper.shade(true, 5)]);
    expect(await screenShadeItem.getValue()).toEqual({ manual: true, revealed: false, presenting: { 7: MEET_WINDOW, 9: OTHER_WINDOW } });
  });

  it('forgets a closed tab’s presentation, and every presentation when the browser starts, not a shade drawn by hand', async () => {
    const keeper = createScreenShade(screenShadeItem);
    await keeper.presenting(MEET_TAB, MEET_WINDOW);
    await keeper.tabClosed(MEET_TAB);
    expect(await screenShadeItem.getValue()).toEqual(NO_SHADE);
    await keeper.presenting(MEET_TAB, MEET_WINDOW);
    await keeper.shade(true, OTHER_WINDOW);
    await keeper.browserStarted();
    expect(await screenShadeItem.getValue()).toEqual({ ...NO_SHADE, manual: true });
  });

  // A headless browser cannot press a command's keys: its handler is tested here instead.
  it('draws and lifts the shade on the shortcut, in the window it was pressed in', async () => {
    const keeper = createScreenShade(screenShadeItem);
    await keeper.presenting(MEET_TAB, MEET_WINDOW);
    await handleCommand('toggle-shade', { windowId: MEET_WINDOW }, keeper);
    expect(shadedIn(await screenShadeItem.getValue(), MEET_WINDOW)).toBe(false);
    await handleCommand('toggle-shade', { windowId: MEET_WINDOW }, keeper);
    expect(shadedIn(await screenShadeItem.getValue(), MEET_WINDOW)).toBe(true);
    // Pressed in a window nothing presents: drawn by hand, everywhere.
    await handleCommand('toggle-shade', { windowId: OTHER_WINDOW }, keeper);
    expect(shadedIn(await screenShadeItem.getValue(), OTHER_WINDOW)).toBe(true);
  });
});

describe('the shade’s requests', () => {
  it('keeps the window of the Meet tab whose panel says it presents', async () => {
    const background = await createTestBackground();
    const fromMeet = { ...FROM_MEET, tab: { ...FROM_MEET.tab, windowId: MEET_WINDOW } };
    expect(await background.route({ type: 'screen/presenting', presenting: true }, fromMeet)).toEqual({ ok: true, value: null });
    expect((await screenShadeItem.getValue()).presenting).toEqual({ [FROM_MEET.tab.id]: MEET_WINDOW });
    await background.route({ type: 'screen/presenting', presenting: false }, fromMeet);
    expect((await screenShadeItem.getValue()).presenting).toEqual({});
  });

  it('hears presenting from Meet’s page alone', async () => {
    const background = await createTestBackground();
    const fromStudentPage = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}student.html`, tab: { ...FROM_MEET.tab, windowId: 3 } };
    expect(await background.route({ type: 'screen/presenting', presenting: true }, fromStudentPage)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await screenShadeItem.getValue()).toEqual(NO_SHADE);
  });

  it('shows what is private anyway in the window a view outside tabs names (the side panel)', async () => {
    const background = await createTestBackground();
    await background.route(
      { type: 'screen/presenting', presenting: true },
      { ...FROM_MEET, tab: { ...FROM_MEET.tab, windowId: MEET_WINDOW } },
    );
    await background.route({ type: 'screen/shade', shaded: false, windowId: MEET_WINDOW }, FROM_SIDE_PANEL);
    expect(shadedIn(await screenShadeItem.getValue(), MEET_WINDOW)).toBe(false);
    expect(await background.route({ type: 'screen/shade', shaded: true, windowId: 1.5 }, FROM_SIDE_PANEL)).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
  });
});
