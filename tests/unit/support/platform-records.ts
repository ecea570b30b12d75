import { DEFAULT_KIND_AGENDAS } from '@/utils/core/agenda/session-kinds';
import { planAgenda } from '@/utils/core/agenda/plan-agenda';
import { createLiveSession, type LiveSession } from '@/utils/core/session/live-session';
import type { OutboxItem } from '@/utils/core/sync/outbox-item';
import type { Session, Student } from '@/utils/core/platform/platform-schemas';
import type { Assignment } from '@/utils/core/review/assignment';
import { notDoneRecurrence } from '@/utils/core/review/outcome-history';
import type { WorkspaceView } from '@/utils/protocol/reply-views';

export const T0 = Date.UTC(2026, 10, 30, 14, 0);
export const iso = (ms: number) => new Date(ms).toISOString();

export function aSession(overrides: Partial<Session> = {}): Session {
  return {
    id: 'sess-1',
    studentId: 'stu-1',
    start: iso(T0 + 86_400_000),
    plannedMinutes: 50,
    meetingUrl: 'https://meet.google.com/abc-defg-hij',
    status: 'pending',
    cancellation: null,
    rescheduledFrom: null,
    updatedAt: iso(T0),
    ...overrides,
  };
}

export function aStudent(overrides: Partial<Student> = {}): Student {
  return {
    id: 'stu-1',
    name: 'Awa Diallo',
    path: { id: 'web', name: 'Web developer' },
    currentProject: { id: 'p3', name: 'Responsive portfolio', mentorGuideUrl: 'https://platform.example/guides/p3' },
    timezone: 'Africa/Dakar',
    weeklyHours: 10,
    level: 2,
    active: true,
    updatedAt: iso(T0),
    ...overrides,
  };
}

/** A write waiting in the outbox: cancelling `sess-1`, due now, never tried. */
export function anOutboxItem(overrides: Partial<OutboxItem> = {}): OutboxItem {
  return {
    id: '00000000-0000-4000-8000-0000000000aa',
    endpoint: 'cancelSession',
    params: { sessionId: 'sess-1' },
    body: { status: 'canceled', by: 'student', at: iso(T0), reason: 'Moving house', comment: '' },
    entity: { store: 'sessions', id: 'sess-1' },
    createdAt: T0,
    attempts: 0,
    nextAttemptAt: T0,
    state: 'pending',
    lastError: null,
    ...overrides,
  };
}

/** A call's session started at T0 with the default 50-minute agenda. */
export function aLiveSession(): LiveSession {
  return createLiveSession({
    id: '00000000-0000-4000-8000-000000000001',
    meetingCode: 'abc-defg-hij',
    now: T0,
    plannedMinutes: 50,
    kind: 'weekly',
    phases: planAgenda(50, DEFAULT_KIND_AGENDAS.weekly),
  });
}

/** Last week's exercise for `stu-1`, set in `sess-0` and not reviewed yet. */
export function anAssignment(overrides: Partial<Assignment> = {}): Assignment {
  return {
    id: 'asg-1',
    studentId: 'stu-1',
    setInSessionId: 'sess-0',
    origin: 'goal',
    kind: 'exercise',
    title: 'Center a card with flexbox',
    url: null,
    estimatedMinutes: 30,
    skills: ['CSS flexbox'],
    exerciseId: 'ex-01',
    level: 2,
    order: 1,
    createdAt: iso(T0 - 7 * 86_400_000),
    updatedAt: iso(T0 - 7 * 86_400_000),
    review: null,
    ...overrides,
  };
}

/** The session's work as the background answers it: a call linked to `sess-1` of `stu-1`, nothing reviewed or set yet. */
export function aWorkspaceView(overrides: Partial<WorkspaceView> = {}): WorkspaceView {
  return {
    live: { ...aLiveSession(), sessionId: 'sess-1' },
    session: aSession({ id: 'sess-1', start: iso(T0) }),
    student: aStudent(),
    previous: null,
    previousSummary: null,
    review: [],
    goals: [],
    plan: null,
    notDone: notDoneRecurrence([]),
    usedExerciseIds: [],
    nextSession: null,
    nextSessionMovable: false,
    upcoming: [],
    connected: false,
    ...overrides,
  };
}
