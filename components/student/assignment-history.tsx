import { useId } from 'preact/hooks';
import { formatDateTime } from '@/utils/shared/format-date-time';
import { formatMinutes } from '@/utils/shared/format-duration';
import { t } from '@/utils/shared/i18n';
import type { Session } from '@/utils/core/platform/platform-schemas';
import type { Assignment } from '@/utils/core/review/assignment';
import { KIND_NAMES, OUTCOME_NAMES } from '@/components/common/review-work';
import { parseInstant } from '@/utils/core/scheduling/next-session';

interface Props {
  /** Newest first. */
  assignments: Assignment[];
  sessions: Session[];
  language: string;
  timezone: string;
}

/** Every piece of work given to the student and how it went, under the session that set it. */
export function AssignmentHistory({ assignments, sessions, language, timezone }: Props) {
  const id = useId();
  const when = (instant: number) => formatDateTime(instant, 'date-time', { language, timezone });
  // Grouped in the order met: the newest session's work first.
  const groups = new Map<string, Assignment[]>();
  for (const assignment of assignments) {
    groups.set(assignment.setInSessionId, [...(groups.get(assignment.setInSessionId) ?? []), assignment]);
  }
  return (
    <section class="student-page-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('studentPageAssignments')}</h2>
      {groups.size === 0 && <p class="hint">{t('studentPageNoAssignments')}</p>}
      {[...groups].map(([sessionId, work], index) => {
        const session = sessions.find((candidate) => candidate.id === sessionId);
        const start = session ? parseInstant(session.start) : parseInstant(work[0]!.createdAt);
        const ordered = [...work].sort((a, b) => a.order - b.order);
        return (
          <div key={sessionId} class="assignment-history-group">
            <h3 id={`${id}-group-${index}`}>{t('studentPageSessionOf', when(start))}</h3>
            <ul class="student-page-list" aria-labelledby={`${id}-group-${index}`}>
              {ordered.map((assignment) => (
                <li key={assignment.id}>
                  <p class="assignment-history-title">
                    {assignment.url ? (
                      <a href={assignment.url} target="_blank" rel="noopener noreferrer" dir="auto">
                        {assignment.title}
                      </a>
                    ) : (
                      <strong dir="auto">{assignment.title}</strong>
                    )}
                    {` · ${t(KIND_NAMES[assignment.kind])} · ${formatMinutes(assignment.estimatedMinutes, language)}`}
                    {assignment.origin === 'unasked' && ` · ${t('studentPageUnasked')}`}
                  </p>
                  <p class={assignment.review ? `outcome-${assignment.review.outcome}` : 'hint'}>
                    {assignment.review
                      ? t('studentPageOutcome', t(OUTCOME_NAMES[assignment.review.outcome]))
                      : t('studentPageNotReviewed')}
                  </p>
                  {assignment.review?.note.trim() && (
                    <p class="student-page-note" dir="auto">{t('studentPageNote', assignment.review.note.trim())}</p>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
