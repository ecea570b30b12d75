import { describe, expect, it } from 'vitest';
import { emptyReportFields, type ReportFields, reportInput } from '@/utils/core/report/report-draft';
import { reportAsMarkdown, reportAsText, reportSections, type ReportTextLabels } from '@/utils/core/report/report-text';
import { anAssignment } from './support/platform-records';

const LABELS: ReportTextLabels = {
  attendance: 'Attendance',
  present: 'Present',
  late: (minutes) => `Late by ${minutes} minutes`,
  summary: 'How the session went',
  skills: 'Skills',
  level: (level) => ['No level', 'Not yet', 'With help', 'On their own', 'Could teach it'][level]!,
  goals: "Next week's work",
  duration: (minutes) => `${minutes} min`,
  nextSession: 'Next session',
  date: (iso) => `on ${iso}`,
};

const FULL: ReportFields = {
  attendance: { status: 'late', lateMinutes: 12 },
  summary: 'We rebuilt the header with flexbox.\nAwa explained it back.\n\nNext: the footer.',
  privateNotes: 'SECRET: tired, new job this week.',
  skillEvaluations: [
    { skill: 'CSS flexbox', level: 3, comment: 'On her own now.' },
    { skill: 'Git', level: 1, comment: '' },
  ],
};

const GOALS = [
  anAssignment({ id: 'g1', title: 'Grid course, part 2', url: 'https://courses.example/grid(2)', estimatedMinutes: 90 }),
  anAssignment({ id: 'g2', title: 'Re-indent the menu', url: null, estimatedMinutes: 30 }),
];

const sectionsOf = (fields: ReportFields, goals = GOALS, next: string | null = '2026-12-08T14:00:00.000Z') =>
  reportSections(reportInput(fields, goals, next, false), LABELS);

describe('the report as the student reads it', () => {
  it('writes a full report as plain text, in the order of the form', () => {
    expect(reportAsText(sectionsOf(FULL))).toBe(
      [
        'Attendance',
        'Late by 12 minutes',
        '',
        'How the session went',
        'We rebuilt the header with flexbox.',
        'Awa explained it back.',
        '',
        'Next: the footer.',
        '',
        'Skills',
        '- CSS flexbox: On their own — On her own now.',
        '- Git: Not yet',
        '',
        "Next week's work",
        '- Grid course, part 2: 90 min — https://courses.example/grid(2)',
        '- Re-indent the menu: 30 min',
        '',
        'Next session',
        'on 2026-12-08T14:00:00.000Z',
      ].join('\n'),
    );
  });

  it('writes the same report as Markdown: headings, lists, links and kept line breaks', () => {
    expect(reportAsMarkdown(sectionsOf(FULL))).toBe(
      [
        '## Attendance',
        '',
        'Late by 12 minutes',
        '',
        '## How the session went',
        '',
        'We rebuilt the header with flexbox.  ',
        'Awa explained it back.',
        '',
        'Next: the footer.',
        '',
        '## Skills',
        '',
        '- **CSS flexbox**: On their own — On her own now.',
        '- **Git**: Not yet',
        '',
        "## Next week's work",
        '',
        '- [Grid course, part 2](https://courses.example/grid%282%29): 90 min',
        '- **Re-indent the menu**: 30 min',
        '',
        '## Next session',
        '',
        'on 2026-12-08T14:00:00.000Z',
      ].join('\n'),
    );
  });

  it('escapes in Markdown whatever in the mentor’s text would change the formatting', () => {
    const fields: ReportFields = {
      ...FULL,
      summary: '*bold* _it_ # not a heading [link](x) `code` <b>tag</b> a\\b &amp;\n# Title\n- item\n1. first\n    indented',
      skillEvaluations: [{ skill: 'C# *pointers*', level: 2, comment: 'use `git log` <br>' }],
    };
    const markdown = reportAsMarkdown(sectionsOf(fields, [], null));
    expect(markdown).toContain(
      [
        '\\*bold\\* \\_it\\_ \\# not a heading \\[link\\](x) \\`code\\` \\<b\\>tag\\</b\\> a\\\\b \\&amp;  ',
        '\\# Title  ',
        '\\- item  ',
        '1\\. first  ',
        'indented',
      ].join('\n'),
    );
    expect(markdown).toContain('- **C\\# \\*pointers\\***: With help — use \\`git log\\` \\<br\\>');
    // Every formatting character of the mentor's text comes escaped.
    const unescaped = markdown.split('\n').filter((line) => /(^|[^\\])[*_`<[]/.test(line.replace(/^- \*\*|\*\*:/g, '')));
    expect(unescaped).toEqual([]);
  });

  it('never carries the private notes, in either form', () => {
    const sections = sectionsOf(FULL);
    expect(JSON.stringify(sections)).not.toContain('SECRET');
    expect(reportAsText(sections)).not.toContain('SECRET');
    expect(reportAsMarkdown(sections)).not.toContain('SECRET');
  });

  it('leaves out the sections with nothing in them, never the attendance', () => {
    const sections = sectionsOf({ ...emptyReportFields(), privateNotes: 'only mine' }, [], null);
    expect(sections.map((section) => section.id)).toEqual(['attendance']);
    expect(reportAsText(sections)).toBe('Attendance\nPresent');
    expect(reportAsMarkdown(sections)).toBe('## Attendance\n\nPresent');
    expect(sectionsOf({ ...FULL, summary: '   ', skillEvaluations: [] }).map((section) => section.id)).toEqual([
      'attendance',
      'goals',
      'next-session',
    ]);
  });

  it('names a skill whose level is not chosen yet rather than inventing one', () => {
    const sections = sectionsOf({ ...FULL, skillEvaluations: [{ skill: 'Git', level: null, comment: '' }] }, [], null);
    expect(reportAsText(sections)).toContain('- Git: No level');
  });
});
