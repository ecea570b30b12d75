import { describe, expect, it } from 'vitest';
import { emptyReportFields, type ReportFields, reportInput } from '@/utils/core/report/report-draft';
import { type ReportContext, reportAsMarkdown, reportAsText, reportSections, type ReportTextLabels } from '@/utils/core/report/report-text';
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
  studentDate: () => null,
  title: (student) => `Session report: ${student}`,
  when: (iso, minutes) => `${iso} · ${minutes} min`,
  mentor: (name) => `Mentor: ${name}`,
  review: "Last week's work",
  outcome: (outcome) => ({ aced: 'Aced it', done: 'Done', difficulties: 'Difficulties', 'not-done': 'Not done' })[outcome],
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
  const CONTEXT: ReportContext = {
    studentName: 'Awa Diallo',
    sessionStart: '2026-11-30T14:00:00.000Z',
    plannedMinutes: 50,
    mentorName: 'Nadia Benali',
    reviewed: [
      { title: 'Center a card with flexbox', url: 'https://courses.example/flex', outcome: 'aced' },
      { title: 'Write the README', url: null, outcome: 'not-done' },
    ],
    goalInstructions: ['Read parts 2 and 3.\nDo the *quiz* at the end.', null],
  };
  const studentClock: ReportTextLabels = { ...LABELS, studentDate: (iso) => `For Awa Diallo: ${iso} in Dakar` };

  it('starts with a header (student, date and length, mentor) and gives last week’s review, the instructions and both clocks', () => {
    const fields = { ...FULL, attendance: { status: 'present' as const, lateMinutes: 0 }, skillEvaluations: [] };
    const sections = reportSections(reportInput(fields, GOALS, '2026-12-08T14:00:00.000Z', false), studentClock, CONTEXT);
    expect(reportAsText(sections)).toBe(
      [
        'Session report: Awa Diallo',
        '2026-11-30T14:00:00.000Z · 50 min',
        'Mentor: Nadia Benali',
        '',
        'Attendance',
        'Present',
        '',
        "Last week's work",
        '- Center a card with flexbox: Aced it — https://courses.example/flex',
        '- Write the README: Not done',
        '',
        'How the session went',
        'We rebuilt the header with flexbox.',
        'Awa explained it back.',
        '',
        'Next: the footer.',
        '',
        "Next week's work",
        '- Grid course, part 2: 90 min — https://courses.example/grid(2)',
        '  Read parts 2 and 3.',
        '  Do the *quiz* at the end.',
        '- Re-indent the menu: 30 min',
        '',
        'Next session',
        'on 2026-12-08T14:00:00.000Z',
        'For Awa Diallo: 2026-12-08T14:00:00.000Z in Dakar',
      ].join('\n'),
    );
    const markdown = reportAsMarkdown(sections);
    expect(
      markdown.startsWith('# Session report: Awa Diallo\n\n2026-11-30T14:00:00.000Z · 50 min  \nMentor: Nadia Benali\n\n## Attendance'),
    ).toBe(true);
    expect(markdown).toContain(
      "## Last week's work\n\n- [Center a card with flexbox](https://courses.example/flex): Aced it\n- **Write the README**: Not done",
    );
    expect(markdown).toContain(
      '- [Grid course, part 2](https://courses.example/grid%282%29): 90 min\n\n  Read parts 2 and 3.  \n  Do the \\*quiz\\* at the end.',
    );
    expect(markdown).toContain('on 2026-12-08T14:00:00.000Z  \nFor Awa Diallo: 2026-12-08T14:00:00.000Z in Dakar');
    expect(markdown).not.toContain('SECRET');
  });

  it('leaves the mentor out of the header when Cadence does not know their name', () => {
    const sections = reportSections(reportInput(FULL, [], null, false), LABELS, { ...CONTEXT, mentorName: null, reviewed: [] });
    expect(reportAsText(sections).split('\n\n')[0]).toBe('Session report: Awa Diallo\n2026-11-30T14:00:00.000Z · 50 min');
    expect(reportAsText(sections)).not.toContain("Last week's work");
  });

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
