// @vitest-environment node
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ENDPOINTS, type EndpointName } from '@/utils/core/platform/platform-endpoints';
import { apiErrorSchema, mentorSchema } from '@/utils/core/platform/platform-schemas';
import { startPlatformServer, type PlatformServer, type PlatformServerOptions } from '../platform-server/platform-server';
import { aCancellation, aFlag, aReport, aSchedule, aTransfer, iso, REFUSED_BODIES, T0 } from '../platform-server/sample-requests';

const TOKEN = 'mentor-token';
const CONTROL = 'control-token';

let clock: number;
let dir: string;
let dataFile: string;
let server: PlatformServer;

const start = (options: Partial<PlatformServerOptions> = {}) =>
  startPlatformServer({ port: 0, dataFile, token: TOKEN, now: () => new Date(clock), controlToken: CONTROL, ...options });

beforeEach(async () => {
  clock = T0;
  dir = mkdtempSync(join(tmpdir(), 'platform-server-'));
  dataFile = join(dir, 'platform.json');
  server = await start();
});

afterEach(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

interface Request {
  body?: unknown;
  /** null: no Idempotency-Key header. */
  key?: string | null;
  /** null: no Authorization header. */
  token?: string | null;
  headers?: Record<string, string>;
}

async function http(method: string, url: string, request: Request = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...request.headers };
  const token = request.token === undefined ? TOKEN : request.token;
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  if (request.key) headers['Idempotency-Key'] = request.key;
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  const body = typeof request.body === 'string' || request.body === undefined ? request.body : JSON.stringify(request.body);
  const response = await fetch(url, { method, headers, body });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

interface Call extends Request {
  params?: Record<string, string>;
  query?: Record<string, string>;
  etag?: string;
}

/** One request to an endpoint of the contract; a write gets a fresh Idempotency-Key unless given one. */
function call(name: EndpointName, options: Call = {}): Promise<Answer> {
  const endpoint = ENDPOINTS[name];
  const path = endpoint.path.replace(/\{(\w+)\}/g, (_, param: string) => options.params?.[param] ?? '');
  const query = options.query ? `?${new URLSearchParams(options.query)}` : '';
  const key = options.key !== undefined ? options.key : endpoint.method === 'GET' ? null : randomUUID();
  const headers = { ...options.headers, ...(options.etag ? { 'If-None-Match': options.etag } : {}) };
  return http(endpoint.method, `${server.url}${path}${query}`, { ...options, key, headers });
}

/** The answer is the endpoint's success, and its body parses with the contract. */
function ok<N extends EndpointName>(name: N, answer: Answer): z.output<(typeof ENDPOINTS)[N]['response']> {
  expect(answer.status, answer.text).toBe(ENDPOINTS[name].status);
  return ENDPOINTS[name].response.parse(answer.json) as z.output<(typeof ENDPOINTS)[N]['response']>;
}

function refused(answer: Answer, status: number, code: string): void {
  expect(answer.status, answer.text).toBe(status);
  expect(apiErrorSchema.parse(answer.json).error.code).toBe(code);
}

const allSessions = { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' };
const sessionIds = (answer: Answer) => ok('listSessions', answer).items.map((s) => s.id);

describe('platform server: access', () => {
  it('refuses a missing or wrong token with a 401 ApiError, and answers the right one', async () => {
    refused(await call('getMentor', { token: null }), 401, 'unauthorized');
    refused(await call('getMentor', { token: 'someone-else' }), 401, 'unauthorized');
    refused(await call('scheduleSession', { token: 'someone-else', body: aSchedule }), 401, 'unauthorized');
    expect(ok('getMentor', await call('getMentor')).timezone).toBe('Europe/Paris');
  });

  it('answers 404 off the API, 405 to another method, and preflights with the headers the extension sends', async () => {
    refused(await http('GET', `${server.url}/nothing-here`), 404, 'not_found');
    refused(await http('GET', server.url.replace('/api/v1', '/students')), 404, 'not_found');
    const wrongMethod = await http('DELETE', `${server.url}/sessions`);
    refused(wrongMethod, 405, 'method_not_allowed');
    expect(wrongMethod.headers.get('Allow')).toBe('GET, POST');

    const preflight = await http('OPTIONS', `${server.url}/sessions/ses-0003/report`, { token: null });
    expect(preflight.status).toBe(204);
    const allowed = preflight.headers.get('Access-Control-Allow-Headers')!.toLowerCase();
    for (const header of ['authorization', 'content-type', 'idempotency-key', 'if-none-match']) expect(allowed).toContain(header);
    expect(preflight.headers.get('Access-Control-Allow-Methods')).toContain('PUT');
  });

  it('refuses malformed requests with 400 and the ApiError shape, writing nothing', async () => {
    refused(await call('scheduleSession', { body: '{"studentId": "stu-02",' }), 400, 'invalid_json');
    for (const { endpoint, params, body, why } of REFUSED_BODIES) {
      const answer = await call(endpoint, { params, body });
      expect(answer.status, why).toBe(400);
      expect(apiErrorSchema.parse(answer.json).error.code, why).toBe('invalid_body');
    }
    refused(await call('scheduleSession', { body: aSchedule, key: null }), 400, 'missing_idempotency_key');
    refused(await call('scheduleSession', { body: aSchedule, key: 'retry-1' }), 400, 'invalid_idempotency_key');
    refused(await call('listSessions', { query: { to: allSessions.to } }), 400, 'invalid_query');
    refused(await call('listSessions', { query: { ...allSessions, updatedSince: 'yesterday' } }), 400, 'invalid_query');
    refused(await call('listSessions', { query: { ...allSessions, status: 'pending,postponed' } }), 400, 'invalid_query');
    refused(await call('listSessions', { query: { from: allSessions.to, to: allSessions.from } }), 400, 'invalid_query');
    const tooLarge = { ...aSchedule, padding: 'x'.repeat(1_100_000) };
    refused(await call('scheduleSession', { body: tooLarge }), 413, 'body_too_large');

    expect(server.state().sessions).toHaveLength(5);
    expect(server.state().idempotency).toEqual({});
  });
});

describe('platform server: reads', () => {
  it('seeds a week for one mentor: five students on three paths, their sessions, the exercises', async () => {
    const students = ok('listStudents', await call('listStudents'));
    expect(students.serverTime).toBe(iso(T0));
    expect(students.items).toHaveLength(5);
    expect(new Set(students.items.map((s) => s.path.name))).toEqual(new Set(['Web developer', 'Python developer', 'Data analyst']));
    expect(new Set(students.items.map((s) => s.timezone)).size).toBeGreaterThanOrEqual(3);
    for (const s of students.items) expect(s.currentProject?.mentorGuideUrl).toMatch(/^https:\/\/platform\.example\/guides\//);

    const sessions = ok('listSessions', await call('listSessions', { query: allSessions })).items;
    expect(sessions.map((s) => s.studentId).sort()).toEqual(students.items.map((s) => s.id).sort());
    for (const s of sessions) expect(s.meetingUrl).toMatch(/^https:\/\/meet\.google\.com\/[a-z]{3}-[a-z]{4}-[a-z]{3}$/);
    const past = sessions.filter((s) => Date.parse(s.start) < T0);
    expect(past.some((s) => s.status === 'completed')).toBe(true);
    expect(sessions.filter((s) => Date.parse(s.start) > T0).every((s) => s.status === 'pending')).toBe(true);
    expect(sessions.every((s) => Math.abs(Date.parse(s.start) - T0) < 4 * 86_400_000)).toBe(true);

    expect(ok('listExercises', await call('listExercises')).items.length).toBeGreaterThanOrEqual(10);
  });

  it('seeds the same data for the same time', async () => {
    const other = await startPlatformServer({ port: 0, dataFile: join(dir, 'other.json'), token: TOKEN, now: () => new Date(T0) });
    const seeded = other.state();
    await other.close();
    expect(server.state()).toEqual(seeded);
  });

  it('lists the sessions starting in [from, to), with a status filter', async () => {
    const range = { from: '2026-11-28T00:00:00Z', to: '2026-12-01T14:00:00Z' };
    expect(sessionIds(await call('listSessions', { query: range }))).toEqual(['ses-0002', 'ses-0003']);
    const widened = { ...range, to: '2026-12-01T14:00:00.001Z' };
    expect(sessionIds(await call('listSessions', { query: widened }))).toEqual(['ses-0002', 'ses-0003', 'ses-0004']);
    expect(sessionIds(await call('listSessions', { query: { ...allSessions, status: 'completed' } }))).toEqual(['ses-0001', 'ses-0002']);
    expect(sessionIds(await call('listSessions', { query: { ...range, status: 'pending,canceled' } }))).toEqual(['ses-0003']);
  });

  it('answers only the records changed at or after updatedSince', async () => {
    const { serverTime } = ok('listSessions', await call('listSessions', { query: allSessions }));
    clock += 60_000;
    ok('cancelSession', await call('cancelSession', { params: { sessionId: 'ses-0004' }, body: aCancellation }));
    clock += 60_000;

    const changed = ok('listSessions', await call('listSessions', { query: { ...allSessions, updatedSince: serverTime } }));
    expect(changed.items.map((s) => [s.id, s.status, s.updatedAt])).toEqual([['ses-0004', 'canceled', iso(T0 + 60_000)]]);
    expect(changed.serverTime).toBe(iso(T0 + 120_000));
    expect(ok('listStudents', await call('listStudents', { query: { updatedSince: serverTime } })).items).toEqual([]);
    expect(ok('listExercises', await call('listExercises', { query: { updatedSince: serverTime } })).items).toEqual([]);
    const exercisesSince = (at: string) => call('listExercises', { query: { updatedSince: at } });
    expect(ok('listExercises', await exercisesSince('2026-11-01T00:00:00Z')).items.map((e) => e.id)).toEqual(['ex-11', 'ex-12']);
  });

  it('answers 304 to a matching If-None-Match, and 200 with another ETag once the list changed', async () => {
    for (const name of ['listStudents', 'listExercises'] as const) {
      const first = await call(name);
      const etag = first.headers.get('ETag')!;
      expect(etag).toMatch(/^".+"$/);
      clock += 1000; // serverTime moves; the items do not
      const again = await call(name, { etag });
      expect(again.status).toBe(304);
      expect(again.text).toBe('');
      expect(again.headers.get('ETag')).toBe(etag);
    }

    const etag = (await call('listSessions', { query: allSessions })).headers.get('ETag')!;
    expect((await call('listSessions', { query: allSessions, etag: `W/${etag}, "other"` })).status).toBe(304);
    ok('cancelSession', await call('cancelSession', { params: { sessionId: 'ses-0005' }, body: aCancellation }));
    const changed = await call('listSessions', { query: allSessions, etag });
    expect(ok('listSessions', changed).items.find((s) => s.id === 'ses-0005')?.status).toBe('canceled');
    expect(changed.headers.get('ETag')).not.toBe(etag);
  });
});

describe('platform server: writes', () => {
  it('completes a session with its report; another report must be a correction', async () => {
    clock += 5000;
    const report = ok('submitReport', await call('submitReport', { params: { sessionId: 'ses-0003' }, body: aReport() }));
    expect(report).toMatchObject({ sessionId: 'ses-0003', submittedAt: iso(T0 + 5000), correction: false });
    expect(server.state().sessions.find((s) => s.id === 'ses-0003')).toMatchObject({ status: 'completed', updatedAt: iso(T0 + 5000) });

    const again = await call('submitReport', { params: { sessionId: 'ses-0003' }, body: aReport({ summary: 'Second try.' }) });
    refused(again, 422, 'report_already_submitted');
    const correction = aReport({ summary: 'Totals per month are done too.', correction: true });
    ok('submitReport', await call('submitReport', { params: { sessionId: 'ses-0003' }, body: correction }));
    expect(
      server
        .state()
        .reports.filter((r) => r.sessionId === 'ses-0003')
        .map((r) => r.summary),
    ).toEqual([aReport().summary, 'Totals per month are done too.']);

    const noReport = await call('submitReport', { params: { sessionId: 'ses-0004' }, body: aReport({ correction: true }) });
    refused(noReport, 422, 'no_report_to_correct');
    ok('cancelSession', await call('cancelSession', { params: { sessionId: 'ses-0005' }, body: aCancellation }));
    refused(await call('submitReport', { params: { sessionId: 'ses-0005' }, body: aReport() }), 422, 'session_not_reportable');
    refused(await call('submitReport', { params: { sessionId: 'ses-9999' }, body: aReport() }), 404, 'session_not_found');
  });

  it('cancels only a pending session', async () => {
    const lateCancel = { ...aCancellation, status: 'late_canceled', by: 'mentor' };
    // The client encodes path parameters; the platform reads them decoded.
    const encoded = await http('POST', `${server.url}/sessions/ses%2D0004/cancel`, { body: lateCancel, key: randomUUID() });
    const canceled = ok('cancelSession', encoded);
    expect(canceled).toMatchObject({ id: 'ses-0004', status: 'late_canceled', cancellation: { by: 'mentor', reason: 'Exam week' } });
    refused(await call('cancelSession', { params: { sessionId: 'ses-0004' }, body: aCancellation }), 422, 'session_not_pending');
    refused(await call('cancelSession', { params: { sessionId: 'ses-0001' }, body: aCancellation }), 422, 'session_not_pending');
  });

  it("schedules a pending session with one of the mentor's students", async () => {
    const session = ok('scheduleSession', await call('scheduleSession', { body: aSchedule }));
    expect(session).toMatchObject({ ...aSchedule, status: 'pending', rescheduledFrom: null, cancellation: null, updatedAt: iso(T0) });
    expect(server.state().sessions.map((s) => s.id)).toContain(session.id);
    refused(await call('scheduleSession', { body: { ...aSchedule, studentId: 'stu-99' } }), 422, 'unknown_student');
  });

  it('moves a pending session in place, with no cancellation, and refuses a completed one', async () => {
    const params = { sessionId: 'ses-0003' };
    const when = { start: '2026-12-03T10:00:00Z', plannedMinutes: 45 };
    const moved = ok('rescheduleSession', await call('rescheduleSession', { params, body: when }));
    expect(moved).toMatchObject({ ...when, id: 'ses-0003', status: 'pending', cancellation: null, rescheduledFrom: null });
    expect(server.state().sessions.filter((s) => s.studentId === 'stu-03' && s.status === 'pending')).toHaveLength(1);
    const relinked = ok(
      'rescheduleSession',
      await call('rescheduleSession', { params, body: { ...when, meetingUrl: 'https://meet.google.com/new-link-abc' } }),
    );
    expect(relinked.meetingUrl).toBe('https://meet.google.com/new-link-abc');
    refused(await call('rescheduleSession', { params: { sessionId: 'ses-0001' }, body: when }), 422, 'session_not_reschedulable');
  });

  it('reschedules a canceled session, once, as a new pending session', async () => {
    const params = { sessionId: 'ses-0003' };
    const when = { start: '2026-12-03T10:00:00Z', plannedMinutes: 45 };
    ok('cancelSession', await call('cancelSession', { params, body: { ...aCancellation, status: 'student_absent' } }));

    const next = ok('rescheduleSession', await call('rescheduleSession', { params, body: when }));
    expect(next).toMatchObject({ ...when, studentId: 'stu-03', status: 'pending', rescheduledFrom: 'ses-0003' });
    expect(next.meetingUrl).toBe('https://meet.google.com/zxc-vbnm-qaz');
    expect(next.id).not.toBe('ses-0003');
    expect(server.state().sessions.find((s) => s.id === 'ses-0003')?.status).toBe('student_absent');
    refused(await call('rescheduleSession', { params, body: when }), 422, 'already_rescheduled');
  });

  it('records a transfer request, one at a time per student', async () => {
    clock += 1000;
    const request = ok('requestTransfer', await call('requestTransfer', { body: aTransfer }));
    expect(request).toMatchObject({ ...aTransfer, status: 'requested', createdAt: iso(T0 + 1000) });
    expect(server.state().transferRequests).toEqual([request]);
    refused(await call('requestTransfer', { body: aTransfer }), 422, 'transfer_already_requested');
    refused(await call('requestTransfer', { body: { ...aTransfer, studentId: 'stu-99' } }), 422, 'unknown_student');
  });

  it('keeps a warning about a student for the staff, for active students only', async () => {
    clock += 1000;
    const flag = ok('flagStudent', await call('flagStudent', { params: { studentId: 'stu-02' }, body: aFlag }));
    expect(flag).toMatchObject({ ...aFlag, studentId: 'stu-02', createdAt: iso(T0 + 1000) });
    expect(server.state().studentFlags).toEqual([flag]);
    refused(await call('flagStudent', { params: { studentId: 'stu-99' }, body: aFlag }), 422, 'unknown_student');
  });

  it('answers every endpoint of the contract on a happy path with its response schema', async () => {
    const happy: Record<EndpointName, () => Promise<Answer>> = {
      getMentor: () => call('getMentor'),
      listStudents: () => call('listStudents'),
      listSessions: () => call('listSessions', { query: { ...allSessions, status: 'pending' } }),
      listExercises: () => call('listExercises'),
      submitReport: () => call('submitReport', { params: { sessionId: 'ses-0003' }, body: aReport() }),
      cancelSession: () => call('cancelSession', { params: { sessionId: 'ses-0004' }, body: aCancellation }),
      scheduleSession: () => call('scheduleSession', { body: aSchedule }),
      rescheduleSession: async () => {
        await call('cancelSession', { params: { sessionId: 'ses-0005' }, body: aCancellation });
        return call('rescheduleSession', {
          params: { sessionId: 'ses-0005' },
          body: { start: '2026-12-05T09:00:00Z', plannedMinutes: 50 },
        });
      },
      requestTransfer: () => call('requestTransfer', { body: aTransfer }),
      flagStudent: () => call('flagStudent', { params: { studentId: 'stu-02' }, body: aFlag }),
    };
    for (const [name, run] of Object.entries(happy) as [EndpointName, () => Promise<Answer>][]) ok(name, await run());
  });
});

describe('platform server: idempotency', () => {
  it('replays the first answer to the same key and body, writing nothing again', async () => {
    const key = randomUUID();
    const first = await call('scheduleSession', { key, body: aSchedule });
    expect(first.headers.get('Idempotent-Replayed')).toBeNull();
    clock += 60_000;
    const reordered = Object.fromEntries(Object.entries(aSchedule).reverse());
    const replay = await call('scheduleSession', { key, body: reordered });
    expect(replay.status).toBe(201);
    expect(replay.text).toBe(first.text);
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect(server.state().sessions).toHaveLength(6);
  });

  it('refuses the same key with another body, or on another endpoint, with 409', async () => {
    const key = randomUUID();
    ok('scheduleSession', await call('scheduleSession', { key, body: aSchedule }));
    refused(await call('scheduleSession', { key, body: { ...aSchedule, plannedMinutes: 30 } }), 409, 'idempotency_key_reused');
    refused(await call('requestTransfer', { key, body: aTransfer }), 409, 'idempotency_key_reused');
    expect(server.state().sessions).toHaveLength(6);
    expect(server.state().transferRequests).toEqual([]);
  });

  it('keeps the data and the replays across a restart on the same file', async () => {
    const key = randomUUID();
    const first = await call('scheduleSession', { key, body: aSchedule });
    const id = ok('scheduleSession', first).id;
    await server.close();
    server = await start();

    const replay = await call('scheduleSession', { key, body: aSchedule });
    expect(replay.text).toBe(first.text);
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true');
    expect(sessionIds(await call('listSessions', { query: allSessions }))).toContain(id);
    expect(server.state().sessions).toHaveLength(6);
  });

  it('judges a refused write again when it is retried', async () => {
    const key = randomUUID();
    const correction = { params: { sessionId: 'ses-0004' }, body: aReport({ correction: true }), key };
    refused(await call('submitReport', correction), 422, 'no_report_to_correct');
    ok('submitReport', await call('submitReport', { params: { sessionId: 'ses-0004' }, body: aReport() }));
    const retried = await call('submitReport', correction);
    expect(ok('submitReport', retried).correction).toBe(true);
    expect(retried.headers.get('Idempotent-Replayed')).toBeNull();
  });
});

describe('platform server: faults', () => {
  it('adds latency to every answer', async () => {
    server.setFaults({ latencyMs: 150 });
    const started = performance.now();
    ok('getMentor', await call('getMentor'));
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('answers 429 with Retry-After, or a 5xx, before doing anything', async () => {
    server.setFaults({ rateLimitRate: 1, retryAfterSeconds: 7 });
    const limited = await call('scheduleSession', { body: aSchedule });
    refused(limited, 429, 'rate_limited');
    expect(limited.headers.get('Retry-After')).toBe('7');

    server.setFaults({ serverErrorRate: 1 });
    expect((await call('listStudents')).status).toBe(503);
    const failed = await call('scheduleSession', { body: aSchedule });
    expect(failed.status).toBe(503);
    apiErrorSchema.parse(failed.json);
    server.setFaults({ serverErrorRate: 1, serverErrorStatus: 500 });
    expect((await call('getMentor')).status).toBe(500);
    expect(server.state().sessions).toHaveLength(5);
  });

  it('draws the rates from its seed: the same seed gives the same faults', async () => {
    const statuses = async () => {
      server.setFaults({ serverErrorRate: 0.5, rateLimitRate: 0.2, seed: 42 });
      const seen: number[] = [];
      for (let i = 0; i < 24; i++) seen.push((await call('getMentor')).status);
      return seen;
    };
    const first = await statuses();
    expect(await statuses()).toEqual(first);
    expect(new Set(first)).toEqual(new Set([200, 429, 503]));
  });

  it('drops the connection after committing a write; a retry with the same key gets the replay', async () => {
    server.setFaults({ dropAfterCommit: { next: 1 } });
    const key = randomUUID();
    await expect(call('scheduleSession', { key, body: aSchedule })).rejects.toThrow();

    const committed = server.state().sessions.find((s) => s.start === aSchedule.start);
    expect(committed).toMatchObject({ studentId: 'stu-02', status: 'pending' });
    const onDisk = JSON.parse(readFileSync(dataFile, 'utf8')) as { sessions: { id: string }[] };
    expect(onDisk.sessions.map((s) => s.id)).toContain(committed!.id);

    const retry = await call('scheduleSession', { key, body: aSchedule });
    expect(ok('scheduleSession', retry).id).toBe(committed!.id);
    expect(server.requestLog().map((entry) => [entry.status, entry.fault])).toEqual([
      ['dropped', 'dropped-after-commit'],
      [201, null],
    ]);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect(server.state().sessions).toHaveLength(6);
  });

  it('sends malformed success bodies: of the wrong shape, or not JSON', async () => {
    server.setFaults({ malformed: { next: 1 } });
    const wrongShape = await call('getMentor');
    expect(wrongShape.status).toBe(200);
    expect(wrongShape.json).toBeDefined();
    expect(mentorSchema.safeParse(wrongShape.json).success).toBe(false);
    ok('getMentor', await call('getMentor'));

    server.setFaults({ malformed: { next: 1, kind: 'not-json' } });
    const notJson = await call('scheduleSession', { body: aSchedule });
    expect(notJson.status).toBe(201);
    expect(notJson.json).toBeUndefined();
    expect(server.requestLog().map((entry) => entry.fault)).toEqual(['malformed', null, 'malformed']);
    expect(server.state().sessions).toHaveLength(6);
    ok('listStudents', await call('listStudents'));
  });

  it('answers 5xx or 429 in runs: of every `every` requests, the first `length`', async () => {
    server.setFaults({ serverErrorBursts: { length: 2, every: 4 } });
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await call('getMentor')).status);
    expect(statuses).toEqual([503, 503, 200, 200, 503, 503, 200, 200]);

    server.setFaults({ rateLimitBursts: { length: 1, every: 3 }, retryAfterSeconds: 2 });
    const limited = await call('scheduleSession', { body: aSchedule });
    refused(limited, 429, 'rate_limited');
    expect(limited.headers.get('Retry-After')).toBe('2');
    ok('getMentor', await call('getMentor'));
    ok('getMentor', await call('getMentor'));
    refused(await call('getMentor'), 429, 'rate_limited');
    expect(server.state().sessions).toHaveLength(5);
  });

  it('commits a slow write even when the client gave up waiting, and replays it to the retry', async () => {
    server.setFaults({ slowWrites: { next: 1, ms: 400 } });
    const key = randomUUID();
    const gaveUp = fetch(`${server.url}/sessions`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Idempotency-Key': key, 'Content-Type': 'application/json' },
      body: JSON.stringify(aSchedule),
      signal: AbortSignal.timeout(100),
    });
    await expect(gaveUp).rejects.toThrow();
    const retry = await call('scheduleSession', { key, body: aSchedule });
    expect(retry.status).toBe(201);
    // The first attempt was still held: the retry committed, the held one found its key and wrote nothing.
    await expect.poll(() => server.requestLog().filter((entry) => entry.idempotencyKey === key).length).toBe(2);
    const attempts = server.requestLog().filter((entry) => entry.idempotencyKey === key);
    expect(attempts.map((entry) => [entry.status, entry.clientGone, entry.fault])).toEqual([
      [201, false, null],
      [201, true, 'slow-write'],
    ]);
    expect(attempts[1]!.answeredAt - attempts[1]!.receivedAt).toBeGreaterThanOrEqual(390);
    expect(server.writeLog().map((entry) => entry.outcome)).toEqual(['committed', 'replayed']);
    expect(server.state().sessions.filter((s) => s.start === aSchedule.start)).toHaveLength(1);
  });

  it('lets the token expire after some requests, until a new one is issued', async () => {
    server.setFaults({ tokenExpiresAfter: 2 });
    ok('getMentor', await call('getMentor'));
    ok('scheduleSession', await call('scheduleSession', { body: aSchedule }));
    refused(await call('getMentor'), 401, 'token_expired');
    refused(await call('listStudents'), 401, 'token_expired');
    expect(server.requestLog().map((entry) => entry.fault)).toEqual([null, null, 'token-expired', null]);
    server.setFaults({});
    refused(await call('getMentor'), 401, 'token_expired');

    server.issueToken('fresh-token');
    ok('getMentor', await call('getMentor', { token: 'fresh-token' }));
    refused(await call('getMentor'), 401, 'unauthorized');
  });

  it('logs every API request with its status, key and timing, preflights aside', async () => {
    server.setFaults({ rateLimitBursts: { length: 1, every: 2 }, retryAfterSeconds: 3 });
    const key = randomUUID();
    await call('scheduleSession', { key, body: aSchedule });
    await call('scheduleSession', { key, body: aSchedule });
    await http('OPTIONS', `${server.url}/sessions`, { token: null });
    const log = server.requestLog();
    const seen = log.map(({ method, path, status, idempotencyKey, retryAfterSeconds, fault }) => ({
      method,
      path,
      status,
      idempotencyKey,
      retryAfterSeconds,
      fault,
    }));
    expect(seen).toEqual([
      { method: 'POST', path: '/sessions', status: 429, idempotencyKey: key, retryAfterSeconds: 3, fault: 'rate-limited' },
      { method: 'POST', path: '/sessions', status: 201, idempotencyKey: key, retryAfterSeconds: null, fault: null },
    ]);
    expect(log[0]!.receivedAt).toBeLessThanOrEqual(log[0]!.answeredAt);
    expect(log[0]!.answeredAt).toBeLessThanOrEqual(log[1]!.receivedAt);
  });

  it('takes faults at start, and through the control endpoints behind their own token', async () => {
    const control = (method: string, path: string, request: Request = {}) =>
      http(method, `http://127.0.0.1:${server.port}/__control/${path}`, { token: CONTROL, ...request });
    refused(await control('GET', 'state', { token: TOKEN }), 401, 'unauthorized');
    refused(await control('POST', 'faults', { body: { rateLimitRate: 2 } }), 400, 'invalid_body');
    refused(await control('POST', 'faults', { body: { latency: 100 } }), 400, 'invalid_body');

    const set = await control('POST', 'faults', { body: { rateLimitRate: 1, retryAfterSeconds: 3 } });
    expect(set.json).toMatchObject({ faults: { rateLimitRate: 1, retryAfterSeconds: 3, serverErrorRate: 0 } });
    refused(await call('getMentor'), 429, 'rate_limited');

    await control('POST', 'faults', { body: {} });
    ok('scheduleSession', await call('scheduleSession', { body: aSchedule }));
    const state = await control('GET', 'state');
    expect(state.json).toEqual(server.state());
    refused(await control('POST', 'token', { body: { token: '' } }), 400, 'invalid_body');
    expect((await control('POST', 'token', { body: { token: 'new-token' } })).status).toBe(204);
    ok('getMentor', await call('getMentor', { token: 'new-token' }));
    await control('POST', 'faults', { body: { rateLimitRate: 1 } });
    const reset = await control('POST', 'reset');
    expect(reset.status).toBe(200);
    expect(server.state().sessions).toHaveLength(5);
    expect(server.state().idempotency).toEqual({});
    ok('getMentor', await call('getMentor'));

    await server.close();
    server = await start({ controlToken: undefined, faults: { serverErrorRate: 1 } });
    expect((await call('getMentor')).status).toBe(503);
    refused(await control('GET', 'state'), 404, 'not_found');
  });
});
