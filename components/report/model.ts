import { batch, computed, signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { backgroundToPageSchema, reportNewsSchema } from '@/utils/protocol/background-to-page';
import { sendToBackground } from '@/utils/protocol/send-to-background';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import { createDraftSaver, type SaveStatus, type Timers } from './draft-saver';
import { fieldsOf, type ReportFields, reportInput, type ReportProblem, reportProblems } from '@/utils/core/report/report-draft';
import { changedFields, mergeFields, REPORT_FIELD_KEYS, type ReportFieldKey, sameValue } from '@/utils/core/report/draft-merge';
import type { DraftSaved, ReportView } from '@/utils/protocol/reply-views';
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

/** A field both this view and another changed since this view's base: the other's text, as saved (this view's is in its fields). */
export interface FieldConflict<K extends ReportFieldKey = ReportFieldKey> {
  field: K;
  theirs: ReportFields[K];
}

/** The stored text a view's fields grew from: the draft's fields at `revision`, as far as the view knows. */
interface DraftBase {
  revision: number;
  fields: ReportFields;
}

/** What an editor leaves behind when it closes with words not on disk: enough for the next one to go on as it would have. */
interface LeftEditor {
  editorId: string;
  base: DraftBase;
  fields: ReportFields;
  conflicts: FieldConflict[];
}

/** Saves still going out from editors that closed, by session: a new editor of the same report reads after them. */
const closing = new Map<string, Promise<boolean>>();
/** How long a new editor waits for those saves before reading anyway. */
const CLOSING_WAIT_MS = 2000;
/**
 * Words an editor could not save before it closed (the disk was full, or two
 * versions of a field waited for the mentor's choice), with the text they grew
 * from: the next editor of the report shows them, merged with anything newer
 * on disk as any view is.
 */
const leftUnsaved = new Map<string, LeftEditor>();

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
 * One session's report as the mentor writes it, in one of the places it may be
 * open at once. The fields here are what the mentor sees; each save sends the
 * fields changed since the revision they grew from (the base). A newer
 * revision (heard as news, or in a save's reply) is merged in field by field:
 * a field changed on one side only takes that side, so a view with nothing
 * unsaved takes the newer text at once; a field changed on both sides is a
 * conflict, shown with both texts until the mentor picks one or merges them.
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
  /** Fields changed here and in another view since this one's base: both texts kept until the mentor chooses. */
  const conflicts = signal<FieldConflict[]>([]);
  let base: DraftBase | null = null;
  /** This editor, to the background: a field it wrote last is its own, even when the reply saying so was lost. */
  let editorId: string = crypto.randomUUID();
  /** A save is out: a newer revision waits for its reply, which brings the stored fields anyway. */
  let saving = false;
  /** The newest revision heard of while a save was out. */
  let heard = 0;
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
    // The fields as they are now, not as they were at the last keystroke: a merge may have changed them since.
    async save() {
      const sentBase = base!;
      const sent = fields.peek()!;
      const open = new Set(conflicts.peek().map((c) => c.field));
      // A field in conflict waits for the mentor's choice: it is not saved over the other text.
      const changes: Partial<ReportFields> = Object.fromEntries(
        Object.entries(changedFields(sentBase.fields, sent)).filter(([key]) => !open.has(key as ReportFieldKey)),
      );
      saving = true;
      const reply = await send({ type: 'report/save-draft', sessionId, editorId, baseRevision: sentBase.revision, fields: changes });
      saving = false;
      if (!reply.ok) {
        if (heard > sentBase.revision) void load();
        return reply.error.code;
      }
      batch(() => {
        reconcile(reply.value, sentBase, sent, changes);
        if (view.value) view.value = atRevision(view.value, reply.value.revision);
      });
      if (heard > reply.value.revision) void load();
      return null;
    },
  });

  /** A save's reply: what it wrote is the base now, and what other views wrote is merged in. */
  function reconcile(saved: DraftSaved, sentBase: DraftBase, sent: ReportFields, changes: Partial<ReportFields>) {
    const grewFrom = { ...sentBase.fields };
    for (const key of REPORT_FIELD_KEYS)
      if (key in changes && !saved.conflicts.includes(key)) Object.assign(grewFrom, { [key]: sent[key] });
    takeNewer(grewFrom, saved.revision, saved.fields);
  }

  /**
   * Merges the stored text at `revision` (`theirs`) into the fields, both
   * grown from `grewFrom`. A field already in conflict stays so, against the
   * newest text, until the mentor chooses or the two sides agree.
   */
  function takeNewer(grewFrom: ReportFields, revision: number, theirs: ReportFields) {
    const mine = fields.peek()!;
    const { merged, conflicts: found } = mergeFields(grewFrom, mine, theirs);
    const open = new Set([...conflicts.peek().map((c) => c.field), ...found]);
    const next = { ...merged };
    const standing: FieldConflict[] = [];
    for (const field of REPORT_FIELD_KEYS) {
      if (!open.has(field) || sameValue(mine[field], theirs[field])) continue;
      Object.assign(next, { [field]: mine[field] });
      standing.push({ field, theirs: theirs[field] } as FieldConflict);
    }
    base = { revision, fields: theirs };
    batch(() => {
      if (!sameValue(next.attendance, mine.attendance)) lateMinutesText.value = String(next.attendance.lateMinutes);
      fields.value = next;
      conflicts.value = standing;
    });
  }

  function show(next: ReportView) {
    batch(() => {
      view.value = atRevision(next, view.value?.draft.revision ?? 0);
      loadError.value = null;
      const left = base ? undefined : leftUnsaved.get(sessionId);
      if (!base) {
        // The first read, or the words an editor of this report left unsaved when it closed.
        leftUnsaved.delete(sessionId);
        base = left?.base ?? { revision: next.draft.revision, fields: fieldsOf(next.draft) };
        // Its saves may have reached the disk unanswered: the next editor goes on as the same one.
        editorId = left?.editorId ?? editorId;
        fields.value = left?.fields ?? base.fields;
        conflicts.value = left?.conflicts ?? [];
        lateMinutesText.value = String(fields.value.attendance.lateMinutes);
      }
      // Another view saved since this one's base: its text is merged in, never over words not saved here.
      if (next.draft.revision > base.revision) {
        if (saving) heard = Math.max(heard, next.draft.revision);
        else takeNewer(base.fields, next.draft.revision, fieldsOf(next.draft));
      }
      if (left) saver.change(fields.value!);
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
    // Two versions of a field wait for the mentor: the report does not go with one picked for them.
    if (ending.value || conflicts.value.length > 0) return null;
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

  /** The background's news: the call's session changed (its goals or next date may have), or another view saved this report. */
  function onNews(raw: unknown, sender: { id?: string; tab?: unknown }) {
    if (sender.id !== browser.runtime.id || sender.tab) return;
    if (backgroundToPageSchema.safeParse(raw).success) return void load();
    const news = reportNewsSchema.safeParse(raw);
    if (!news.success || (news.data.sessionId !== sessionId && news.data.sessionId !== view.peek()?.session.id)) return;
    if (base && news.data.revision <= base.revision) return;
    if (saving) heard = Math.max(heard, news.data.revision);
    else void load();
  }

  /** The mentor's choice for a field in conflict: its text from now on, saved like any change. */
  function choose<K extends ReportFieldKey>(field: K, value: ReportFields[K]) {
    conflicts.value = conflicts.value.filter((c) => c.field !== field);
    edit((f) => ({ ...f, [field]: value }));
    if (field === 'attendance') lateMinutesText.value = String((value as ReportFields['attendance']).lateMinutes);
    saver.flush();
  }

  /** Saves now and resolves once nothing is out: true when the words on screen are on disk (none waits for a choice). */
  const settle = async () => (await saver.settle()) && conflicts.peek().length === 0;

  function start() {
    const onVisibility = () => (document.visibilityState === 'hidden' ? saver.flush() : void load());
    const onPageHide = () => saver.flush();
    // Words the device refused to keep would go with the page: the browser asks before it goes.
    const onBeforeUnload = (event: Event) => {
      if (save.peek().state === 'error' || conflicts.peek().length > 0) event.preventDefault();
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
      closing.set(sessionId, saved);
      void saved.then((durable) => {
        if (closing.get(sessionId) === saved) closing.delete(sessionId);
        const words = fields.peek();
        if ((!durable || conflicts.peek().length > 0) && words && base) {
          leftUnsaved.set(sessionId, { editorId, base, fields: words, conflicts: conflicts.peek() });
        }
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
    conflicts,
    choose,
    start,
    end,
    /** Saves now: a field lost the focus, or the mentor asked to try again. */
    flush: saver.flush,
    settle,
    // The mentor's change makes the attendance theirs: it no longer follows the call's evidence.
    setAttendance: (status: ReportFields['attendance']['status']) =>
      edit((f) => ({ ...f, attendance: { ...f.attendance, status }, attendancePrefilled: false })),
    setLateMinutes(text: string) {
      lateMinutesText.value = text;
      const minutes = parseLateMinutes(text);
      if (minutes !== null) edit((f) => ({ ...f, attendance: { ...f.attendance, lateMinutes: minutes }, attendancePrefilled: false }));
    },
    /** The mentor confirms the attendance the call's evidence filled in. */
    confirmAttendance() {
      edit((f) => ({ ...f, attendancePrefilled: false }));
      saver.flush();
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
/** "Show anyway": the screen shade lifts in this page's window (see components/common/page-shade.ts). */
export const showScreen = (windowId: number | null, send: typeof sendToBackground = sendToBackground) =>
  send({ type: 'screen/shade', shaded: false, windowId });

export const readReportsToWrite = (send: typeof sendToBackground = sendToBackground) => send({ type: 'overview/week' });
