import type { z } from 'zod';
import type { ENDPOINTS, EndpointName } from '../../utils/core/platform/platform-endpoints';
import { sessionStatusSchema, type Session } from '../../utils/core/platform/platform-schemas';
import type { StoredState } from './stored-state';

type Parsed<N extends EndpointName, K extends 'query' | 'body'> = (typeof ENDPOINTS)[N] extends {
  [key in K]: infer S extends z.ZodType;
}
  ? z.output<S>
  : undefined;

export interface OperationInput<N extends EndpointName> {
  /** For a write, a copy: the server keeps it only once the answer is sound. */
  state: StoredState;
  params: Record<string, string>;
  query: Parsed<N, 'query'>;
  body: Parsed<N, 'body'>;
  /** The server's clock, as every `updatedAt` and `serverTime` shows it. */
  now: string;
}

export type Outcome = { ok: true; body: unknown } | { ok: false; status: 400 | 404 | 422; code: string; message: string };

const ok = (body: unknown): Outcome => ({ ok: true, body });
const refuse = (status: 400 | 404 | 422, code: string, message: string): Outcome => ({ ok: false, status, code, message });

/** The platform's rules, one function per endpoint of the contract. */
export const OPERATIONS: { [N in EndpointName]: (input: OperationInput<N>) => Outcome } = {
  getMentor: ({ state }) => ok(state.mentor),

  listStudents: ({ state, query, now }) => ok(page(changedSince(state.students, query.updatedSince), now)),

  listSessions: ({ state, query, now }) => {
    const from = Date.parse(query.from);
    const to = Date.parse(query.to);
    if (from > to) return refuse(400, 'invalid_query', '`from` is after `to`.');
    const statuses = query.status?.split(',');
    const unknown = statuses?.filter((s) => !sessionStatusSchema.safeParse(s).success) ?? [];
    if (unknown.length) return refuse(400, 'invalid_query', `Unknown status: ${unknown.join(', ')}.`);
    const inRange = state.sessions.filter((s) => {
      const start = Date.parse(s.start);
      return start >= from && start < to && (!statuses || statuses.includes(s.status));
    });
    return ok(page(changedSince(inRange, query.updatedSince), now));
  },

  listExercises: ({ state, query, now }) => ok(page(changedSince(state.exercises, query.updatedSince), now)),

  submitReport: ({ state, params, body, now }) => {
    const session = findSession(state, params);
    if (!session) return notFound(params);
    if (session.status !== 'pending' && session.status !== 'completed') {
      return refuse(422, 'session_not_reportable', `The session is ${session.status}: it takes no report.`);
    }
    const reported = state.reports.some((r) => r.sessionId === session.id);
    if (reported && !body.correction) {
      return refuse(422, 'report_already_submitted', 'This session has a report: send a correction instead.');
    }
    if (!reported && body.correction) return refuse(422, 'no_report_to_correct', 'This session has no report to correct.');
    const report = { ...body, sessionId: session.id, submittedAt: now };
    state.reports.push(report);
    Object.assign(session, { status: 'completed', updatedAt: now });
    return ok(report);
  },

  cancelSession: ({ state, params, body, now }) => {
    const session = findSession(state, params);
    if (!session) return notFound(params);
    if (session.status !== 'pending') {
      return refuse(422, 'session_not_pending', `The session is ${session.status}: only a pending session can be canceled.`);
    }
    const { status, ...cancellation } = body;
    Object.assign(session, { status, cancellation, updatedAt: now });
    return ok(session);
  },

  scheduleSession: ({ state, body, now }) => {
    const refused = refuseStudent(state, body.studentId);
    if (refused) return refused;
    return ok(addSession(state, { ...body, rescheduledFrom: null }, now));
  },

  rescheduleSession: ({ state, params, body, now }) => {
    const session = findSession(state, params);
    if (!session) return notFound(params);
    if (session.status === 'completed') {
      return refuse(422, 'session_not_reschedulable', 'The session is completed: only a pending or a canceled one is rescheduled.');
    }
    const { meetingUrl = session.meetingUrl, ...time } = body;
    // A pending session is moved: the same session, at its new time.
    if (session.status === 'pending') {
      Object.assign(session, { ...time, meetingUrl, updatedAt: now });
      return ok(session);
    }
    if (state.sessions.some((s) => s.rescheduledFrom === session.id)) {
      return refuse(422, 'already_rescheduled', 'This session was already rescheduled.');
    }
    return ok(addSession(state, { ...time, studentId: session.studentId, meetingUrl, rescheduledFrom: session.id }, now));
  },

  requestTransfer: ({ state, body, now }) => {
    const refused = refuseStudent(state, body.studentId);
    if (refused) return refused;
    if (state.transferRequests.some((t) => t.studentId === body.studentId && t.status !== 'done')) {
      return refuse(422, 'transfer_already_requested', 'A transfer of this student is already under way.');
    }
    const request = { ...body, id: numbered('tr', state.transferRequests.length + 1), status: 'requested' as const, createdAt: now };
    state.transferRequests.push(request);
    return ok(request);
  },

  flagStudent: ({ state, params, body, now }) => {
    const refused = refuseStudent(state, params.studentId ?? '');
    if (refused) return refused;
    const flag = { ...body, id: numbered('flag', state.studentFlags.length + 1), studentId: params.studentId!, createdAt: now };
    state.studentFlags.push(flag);
    return ok(flag);
  },
};

function page<T extends { id: string }>(items: T[], serverTime: string) {
  return { items: [...items].sort((a, b) => (a.id < b.id ? -1 : 1)), serverTime };
}

/** At or after: a change made in the same millisecond as the previous answer is sent again rather than lost. */
function changedSince<T extends { updatedAt: string }>(items: T[], updatedSince: string | undefined): T[] {
  if (updatedSince === undefined) return items;
  const since = Date.parse(updatedSince);
  return items.filter((item) => Date.parse(item.updatedAt) >= since);
}

function findSession(state: StoredState, params: Record<string, string>): Session | undefined {
  return state.sessions.find((s) => s.id === params.sessionId);
}

function notFound(params: Record<string, string>): Outcome {
  return refuse(404, 'session_not_found', `No session ${params.sessionId}.`);
}

function refuseStudent(state: StoredState, studentId: string): Outcome | null {
  const student = state.students.find((s) => s.id === studentId);
  if (!student) return refuse(422, 'unknown_student', `No student ${studentId} for this mentor.`);
  if (!student.active) return refuse(422, 'student_inactive', `${student.name} is no longer the mentor's student.`);
  return null;
}

function addSession(
  state: StoredState,
  fields: Pick<Session, 'studentId' | 'start' | 'plannedMinutes' | 'meetingUrl' | 'rescheduledFrom'>,
  now: string,
): Session {
  const session: Session = {
    id: numbered('ses', state.sessions.length + 1),
    ...fields,
    status: 'pending',
    cancellation: null,
    updatedAt: now,
  };
  state.sessions.push(session);
  return session;
}

/** Records are never removed, so a count makes a fresh id. */
function numbered(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(4, '0')}`;
}
