import type { Exercise, Report, Session, Student } from '../../utils/core/platform/platform-schemas';
import type { StoredState } from './stored-state';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const WEB = { id: 'web-developer', name: 'Web developer' };
const PYTHON = { id: 'python-developer', name: 'Python developer' };
const DATA = { id: 'data-analyst', name: 'Data analyst' };

const guide = (slug: string) => `https://platform.example/guides/${slug}`;

/**
 * A mentor's week around `now`: five students on three paths, one session
 * each (two done and reported, one done but not reported yet, two to come),
 * and the exercise collection. The same `now` always gives the same data.
 */
export function seedState(now: Date): StoredState {
  // Offsets from today's midnight (UTC), so sessions fall in working hours whatever time it is.
  const today = Math.floor(now.getTime() / DAY) * DAY;
  const at = (offset: number) => new Date(today + offset).toISOString();
  const longAgo = at(-30 * DAY);

  const student = (
    n: number,
    name: string,
    path: Student['path'],
    project: [id: string, name: string, slug: string],
    timezone: string,
    weeklyHours: number,
    level: number,
  ): Student => ({
    id: `stu-0${n}`,
    name,
    path,
    currentProject: { id: project[0], name: project[1], mentorGuideUrl: guide(project[2]) },
    timezone,
    weeklyHours,
    level,
    active: true,
    updatedAt: longAgo,
  });

  const students = [
    student(1, 'Léa Moreau', WEB, ['web-p3', 'A responsive landing page for a bakery', 'web-p3-landing-page'], 'Europe/Paris', 15, 2),
    student(2, 'Samuel Gagnon', WEB, ['web-p5', 'A quiz game in plain JavaScript', 'web-p5-quiz-game'], 'America/Montreal', 10, 3),
    student(
      3,
      'Salma Bennani',
      PYTHON,
      ['py-p2', 'An expense tracker for the terminal', 'py-p2-expense-tracker'],
      'Africa/Casablanca',
      20,
      2,
    ),
    student(4, 'Jonas Peeters', PYTHON, ['py-p6', 'A REST API for a book club', 'py-p6-book-club-api'], 'Europe/Brussels', 8, 4),
    student(5, 'Mariam Sow', DATA, ['da-p1', 'A first dashboard from sales figures', 'da-p1-sales-dashboard'], 'Africa/Dakar', 12, 1),
  ];

  const session = (n: number, offset: number, minutes: number, meet: string, status: Session['status']): Session => ({
    id: `ses-000${n}`,
    studentId: `stu-0${n}`,
    start: at(offset),
    plannedMinutes: minutes,
    meetingUrl: `https://meet.google.com/${meet}`,
    status,
    cancellation: null,
    rescheduledFrom: null,
    // Done sessions changed when reported, an hour after their start; the others when planned, last week.
    updatedAt: status === 'completed' ? at(offset + HOUR) : at(-7 * DAY + 12 * HOUR),
  });

  const sessions = [
    session(1, -3 * DAY + 8 * HOUR, 50, 'qwe-rtyu-iop', 'completed'),
    session(2, -2 * DAY + 16 * HOUR, 45, 'asd-fghj-klz', 'completed'),
    session(3, -DAY + 10 * HOUR, 50, 'zxc-vbnm-qaz', 'pending'),
    session(4, DAY + 14 * HOUR, 30, 'wsx-edcr-fvt', 'pending'),
    session(5, 2 * DAY + 17 * HOUR, 50, 'gby-hnuj-mik', 'pending'),
  ];

  const reports: Report[] = [
    {
      sessionId: 'ses-0001',
      submittedAt: at(-3 * DAY + 9 * HOUR),
      attendance: { status: 'present', lateMinutes: 0 },
      summary:
        'Léa has the mobile layout of the landing page working. We went through the media queries one by one and removed the ones that fought each other. The desktop version is next.',
      skillEvaluations: [
        { skill: 'CSS flexbox', level: 3, comment: 'Aligns the header and the cards without help.' },
        { skill: 'Responsive design', level: 2, comment: 'Knows what to do, still guesses the breakpoints.' },
      ],
      goals: [
        { kind: 'project-step', title: 'Desktop layout of the product grid', url: null, estimatedMinutes: 240, skills: ['CSS grid'] },
        { kind: 'exercise', title: 'Rebuild a magazine page with CSS grid', url: null, estimatedMinutes: 60, skills: ['CSS grid'] },
      ],
      nextSessionStart: at(4 * DAY + 8 * HOUR),
      correction: false,
    },
    {
      sessionId: 'ses-0002',
      submittedAt: at(-2 * DAY + 17 * HOUR),
      attendance: { status: 'late', lateMinutes: 10 },
      summary:
        'Samuel joined ten minutes late. The quiz now keeps its score between questions; we talked about keeping the state in one object instead of several globals.',
      skillEvaluations: [{ skill: 'JavaScript DOM', level: 3, comment: 'Comfortable with events and updates of the page.' }],
      goals: [
        { kind: 'project-step', title: 'Timer for each question', url: null, estimatedMinutes: 180, skills: ['JavaScript timers'] },
        {
          kind: 'course-part',
          title: 'Modules in JavaScript',
          url: guide('web-p5-quiz-game#modules'),
          estimatedMinutes: 90,
          skills: ['ES modules'],
        },
      ],
      nextSessionStart: null,
      correction: false,
    },
  ];

  return {
    version: 1,
    mentor: { id: 'mentor-01', name: 'Claire Fontaine', email: 'claire.fontaine@mentors.example', timezone: 'Europe/Paris' },
    students,
    sessions,
    reports,
    exercises: exercises(longAgo, at(-2 * DAY + 12 * HOUR)),
    transferRequests: [],
    studentFlags: [],
    idempotency: {},
  };
}

function exercises(older: string, recent: string): Exercise[] {
  const exercise = (
    n: number,
    title: string,
    instructions: string,
    skills: string[],
    level: number,
    minutes: number,
    paths: string[],
    updatedAt = older,
  ): Exercise => ({ id: `ex-${String(n).padStart(2, '0')}`, title, instructions, skills, level, minutes, paths, projects: [], updatedAt });
  const web = WEB.name;
  const python = PYTHON.name;
  const data = DATA.name;
  return [
    exercise(
      1,
      'Center a card with flexbox',
      'Put one card in the middle of the page, both ways, with flexbox only. Then line up three cards with equal gaps.',
      ['CSS flexbox'],
      1,
      30,
      [web],
    ),
    exercise(
      2,
      'Rebuild a magazine page with CSS grid',
      'Pick a printed magazine page and rebuild its columns and images with grid areas. It must read well on a phone too.',
      ['CSS grid', 'Responsive design'],
      2,
      60,
      [web],
    ),
    exercise(
      3,
      'Show a list from a public API',
      'Fetch a list from a public API, show it, and show something useful while it loads and when it fails.',
      ['JavaScript fetch', 'Promises'],
      2,
      90,
      [web],
    ),
    exercise(
      4,
      'Check a form without a library',
      'Check a sign-up form as the user types: required fields, an email, two passwords that match. Errors must be read out by a screen reader.',
      ['JavaScript DOM', 'Accessibility'],
      2,
      60,
      [web],
    ),
    exercise(
      5,
      'Your first unit tests',
      'Write tests for three small functions you already have, including one case you expect to fail. Make it pass.',
      ['Unit testing'],
      3,
      60,
      [web, python],
    ),
    exercise(
      6,
      'Lists and comprehensions',
      'Turn five loops into list or dict comprehensions, and say for each whether it reads better.',
      ['Python lists'],
      1,
      30,
      [python],
    ),
    exercise(
      7,
      'Clean a messy CSV file',
      'Load a CSV file with missing values and odd dates, clean it, and write the result to a new file.',
      ['Python files', 'pandas'],
      2,
      60,
      [python, data],
    ),
    exercise(
      8,
      'One endpoint with Flask',
      'Serve a list of books as JSON from one endpoint, then add a second one that finds a book by id and answers 404 when it is missing.',
      ['Flask', 'HTTP'],
      3,
      90,
      [python],
    ),
    exercise(
      9,
      'Joins on a shop database',
      'Answer four questions about a small shop database, each one needing a join. Explain which join you chose and why.',
      ['SQL joins'],
      2,
      45,
      [data, python],
    ),
    exercise(
      10,
      'Sales by month',
      'Group the sales by month and by shop, and find the month each shop did best.',
      ['SQL GROUP BY'],
      2,
      45,
      [data],
    ),
    exercise(
      11,
      'Pick the right chart',
      'Given five questions about the same data, pick a chart for each and say what a reader sees in it at first glance.',
      ['Data visualization'],
      1,
      40,
      [data],
      recent,
    ),
    exercise(
      12,
      'Branches and pull requests',
      'Make a branch for a small change, open a pull request on your own repository, review it yourself, then merge it.',
      ['Git'],
      1,
      45,
      [web, python, data],
      recent,
    ),
  ];
}
