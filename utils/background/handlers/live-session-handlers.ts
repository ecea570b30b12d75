import { planAgenda } from '@/utils/core/agenda/plan-agenda';
import { kindOfSession, type SessionKind } from '@/utils/core/agenda/session-kinds';
import type { Session, Student } from '@/utils/core/platform/platform-schemas';
import { RequestError } from '@/utils/protocol/request-error';
import type { CallGlance, GlancePresence, ShadeRequest, UiHandlers } from '@/utils/protocol/ui-to-background';
import { attendanceEvidence } from '@/utils/core/policy/attendance-evidence';
import { noReportMessage } from '@/utils/core/policy/cancellation-policy';
import { parseInstant } from '@/utils/core/scheduling/next-session';
import { formatDateTime, mentorPlace } from '@/utils/shared/format-date-time';
import { formatMinutes } from '@/utils/shared/format-duration';
import { mentorLanguage, t } from '@/utils/shared/i18n';
import type { Sender } from '@/utils/protocol/requests';
import { changeKind, decideOnJoin, goToPhase, type LiveSession, setChecked } from '@/utils/core/session/live-session';
import type { AgendaPlan, SessionStore } from '@/utils/background/stores/session-store';
import type { AgendaSettings } from '@/utils/core/agenda/agenda-settings';
import { findSessionForCall } from '@/utils/background/stores/link-session';
import type { CallTabs } from '@/utils/background/calls/call-tabs';
import { firstName } from '@/utils/core/students/student-record';

export interface LiveSessionDeps {
  store: () => Promise<SessionStore>;
  agendaSettings: () => Promise<AgendaSettings>;
  now: () => number;
  /** Tells Cadence's pages that a call's session changed. */
  notify: (session: LiveSession) => void;
  /** Which Meet tab holds which call: kept where the panel's word of joining and leaving arrives. */
  callTabs: Pick<CallTabs, 'entered' | 'left'>;
}

/**
 * The agenda a call starts with: the length of the scheduled session it is
 * (a 30-minute session runs a 30-minute agenda), with its kind's phases; the
 * usual length from the options only when no session is found.
 */
export function planForCall(
  session: Session | null,
  kind: SessionKind,
  settings: AgendaSettings,
): AgendaPlan & { sessionId: string | null } {
  const plannedMinutes = session?.plannedMinutes ?? settings.plannedMinutes;
  return { sessionId: session?.id ?? null, plannedMinutes, kind, phases: planAgenda(plannedMinutes, settings.kinds[kind]) };
}

/** The kind of the session a call is; a call with no session is a weekly one. */
async function kindOfCall(store: SessionStore, sessions: readonly Session[], session: Session | null): Promise<SessionKind> {
  if (!session) return 'weekly';
  const transfer = await store.transfer(session.studentId);
  return kindOfSession(session, sessions, await store.chosenKind(session.id), transfer?.effectiveDate ?? null);
}

function glanceOf(
  session: Session | null,
  student: Student | null | undefined,
  plan: AgendaPlan,
  live: LiveSession | null = null,
  now = 0,
): CallGlance {
  const name = student ? firstName(student.name) : null;
  const start = session?.start ?? null;
  // A session lost or cancelled asks for no report: the panel says so, worded here like the strip's line.
  const noReport = session && noReportMessage(session.status);
  return {
    studentFirstName: name,
    plannedMinutes: plan.plannedMinutes,
    phases: plan.phases,
    scheduledStart: start,
    sessionId: session?.id ?? null,
    noReport: noReport ? t(noReport) : null,
    presence: name && live ? presenceOf(live, name, start, now) : null,
  };
}

/** The strip's line on who came, from the call's evidence; null where the page could not tell (the clock alone speaks). */
function presenceOf(live: LiveSession, name: string, scheduledStart: string | null, now: number): GlancePresence | null {
  const evidence = attendanceEvidence(live.presence, { scheduledStart, mentorJoinedAt: live.startedAt, now });
  if (evidence.kind === 'unknown') return null;
  if (evidence.kind === 'waiting') {
    const around = t('presenceWaitingFor', name, '\0').split('\0') as [string, string];
    // How late the student is counts from the scheduled start, as the no-show rule does.
    return { line: t('presenceWaiting', name), around, lateSince: scheduledStart ? parseInstant(scheduledStart) : live.startedAt };
  }
  const words = (line: string): GlancePresence => ({ line, around: null, lateSince: null });
  if (evidence.beforeMentor) return words(t('presenceBeforeYou', name));
  const time = formatDateTime(evidence.at, 'time', mentorPlace());
  if (!scheduledStart) return words(t('presenceJoined', name, time));
  const late = evidence.lateMinutes;
  return words(late ? t('presenceJoinedLate', name, time, formatMinutes(late, mentorLanguage())) : t('presenceJoinedOnTime', name, time));
}

/** The requests of the in-call panel: its session and the agenda's moves (the screen shade has its own). */
export function createLiveSessionHandlers(deps: LiveSessionDeps): Omit<UiHandlers, ShadeRequest> {
  const plan = async (meetingCode: string | null, now: number) => {
    const store = await deps.store();
    const sessions = await store.scheduledSessions();
    const session = findSessionForCall(sessions, meetingCode, now);
    return planForCall(session, await kindOfCall(store, sessions, session), await deps.agendaSettings());
  };
  const found = (value: LiveSession | null): LiveSession => {
    if (value === null) throw new RequestError('not-found');
    return notified(value);
  };
  const notified = <T extends LiveSession | null>(session: T): T => {
    if (session) deps.notify(session);
    return session;
  };
  /** The live session a glance is about: the one named, else the one joining the call would resume or reopen. */
  const liveOfGlance = async (liveSessionId: string | null, meetingCode: string | null, now: number) => {
    const store = await deps.store();
    const named = liveSessionId ? await store.get(liveSessionId) : undefined;
    if (named || !meetingCode) return named;
    const latest = (await store.forCall(meetingCode, now)) ?? undefined;
    const decision = decideOnJoin(latest, now);
    return decision === 'resume' || decision === 'reopen' ? latest : undefined;
  };
  /** The sender's tab (a Meet page, or a page framed in one) is in the call, or out of it; a page with no tab has none to keep. */
  const inCall = async (sender: Sender, meetingCode: string | null) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await (meetingCode ? deps.callTabs.entered(tabId, meetingCode) : deps.callTabs.left(tabId));
  };
  return {
    'live-session/for-call': async (m) => (await deps.store()).forCall(m.meetingCode, deps.now()),
    'live-session/join-call': async (m, sender) => {
      const now = deps.now();
      const agenda = await plan(m.meetingCode, now);
      const joined = notified(await (await deps.store()).joinCall(m.meetingCode, now, agenda));
      // No session to join (ended by hand moments ago): the tab is in no call of Cadence's.
      await inCall(sender, joined ? m.meetingCode : null);
      return joined;
    },
    'live-session/call-ended': async (m, sender) => {
      const ended = notified(await (await deps.store()).callEnded(m.meetingCode, deps.now()));
      await inCall(sender, null);
      return ended;
    },
    'live-session/presence': async (m) =>
      notified(await (await deps.store()).observePresence(m.meetingCode, { others: m.others, count: m.count }, deps.now())),
    'live-session/start': async (m) => {
      const now = deps.now();
      const agenda = await plan(m.meetingCode, now);
      return notified(await (await deps.store()).start(m.meetingCode, now, agenda));
    },
    'live-session/go-to-phase': async (m) =>
      found(await (await deps.store()).update(m.sessionId, (s) => goToPhase(s, m.index, deps.now()))),
    'live-session/set-checked': async (m) =>
      found(await (await deps.store()).update(m.sessionId, (s) => setChecked(s, m.itemId, m.checked, deps.now()))),
    'live-session/set-kind': async (m) => {
      const settings = await deps.agendaSettings();
      return found(
        await (
          await deps.store()
        ).update(m.sessionId, (s) => changeKind(s, m.kind, planAgenda(s.plannedMinutes, settings.kinds[m.kind]), deps.now())),
      );
    },
    'live-session/end': async (m) => found(await (await deps.store()).end(m.sessionId, 'mentor', deps.now())),
    'live-session/resume': async (m, sender) => {
      const resumed = await (await deps.store()).resume(m.sessionId, deps.now());
      // Too late, or not the mentor's end: the session stays as it was.
      if (typeof resumed === 'string') throw new RequestError('read-only', resumed);
      const session = found(resumed);
      // An end undone from a Meet tab puts that tab back in the call.
      if (session.meetingCode) await inCall(sender, session.meetingCode);
      return session;
    },
    'live-session/glance': async (m) => {
      const now = deps.now();
      const store = await deps.store();
      const sessions = await store.scheduledSessions();
      const live = await liveOfGlance(m.liveSessionId, m.meetingCode, now);
      if (live) {
        // As the session's work links it: the session it was linked to, else the one found at its start.
        const session = live.sessionId
          ? (sessions.find((s) => s.id === live.sessionId) ?? null)
          : findSessionForCall(sessions, live.meetingCode, live.startedAt);
        return glanceOf(session, session && (await store.student(session.studentId)), live, live, now);
      }
      if (!m.meetingCode) return null;
      // The lobby: what joining now would plan.
      const agenda = await plan(m.meetingCode, now);
      const session = sessions.find((s) => s.id === agenda.sessionId) ?? null;
      return glanceOf(session, session && (await store.student(session.studentId)), agenda);
    },
  };
}
