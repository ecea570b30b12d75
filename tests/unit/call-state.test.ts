import { describe, expect, it } from 'vitest';
import {
  IN_CALL_LOSS_MS,
  initialCallStateMachine,
  observeCallState,
  createCallReader,
  SETTLE_MS,
  settlesAt,
  LOOKING_MS,
  type CallReading,
  type CallStateMachine,
} from '@/utils/meet/call-state';
import { showFixtureView } from './support/meet-fixture-views';

describe('reading the fixture pages', () => {
  const readCallSnapshot = (root: ParentNode) => createCallReader(root)();

  it.each(['meet-en', 'meet-fr', 'meet-de'] as const)('%s: lobby, call, end screen', (fixture) => {
    showFixtureView(fixture, 'lobby');
    expect(readCallSnapshot(document)).toBe('lobby');
    showFixtureView(fixture, 'in-call');
    expect(readCallSnapshot(document)).toBe('in-call');
    showFixtureView(fixture, 'ended');
    expect(readCallSnapshot(document)).toBe('ended');
    showFixtureView(fixture, 'landing');
    expect(readCallSnapshot(document)).toBe('unknown');
  });

  it.each(['lobby', 'in-call', 'ended', 'landing'] as const)('a renamed Meet reads as unknown in the %s', (view) => {
    showFixtureView('meet-renamed', view);
    expect(readCallSnapshot(document)).toBe('unknown');
  });

  it.each([
    ['en', 'Leave call'],
    ['fr', "Quitter l'appel"],
    ['de', 'Anruf verlassen'],
  ])('falls back on the %s leave label when the icon is gone', (_, label) => {
    document.body.replaceChildren();
    const button = document.createElement('button');
    button.setAttribute('aria-label', label);
    document.body.append(button);
    expect(readCallSnapshot(document)).toBe('in-call');
  });

  it('keeps reading a call from the leave button it found, until the end screen takes the call’s view away', () => {
    showFixtureView('meet-en', 'in-call');
    const read = createCallReader(document);
    expect(read()).toBe('in-call');
    // Meet relabels the icon it already showed: the button found stays the one.
    [...document.querySelectorAll('.google-symbols')].find((icon) => icon.textContent === 'call_end')!.textContent = 'x';
    expect(read()).toBe('in-call');
    expect(read.leaveButton()).not.toBeNull();
    showFixtureView('meet-en', 'ended');
    expect(read()).toBe('ended');
    expect(read.leaveButton()).toBeNull();
  });

  it('does not take another icon for the leave button', () => {
    showFixtureView('meet-en', 'in-call');
    document.querySelector('[aria-label="Leave call"]')!.remove();
    expect(readCallSnapshot(document)).toBe('lobby');
  });
});

describe('observeCallState', () => {
  const feed = (readings: [CallReading, number][], from: CallStateMachine = initialCallStateMachine) =>
    readings.reduce((machine, [reading, at]) => observeCallState(machine, reading, at), from);

  it('starts looking, and takes the first known reading at once: nothing was shown to flicker from', () => {
    expect(initialCallStateMachine.state).toBe('looking');
    expect(feed([['lobby', 0]]).state).toBe('lobby');
    expect(feed([['in-call', 0]]).state).toBe('in-call');
    expect(feed([['ended', 0]]).state).toBe('ended');
  });

  it('says it cannot tell only once the page read as nothing known for 4 s from the first reading', () => {
    const loading = feed([
      ['unknown', 0],
      ['unknown', 1_000],
      ['unknown', 2_000],
      ['unknown', LOOKING_MS - 1],
    ]);
    expect(loading.state).toBe('looking');
    expect(settlesAt(loading)).toBe(LOOKING_MS);
    expect(observeCallState(loading, 'unknown', LOOKING_MS).state).toBe('unknown');
    // A lobby that shows up at 3.5 s is taken at once, with no "not detected" before it.
    expect(
      feed([
        ['unknown', 0],
        ['unknown', 3_000],
        ['lobby', 3_500],
      ]).state,
    ).toBe('lobby');
  });

  it('once it has said something, changes state only when a reading has held', () => {
    const unknown = feed([
      ['unknown', 0],
      ['unknown', LOOKING_MS],
    ]);
    expect(unknown.state).toBe('unknown');
    const at = LOOKING_MS + 1_000;
    expect(feed([['lobby', at]], unknown).state).toBe('unknown');
    expect(
      feed(
        [
          ['lobby', at],
          ['lobby', at + SETTLE_MS - 1],
        ],
        unknown,
      ).state,
    ).toBe('unknown');
    expect(
      feed(
        [
          ['lobby', at],
          ['lobby', at + SETTLE_MS],
        ],
        unknown,
      ).state,
    ).toBe('lobby');
  });

  it('follows lobby → in call → ended', () => {
    const machine = feed([
      ['lobby', 0],
      ['in-call', 10_000],
      ['in-call', 11_500],
      ['ended', 60_000],
      ['ended', 61_500],
    ]);
    expect(machine.state).toBe('ended');
  });

  it('rides out a control bar re-rendered mid-call', () => {
    const inCall = feed([
      ['in-call', 0],
      ['in-call', 1_500],
    ]);
    let machine = observeCallState(inCall, 'lobby', 10_000);
    machine = observeCallState(machine, 'lobby', 10_400);
    machine = observeCallState(machine, 'in-call', 10_450);
    expect(machine.state).toBe('in-call');
    expect(machine.candidate).toBeNull();
  });

  it('never goes back to the lobby from a call, and takes long to give up on it', () => {
    const inCall = feed([
      ['in-call', 0],
      ['in-call', 1_500],
    ]);
    let machine = observeCallState(inCall, 'lobby', 10_000);
    expect(settlesAt(machine)).toBe(10_000 + IN_CALL_LOSS_MS);
    machine = observeCallState(machine, 'lobby', 10_000 + IN_CALL_LOSS_MS - 1);
    expect(machine.state).toBe('in-call');
    machine = observeCallState(machine, 'lobby', 10_000 + IN_CALL_LOSS_MS);
    expect(machine.state).toBe('unknown');
  });

  it('a flickering reading restarts the wait', () => {
    const machine = feed([
      ['lobby', 0],
      ['in-call', 1_000],
      ['lobby', 1_200],
      ['in-call', 2_000],
    ]);
    expect(machine.state).toBe('lobby');
    expect(settlesAt(machine)).toBe(2_000 + SETTLE_MS);
  });
});
