import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { idempotencyKeySchema } from '../../utils/core/platform/openapi-document';
import { ENDPOINTS, type Endpoint, type EndpointName } from '../../utils/core/platform/platform-endpoints';
import type { ApiError } from '../../utils/core/platform/platform-schemas';
import { createFaultDice, faultsSchema, type ActiveFaults, type Faults } from './faults';
import { OPERATIONS, type OperationInput, type Outcome } from './operations';
import { seedState } from './seed-data';
import { canonicalJson, loadState, saveState, type StoredState } from './stored-state';

export type { Faults } from './faults';

/** Where the API lives on this server: the base URL a mentor enters ends with it. */
const API_BASE = '/api/v1';
const MAX_BODY_BYTES = 1024 * 1024;

export interface PlatformServerOptions {
  /** 0 picks a free port. */
  port?: number;
  /** Kept across restarts; seeded at `now()` when missing. */
  dataFile: string;
  token: string;
  now?: () => Date;
  faults?: Faults;
  /** Turns on the `/__control/*` endpoints, which then require it as their bearer token. */
  controlToken?: string;
}

export interface PlatformServer {
  /** The API's base URL, `/api/v1` included. */
  url: string;
  port: number;
  close(): Promise<void>;
  /** Replaces the faults in force (its `next` counts start again). */
  setFaults(faults: Faults): void;
  /** Makes `token` the one the API accepts, as a mentor gets a new one after the old one expired. */
  issueToken(token: string): void;
  /** A copy of everything stored, idempotency records included. */
  state(): StoredState;
  /** Every write carried out or replayed since start, in order: how tests see a retry. */
  writeLog(): WriteLogEntry[];
  /** Every API request answered since start (preflights aside), in the order answered: how tests see timing. */
  requestLog(): RequestLogEntry[];
}

export interface WriteLogEntry {
  idempotencyKey: string;
  path: string;
  outcome: 'committed' | 'dropped' | 'replayed';
}

export interface RequestLogEntry {
  method: string;
  /** Under the API's base, e.g. `/sessions`. */
  path: string;
  /** What was answered; `dropped` when the connection was closed without an answer. */
  status: number | 'dropped';
  idempotencyKey: string | null;
  /** Epoch ms, by this machine's clock. */
  receivedAt: number;
  answeredAt: number;
  /** The answer's Retry-After, in seconds, when it had one. */
  retryAfterSeconds: number | null;
  /** The client had closed the connection before the answer (it gave up waiting). */
  clientGone: boolean;
  /** The fault that shaped this answer, if one did. */
  fault: InjectedFault | null;
}

export type InjectedFault = 'token-expired' | 'rate-limited' | 'server-error' | 'slow-write' | 'dropped-after-commit' | 'malformed';

type Reply = { status: number; headers?: Record<string, string>; body?: string } | typeof DROP;
/** Close the connection without a word. */
const DROP = Symbol('drop');

const ROUTES = (Object.entries(ENDPOINTS) as [EndpointName, Endpoint][]).map(([name, endpoint]) => ({
  name,
  endpoint,
  pattern: new RegExp(`^${endpoint.path.replace(/\{(\w+)\}/g, '(?<$1>[^/]+)')}$`),
}));

type Route = (typeof ROUTES)[number];
type Operation = (input: OperationInput<EndpointName>) => Outcome;

/** The platform as the contract describes it, on node:http, for tests, benchmarks and trying the extension. */
export async function startPlatformServer(options: PlatformServerOptions): Promise<PlatformServer> {
  const now = options.now ?? (() => new Date());
  let state = loadState(options.dataFile) ?? seedState(now());
  saveState(options.dataFile, state);
  let dice = createFaultDice(options.faults ?? {});
  const log: WriteLogEntry[] = [];
  const requests: RequestLogEntry[] = [];
  /** Null once it expired, until a new one is issued. */
  let token: string | null = options.token;

  /** On disk first: a write is answered only once it would survive a restart. */
  const commit = (next: StoredState) => {
    saveState(options.dataFile, next);
    state = next;
  };

  /** Answers one request; `seen.fault` says which fault, if any, shaped the answer. */
  async function handle(req: IncomingMessage, seen: { fault: InjectedFault | null }): Promise<Reply> {
    const url = new URL(req.url ?? '/', 'http://platform');
    const raw = await readBody(req);
    if (url.pathname.startsWith('/__control/')) return control(req, url.pathname, raw);
    if (!url.pathname.startsWith(`${API_BASE}/`)) return apiError(404, 'not_found', `Nothing at ${url.pathname}.`);
    if (req.method === 'OPTIONS') return { status: 204, headers: PREFLIGHT };
    await sleep(dice.current.latencyMs);

    const path = url.pathname.slice(API_BASE.length);
    const matching = ROUTES.flatMap((route) => {
      const match = route.pattern.exec(path);
      const params = match && decodeParams(match.groups ?? {});
      return params ? [{ route, params }] : [];
    });
    if (!matching.length) return apiError(404, 'not_found', `Nothing at ${url.pathname}.`);
    const hit = matching.find(({ route }) => route.endpoint.method === req.method);
    if (!hit) {
      const allow = matching.map(({ route }) => route.endpoint.method).join(', ');
      return apiError(405, 'method_not_allowed', `${path} takes ${allow}.`, { Allow: allow });
    }
    if (token === null) return apiError(401, 'token_expired', 'The access token has expired: get a new one.');
    if (bearer(req) !== token) return apiError(401, 'unauthorized', 'Missing or unknown token.');
    if (dice.expiresToken()) {
      token = null;
      seen.fault = 'token-expired';
      return apiError(401, 'token_expired', 'The access token has expired: get a new one.');
    }

    const faults = dice.current;
    if (dice.inBurst('rateLimitBursts') || dice.roll(faults.rateLimitRate)) {
      seen.fault = 'rate-limited';
      return apiError(429, 'rate_limited', 'Too many requests.', { 'Retry-After': String(faults.retryAfterSeconds) });
    }
    if (dice.inBurst('serverErrorBursts') || dice.roll(faults.serverErrorRate)) {
      seen.fault = 'server-error';
      const code = faults.serverErrorStatus === 500 ? 'internal_error' : 'unavailable';
      return apiError(faults.serverErrorStatus, code, 'A failure injected for testing; nothing was done.');
    }
    if (raw === null) return apiError(413, 'body_too_large', 'The body is over 1 MiB.');
    if (hit.route.endpoint.method !== 'GET' && dice.fire('slowWrites')) {
      seen.fault = 'slow-write';
      await sleep(faults.slowWrites.ms);
    }

    const reply = hit.route.endpoint.method === 'GET' ? read(hit.route, hit.params, url, req) : write(hit.route, hit.params, url, req, raw);
    if (reply === DROP) seen.fault = 'dropped-after-commit';
    if (reply === DROP || reply.status >= 300 || reply.body === undefined || !dice.fire('malformed')) return reply;
    seen.fault = 'malformed';
    return { ...reply, body: malformed(reply.body, faults.malformed.kind) };
  }

  function read(route: Route, params: Record<string, string>, url: URL, req: IncomingMessage): Reply {
    const { name, endpoint } = route;
    let query: unknown;
    if (endpoint.query) {
      const parsed = endpoint.query.safeParse(Object.fromEntries(url.searchParams));
      if (!parsed.success) return apiError(400, 'invalid_query', describe(parsed.error));
      query = parsed.data;
    }
    const operation = OPERATIONS[name] as Operation;
    const outcome = operation({ state, params, query, body: undefined, now: now().toISOString() } as OperationInput<EndpointName>);
    if (!outcome.ok) return apiError(outcome.status, outcome.code, outcome.message);
    const body = checked(endpoint, outcome.body);
    if (!endpoint.etag) return json(endpoint.status, body);
    const etag = etagOf((outcome.body as { items: unknown }).items);
    if (matchesEtag(req.headers['if-none-match'], etag)) return { status: 304, headers: { ETag: etag } };
    return json(endpoint.status, body, { ETag: etag });
  }

  function write(route: Route, params: Record<string, string>, url: URL, req: IncomingMessage, raw: string): Reply {
    const { name, endpoint } = route;
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string') return apiError(400, 'missing_idempotency_key', 'A write needs an Idempotency-Key header.');
    if (!idempotencyKeySchema.safeParse(key).success) {
      return apiError(400, 'invalid_idempotency_key', 'The Idempotency-Key must be a UUID.');
    }
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      return apiError(400, 'invalid_json', 'The body is not JSON.');
    }
    const fingerprint = canonicalJson({ method: req.method, path: url.pathname, body: value });
    const kept = state.idempotency[key];
    if (kept) {
      if (kept.fingerprint !== fingerprint) {
        return apiError(409, 'idempotency_key_reused', 'This Idempotency-Key was used with another request.');
      }
      log.push({ idempotencyKey: key, path: url.pathname, outcome: 'replayed' });
      return { status: kept.status, headers: { 'Idempotent-Replayed': 'true', ...JSON_TYPE }, body: kept.body };
    }
    if (!endpoint.body) throw new Error(`${name} is a write without a body`);
    const parsed = endpoint.body.safeParse(value);
    if (!parsed.success) return apiError(400, 'invalid_body', describe(parsed.error));

    const at = now().toISOString();
    const draft = structuredClone(state);
    const operation = OPERATIONS[name] as Operation;
    const outcome = operation({ state: draft, params, query: undefined, body: parsed.data, now: at } as OperationInput<EndpointName>);
    if (!outcome.ok) return apiError(outcome.status, outcome.code, outcome.message);
    const body = checked(endpoint, outcome.body);
    draft.idempotency[key] = { fingerprint, status: endpoint.status, body, at };
    commit(draft);
    const drop = dice.fire('dropAfterCommit');
    log.push({ idempotencyKey: key, path: url.pathname, outcome: drop ? 'dropped' : 'committed' });
    return drop ? DROP : json(endpoint.status, body);
  }

  function control(req: IncomingMessage, path: string, raw: string | null): Reply {
    if (!options.controlToken) return apiError(404, 'not_found', 'The control endpoints are off: start with a control token.');
    if (bearer(req) !== options.controlToken) return apiError(401, 'unauthorized', 'Missing or unknown control token.');
    const route = `${req.method} ${path}`;
    if (route === 'GET /__control/state') return json(200, JSON.stringify(state));
    if (route === 'POST /__control/reset') {
      commit(seedState(now()));
      dice = createFaultDice({});
      token = options.token;
      return json(200, JSON.stringify(state));
    }
    if (route === 'POST /__control/token') {
      const parsed = parseJson(raw, issuedTokenSchema);
      if (!parsed.ok) return parsed.reply;
      token = parsed.data.token;
      return { status: 204 };
    }
    if (route === 'POST /__control/faults') {
      const parsed = parseJson(raw, faultsSchema);
      if (!parsed.ok) return parsed.reply;
      dice = createFaultDice(parsed.data);
      return json(200, JSON.stringify({ faults: dice.current }));
    }
    return apiError(404, 'not_found', `Nothing at ${route}.`);
  }

  const server = createServer((req, res) => {
    const receivedAt = Date.now();
    const seen: { fault: InjectedFault | null } = { fault: null };
    let clientGone = false;
    res.once('close', () => {
      clientGone = !res.writableFinished;
    });
    handle(req, seen)
      .catch((error: unknown) => {
        console.error('platform server:', error);
        return apiError(500, 'internal_error', 'The platform failed.');
      })
      .then((reply) => {
        note(req, reply, receivedAt, clientGone, seen.fault);
        if (reply === DROP) {
          req.socket.destroy();
          return;
        }
        res.writeHead(reply.status, { ...CORS, ...reply.headers });
        res.end(reply.body);
      });
  });

  function note(req: IncomingMessage, reply: Reply, receivedAt: number, clientGone: boolean, fault: InjectedFault | null) {
    const { pathname } = new URL(req.url ?? '/', 'http://platform');
    if (!pathname.startsWith(`${API_BASE}/`) || req.method === 'OPTIONS') return;
    const key = req.headers['idempotency-key'];
    const retryAfter = reply === DROP ? undefined : reply.headers?.['Retry-After'];
    requests.push({
      method: req.method ?? 'GET',
      path: pathname.slice(API_BASE.length),
      status: reply === DROP ? 'dropped' : reply.status,
      idempotencyKey: typeof key === 'string' ? key : null,
      receivedAt,
      answeredAt: Date.now(),
      retryAfterSeconds: retryAfter === undefined ? null : Number(retryAfter),
      clientGone,
      fault,
    });
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${API_BASE}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
    setFaults: (faults) => {
      dice = createFaultDice(faults);
    },
    issueToken: (next) => {
      token = next;
    },
    state: () => structuredClone(state),
    writeLog: () => [...log],
    requestLog: () => structuredClone(requests),
  };
}

const JSON_TYPE = { 'Content-Type': 'application/json; charset=utf-8' };
/** Not needed by the extension (it has host permission), but a browser page may try. */
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag, Retry-After, Idempotent-Replayed',
};
const PREFLIGHT = {
  'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key, If-None-Match',
  'Access-Control-Max-Age': '600',
};

const issuedTokenSchema = z.strictObject({ token: z.string().min(1).max(4096) });

/** A control request's body, or the 400 that refuses it. */
function parseJson<S extends z.ZodType>(raw: string | null, schema: S): { ok: true; data: z.output<S> } | { ok: false; reply: Reply } {
  let value: unknown;
  try {
    value = JSON.parse(raw ?? '');
  } catch {
    return { ok: false, reply: apiError(400, 'invalid_json', 'The body is not JSON.') };
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, reply: apiError(400, 'invalid_body', describe(parsed.error)) };
}

function json(status: number, body: string, headers: Record<string, string> = {}): Reply {
  return { status, headers: { ...JSON_TYPE, ...headers }, body };
}

function apiError(status: number, code: string, message: string, headers: Record<string, string> = {}): Reply {
  const error: ApiError = { error: { code, message: message.slice(0, 2000) } };
  return json(status, JSON.stringify(error), headers);
}

/** The server holds itself to the contract: an answer that breaks it is a bug here, so it fails loudly as a 500. */
function checked(endpoint: Endpoint, body: unknown): string {
  const parsed = endpoint.response.safeParse(body);
  if (!parsed.success) throw new Error(`An answer breaks the contract:\n${describe(parsed.error)}`);
  return JSON.stringify(body);
}

function malformed(body: string, kind: ActiveFaults['malformed']['kind']): string {
  // A plausible mistake each: an envelope the contract does not have, or a body cut short.
  return kind === 'wrong-shape' ? `{"data":${body}}` : body.slice(0, Math.floor(body.length / 2));
}

/** A fingerprint of the items only: `serverTime` changes every time, the items may not. */
function etagOf(items: unknown): string {
  return `"${createHash('sha256').update(canonicalJson(items)).digest('base64url').slice(0, 32)}"`;
}

function matchesEtag(header: string | undefined, etag: string): boolean {
  return (header ?? '').split(',').some((tag) => {
    const bare = tag.trim().replace(/^W\//, '');
    return bare === '*' || bare === etag;
  });
}

/** Path parameters as the client meant them (it encodes them); null when one cannot be decoded. */
function decodeParams(groups: Record<string, string>): Record<string, string> | null {
  try {
    return Object.fromEntries(Object.entries(groups).map(([name, value]) => [name, decodeURIComponent(value)]));
  } catch {
    return null;
  }
}

function bearer(req: IncomingMessage): string | undefined {
  return /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
}

function describe(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(whole)'}: ${issue.message}`).join('; ');
}

/** The body as text, or null when it is too large (read to the end anyway, so the connection stays usable). */
async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  return size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8');
}
