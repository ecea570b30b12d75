import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_KIND_AGENDAS } from '@/utils/core/agenda/session-kinds';
import { planAgenda } from '@/utils/core/agenda/plan-agenda';
import { openCadenceDb } from '@/utils/background/db/cadence-db';
import { goToPhase } from '@/utils/core/session/live-session';
import { createSessionStore, type SessionStore } from '@/utils/background/stores/session-store';

const MIN = 60_000;
const T0 = Date.UTC(2026, 10, 30, 14, 0);
const CODE = 'abc-defg-hij';
const plan = { plannedMinutes: 50, kind: 'weekly' as const, phases: planAgenda(50, DEFAULT_KIND_AGENDAS.weekly) };

describe('session store', () => {
  let store: SessionStore;
  let ids: number;
  beforeEach(async () => {
    ids = 0;
    store = createSessionStore(await openCadenceDb(), () => `00000000-0000-4000-8000-00000000000${++ids}`);
  });

  it('starts a session when the mentor joins a call, and resumes it on the next join', async () => {
    const first = await store.joinCall(CODE, T0, plan);
    const again = await store.joinCall(CODE, T0 + 7 * MIN, plan);
    expect(again).toEqual(first);
    expect(await store.forCall(CODE, T0 + 8 * MIN)).toEqual(first);
  });

  it('keeps phase moves across a reopened database, as after a worker restart', async () => {
    const session = (await store.joinCall(CODE, T0, plan))!;
    await store.update(session.id, (s) => goToPhase(s, 1, T0 + 9 * MIN));
    const reopened = createSessionStore(await openCadenceDb());
    expect((await reopened.forCall(CODE, T0 + 10 * MIN))?.phaseChanges).toEqual([
      { index: 0, at: T0 },
      { index: 1, at: T0 + 9 * MIN },
    ]);
  });

  it('ends the session when the call ends, and reopens it when the mentor rejoins soon after', async () => {
    const session = (await store.joinCall(CODE, T0, plan))!;
    const ended = await store.callEnded(CODE, T0 + 20 * MIN);
    expect(ended).toMatchObject({ id: session.id, endedAt: T0 + 20 * MIN, endReason: 'call-ended' });
    const rejoined = await store.joinCall(CODE, T0 + 22 * MIN, plan);
    expect(rejoined).toMatchObject({ id: session.id, endedAt: null });
  });

  it('starts afresh next week on the same meeting link', async () => {
    const lastWeek = (await store.joinCall(CODE, T0, plan))!;
    await store.callEnded(CODE, T0 + 50 * MIN);
    expect(await store.forCall(CODE, T0 + 7 * 24 * 60 * MIN)).toBeNull();
    const thisWeek = await store.joinCall(CODE, T0 + 7 * 24 * 60 * MIN, plan);
    expect(thisWeek?.id).not.toBe(lastWeek.id);
    expect(thisWeek?.startedAt).toBe(T0 + 7 * 24 * 60 * MIN);
  });

  it('leaves a session the mentor ended by hand ended, until they start a new one', async () => {
    const session = (await store.joinCall(CODE, T0, plan))!;
    await store.end(session.id, 'mentor', T0 + 45 * MIN);
    expect(await store.joinCall(CODE, T0 + 46 * MIN, plan)).toBeNull();
    const fresh = await store.start(CODE, T0 + 47 * MIN, plan);
    expect(fresh.id).not.toBe(session.id);
  });

  it('does not double a session started by hand during an open one', async () => {
    const session = (await store.joinCall(CODE, T0, plan))!;
    expect((await store.start(CODE, T0 + MIN, plan)).id).toBe(session.id);
  });

  it('keeps one open session for a call off Meet, found again by hand (a side panel reopened), until it ends', async () => {
    const first = await store.start(null, T0, plan);
    await store.joinCall(CODE, T0 + MIN, plan);
    expect((await store.start(null, T0 + 5 * MIN, plan)).id).toBe(first.id);
    await store.end(first.id, 'mentor', T0 + 50 * MIN);
    expect((await store.start(null, T0 + 51 * MIN, plan)).id).not.toBe(first.id);
  });

  it('answers null for changes to a session that does not exist', async () => {
    expect(await store.end('00000000-0000-4000-8000-00000000000f', 'mentor', T0)).toBeNull();
    expect(await store.callEnded(CODE, T0)).toBeNull();
  });
});
