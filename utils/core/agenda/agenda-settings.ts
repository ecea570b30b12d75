import { z } from 'zod';
import type { MessageKey } from '@/utils/core/languages';
import { plannedMinutesSchema } from '@/utils/core/rules/value-schemas';
import {
  CHECKLIST_TEXT_MAX,
  DEFAULT_PLANNED_MINUTES,
  MAX_CHECKLIST_ITEMS,
  MAX_PHASE_SHARE,
  MAX_PHASES,
  MIN_PHASE_SHARE,
  PHASE_KEYS,
  type PhaseKey,
} from './phases';
import { splitWhole } from './plan-agenda';
import { DEFAULT_KIND_AGENDAS, type KindAgendas, type KindPhase, SESSION_KINDS, type SessionKind } from './session-kinds';

/** Cadence's own checklist items, the only messages an item may name. */
const CHECKLIST_LABELS = [
  ...new Set(
    Object.values(DEFAULT_KIND_AGENDAS).flatMap((phases) => phases.flatMap((p) => p.checklist.flatMap((i) => (i.label ? [i.label] : [])))),
  ),
] as [MessageKey, ...MessageKey[]];

/** An item's id: the phase's key, a dot, a word (the id the session's ticks keep). */
export const checklistItemIdSchema = z.string().regex(/^[a-z-]{1,40}\.[a-z-]{1,40}$/);

export const checklistItemSchema = z.union([
  z.object({ id: checklistItemIdSchema, label: z.enum(CHECKLIST_LABELS) }).strict(),
  z.object({ id: checklistItemIdSchema, text: z.string().trim().min(1).max(CHECKLIST_TEXT_MAX) }).strict(),
]);

export const kindPhaseSchema = z.object({
  key: z.enum(PHASE_KEYS),
  share: z.number().int().min(MIN_PHASE_SHARE).max(MAX_PHASE_SHARE),
  checklist: z.array(checklistItemSchema).max(MAX_CHECKLIST_ITEMS),
});

/** Why a kind's phases cannot be saved, for the options page to say. */
export type KindAgendaProblem = 'shares-not-100' | 'same-phase-twice';

export function kindAgendaProblem(phases: readonly { key: PhaseKey; share: number }[]): KindAgendaProblem | null {
  if (new Set(phases.map((p) => p.key)).size !== phases.length) return 'same-phase-twice';
  return phases.reduce((sum, p) => sum + p.share, 0) === 100 ? null : 'shares-not-100';
}

/** A kind's agenda: one to six phases, each named once, their shares adding up to the whole session. */
export const kindAgendaSchema = z
  .array(kindPhaseSchema)
  .min(1)
  .max(MAX_PHASES)
  .refine((phases) => kindAgendaProblem(phases) === null);

/** The mentor's agendas: a usual length (for a call with no scheduled session), and each kind's phases. */
export const agendaSettingsSchema = z.object({
  plannedMinutes: plannedMinutesSchema,
  kinds: z.object(
    Object.fromEntries(SESSION_KINDS.map((kind) => [kind, kindAgendaSchema])) as Record<SessionKind, typeof kindAgendaSchema>,
  ),
});

export type AgendaSettings = z.infer<typeof agendaSettingsSchema>;

export const DEFAULT_AGENDA_SETTINGS: AgendaSettings = {
  plannedMinutes: DEFAULT_PLANNED_MINUTES,
  kinds: DEFAULT_KIND_AGENDAS,
};

/** The settings of versions before the kinds: the weekly call's three phases, in minutes of the usual length. */
const weightsSchema = z.object({
  'check-in': z.number().int().min(1),
  progress: z.number().int().min(1),
  goals: z.number().int().min(1),
});

/** The weekly agenda with an older version's split, as shares of the session, Cadence's checklists kept. */
function weeklyFromWeights(weights: z.infer<typeof weightsSchema>): KindPhase[] {
  const shares = splitWhole(100, [weights['check-in'], weights.progress, weights.goals]);
  // A share of zero (a phase of 1 minute in 240) still gets its 1%, taken from the largest.
  const fixed = shares.map((share) => Math.max(1, share));
  fixed[fixed.indexOf(Math.max(...fixed))]! -= fixed.reduce((a, b) => a + b, 0) - 100;
  return DEFAULT_KIND_AGENDAS.weekly.map((phase, index) => ({ ...phase, share: fixed[index]! }));
}

/**
 * Settings as stored may be anything: each part falls back to its default, never fails. Settings
 * saved before the kinds keep their length and their weekly split.
 */
export function readAgendaSettings(stored: unknown): AgendaSettings {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const length = plannedMinutesSchema.safeParse(record.plannedMinutes);
  const kinds = (typeof record.kinds === 'object' && record.kinds !== null ? record.kinds : {}) as Record<string, unknown>;
  const weights = weightsSchema.safeParse(record.weights);
  const read = (kind: SessionKind): KindPhase[] => {
    const parsed = kindAgendaSchema.safeParse(kinds[kind]);
    if (parsed.success) return parsed.data;
    if (kind === 'weekly' && weights.success) return weeklyFromWeights(weights.data);
    return DEFAULT_KIND_AGENDAS[kind];
  };
  return {
    plannedMinutes: length.success ? length.data : DEFAULT_PLANNED_MINUTES,
    kinds: Object.fromEntries(SESSION_KINDS.map((kind) => [kind, read(kind)])) as KindAgendas,
  };
}
