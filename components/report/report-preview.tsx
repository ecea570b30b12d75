import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { formatDateTime } from '@/utils/shared/format-date-time';
import { formatMinutes } from '@/utils/shared/format-duration';
import { t } from '@/utils/shared/i18n';
import type { ReportInput } from '@/utils/core/platform/platform-schemas';
import { type ReportContext, reportAsMarkdown, reportAsText, reportSections, type ReportTextLabels } from '@/utils/core/report/report-text';
import { builtInExercises } from '@/utils/core/exercises/built-in-exercises';
import { zonesDiffer } from '@/utils/core/scheduling/next-session';
import type { ReportView } from '@/utils/protocol/reply-views';
import { LEVEL_NAMES } from '@/components/common/level-names';
import { OUTCOME_NAMES } from '@/components/common/review-work';

interface Props {
  /** What the student receives: built without the private notes. */
  input: ReportInput;
  /** The report's session, student, review and goals: the head and the rest of what the student receives. */
  view: ReportView;
  id: string;
  language: string;
  timezone: string;
}

/** The report exactly as the student will read it, to check and to copy. */
export function ReportPreview({ input, view, id, language, timezone }: Props) {
  const [status, setStatus] = useState('');
  const number = new Intl.NumberFormat(language);
  const { student } = view;
  const labels: ReportTextLabels = {
    attendance: t('reportAttendance'),
    present: t('reportPresent'),
    late: (minutes) => t('reportTextLate', number.format(minutes)),
    summary: t('reportSummary'),
    skills: t('reportTextSkills'),
    level: (level) => t(LEVEL_NAMES[level] ?? 'reportLevelNone'),
    goals: t('reportTextGoals'),
    duration: (minutes) => formatMinutes(minutes, language),
    nextSession: t('reportTextNextSession'),
    date: (iso) => formatDateTime(iso, 'full-with-zone', { language, timezone }),
    studentDate: (iso) =>
      zonesDiffer(iso, timezone, student.timezone)
        ? t('reportTextStudentTime', student.name, formatDateTime(iso, 'full-with-zone', { language, timezone: student.timezone }))
        : null,
    title: (name) => t('reportTextTitle', name),
    when: (iso, minutes) =>
      t('reportTextWhen', formatDateTime(iso, 'full-with-zone', { language, timezone }), formatMinutes(minutes, language)),
    mentor: (name) => t('reportTextMentor', name),
    review: t('reportTextReview'),
    outcome: (outcome) => t(OUTCOME_NAMES[outcome]),
  };
  // The built-in exercises' words are the page's own; the platform's and the mentor's come with the view.
  const builtIn = new Map(builtInExercises(language).map((exercise) => [exercise.id, exercise.instructions]));
  const context: ReportContext = {
    studentName: student.name,
    sessionStart: view.session.start,
    plannedMinutes: view.session.plannedMinutes,
    mentorName: view.mentorName,
    reviewed: view.reviewed.map(({ title, url, review }) => ({ title, url, outcome: review!.outcome })),
    goalInstructions: view.goals.map(({ exerciseId }) =>
      exerciseId ? (view.exerciseInstructions[exerciseId] ?? builtIn.get(exerciseId) ?? null) : null,
    ),
  };
  const sections = reportSections(input, labels, context);

  const copy = async (markdown: boolean) => {
    try {
      await navigator.clipboard.writeText(markdown ? reportAsMarkdown(sections) : reportAsText(sections));
      setStatus(t(markdown ? 'reportCopiedMarkdown' : 'reportCopiedText'));
    } catch {
      setStatus(t('reportCopyFailed'));
    }
  };

  return (
    <section class="report-preview" id={id} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('reportPreviewHeading')}</h3>
      <div class="report-preview-body">
        {sections.map((section) =>
          section.kind === 'header' ? (
            <div key={section.id} class="report-preview-header">
              <h4 dir="auto">{section.heading}</h4>
              {section.lines.map((line, index) => (
                <p key={index} dir="auto">
                  {line}
                </p>
              ))}
            </div>
          ) : (
            <div key={section.id} class="report-preview-section">
              <h4>{section.heading}</h4>
              {section.kind === 'text' ? (
                <p class="report-preview-text" dir="auto">
                  {section.text}
                </p>
              ) : (
                <ul>
                  {section.items.map((item, index) => (
                    <li key={index}>
                      {item.url ? (
                        <a href={item.url} target="_blank" rel="noopener noreferrer" dir="auto">
                          {item.title}
                        </a>
                      ) : (
                        <strong dir="auto">{item.title}</strong>
                      )}
                      {item.details.length > 0 && ': '}
                      {item.details.map((detail, at) => (
                        <Fragment key={at}>
                          {at > 0 && ' — '}
                          <bdi>{detail}</bdi>
                        </Fragment>
                      ))}
                      {item.more && (
                        <p class="report-preview-text report-preview-more" dir="auto">
                          {item.more}
                        </p>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ),
        )}
      </div>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => void copy(false)}>
          {t('reportCopyText')}
        </button>
        <button type="button" class="secondary" onClick={() => void copy(true)}>
          {t('reportCopyMarkdown')}
        </button>
      </div>
      <p class="report-copy-status" role="status">
        {status}
      </p>
    </section>
  );
}
