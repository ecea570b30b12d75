import type { EndpointName } from '../../utils/core/platform/platform-endpoints';

/**
 * Bodies the reference server's tests send: sound ones, and the ones it
 * refuses as not what the contract says (400 `invalid_body`). The OpenAPI
 * document's test sends the refused ones through a validator too: a platform
 * built from the document alone refuses what this server refuses.
 */

/** Monday 30 November 2026, 14:00 UTC: the seed's week runs from the 27th to 2 December. */
export const T0 = Date.UTC(2026, 10, 30, 14, 0);
export const iso = (ms: number) => new Date(ms).toISOString();

export const aReport = (overrides: Record<string, unknown> = {}) => ({
  attendance: { status: 'present', lateMinutes: 0 },
  summary: 'The expense tracker reads its CSV file now; totals per month next.',
  skillEvaluations: [{ skill: 'Python files', level: 3, comment: 'Handles a missing file well.' }],
  goals: [{ kind: 'project-step', title: 'Totals per month', url: null, estimatedMinutes: 120, skills: ['Python dicts'] }],
  nextSessionStart: null,
  correction: false,
  ...overrides,
});
export const aCancellation = { status: 'canceled', by: 'student', at: iso(T0), reason: 'Exam week', comment: 'Good luck with the exams.' };
export const aSchedule = {
  studentId: 'stu-02',
  start: '2026-12-04T15:00:00Z',
  plannedMinutes: 50,
  meetingUrl: 'https://meet.google.com/mnb-vcxz-lkj',
};
export const aTransfer = {
  studentId: 'stu-05',
  effectiveDate: '2026-12-14',
  reason: 'Needs a mentor who works in the evenings.',
  messageToStudent: 'You will meet your new mentor soon.',
  handoffSummary: 'Comfortable with spreadsheets, SQL joins still shaky.',
};
export const aFlag = { kind: 'work-not-done' as const, sessionIds: ['ses-0002'], note: 'Nothing done two weeks out of three.' };

export interface RefusedBody {
  why: string;
  endpoint: EndpointName;
  params?: Record<string, string>;
  body: unknown;
}

/** Each is answered 400 `invalid_body` by the server, and fails the document's request schema. */
export const REFUSED_BODIES: RefusedBody[] = [
  { why: 'a session of 5 minutes', endpoint: 'scheduleSession', body: { ...aSchedule, plannedMinutes: 5 } },
  {
    why: 'a cancellation with only its status',
    endpoint: 'cancelSession',
    params: { sessionId: 'ses-0004' },
    body: { status: 'canceled' },
  },
  { why: 'a javascript: meeting link', endpoint: 'scheduleSession', body: { ...aSchedule, meetingUrl: 'javascript:alert(1)//' } },
  { why: 'a start in 1969', endpoint: 'scheduleSession', body: { ...aSchedule, start: '1969-12-31T23:00:00Z' } },
  { why: 'a start past 9999', endpoint: 'scheduleSession', body: { ...aSchedule, start: '9999-12-31T23:00:00-05:00' } },
  {
    why: 'a goal whose link is ftp:',
    endpoint: 'submitReport',
    params: { sessionId: 'ses-0003' },
    body: aReport({ goals: [{ ...aReport().goals[0], url: 'ftp://files.example/course' }] }),
  },
  {
    why: 'a next session in 1969',
    endpoint: 'submitReport',
    params: { sessionId: 'ses-0003' },
    body: aReport({ nextSessionStart: '1969-07-20T20:17:00Z' }),
  },
  { why: 'a transfer dated 1969', endpoint: 'requestTransfer', body: { ...aTransfer, effectiveDate: '1969-07-20' } },
  {
    why: 'a reschedule of 300 minutes',
    endpoint: 'rescheduleSession',
    params: { sessionId: 'ses-0004' },
    body: { start: aSchedule.start, plannedMinutes: 300 },
  },
  { why: 'a flag of an unknown kind', endpoint: 'flagStudent', params: { studentId: 'stu-02' }, body: { ...aFlag, kind: 'rude' } },
];
