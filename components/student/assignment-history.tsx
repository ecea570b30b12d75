import { useId } from 'preact/hooks';
import { formatDateTime } from '@/utils/shared/format-date-time';
import { formatMinutes } from '@/utils/shared/format-duration';
import { t } from '@/utils/shared/i18n';
import type { Session } from '@/utils/core/platform/platform-schemas';
import type { Assignment } from '@/utils/core/review/assignment';
import { workLines } from '@/utils/core/review/carry-over';
import { KIND_NAMES, OUTCOME_NAMES } from '@/components/common/review-work';
import { parseInstant } from '@/utils/core/scheduling/next-session';

interface Props {
  /** Newest first. */
  assignments: Assignment[];
  sessions: Session[];
  language: string;
  timezone: string;
}

/**
 * Every piece of work given to the student and how it went, under the session
 * that set it. Work given again is one line, under the last session that set
 * it, with the outcome of each time.
 */
export function AssignmentHistory({ assignments, sessions, language, timezone }: Props) {
  const id = useId();
  const when = (instant: number) => formatDateTime(instant, 'date-time', { language, timezone });
  const setOn = (assignment: Assignment) => {
    const session = sessions.find((candidate) => candidate.id === assignment.setInSessionId);
    return session ? parseInstant(session.start) : parseInstant(assignment.createdAt);
  };
  // Grouped in the order met: the newest session's work first.
  const groups = new Map<string, Assignment[][]>();
  for (const line of workLines(assignments)) {
    const latest = line.at(-1)!;
    groups.set(latest.setInSessionId, [...(groups.get(latest.setInSessionId) ?? []), line]);
  }
  return (
    <section class="student-page-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('studentPageAssignments')}</h2>
      {groups.size === 0 && <p class="hint">{t('studentPageNoAssignments')}</p>}
      {[...groups].map(([sessionId, lines], index) => {
        const ordered = [...lines].sort((a, b) => a.at(-1)!.order - b.at(-1)!.order);
        return (
          <div key={sessionId} class="assignment-history-group">
            <h3 id={`${id}-group-${index}`}>{t('studentPageSessionOf', when(setOn(lines[0]!.at(-1)!)))}</h3>
            <ul class="student-page-list" aria-labelledby={`${id}-group-${index}`}>
              {ordered.map((line) => {
                const latest = line.at(-1)!;
                return (
                  <li key={latest.id}>
                    <p class="assignment-history-title">
                      {latest.url ? (
                        <a href={latest.url} target="_blank" rel="noopener noreferrer" dir="auto">
                          {latest.title}
                        </a>
                      ) : (
                        <strong dir="auto">{latest.title}</strong>
                      )}
                      {` · ${t(KIND_NAMES[latest.kind])} · ${formatMinutes(latest.estimatedMinutes, language)}`}
                      {latest.origin === 'unasked' && ` · ${t('studentPageUnasked')}`}
                      {line.length > 1 && ` · ${t('studentPageGivenTimes', line.length)}`}
                    </p>
                    {line.length === 1 ? (
                      <TimeOutcome assignment={latest} />
                    ) : (
                      <ol class="assignment-history-times">
                        {line.map((time) => (
                          <li key={time.id}>
                            <TimeOutcome assignment={time} session={t('studentPageSessionOf', when(setOn(time)))} />
                          </li>
                        ))}
                      </ol>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}

/** How one time of a piece of work went, and the mentor's note on it; `session` names the time when there were several. */
function TimeOutcome({ assignment, session }: { assignment: Assignment; session?: string }) {
  const outcome = assignment.review ? t('studentPageOutcome', t(OUTCOME_NAMES[assignment.review.outcome])) : t('studentPageNotReviewed');
  return (
    <>
      <p class={assignment.review ? `outcome-${assignment.review.outcome}` : 'hint'}>
        {session ? t('studentPageTimeOutcome', session, outcome) : outcome}
      </p>
      {assignment.review?.note.trim() && (
        <p class="student-page-note" dir="auto">
          {t('studentPageNote', assignment.review.note.trim())}
        </p>
      )}
    </>
  );
}
