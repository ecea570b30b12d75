import type { Assignment, AssignmentKind } from '@/utils/core/review/assignment';
import { parseInstant } from '@/utils/core/scheduling/next-session';
import type { StudentRecord } from './student-record';
import { escapeMarkdownLine, escapeMarkdownText, escapeMarkdownUrl } from '@/utils/core/report/markdown-escape';

/** The words around the mentor's, in the mentor's language (the component fills them from `t`, numbers and dates formatted). */
export interface HandoffLabels {
  title(name: string): string;
  /** The transfer's effective date, YYYY-MM-DD. */
  effective(day: string): string;
  profile: string;
  path(name: string): string;
  project(name: string): string;
  noProject: string;
  guide: string;
  level(level: number): string;
  hours(hours: number): string;
  timezone(zone: string): string;
  history: string;
  /** The first session's start, an ISO instant. */
  since(instant: string): string;
  noSessionYet: string;
  held(count: number): string;
  noShows(count: number): string;
  lateCancellations(count: number): string;
  plannedAbsences(count: number): string;
  goals: string;
  /** The start of the session that set them, an ISO instant. */
  goalsSetOn(instant: string): string;
  noGoals: string;
  kind(kind: AssignmentKind): string;
  duration(minutes: number): string;
  skills: string;
  /** A skill's latest level (1–4) and when it was given, an ISO instant. */
  skillLevel(level: number, instant: string): string;
  noSkills: string;
  whatWorks: string;
  whatWorksEmpty: string;
}

export interface HandoffInput {
  record: StudentRecord;
  /** What the student works on now: see `currentGoals`. */
  goals: readonly Assignment[];
  /** The mentor's own words for the new mentor, as typed. */
  whatWorks: string;
  /** YYYY-MM-DD, or null while the date chosen is not a valid one. */
  effectiveDate: string | null;
  now: number;
}

/** The goals set in the latest session that set any, in the order they were set. */
export function currentGoals(record: StudentRecord): Assignment[] {
  const goals = record.assignments.filter((assignment) => assignment.origin === 'goal');
  // Sessions come newest first.
  const latest = record.sessions.find((session) => goals.some((goal) => goal.setInSessionId === session.id));
  return latest ? goals.filter((goal) => goal.setInSessionId === latest.id).sort((a, b) => a.order - b.order) : [];
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

const item = (text: string) => `- ${escapeMarkdownLine(oneLine(text))}`;
const section = (heading: string, body: string) => `## ${escapeMarkdownLine(oneLine(heading))}\n\n${body}`;

/**
 * The handoff for the mentor who takes the student over, as Markdown: who the
 * student is, how the sessions went, what they work on, their skills, and
 * what works with them. Every word from the records or the mentor is escaped.
 */
export function handoffSummary({ record, goals, whatWorks, effectiveDate, now }: HandoffInput, labels: HandoffLabels): string {
  const { student, attendance } = record;
  const parts = [`# ${escapeMarkdownLine(oneLine(labels.title(student.name)))}`];
  if (effectiveDate) parts.push(escapeMarkdownLine(labels.effective(effectiveDate)));

  const project = student.currentProject;
  const guide = project?.mentorGuideUrl ? ` — [${escapeMarkdownLine(labels.guide)}](${escapeMarkdownUrl(project.mentorGuideUrl)})` : '';
  parts.push(
    section(
      labels.profile,
      [
        item(labels.path(student.path.name)),
        (project ? item(labels.project(project.name)) : item(labels.noProject)) + guide,
        item(labels.level(student.level)),
        item(labels.hours(student.weeklyHours)),
        item(labels.timezone(student.timezone)),
      ].join('\n'),
    ),
  );

  // Sessions come newest first: the last one begun is the first of all.
  const first = record.sessions.findLast((session) => parseInstant(session.start) <= now);
  parts.push(
    section(
      labels.history,
      [
        item(first ? labels.since(first.start) : labels.noSessionYet),
        item(labels.held(attendance.held)),
        item(labels.noShows(attendance.noShows)),
        item(labels.lateCancellations(attendance.lateCancellations)),
        item(labels.plannedAbsences(attendance.plannedAbsences)),
      ].join('\n'),
    ),
  );

  const setIn = record.sessions.find((session) => session.id === goals[0]?.setInSessionId);
  const goalLines = goals.map((goal) => {
    const title = escapeMarkdownLine(oneLine(goal.title));
    const details = escapeMarkdownLine(`${labels.kind(goal.kind)}, ${labels.duration(goal.estimatedMinutes)}`);
    return `- ${goal.url ? `[${title}](${escapeMarkdownUrl(goal.url)})` : `**${title}**`} — ${details}`;
  });
  parts.push(
    section(
      labels.goals,
      goals.length === 0
        ? escapeMarkdownLine(labels.noGoals)
        : [...(setIn ? [escapeMarkdownLine(labels.goalsSetOn(setIn.start)), ''] : []), ...goalLines].join('\n'),
    ),
  );

  const latest = record.skills.flatMap(({ skill, evaluations }) => {
    const last = evaluations.at(-1);
    return last ? [{ skill, ...last }] : [];
  });
  parts.push(
    section(
      labels.skills,
      latest.length === 0
        ? escapeMarkdownLine(labels.noSkills)
        : latest
            .map(({ skill, level, at, comment }) => {
              const note = oneLine(comment) ? ` — ${escapeMarkdownLine(oneLine(comment))}` : '';
              return `- **${escapeMarkdownLine(oneLine(skill))}**: ${escapeMarkdownLine(labels.skillLevel(level, at))}${note}`;
            })
            .join('\n'),
    ),
  );

  parts.push(
    section(labels.whatWorks, whatWorks.trim() ? escapeMarkdownText(whatWorks.trim()) : escapeMarkdownLine(labels.whatWorksEmpty)),
  );
  return `${parts.join('\n\n')}\n`;
}
