import { z } from 'zod';
import { ENDPOINTS, type Endpoint, type EndpointName } from './platform-endpoints';
import { apiErrorSchema, sessionSchema, studentSchema } from './platform-schemas';

/**
 * The platform API as an OpenAPI 3.1 document, for a platform team to
 * implement from it alone. Schemas come from the contract, never retyped;
 * only the rules a schema cannot say are written here, in prose.
 */

/** The header every write carries: made once per change, sent again on each retry of it. */
export const idempotencyKeySchema = z.uuid();

type Json = Record<string, unknown>;

/** The path parameters the contract's paths use, each with the schema of what it names. */
const PATH_PARAMETERS: Record<string, { schema: z.ZodType; description: string }> = {
  sessionId: { schema: sessionSchema.shape.id, description: 'The `id` of the session.' },
  studentId: { schema: studentSchema.shape.id, description: 'The `id` of the student.' },
};

/** Query parameters the contract leaves without a description. */
const QUERY_NOTES: Record<string, string> = {
  from: 'Sessions starting at or after this instant.',
  to: 'Sessions starting before this instant.',
};

/** What each operation does beyond its schemas: the rules a platform must keep. */
const RULES: Record<EndpointName, string> = {
  getMentor: 'Cadence calls it to check a token when the mentor connects.',
  listStudents: 'Every student the mentor has or had: a student transferred to another mentor stays in the list with `active: false`.',
  listSessions: [
    'Sessions whose `start` is in [`from`, `to`); `from` after `to` is a 400.',
    '`status` keeps only the sessions with one of the listed statuses; an unknown status is a 400.',
    '`updatedSince` filters on `updatedAt` only: a session that comes into the range without changing is not in an incremental answer, so read without `updatedSince` after moving the range.',
  ].join('\n\n'),
  listExercises:
    'The whole collection, the same for every mentor; `paths` names the paths an exercise suits, `projects` the projects it prepares for.',
  submitReport: [
    'A `pending` session becomes `completed` and keeps the report.',
    'A session that has a report takes another only as a correction (`correction: true`), which replaces it; the session stays `completed`. Refused with 422:',
    '- `report_already_submitted`: `correction: false` on a session that has a report;',
    '- `no_report_to_correct`: `correction: true` on a session without one;',
    '- `session_not_reportable`: the session is canceled (`canceled`, `late_canceled`, `student_absent`).',
    '`nextSessionStart` is kept in the report for the student to read; it schedules nothing (see scheduleSession).',
  ].join('\n\n'),
  cancelSession:
    'Only a `pending` session (else 422 `session_not_pending`); it takes the given status, and `cancellation` the rest of the body.',
  scheduleSession:
    "The student must be one of the mentor's active students (else 422 `unknown_student` or `student_inactive`). Answers the new `pending` session, with an `id` chosen by the platform.",
  rescheduleSession: [
    'A `pending` session is moved: the same session (same `id`, still `pending`) takes the new `start`, `plannedMinutes` and, when given, `meetingUrl`; the platform mails the student the new time. A move has no cancellation and no pay verdict. Answers the moved session.',
    "A session that is `canceled`, `late_canceled` or `student_absent` is rescheduled once (else 422 `already_rescheduled`): answers the new `pending` session, same student and meeting link unless `meetingUrl` is given, `rescheduledFrom` the canceled session's `id`. The canceled session stays as it was.",
    'A `completed` session is neither (422 `session_not_reschedulable`).',
  ].join('\n\n'),
  requestTransfer:
    "The student must be one of the mentor's active students (else 422 `unknown_student` or `student_inactive`), with no transfer already `requested` or `matched` (else 422 `transfer_already_requested`). The request starts `requested`; the student stays active until the transfer is `done`, then reads `active: false`.",
  flagStudent:
    "The student must be one of the mentor's active students (else 422 `unknown_student` or `student_inactive`). The flag goes to the platform's staff, never to the student; the same warning sent twice is two flags (Cadence sends one per review).",
};

const INFO_DESCRIPTION = `The online school's platform, as Cadence (the mentors' browser extension) uses it. Paths are relative to the base URL the mentor enters in Cadence, e.g. \`https://platform.example/api/v1\`.

## Authentication
Every request carries \`Authorization: Bearer <token>\`, a token the mentor copies from the platform. The token names the mentor: every answer is about that mentor's students and sessions. A missing, unknown or revoked token gets \`401\`; Cadence then stops and asks the mentor to reconnect.

## Incremental reads
The lists (\`/students\`, \`/sessions\`, \`/exercises\`) answer \`{ items, serverTime }\`, where \`serverTime\` is the platform's clock when it read them. Pass it back unchanged as \`updatedSince\` on the next read of the same list: only the records whose \`updatedAt\` is at or after it come back. Every change to a record, including one made through this API, moves its \`updatedAt\` to the time of the change. Records are never removed from a list; without \`updatedSince\`, a list is whole.

Each list answer carries an \`ETag\`, a fingerprint of \`items\` (not of \`serverTime\`). Send it back in \`If-None-Match\`: when \`items\` would be the same, the answer is \`304 Not Modified\` without a body, and the client keeps its previous \`updatedSince\`.

## Writes and idempotency
Every \`POST\` and \`PUT\` carries an \`Idempotency-Key\` header, a UUID the client makes once per change and sends again on every retry of that change; missing or not a UUID is a \`400\`.

- Same key, same request (method, path and a body equal as canonical JSON: object keys sorted, no insignificant whitespace): the first answer is replayed, same status and body, with the header \`Idempotent-Replayed: true\`; nothing is written again. A key is kept at least 30 days, across restarts.
- Same key, another request: \`409\` with code \`idempotency_key_reused\`; nothing is written.

Only a write that was carried out is kept under its key: one refused (4xx) or failed (5xx) is judged afresh when retried. A write answers the record as it is after the change.

## Errors
Every error answer is an \`ApiError\`: \`{ "error": { "code": "…", "message": "…" } }\`. \`code\` is stable and machine-readable (each answer below and each operation's rules name theirs); \`message\` is for a person. A \`429\` carries \`Retry-After\` in seconds; a \`503\` may. Cadence retries a lost connection, \`408\`, \`429\` and \`5xx\` with the same \`Idempotency-Key\`, after \`Retry-After\` when given, and asks the mentor about any other \`4xx\`.`;

const ERROR_RESPONSES = {
  BadRequest:
    'Invalid request: `invalid_query`, `invalid_body` (not as its schema says), `invalid_json`, `missing_idempotency_key`, `invalid_idempotency_key` (not a UUID).',
  Unauthorized: 'Missing, unknown or revoked token (`unauthorized`).',
  NotFound: 'No such session for this mentor (`session_not_found`).',
  Conflict: 'The Idempotency-Key was already used with another request (`idempotency_key_reused`).',
  PayloadTooLarge: 'The body is over 1 MiB (`body_too_large`).',
  UnprocessableEntity: 'Valid, but refused by a business rule; the code names the rule (see the operation).',
  TooManyRequests: 'Too many requests (`rate_limited`): try again after `Retry-After` seconds.',
  InternalError: 'The platform failed (`internal_error`); a write may or may not be done: retry it with the same Idempotency-Key.',
  Unavailable: 'The platform is down for a while (`unavailable`); nothing was written. May carry `Retry-After`.',
} as const;

type ErrorName = keyof typeof ERROR_RESPONSES;

const errorRef = (name: ErrorName) => ({ $ref: `#/components/responses/${name}` });
const headerRef = (name: string) => ({ $ref: `#/components/headers/${name}` });

/** The whole document; deterministic, so the committed copy can be compared with it. */
export function buildOpenApiDocument(): Record<string, unknown> {
  const schemas: Record<string, Json> = {};
  const paths: Record<string, Record<string, Json>> = {};
  for (const [name, endpoint] of Object.entries(ENDPOINTS) as [EndpointName, Endpoint][]) {
    (paths[endpoint.path] ??= {})[endpoint.method.toLowerCase()] = operation(name, endpoint, schemas);
  }
  const errorSchema = toSchema(apiErrorSchema, schemas);
  const retryAfterSchema = { type: 'integer', minimum: 0 };
  const errorResponse = (description: string, headers?: Json) => ({
    description,
    ...(headers ? { headers } : {}),
    content: { 'application/json': { schema: errorSchema } },
  });

  return {
    openapi: '3.1.0',
    info: { title: 'School platform API for Cadence', version: '1.0.0', description: INFO_DESCRIPTION },
    servers: [{ url: 'https://platform.example/api/v1', description: 'An example; each platform has its own base URL.' }],
    security: [{ bearerAuth: [] }],
    paths,
    components: {
      schemas: sortKeys(schemas),
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'The token the mentor copies from the platform.' },
      },
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description: 'One UUID per change, the same on every retry of it: a replayed request is never written twice.',
          schema: toSchema(idempotencyKeySchema, schemas),
        },
        IfNoneMatch: {
          name: 'If-None-Match',
          in: 'header',
          required: false,
          description: 'The `ETag` of the previous answer of this list: 304 when the items would be the same.',
          schema: { type: 'string' },
        },
      },
      headers: {
        ETag: { description: 'A fingerprint of `items`, for `If-None-Match`.', schema: { type: 'string' } },
        RetryAfter: { description: 'Seconds to wait before trying again.', required: true, schema: retryAfterSchema },
        IdempotentReplayed: {
          description: '`true` when this is the stored answer of an earlier request with the same Idempotency-Key.',
          schema: { type: 'string', enum: ['true'] },
        },
      },
      responses: {
        BadRequest: errorResponse(ERROR_RESPONSES.BadRequest),
        Unauthorized: errorResponse(ERROR_RESPONSES.Unauthorized),
        NotFound: errorResponse(ERROR_RESPONSES.NotFound),
        Conflict: errorResponse(ERROR_RESPONSES.Conflict),
        PayloadTooLarge: errorResponse(ERROR_RESPONSES.PayloadTooLarge),
        UnprocessableEntity: errorResponse(ERROR_RESPONSES.UnprocessableEntity),
        TooManyRequests: errorResponse(ERROR_RESPONSES.TooManyRequests, { 'Retry-After': headerRef('RetryAfter') }),
        InternalError: errorResponse(ERROR_RESPONSES.InternalError),
        Unavailable: errorResponse(ERROR_RESPONSES.Unavailable, {
          'Retry-After': { description: 'Seconds to wait, when the platform knows.', schema: retryAfterSchema },
        }),
      },
    },
  };
}

function operation(name: EndpointName, endpoint: Endpoint, schemas: Record<string, Json>): Json {
  const isWrite = endpoint.method !== 'GET';
  const parameters: Json[] = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, param]) => {
    const known = PATH_PARAMETERS[param!];
    if (!known) throw new Error(`No schema for the path parameter {${param}} of ${name}`);
    return { name: param, in: 'path', required: true, description: known.description, schema: toSchema(known.schema, schemas) };
  });
  if (endpoint.query) {
    const query = toSchema(endpoint.query, schemas);
    const required = (query.required ?? []) as string[];
    for (const [param, schema] of Object.entries(query.properties as Record<string, Json>)) {
      const { description, ...rest } = schema;
      parameters.push({
        name: param,
        in: 'query',
        required: required.includes(param),
        description: description ?? QUERY_NOTES[param],
        schema: rest,
      });
    }
  }
  if (endpoint.etag) parameters.push({ $ref: '#/components/parameters/IfNoneMatch' });
  if (isWrite) parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });

  const successHeaders = {
    ...(endpoint.etag ? { ETag: headerRef('ETag') } : {}),
    ...(isWrite ? { 'Idempotent-Replayed': headerRef('IdempotentReplayed') } : {}),
  };
  const responses: Json = {
    [endpoint.status]: {
      description: endpoint.status === 201 ? 'Created.' : 'OK.',
      ...(Object.keys(successHeaders).length ? { headers: successHeaders } : {}),
      content: { 'application/json': { schema: toSchema(endpoint.response, schemas) } },
    },
  };
  if (endpoint.etag) {
    responses[304] = { description: 'Not modified: `If-None-Match` matched; no body.', headers: { ETag: headerRef('ETag') } };
  }
  if (endpoint.query || isWrite) responses[400] = errorRef('BadRequest');
  responses[401] = errorRef('Unauthorized');
  if (parameters.some((p) => p.in === 'path')) responses[404] = errorRef('NotFound');
  if (isWrite) {
    responses[409] = errorRef('Conflict');
    responses[413] = errorRef('PayloadTooLarge');
    responses[422] = errorRef('UnprocessableEntity');
  }
  responses[429] = errorRef('TooManyRequests');
  responses[500] = errorRef('InternalError');
  responses[503] = errorRef('Unavailable');

  return {
    operationId: name,
    summary: endpoint.summary,
    description: RULES[name],
    parameters,
    ...(endpoint.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(endpoint.body, schemas) } } } }
      : {}),
    responses,
  };
}

/**
 * One schema as JSON Schema; the named schemas it uses go to `components`.
 * Input mode everywhere: each side parses what it receives, and a parser's
 * input is what it accepts (unknown keys are dropped, not refused).
 */
function toSchema(schema: z.ZodType, components: Record<string, Json>): Json {
  const converted = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as Json;
  const { $schema, $defs, ...root } = converted;
  for (const [id, def] of Object.entries(($defs ?? {}) as Record<string, Json>)) {
    const component = pointRefsAtComponents(def) as Json;
    const known = components[id];
    if (known && JSON.stringify(known) !== JSON.stringify(component)) throw new Error(`Two different schemas are named ${id}`);
    components[id] = component;
  }
  return pointRefsAtComponents(root) as Json;
}

function pointRefsAtComponents(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pointRefsAtComponents);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) =>
      key === '$ref' && typeof inner === 'string'
        ? [key, inner.replace(/^#\/\$defs\//, '#/components/schemas/')]
        : [key, pointRefsAtComponents(inner)],
    ),
  );
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The document as committed in docs/platform-api.json. */
export function openApiText(): string {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
}
