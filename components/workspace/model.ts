import { batch, computed, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { builtInExercises } from '@/utils/core/exercises/built-in-exercises';
import type { SourcedExercise } from '@/utils/core/exercises/sourced-exercise';
import { backgroundToPageSchema } from '@/utils/protocol/background-to-page';
import type { LinkChoice, PageRequestInput, PageToBackground, WorkInput } from '@/utils/protocol/page-to-background';
import { sendToBackground } from '@/utils/protocol/send-to-background';
import type { ErrorCode, Reply } from '@/utils/protocol/ui-to-background';
import type { Exercise } from '@/utils/core/platform/platform-schemas';
import type { Outcome } from '@/utils/core/review/assignment';
import { currentPhaseIndex } from '@/utils/core/session/live-session';
import type { PhaseKey } from '@/utils/core/agenda/phases';
import type { SessionKind } from '@/utils/core/agenda/session-kinds';
import { createPendingWrites } from '@/components/common/pending-writes';
import { tellWorkChanged } from '@/components/common/flush-work';
import { noReportMessage } from '@/utils/core/policy/cancellation-policy';
import type { CallPreview, WorkspaceView } from '@/utils/protocol/reply-views';

/** The workspace's views: one per phase of the weekly agenda, then the report. */
export const WORKSPACE_TABS = ['student', 'review', 'next-week', 'report'] as const;
export type WorkspaceTab = (typeof WORKSPACE_TABS)[number];

/** The view that serves each phase, whatever the kind of session: the student, the work, or next week. */
const PHASE_TABS: Record<PhaseKey, WorkspaceTab> = {
  'check-in': 'student',
  introductions: 'student',
  'how-weeks-run': 'student',
  handoff: 'student',
  'student-view': 'student',
  'free-time': 'student',
  progress: 'review',
  'path-and-project': 'review',
  presentation: 'review',
  questions: 'review',
  goals: 'next-week',
  'first-goals': 'next-week',
  feedback: 'next-week',
  'goals-confirmed': 'next-week',
};

export interface WorkspaceDeps {
  liveSessionId: string;
  /** How the page asks the background; the page's own channel unless a test gives another. */
  send?: typeof sendToBackground;
  /** The mentor's language, for the built-in exercises. */
  language: string;
  /** The mentor's time zone (the computer's). */
  timezone: string;
}

export type WorkspaceModel = ReturnType<typeof createWorkspaceModel>;

const toSourced =
  (source: 'platform' | 'mine') =>
  (exercise: Exercise): SourcedExercise => ({ ...exercise, source });

/**
 * The state of the session's work beside a call. The background holds the
 * truth: every action answers with the view as it is on disk, and the view is
 * read again whenever the background says the call's session changed.
 */
/** "Show anyway": the screen shade lifts in this page's window (see components/common/page-shade.ts); the work and the lobby preview alike. */
export const showScreen = (windowId: number | null, send: typeof sendToBackground = sendToBackground) =>
  send({ type: 'screen/shade', shaded: false, windowId });

/** A change to the call's scheduled session: once made, the window framing the page is told. */
async function tellingFrame<T extends { ok: boolean }>(reply: Promise<T>): Promise<T> {
  const answered = await reply;
  if (answered.ok) tellWorkChanged(window);
  return answered;
}

export function createWorkspaceModel(deps: WorkspaceDeps) {
  const send = deps.send ?? sendToBackground;
  const view = signal<WorkspaceView | null>(null);
  const error = signal<ErrorCode | null>(null);
  /** The action in flight, if any, named as the component that started it likes. */
  const busy = signal<string | null>(null);
  const tab = signal<WorkspaceTab>('student');
  /**
   * The last thing a part of the page said it did ("Added to next week: …"), and which part: each
   * part shows it only when it is its own, so a newer message replaces an older one, never stacks.
   */
  const said = signal<{ by: string; text: string } | null>(null);
  const collection = signal<{ platform: Exercise[]; mine: Exercise[] }>({ platform: [], mine: [] });
  const builtIn = builtInExercises(deps.language);
  const exercises = computed<SourcedExercise[]>(() => [
    ...collection.value.platform.map(toSourced('platform')),
    ...builtIn,
    ...collection.value.mine.map(toSourced('mine')),
  ]);
  let followedPhase = '';
  /** Writes on their way and the parts of the page holding words not saved yet. */
  const pending = createPendingWrites();

  function show(next: WorkspaceView) {
    batch(() => {
      view.value = next;
      error.value = null;
      // The tab follows the agenda when the phase changes (the report once the call is over);
      // in between, the mentor's choice holds. A no-show or a cancellation takes no report: the
      // mentor stays where they recorded it, and the page says the session's status instead.
      const closed = !!next.session && noReportMessage(next.session.status) !== null;
      const phase = next.live.endedAt === null ? `${next.live.kind}:${currentPhaseIndex(next.live)}` : closed ? 'no-report' : 'report';
      if (phase !== followedPhase) {
        followedPhase = phase;
        if (next.live.endedAt === null)
          tab.value = PHASE_TABS[next.live.phases[currentPhaseIndex(next.live)]?.key ?? 'check-in'] ?? 'student';
        else if (!closed) tab.value = 'report';
      }
    });
  }

  /** Asks the background; a change the mentor made (not a read) is pending until it answers. */
  async function request(message: Extract<PageToBackground, { liveSessionId: string }>, name: string) {
    busy.value = name;
    const answered = (async () => {
      const reply = (await send(message)) as Reply<WorkspaceView>;
      batch(() => {
        busy.value = null;
        if (reply.ok) show(reply.value);
        else error.value = reply.error.code;
      });
      return reply.ok;
    })();
    if (name !== 'load') pending.track(answered);
    return answered;
  }

  const id = deps.liveSessionId;
  const load = () => request({ type: 'workspace/open', liveSessionId: id }, 'load');

  async function loadExercises() {
    const reply = await send({ type: 'exercises/list' });
    if (reply.ok) collection.value = reply.value;
  }

  /** The background's news about this call: read the view again. */
  function onNews(raw: unknown, sender: { id?: string; tab?: unknown }) {
    if (sender.id !== browser.runtime.id || sender.tab) return;
    const news = backgroundToPageSchema.safeParse(raw);
    if (news.success && news.data.liveSessionId === id) void load();
  }

  function start() {
    browser.runtime.onMessage.addListener(onNews);
    void load();
    void loadExercises();
    // In Meet's frame, the page may outlive its extension (reloaded, or updated): its runtime is gone then.
    return () => browser.runtime?.onMessage.removeListener(onNews);
  }

  return {
    view,
    error,
    busy,
    tab,
    exercises,
    said,
    /** Says what `by` (a part of the page) just did, in place of whatever was said before. */
    say: (by: string, text: string) => (said.value = { by, text }),
    /** What `by` has to say now: only the latest message is said, wherever it came from. */
    saidBy: (by: string) => (said.value?.by === by ? said.value.text : ''),
    language: deps.language,
    timezone: deps.timezone,
    start,
    reload: load,
    /** The parts of the page holding words not saved yet add themselves here. */
    pending,
    /** Saves everything the page holds at once (its frame is about to go); true when all of it is on disk. */
    flush: pending.settle,
    candidates: () => send({ type: 'workspace/candidates' }),
    link: (choice: LinkChoice) => request({ type: 'workspace/link', liveSessionId: id, choice }, 'link'),
    setOutcome: (assignmentId: string, outcome: Outcome | null, note: string) =>
      request({ type: 'workspace/set-outcome', liveSessionId: id, assignmentId, outcome, note }, `outcome:${assignmentId}`),
    addUnasked: (work: WorkInput, outcome: Outcome, note: string) =>
      request({ type: 'workspace/add-unasked', liveSessionId: id, work, outcome, note }, 'add-unasked'),
    addGoal: (work: WorkInput) => request({ type: 'workspace/add-goal', liveSessionId: id, work }, 'add-goal'),
    giveAgain: (assignmentId: string) =>
      request({ type: 'workspace/give-again', liveSessionId: id, assignmentId }, `give-again:${assignmentId}`),
    updateGoal: (assignmentId: string, work: WorkInput) =>
      request({ type: 'workspace/update-goal', liveSessionId: id, assignmentId, work }, `goal:${assignmentId}`),
    removeGoal: (assignmentId: string) =>
      request({ type: 'workspace/remove-goal', liveSessionId: id, assignmentId }, `goal:${assignmentId}`),
    setHours: (hours: number | null) => request({ type: 'workspace/set-hours', liveSessionId: id, hours }, 'hours'),
    fixNextSession: (start: string, plannedMinutes: number) =>
      request({ type: 'workspace/fix-next-session', liveSessionId: id, start, plannedMinutes }, 'next-session'),
    flagNotDone: (note: string) => request({ type: 'workspace/flag-not-done', liveSessionId: id, note }, 'flag'),
    // The attendance flows (a no-show, a cancellation) change the scheduled session, not this call's work, and
    // are the popup's too: they ask through the page's own channel, and the view is read again when they are done.
    // The panel framing the page hears of it at once (the background tells no Meet page): no report to ask, no end to undo.
    flagNoShow: (change: PageRequestInput<'sessions/no-show'>) => tellingFrame(sendToBackground({ type: 'sessions/no-show', ...change })),
    cancelSession: (change: PageRequestInput<'sessions/cancel'>) => tellingFrame(sendToBackground({ type: 'sessions/cancel', ...change })),
    rescheduleSession: (change: PageRequestInput<'sessions/reschedule'>) => sendToBackground({ type: 'sessions/reschedule', ...change }),
    /** The call is another kind of session: its agenda becomes that kind's, and the view is read again. */
    async setKind(kind: SessionKind) {
      busy.value = 'kind';
      const reply = await send({ type: 'live-session/set-kind', sessionId: id, kind });
      busy.value = null;
      if (!reply.ok) error.value = reply.error.code;
      else await load();
    },
  };
}

export interface CallPreviewDeps {
  meetingCode: string;
  /** How the page asks the background; the page's own channel unless a test gives another. */
  send?: typeof sendToBackground;
  language: string;
  timezone: string;
}

export type CallPreviewModel = ReturnType<typeof createCallPreviewModel>;

/**
 * The same page before the call (`call/<meeting code>` in its address): the lobby's preview of the
 * call to come, read once from the background, nothing to change or save.
 */
export function createCallPreviewModel(deps: CallPreviewDeps) {
  const send = deps.send ?? sendToBackground;
  const preview = signal<CallPreview | null>(null);
  const error = signal<ErrorCode | null>(null);

  async function load() {
    const reply = await send({ type: 'workspace/preview', meetingCode: deps.meetingCode });
    batch(() => {
      if (reply.ok) preview.value = reply.value;
      error.value = reply.ok ? null : reply.error.code;
    });
  }

  /** The kind of session the call will be; the one Cadence proposes is stored as "as proposed", so it follows what Cadence learns. */
  async function setKind(kind: SessionKind) {
    const current = preview.peek();
    if (!current?.session || !current.kind) return;
    const chosen = kind === current.kind.proposed ? null : kind;
    const reply = await send({ type: 'workspace/set-kind', meetingCode: deps.meetingCode, sessionId: current.session.id, kind: chosen });
    batch(() => {
      if (reply.ok) preview.value = reply.value;
      error.value = reply.ok ? null : reply.error.code;
    });
  }

  return { preview, error, load, setKind, language: deps.language, timezone: deps.timezone };
}
