import type { ReportInput } from '@/utils/core/platform/platform-schemas';
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
  /** An ISO instant as the student should read it. */
  date(iso: string): string;
}

export interface ReportItem {
  title: string;
  url: string | null;
  /** What follows the title, e.g. a level and a comment. */
  details: string[];
}

export type ReportSection =
  | { kind: 'text'; id: 'attendance' | 'summary' | 'next-session'; heading: string; text: string }
  | { kind: 'list'; id: 'skills' | 'goals'; heading: string; items: ReportItem[] };

/**
 * What the student receives, section by section, empty ones left out. Built
 * from the report's input, which has no private notes to leak.
 */
export function reportSections(input: ReportInput, labels: ReportTextLabels): ReportSection[] {
  const { attendance } = input;
  const sections: ReportSection[] = [
    {
      kind: 'text',
      id: 'attendance',
      heading: labels.attendance,
      text: attendance.status === 'late' ? labels.late(attendance.lateMinutes) : labels.present,
    },
  ];
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
      items: input.goals.map((goal) => ({ title: goal.title, url: goal.url, details: [labels.duration(goal.estimatedMinutes)] })),
    });
  }
  if (input.nextSessionStart) {
    sections.push({ kind: 'text', id: 'next-session', heading: labels.nextSession, text: labels.date(input.nextSessionStart) });
  }
  return sections;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The report as plain text, for a message or an email. */
export function reportAsText(sections: ReportSection[]): string {
  return sections
    .map((section) => {
      const body =
        section.kind === 'text'
          ? section.text
          : section.items
              .map((item) => {
                const details = [...item.details, item.url ?? ''].filter(Boolean).map(oneLine).join(' — ');
                return `- ${oneLine(item.title)}${details ? `: ${details}` : ''}`;
              })
              .join('\n');
      return `${section.heading}\n${body}`;
    })
    .join('\n\n');
}

/** The report as Markdown, for a platform or a chat that reads it. */
export function reportAsMarkdown(sections: ReportSection[]): string {
  return sections
    .map((section) => {
      const body =
        section.kind === 'text'
          ? escapeMarkdownText(section.text)
          : section.items
              .map((item) => {
                const title = escapeMarkdownLine(oneLine(item.title));
                const head = item.url ? `[${title}](${escapeMarkdownUrl(item.url)})` : `**${title}**`;
                const details = item.details.map((detail) => escapeMarkdownLine(oneLine(detail))).join(' — ');
                return `- ${head}${details ? `: ${details}` : ''}`;
              })
              .join('\n');
      return `## ${escapeMarkdownLine(section.heading)}\n\n${body}`;
    })
    .join('\n\n');
}
