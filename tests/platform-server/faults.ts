import { z } from 'zod';

const rate = z.number().min(0).max(1);
/** Fires on each of the `next` requests it applies to, then at `rate`. */
const trigger = { next: z.number().int().min(0).default(0), rate: rate.default(0) };
/** Runs of failures: of every `every` requests it applies to, the first `length`. */
const burst = z
  .strictObject({ length: z.number().int().min(0).default(0), every: z.number().int().min(1).default(1) })
  .default({ length: 0, every: 1 });

/** What goes wrong, on purpose. Every field is optional: a missing one is off. */
export const faultsSchema = z.strictObject({
  /** Added before every API answer. */
  latencyMs: z.number().int().min(0).max(120_000).default(0),
  /** Share of API requests answered 5xx before anything is done. */
  serverErrorRate: rate.default(0),
  serverErrorStatus: z.union([z.literal(500), z.literal(502), z.literal(503), z.literal(504)]).default(503),
  /** API requests answered 5xx in runs, before anything is done, whatever the rate draws. */
  serverErrorBursts: burst,
  /** Share of API requests answered 429 before anything is done. */
  rateLimitRate: rate.default(0),
  retryAfterSeconds: z.number().int().min(0).max(86_400).default(1),
  /** API requests answered 429 (with Retry-After) in runs, before anything is done. */
  rateLimitBursts: burst,
  /** Writes held this long before they are carried out: the client may give up, and the write commits after. */
  slowWrites: z.strictObject({ ...trigger, ms: z.number().int().min(0).max(120_000).default(0) }).default({ next: 0, rate: 0, ms: 0 }),
  /** The token in force accepts this many more API requests, then expires (401) until a new one is issued. */
  tokenExpiresAfter: z.number().int().min(0).nullable().default(null),
  /** Writes that commit (and persist), then lose their connection without an answer. */
  dropAfterCommit: z.strictObject(trigger).default({ next: 0, rate: 0 }),
  /** Success answers whose body is wrong: valid JSON of the wrong shape, or not JSON at all. */
  malformed: z
    .strictObject({ ...trigger, kind: z.enum(['wrong-shape', 'not-json']).default('wrong-shape') })
    .default({ next: 0, rate: 0, kind: 'wrong-shape' }),
  /** Seeds the draws of every rate: the same seed and requests give the same faults. */
  seed: z.number().int().default(1),
});

export type Faults = z.input<typeof faultsSchema>;
export type ActiveFaults = z.output<typeof faultsSchema>;

export interface FaultDice {
  /** The faults in force, `next` counting down as they fire. */
  readonly current: ActiveFaults;
  roll(rate: number): boolean;
  /** Whether a counted fault fires now; uses one of its `next` if any is left. */
  fire(kind: 'dropAfterCommit' | 'malformed' | 'slowWrites'): boolean;
  /** Whether this request falls in a run of failures; counts it. */
  inBurst(kind: 'serverErrorBursts' | 'rateLimitBursts'): boolean;
  /** Whether the token expires at this request; counts it. */
  expiresToken(): boolean;
}

export function createFaultDice(faults: Faults): FaultDice {
  const current = faultsSchema.parse(faults);
  const random = mulberry32(current.seed);
  const roll = (rate: number) => rate >= 1 || (rate > 0 && random() < rate);
  const seen = { serverErrorBursts: 0, rateLimitBursts: 0 };
  return {
    current,
    roll,
    fire(kind) {
      const fault = current[kind];
      if (fault.next > 0) {
        fault.next--;
        return true;
      }
      return roll(fault.rate);
    },
    inBurst(kind) {
      const { length, every } = current[kind];
      return seen[kind]++ % every < length;
    },
    expiresToken() {
      if (current.tokenExpiresAfter === null) return false;
      if (current.tokenExpiresAfter > 0) {
        current.tokenExpiresAfter--;
        return false;
      }
      current.tokenExpiresAfter = null;
      return true;
    },
  };
}

/** A small seeded PRNG: repeatable faults, unlike Math.random. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
