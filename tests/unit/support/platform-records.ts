import type { Session, Student } from '../../../utils/platform/platform-schemas';

export const T0 = Date.UTC(2026, 10, 30, 14, 0);
export const iso = (ms: number) => new Date(ms).toISOString();

export function aSession(overrides: Partial<Session> = {}): Session {
  return {
    id: 'sess-1',
    studentId: 'stu-1',
    start: iso(T0 + 86_400_000),
    plannedMinutes: 50,
    meetingUrl: 'https://meet.google.com/abc-defg-hij',
    status: 'pending',
    cancellation: null,
    rescheduledFrom: null,
    updatedAt: iso(T0),
    ...overrides,
  };
}

export function aStudent(overrides: Partial<Student> = {}): Student {
  return {
    id: 'stu-1',
    name: 'Awa Diallo',
    path: { id: 'web', name: 'Web developer' },
    currentProject: { id: 'p3', name: 'Responsive portfolio', mentorGuideUrl: 'https://platform.example/guides/p3' },
    timezone: 'Africa/Dakar',
    weeklyHours: 10,
    level: 2,
    active: true,
    updatedAt: iso(T0),
    ...overrides,
  };
}
