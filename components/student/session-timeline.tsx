import { useId, useState } from 'preact/hooks';
import { formatDateTime } from '@/utils/shared/format-date-time';
import { reportPageUrl } from '@/utils/shared/workspace-url';
import { type MessageKey, t } from '@/utils/shared/i18n';
import type { Session } from '@/utils/core/platform/platform-schemas';
import type { ReportDraft } from '@/utils/core/report/report-draft';
import { parseInstant } from '@/utils/core/scheduling/next-session';
import { MoveSessionForm } from '@/components/common/move-session-form';
import type { StudentModel } from './model';
import { SESSION_KIND_NAMES, type SessionKind } from '@/utils/core/agenda/session-kinds';

interface Props {
  /** Newest first. */
  sessions: Session[];
  /** The kind of each session that has one, by id. */
  kinds: Record<string, SessionKind>;
  reports: ReportDraft[];
  now: number;
  /** The mentor's language and time zone, for dates. */
  language: string;
  timezone: string;
  /** Sessions to come can be moved (not a former student's): what the form needs, and what follows a move. */
  move?: {
    studentName: string;
    studentTimezone: string;
    model: StudentModel;
    now: () => number;
    onMoved: (session: Session) => void;
  };
}

const MINUTE_MS = 60_000;

/** The session in words, by the same rules as the attendance line: a pending call whose time is over was held. */
function standing(session: Session, now: number, ended: ReadonlySet<string>): MessageKey {
  switch (session.status) {
    case 'completed':
      return 'studentPageHeld';
    case 'student_absent':
      return 'studentPageNoShow';
    case 'late_canceled':
      return 'studentPageLateCancellation';
    case 'canceled':
      return session.cancellation?.by === 'mentor' ? 'studentPageCanceledByMentor' : 'studentPagePlannedAbsence';
    case 'pending':
      if (parseInstant(session.start) + session.plannedMinutes * MINUTE_MS >= now) return 'studentPageUpcoming';
      return ended.has(session.id) ? 'studentPageHeld' : 'studentPageHeldReportOutstanding';
  }
}

/** Every session with the student, newest first: when, how it went, and its report. */
export function SessionTimeline({ sessions, kinds, reports, now, language, timezone, move }: Props) {
  const id = useId();
  const [moving, setMoving] = useState<string | null>(null);
  const ended = new Set(reports.filter((report) => report.ended).map((report) => report.sessionId));
  const written = new Set(reports.map((report) => report.sessionId));
  return (
    <section class="student-page-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('studentPageSessions')}</h2>
      <p class="hint">{t('studentPageTimesIn', timezone)}</p>
      {sessions.length === 0 ? (
        <p class="hint">{t('studentPageNoSessions')}</p>
      ) : (
        <ol class="student-page-list session-timeline">
          {sessions.map((session) => {
            const date = formatDateTime(session.start, 'full', { language, timezone });
            const key = standing(session, now, ended);
            const comment = session.cancellation?.comment.trim();
            // A report exists for a call that took place, or one the mentor began anyway.
            const hasReport = key === 'studentPageHeld' || key === 'studentPageHeldReportOutstanding' || written.has(session.id);
            return (
              <li key={session.id} class={`session-timeline-item status-${session.status}`}>
                <p class="session-timeline-line">
                  <span class="session-timeline-when">{date}</span>
                  {' · '}
                  <span class="session-timeline-status">{t(key)}</span>
                  {kinds[session.id] && (
                    <>
                      {' · '}
                      <span class="session-timeline-kind">{t(SESSION_KIND_NAMES[kinds[session.id]!])}</span>
                    </>
                  )}
                </p>
                {comment && (
                  <p class="session-timeline-comment" dir="auto">
                    {t('studentPageCancellationComment', comment)}
                  </p>
                )}
                {move && key === 'studentPageUpcoming' && (
                  <>
                    <button
                      type="button"
                      class="link-button"
                      id={`${id}-move-${session.id}`}
                      aria-expanded={moving === session.id}
                      aria-label={t('moveSessionButtonLabel', date)}
                      onClick={() => setMoving(moving === session.id ? null : session.id)}
                    >
                      {t('moveSessionButton')}
                    </button>
                    {moving === session.id && (
                      <MoveSessionForm
                        session={session}
                        studentName={move.studentName}
                        studentTimezone={move.studentTimezone}
                        language={language}
                        timezone={timezone}
                        model={move.model}
                        now={move.now}
                        onMoved={(moved) => {
                          setMoving(null);
                          move.onMoved(moved);
                        }}
                        onCancel={() => {
                          setMoving(null);
                          document.getElementById(`${id}-move-${session.id}`)?.focus();
                        }}
                      />
                    )}
                  </>
                )}
                {hasReport && (
                  <a href={reportPageUrl(session.id)} aria-label={t('studentPageReportLinkFull', date)}>
                    {t('studentPageReportLink')}
                  </a>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
