import { batch, computed, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { backgroundToPageSchema } from '@/utils/protocol/background-to-page';
import { sendToBackground } from '@/utils/protocol/send-to-background';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import { createDraftSaver, type SaveStatus, type Timers } from './draft-saver';
import { type ReportDraft, type ReportFields, reportInput, type ReportProblem, reportProblems } from '@/utils/core/report/report-draft';
import type { ReportView } from '@/utils/protocol/reply-views';
import { MAX_LATE_MINUTES } from '@/utils/core/rules/limits';

export interface ReportModelDeps {
  sessionId: string;
  /** How the page asks the background; the page's own channel unless a test gives another. */
  send?: typeof sendToBackground;
  timers: Timers;
}

export type ReportModel = ReturnType<typeof createReportModel>;

/** While the report is on its way, how often to ask whether it arrived. */
export const DELIVERY_POLL_MS = 5000;

/** Minutes late as typed, or null when not a whole number the platform takes (0 to the longest session). */
export function parseLateMinutes(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,3}$/.test(trimmed) && Number(trimmed) <= MAX_LATE_MINUTES ? Number(trimmed) : null;
}

const fieldsOf = ({ attendance, summary, privateNotes, skillEvaluations }: ReportDraft): ReportFields => ({
  attendance,
  summary,
  privateNotes,
  skillEvaluations,
});

/** Saves still going out from editors that closed, by session: a new editor of the same report reads after them. */
const closing = new Map<string, Promise<boolean>>();
/** How long a new editor waits for those saves before reading anyway. */
const CLOSING_WAIT_MS = 2000;
/**
 * Words an editor could not save before it closed (the disk was full), with
 * the revision it had read: the next editor of the report shows them, not the
 * older text on disk, unless a newer save reached the disk since.
 */
const leftUnsaved = new Map<string, { fields: ReportFields; revision: number }>();

/**
 * Waits for the saves of editors that closed (the mentor left the Report tab)
 * to come back: true when all of them reached the disk and no words are left
 * waiting for room (those live only in this page until an editor opens again).
 */
export async function settleClosedReports(): Promise<boolean> {
  const saved = await Promise.all(closing.values());
  return saved.every(Boolean) && leftUnsaved.size === 0;
}

/** The view at the newest revision this editor knows of: a read may have left before a save's reply came. */
function atRevision(next: ReportView, revision: number): ReportView {
  const newest = Math.max(revision, next.draft.revision);
  const { ended } = next.draft;
  return { ...next, draft: { ...next.draft, revision: newest }, changedSinceEnd: ended !== null && newest > ended.revision };
}

const sameSkill = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * One session's report as the mentor writes it. Once loaded, the fields here
 * are the truth: every change is saved whole through the background, and a
 * fresh read of the view only brings its delivery, goals and next session.
 */
export function createReportModel({ sessionId, send = sendToBackground, timers }: ReportModelDeps) {
  const view = signal<ReportView | null>(null);
  const fields = signal<ReportFields | null>(null);
  const loadError = signal<ErrorCode | null>(null);
  const save = signal<SaveStatus>({ state: 'saved', error: null });
  /** The minutes as typed: only a valid number reaches the fields. */
  const lateMinutesText = signal('');
  const ending = signal(false);
  const endError = signal<ErrorCode | null>(null);
  /** Set by a refused "send" or "finish": from then on the problems follow the fields. */
  const checked = signal(false);
  /** The background's problems, shown until the next change. */
  const reported = signal<ReportProblem[] | null>(null);
  let poll: unknown = null;
  let running = false;
  /** Sending or finishing was refused because the words could not be saved. */
  let endRefusedUnsaved = false;

  const input = computed(() => {
    const current = view.value;
    return current && fields.value
      ? reportInput(fields.value, current.goals, current.nextSession?.start ?? null, current.changedSinceEnd)
      : null;
  });

  /** Minutes typed that the fields could not take: said at once, as they cannot be saved. */
  const minutesWrong = computed(() => fields.value?.attendance.status === 'late' && parseLateMinutes(lateMinutesText.value) === null);

  const problems = computed<ReportProblem[]>(() => {
    if (!input.value) return [];
    const found: ReportProblem[] = minutesWrong.value ? [{ field: 'attendance', kind: 'late-minutes' }] : [];
    const all = reportProblems(input.value, view.value!.toPlatform);
    // Text past a limit is said as it is typed or pasted (it is kept whole); the rest once sending or finishing is refused.
    const live = all.filter((problem) => problem.kind === 'too-long' || problem.kind === 'comment-too-long');
    const rest = reported.value ?? (checked.value ? all : live);
    return [...found, ...rest.filter((p) => !(minutesWrong.value && p.field === 'attendance'))];
  });

  /** Skills this session touched (its goals, the work it reviewed) not evaluated yet. */
  const skillSuggestions = computed(() => {
    const current = view.value;
    const evaluated = fields.value?.skillEvaluations ?? [];
    if (!current) return [];
    const skills: string[] = [];
    for (const skill of [...current.reviewed, ...current.goals].flatMap((a) => a.skills)) {
      if (![...skills, ...evaluated.map((e) => e.skill)].some((known) => sameSkill(known, skill))) skills.push(skill);
    }
    return skills;
  });

  const saver = createDraftSaver<ReportFields>({
    timers,
    onStatus(status) {
      save.value = status;
      // The words are saved again: ending, refused for their sake, can be asked for again.
      if (status.state === 'saved' && endRefusedUnsaved) {
        endRefusedUnsaved = false;
        endError.value = null;
      }
    },
    async save(value) {
      const reply = await send({ type: 'report/save-draft', sessionId, fields: value });
      if (!reply.ok) return reply.error.code;
      if (view.value) view.value = atRevision(view.value, reply.value.revision);
      return null;
    },
  });

  function show(next: ReportView) {
    batch(() => {
      view.value = atRevision(next, view.value?.draft.revision ?? 0);
      loadError.value = null;
      // The mentor's words are never replaced by a re-read: only the first one fills them.
      if (!fields.value) {
        const left = leftUnsaved.get(sessionId);
        leftUnsaved.delete(sessionId);
        const kept = left && left.revision >= next.draft.revision ? left.fields : null;
        fields.value = kept ?? fieldsOf(next.draft);
        lateMinutesText.value = String(fields.value.attendance.lateMinutes);
        if (kept) saver.change(kept);
      }
    });
    // A report on its way gets no news when it arrives: ask again now and then.
    if (poll !== null) timers.clearTimeout(poll);
    poll = running && next.delivery.state === 'sending' ? timers.setTimeout(() => void load(), DELIVERY_POLL_MS) : null;
  }

  async function load() {
    const before = closing.get(sessionId);
    if (before) await Promise.race([before, new Promise((resolve) => timers.setTimeout(() => resolve(false), CLOSING_WAIT_MS))]);
    const reply = await send({ type: 'report/open', sessionId });
    if (reply.ok) show(reply.value);
    else loadError.value = reply.error.code;
  }

  function edit(change: (current: ReportFields) => ReportFields) {
    const current = fields.value;
    if (!current) return;
    const next = change(current);
    batch(() => {
      fields.value = next;
      reported.value = null;
    });
    saver.change(next);
  }

  const editSkill = (index: number, change: Partial<ReportFields['skillEvaluations'][number]>) =>
    edit((f) => ({ ...f, skillEvaluations: f.skillEvaluations.map((e, i) => (i === index ? { ...e, ...change } : e)) }));

  /**
   * "Send the report" or "Finish the report" (or the correction): saves what is typed, then asks the
   * background. Resolves with the problems to mend (empty once ended), or
   * null when it failed for another reason, shown in `save` or `endError`.
   */
  async function end(): Promise<ReportProblem[] | null> {
    if (ending.value) return null;
    endError.value = null;
    if (minutesWrong.value) {
      checked.value = true;
      return problems.value;
    }
    ending.value = true;
    const saved = await saver.settle();
    const reply = saved ? await send({ type: 'report/end', sessionId }) : null;
    ending.value = false;
    if (!reply) {
      // The words could not be saved (a full disk): ending is refused for the same reason, said beside the button.
      endError.value = save.value.error;
      endRefusedUnsaved = true;
      return null;
    }
    if (!reply.ok) {
      endError.value = reply.error.code;
      return null;
    }
    const result = reply.value;
    batch(() => {
      checked.value = !result.ended;
      reported.value = result.ended ? null : result.problems;
      if (result.ended) show(result.view);
    });
    return problems.value;
  }

  /** The background's news (the call's session changed): its goals or next date may have. */
  function onNews(raw: unknown, sender: { id?: string; tab?: unknown }) {
    if (sender.id !== browser.runtime.id || sender.tab) return;
    if (backgroundToPageSchema.safeParse(raw).success) void load();
  }

  function start() {
    const onVisibility = () => (document.visibilityState === 'hidden' ? saver.flush() : void load());
    const onPageHide = () => saver.flush();
    // Words the device refused to keep would go with the page: the browser asks before it goes.
    const onBeforeUnload = (event: Event) => {
      if (save.peek().state === 'error') event.preventDefault();
    };
    document.addEventListener('visibilitychange', onVisibility);
    addEventListener('pagehide', onPageHide);
    addEventListener('beforeunload', onBeforeUnload);
    browser.runtime.onMessage.addListener(onNews);
    running = true;
    void load();
    return () => {
      running = false;
      document.removeEventListener('visibilitychange', onVisibility);
      removeEventListener('pagehide', onPageHide);
      removeEventListener('beforeunload', onBeforeUnload);
      // The page may outlive its extension (reloaded, or updated): its runtime is gone then.
      browser.runtime?.onMessage.removeListener(onNews);
      if (poll !== null) timers.clearTimeout(poll);
      // Leaving the tab or the page: what is typed goes now; if it cannot, the next editor shows it and keeps trying.
      const saved = saver.close();
      const words = fields.value;
      const revision = view.value?.draft.revision ?? 0;
      closing.set(sessionId, saved);
      void saved.then((durable) => {
        if (closing.get(sessionId) === saved) closing.delete(sessionId);
        if (!durable && words) leftUnsaved.set(sessionId, { fields: words, revision });
      });
    };
  }

  return {
    view,
    fields,
    loadError,
    save,
    lateMinutesText,
    ending,
    endError,
    problems,
    input,
    skillSuggestions,
    start,
    end,
    /** Saves now: a field lost the focus, or the mentor asked to try again. */
    flush: saver.flush,
    /** Saves now and resolves once nothing is out: true when the words on screen are on disk. */
    settle: saver.settle,
    setAttendance: (status: ReportFields['attendance']['status']) => edit((f) => ({ ...f, attendance: { ...f.attendance, status } })),
    setLateMinutes(text: string) {
      lateMinutesText.value = text;
      const minutes = parseLateMinutes(text);
      if (minutes !== null) edit((f) => ({ ...f, attendance: { ...f.attendance, lateMinutes: minutes } }));
    },
    setSummary: (summary: string) => edit((f) => ({ ...f, summary })),
    setPrivateNotes: (privateNotes: string) => edit((f) => ({ ...f, privateNotes })),
    /** Adds a skill to evaluate; false when it is blank or already there. */
    addSkill(skill: string): boolean {
      const name = skill.trim();
      if (!name || fields.value?.skillEvaluations.some((e) => sameSkill(e.skill, name))) return false;
      edit((f) => ({ ...f, skillEvaluations: [...f.skillEvaluations, { skill: name, level: null, comment: '' }] }));
      return true;
    },
    setSkillLevel: (index: number, level: number) => editSkill(index, { level }),
    setSkillComment: (index: number, comment: string) => editSkill(index, { comment }),
    removeSkill: (index: number) => edit((f) => ({ ...f, skillEvaluations: f.skillEvaluations.filter((_, i) => i !== index) })),
  };
}

/** The report page opened without a session lists the reports still to write: the week's, as the popup reads it. */
export const readReportsToWrite = (send: typeof sendToBackground = sendToBackground) => send({ type: 'overview/week' });
