import { describe, expect, it } from 'vitest';
import { currentGoals, type HandoffLabels, handoffSummary } from '@/utils/core/students/handoff-summary';
import type { StudentRecord } from '@/utils/core/students/student-record';
import { anAssignment, aSession, aStudent, iso, T0 } from './support/platform-records';
import { handoffFileName } from '@/components/student/handoff-file-name';

const DAY = 86_400_000;

/** Plain English words, dates as their day: what the component would fill from `t`. */
const labels: HandoffLabels = {
  title: (name) => `Handoff: ${name}`,
  effective: (day) => `Transfer on ${day}.`,
  profile: 'Profile',
  path: (name) => `Path: ${name}`,
  project: (name) => `Current project: ${name}`,
  noProject: 'No current project',
  guide: 'mentor guide',
  level: (level) => `Level ${level} of 5`,
  hours: (hours) => `${hours} h a week`,
  timezone: (zone) => `Time zone: ${zone}`,
  history: 'History',
  since: (instant) => `Sessions since ${instant.slice(0, 10)}`,
  noSessionYet: 'No session held yet',
  held: (count) => `Sessions held: ${count}`,
  noShows: (count) => `No-shows: ${count}`,
  lateCancellations: (count) => `Late cancellations: ${count}`,
  plannedAbsences: (count) => `Planned absences: ${count}`,
  goals: 'Current goals',
  goalsSetOn: (instant) => `Set on ${instant.slice(0, 10)}:`,
  noGoals: 'No goals set yet.',
  kind: (kind) => kind,
  duration: (minutes) => `${minutes} min`,
  skills: 'Skills',
  skillLevel: (level, instant) => `level ${level} (${instant.slice(0, 10)})`,
  noSkills: 'No skill evaluated yet.',
  whatWorks: 'What works with this student',
  whatWorksEmpty: 'Nothing written yet.',
};

function aRecord(overrides: Partial<StudentRecord> = {}): StudentRecord {
  return {
    student: aStudent(),
    kinds: {},
    // Newest first: next week's, this week's, and the first one, three weeks ago.
    sessions: [
      aSession({ id: 'sess-3', start: iso(T0 + 7 * DAY) }),
      aSession({ id: 'sess-2', start: iso(T0), status: 'completed' }),
      aSession({ id: 'sess-1', start: iso(T0 - 21 * DAY), status: 'completed' }),
    ],
    assignments: [
      anAssignment({
        id: 'g2',
        setInSessionId: 'sess-2',
        title: 'Grid course, part 2',
        kind: 'course-part',
        order: 2,
        estimatedMinutes: 90,
        url: 'https://course.example/grid (2)',
      }),
      anAssignment({ id: 'g1', setInSessionId: 'sess-2', title: 'Center a card', order: 1 }),
      anAssignment({ id: 'u1', setInSessionId: 'sess-2', origin: 'unasked', title: 'Read about Git', order: 3 }),
      anAssignment({ id: 'g0', setInSessionId: 'sess-1', title: 'Old work', order: 1 }),
    ],
    reports: [],
    skills: [
      {
        skill: 'CSS flexbox',
        evaluations: [
          { sessionId: 'sess-1', at: iso(T0 - 21 * DAY), level: 1, comment: '' },
          { sessionId: 'sess-2', at: iso(T0), level: 3, comment: 'Uses *gap* well' },
        ],
      },
      { skill: 'Git', evaluations: [] },
    ],
    attendance: { held: 2, noShows: 1, lateCancellations: 0, plannedAbsences: 1, reportsOutstanding: 0, upcoming: 1 },
    transfer: null,
    former: false,
    connected: true,
    ...overrides,
  };
}

const summary = (record: StudentRecord, whatWorks = '', effectiveDate: string | null = '2026-12-14') =>
  handoffSummary({ record, goals: currentGoals(record), whatWorks, effectiveDate, now: T0 + DAY }, labels);

describe('the handoff summary', () => {
  it('takes the goals of the latest session that set any, in their order, without work done unasked', () => {
    expect(currentGoals(aRecord()).map((goal) => goal.id)).toEqual(['g1', 'g2']);
    expect(currentGoals(aRecord({ assignments: [] }))).toEqual([]);
  });

  it('gives the profile, the history, the current goals, the latest skills and what works, as Markdown', () => {
    expect(summary(aRecord(), 'Short exercises first.\nShe likes to *see* examples.\n\nAsk about her job.')).toBe(
      [
        '# Handoff: Awa Diallo',
        '',
        'Transfer on 2026-12-14.',
        '',
        '## Profile',
        '',
        '- Path: Web developer',
        '- Current project: Responsive portfolio — [mentor guide](https://platform.example/guides/p3)',
        '- Level 2 of 5',
        '- 10 h a week',
        '- Time zone: Africa/Dakar',
        '',
        '## History',
        '',
        '- Sessions since 2026-11-09',
        '- Sessions held: 2',
        '- No-shows: 1',
        '- Late cancellations: 0',
        '- Planned absences: 1',
        '',
        '## Current goals',
        '',
        'Set on 2026-11-30:',
        '',
        '- **Center a card** — exercise, 30 min',
        '- [Grid course, part 2](https://course.example/grid%20%282%29) — course-part, 90 min',
        '',
        '## Skills',
        '',
        '- **CSS flexbox**: level 3 (2026-11-30) — Uses \\*gap\\* well',
        '',
        '## What works with this student',
        '',
        'Short exercises first.  ',
        'She likes to \\*see\\* examples.',
        '',
        'Ask about her job.',
        '',
      ].join('\n'),
    );
  });

  it('escapes Markdown in every word from the records and the mentor', () => {
    const record = aRecord({
      student: aStudent({
        name: '# Awa *Diallo* <script>',
        path: { id: 'web', name: 'Web_dev [beta](http://evil.example)' },
        currentProject: null,
      }),
      skills: [{ skill: 'C# | `code`', evaluations: [{ sessionId: 'sess-2', at: iso(T0), level: 2, comment: '1. first\n- second' }] }],
    });
    const text = summary(record, '- not a list\n1. not numbered\n# not a heading\n> not a quote\n    not code\n===\nA & B ~~x~~');
    expect(text).toContain('# Handoff: \\# Awa \\*Diallo\\* \\<script\\>\n');
    expect(text).toContain('- Path: Web\\_dev \\[beta\\](http://evil.example)\n');
    expect(text).toContain('- No current project\n');
    expect(text).toContain('- **C\\# \\| \\`code\\`**: level 2 (2026-11-30) — 1\\. first - second\n');
    expect(text).toContain(
      [
        '\\- not a list  ',
        '1\\. not numbered  ',
        '\\# not a heading  ',
        '\\> not a quote  ',
        'not code  ',
        '\\===  ',
        'A \\& B \\~\\~x\\~\\~\n',
      ].join('\n'),
    );
    expect(text).not.toContain('<script>');
  });

  it('says when nothing is known yet, and leaves the date out while it is not a valid one', () => {
    const record = aRecord({
      sessions: [aSession({ id: 'sess-9', start: iso(T0 + 7 * DAY) })],
      assignments: [],
      skills: [],
    });
    const text = summary(record, '   ', null);
    expect(text).not.toContain('Transfer on');
    expect(text).toContain('- No session held yet\n');
    expect(text).toContain('## Current goals\n\nNo goals set yet.\n');
    expect(text).toContain('## Skills\n\nNo skill evaluated yet.\n');
    expect(text).toContain('## What works with this student\n\nNothing written yet.\n');
  });

  it.each([
    ['Awa Diallo', 'handoff-awa-diallo.md'],
    ["Léa  O'Brien", 'handoff-léa-o-brien.md'],
    ['../etc/passwd', 'handoff-etc-passwd.md'],
    ['***', 'handoff.md'],
  ])('saves %j as %s', (name, file) => {
    expect(handoffFileName(name)).toBe(file);
  });
});
