// @vitest-environment node
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '@/utils/core/platform/openapi-document';
import { ENDPOINTS } from '@/utils/core/platform/platform-endpoints';
import { aCancellation, aFlag, aReport, aSchedule, aTransfer, REFUSED_BODIES, T0 } from '../platform-server/sample-requests';
import { seedState } from '../platform-server/seed-data';

/**
 * The document judged by a validator that knows nothing of Cadence (Ajv, with
 * its formats): a platform built from the document alone must refuse what the
 * reference server refuses, and take what it takes.
 */
type Json = Record<string, unknown>;
const doc = buildOpenApiDocument() as Json & { paths: Record<string, Record<string, Json>>; components: Json };

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
// The document's own sections, beside a schema, so that its `#/components/...` references resolve.
ajv.addKeyword('components');

/** A validator for one schema of the document, its references resolved in the document. */
const validatorFor = (schema: unknown) => ajv.compile({ ...(schema as Json), components: doc.components });

const requestSchema = (endpoint: keyof typeof ENDPOINTS) => {
  const { path, method } = ENDPOINTS[endpoint];
  const body = doc.paths[path]?.[method.toLowerCase()]?.requestBody as Json | undefined;
  return (body?.content as Record<string, Json> | undefined)?.['application/json']?.schema;
};
const componentSchema = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe('the OpenAPI document, through an OpenAPI validator', () => {
  it("takes the bodies the reference server's tests send and it takes", () => {
    const sound: [keyof typeof ENDPOINTS, unknown][] = [
      ['scheduleSession', aSchedule],
      ['submitReport', aReport()],
      ['cancelSession', aCancellation],
      ['requestTransfer', aTransfer],
      ['flagStudent', aFlag],
      ['rescheduleSession', { start: aSchedule.start, plannedMinutes: 50 }],
    ];
    for (const [endpoint, body] of sound) {
      const validate = validatorFor(requestSchema(endpoint));
      expect(validate(body), `${endpoint}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });

  it.each(REFUSED_BODIES)('refuses what the reference server refuses: $why ($endpoint)', ({ endpoint, body }) => {
    expect(validatorFor(requestSchema(endpoint))(body)).toBe(false);
  });

  it("takes the reference server's own records, and refuses a student whose guide link is ftp:// or whose time zone is no name", () => {
    const seed = seedState(new Date(T0));
    const student = validatorFor(componentSchema('Student'));
    for (const record of seed.students) expect(student(record), ajv.errorsText(student.errors)).toBe(true);
    const session = validatorFor(componentSchema('Session'));
    for (const record of seed.sessions) expect(session(record), ajv.errorsText(session.errors)).toBe(true);
    const exercise = validatorFor(componentSchema('Exercise'));
    for (const record of seed.exercises) expect(exercise(record), ajv.errorsText(exercise.errors)).toBe(true);

    const [first] = seed.students;
    const ftpGuide = { ...first, currentProject: { ...first!.currentProject, mentorGuideUrl: 'ftp://files.example/guide' } };
    expect(student(ftpGuide)).toBe(false);
    expect(student({ ...first, timezone: 'Paris time' })).toBe(false);
    expect(session({ ...seed.sessions[0], meetingUrl: 'javascript:alert(1)//' })).toBe(false);
    expect(session({ ...seed.sessions[0], start: '1969-12-31T23:59:59Z' })).toBe(false);
  });
});
