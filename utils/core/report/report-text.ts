import type { ReportInput } from '@/utils/core/platform/platform-schemas';
import type { Outcome } from '@/utils/core/review/assignment';
import { escapeMarkdownLine, escapeMarkdownText, escapeMarkdownUrl } from './markdown-escape';

/** The words around the mentor's, in the mentor's language (the component passes them from `t`). */
export interface ReportTextLabels {
  attendance: string;
  present: string;
  late(minutes: number): string;
  summary: string;
  skills: string;
  /** The rubric's words for a level (0: none chosen yet). */
  level(level: number): string;
  goals: string;
  duration(minutes: number): string;
  nextSession: string;
  /** An ISO instant as the mentor reads it, their zone named. */
  date(iso: string): string;
  /** The same instant on the student's clock, when theirs differs; null when it is the same. */
  studentDate(iso: string): string | null;
  /** The header's lines: whose session, when and how long, with whom. */
  title(student: string): string;
  when(iso: string, minutes: number): string;
  mentor(name: string): string;
  /** Last week's work and how each piece went. */
  review: string;
  outcome(outcome: Outcome): string;
}

/** What the student receives besides the report's input: who, when, last week's review, each goal's exercise. */
export interface ReportContext {
  studentName: string;
  sessionStart: string;
  plannedMinutes: number;
  /** Null when Cadence does not know it (no platform connected). */
  mentorName: string | null;
  /** Last week's work reviewed in this session, in order; never its notes, which are the mentor's. */
  reviewed: { title: string; url: string | null; outcome: Outcome }[];
  /** The instructions of each goal's exercise, by the goal's place in `input.goals`; null for a goal without one. */
  goalInstructions: (string | null)[];
}

export interface ReportItem {
  title: string;
  url: string | null;
  /** What follows the title, e.g. a level and a comment. */
  details: string[];
  /** Longer words under it, as written (an exercise's instructions). */
  more?: string;
}

export type ReportSection =
  | { kind: 'header'; id: 'header'; heading: string; lines: string[] }
  | { kind: 'text'; id: 'attendance' | 'summary' | 'next-session'; heading: string; text: string }
  | { kind: 'list'; id: 'skills' | 'goals' | 'review'; heading: string; items: ReportItem[] };

/**
 * What the student receives, section by section, empty ones left out. Built
 * from the report's input, which has no private notes to leak.
 */
export function reportSections(input: ReportInput, labels: ReportTextLabels, context?: ReportContext): ReportSection[] {
  const { attendance } = input;
  const sections: ReportSection[] = [];
  if (context) {
    sections.push({
      kind: 'header',
      id: 'header',
      heading: labels.title(context.studentName),
      lines: [
        labels.when(context.sessionStart, context.plannedMinutes),
        ...(context.mentorName ? [labels.mentor(context.mentorName)] : []),
      ],
    });
  }
  sections.push({
    kind: 'text',
    id: 'attendance',
    heading: labels.attendance,
    text: attendance.status === 'late' ? labels.late(attendance.lateMinutes) : labels.present,
  });
  if (context && context.reviewed.length > 0) {
    sections.push({
      kind: 'list',
      id: 'review',
      heading: labels.review,
      items: context.reviewed.map(({ title, url, outcome }) => ({ title, url, details: [labels.outcome(outcome)] })),
    });
  }
  if (input.summary.trim()) sections.push({ kind: 'text', id: 'summary', heading: labels.summary, text: input.summary.trim() });
  if (input.skillEvaluations.length > 0) {
    sections.push({
      kind: 'list',
      id: 'skills',
      heading: labels.skills,
      items: input.skillEvaluations.map(({ skill, level, comment }) => ({
        title: skill,
        url: null,
        details: [labels.level(level), comment].filter(Boolean),
      })),
    });
  }
  if (input.goals.length > 0) {
    sections.push({
      kind: 'list',
      id: 'goals',
      heading: labels.goals,
      items: input.goals.map((goal, index) => {
        const more = context?.goalInstructions[index]?.trim();
        return { title: goal.title, url: goal.url, details: [labels.duration(goal.estimatedMinutes)], ...(more ? { more } : {}) };
      }),
    });
  }
  if (input.nextSessionStart) {
    const theirs = labels.studentDate(input.nextSessionStart);
    const text = [labels.date(input.nextSessionStart), theirs].filter(Boolean).join('\n');
    sections.push({ kind: 'text', id: 'next-session', heading: labels.nextSession, text });
  }
  return sections;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The report as plain text, for a message or an email. */
export function reportAsText(sections: ReportSection[]): string {
  return sections
    .map((section) => {
      if (section.kind === 'header') return [section.heading, ...section.lines].join('\n');
      const body =
        section.kind === 'text'
          ? section.text
          : section.items
              .map((item) => {
                const details = [...item.details, item.url ?? ''].filter(Boolean).map(oneLine).join(' — ');
                const line = `- ${oneLine(item.title)}${details ? `: ${details}` : ''}`;
                return item.more ? `${line}\n${indent(item.more)}` : line;
              })
              .join('\n');
      return `${section.heading}\n${body}`;
    })
    .join('\n\n');
}

/** Longer words under a list item, each line indented so they read as part of it. */
const indent = (text: string) =>
  text
    .split(/\r?\n/)
    .map((line) => (line.trim() ? `  ${line}` : ''))
    .join('\n');

/** The report as Markdown, for a platform or a chat that reads it. */
export function reportAsMarkdown(sections: ReportSection[]): string {
  return sections
    .map((section) => {
      if (section.kind === 'header') {
        return [`# ${escapeMarkdownLine(section.heading)}`, section.lines.map((line) => escapeMarkdownLine(line)).join('  \n')].join(
          '\n\n',
        );
      }
      const body =
        section.kind === 'text'
          ? escapeMarkdownText(section.text)
          : section.items
              .map((item) => {
                const title = escapeMarkdownLine(oneLine(item.title));
                const head = item.url ? `[${title}](${escapeMarkdownUrl(item.url)})` : `**${title}**`;
                const details = item.details.map((detail) => escapeMarkdownLine(oneLine(detail))).join(' — ');
                const line = `- ${head}${details ? `: ${details}` : ''}`;
                // Indented under its item, the instructions stay part of it.
                return item.more ? `${line}\n\n${indent(escapeMarkdownText(item.more))}` : line;
              })
              .join('\n');
      return `## ${escapeMarkdownLine(section.heading)}\n\n${body}`;
    })
    .join('\n\n');
}
