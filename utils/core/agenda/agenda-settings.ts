import { z } from 'zod';
import { MAX_PLANNED_MINUTES } from '@/utils/core/rules/limits';
import { plannedMinutesSchema } from '@/utils/core/rules/value-schemas';
import { DEFAULT_PHASE_WEIGHTS, DEFAULT_PLANNED_MINUTES } from './phases';

const phaseMinutes = z.number().int().min(1).max(MAX_PLANNED_MINUTES);

/** The mentor's agenda: a usual length, and the phase split at that length. */
export const agendaSettingsSchema = z.object({
  plannedMinutes: plannedMinutesSchema,
  weights: z.object({ 'check-in': phaseMinutes, progress: phaseMinutes, goals: phaseMinutes }),
});

export type AgendaSettings = z.infer<typeof agendaSettingsSchema>;

export const DEFAULT_AGENDA_SETTINGS: AgendaSettings = {
  plannedMinutes: DEFAULT_PLANNED_MINUTES,
  weights: DEFAULT_PHASE_WEIGHTS,
};

/** Settings as stored may be anything: fall back to the defaults, never fail. */
export function readAgendaSettings(stored: unknown): AgendaSettings {
  const parsed = agendaSettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_AGENDA_SETTINGS;
}
