// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument, openApiText } from '@/utils/core/platform/openapi-document';
import { ENDPOINTS } from '@/utils/core/platform/platform-endpoints';

type Json = Record<string, unknown>;
const doc = buildOpenApiDocument() as Json & { paths: Record<string, Record<string, Json>> };

/** Every value in the document, depth first. */
function* walk(value: unknown): Generator<unknown> {
  yield value;
  if (value !== null && typeof value === 'object') for (const inner of Object.values(value)) yield* walk(inner);
}

/** Follows a local JSON pointer ("#/a/b~1c") through the document. */
function resolve(pointer: string): unknown {
  return pointer
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((at, part) => (at !== null && typeof at === 'object' ? (at as Json)[part] : undefined), doc);
}

/** A parameter, through its $ref when it has one. */
const parameter = (p: Json) => (typeof p.$ref === 'string' ? (resolve(p.$ref) as Json) : p);

describe('the OpenAPI document', () => {
  it('is committed as built: docs/platform-api.json matches the contract', () => {
    const committed = readFileSync('docs/platform-api.json', 'utf8');
    expect(committed, 'docs/platform-api.json is out of date with the contract: run `npm run openapi`').toBe(openApiText());
  });

  it('is OpenAPI 3.1 with a bearer token on everything', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.security).toEqual([{ bearerAuth: [] }]);
    expect(resolve('#/components/securitySchemes/bearerAuth')).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('has every endpoint of the contract, with its method, parameters and answers', () => {
    for (const [name, endpoint] of Object.entries(ENDPOINTS)) {
      const operation = doc.paths[endpoint.path]?.[endpoint.method.toLowerCase()];
      expect(operation?.operationId, `${name}: ${endpoint.method} ${endpoint.path}`).toBe(name);
      const responses = operation!.responses as Json;
      expect(Object.keys(responses)).toContain(String(endpoint.status));
      const parameters = (operation!.parameters as Json[]).map(parameter);
      for (const p of parameters) expect(p.description, `${name}: ${String(p.name)}`).toBeTruthy();
      const names = parameters.map((p) => p.name);
      for (const [, param] of endpoint.path.matchAll(/\{(\w+)\}/g)) expect(names).toContain(param);
      if ('query' in endpoint) expect(names).toEqual(expect.arrayContaining(Object.keys(endpoint.query.shape)));
      if (endpoint.method !== 'GET') {
        expect(parameters.find((p) => p.name === 'Idempotency-Key')).toMatchObject({ in: 'header', required: true });
        expect(Object.keys(responses)).toEqual(expect.arrayContaining(['400', '409', '422']));
      }
      if ('etag' in endpoint) expect(Object.keys(responses)).toContain('304');
      expect(Object.keys(responses)).toEqual(expect.arrayContaining(['401', '429', '500', '503']));
    }
  });

  it('resolves every $ref inside the document', () => {
    const refs = [...walk(doc)].flatMap((value) =>
      value !== null && typeof value === 'object' && typeof (value as Json).$ref === 'string' ? [(value as Json).$ref as string] : [],
    );
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.filter((ref) => !ref.startsWith('#/') || resolve(ref) === undefined)).toEqual([]);
  });
});
