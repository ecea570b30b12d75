import { browser } from 'wxt/browser';
import { formatDateTime } from '@/utils/shared/format-date-time';
import { formatMinutes } from '@/utils/shared/format-duration';
import { t } from '@/utils/shared/i18n';
import { KIND_NAMES } from '@/components/common/review-work';
import type { CallPreviewModel } from './model';
import { LastSession } from '@/components/common/last-session';
import { PageError } from '@/components/common/page-error';
import { StudentFacts } from './student-facts';
import { SessionKindChoice } from './session-kind-choice';
import { SESSION_KIND_NAMES } from '@/utils/core/agenda/session-kinds';

/**
 * Before the call, in Meet's lobby: what prepares it. The student's card, when
 * the session starts and how long it is planned for, what kind of session it is
 * (the one thing the mentor may change here), how last session went (the part
 * the student read) and the work to review today.
 */
export function LobbyPreview({ model }: { model: CallPreviewModel }) {
  const preview = model.preview.value;
  const { language, timezone } = model;
  let content;
  if (!preview) {
    content = model.error.value ? null : (
      <p class="hint" role="status">
        {t('workspaceLoading')}
      </p>
    );
  } else if (!preview.session || !preview.student) {
    content = (
      <>
        <p>{t('previewNoSession')}</p>
        <p>
          {t(preview.connected ? 'previewScheduleConnected' : 'previewScheduleLocal')}{' '}
          {!preview.connected && (
            <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener noreferrer">
              {t('linkOpenOptions')}
            </a>
          )}
        </p>
      </>
    );
  } else {
    const { session, student, review } = preview;
    content = (
      <section class="student-summary" aria-labelledby="preview-student">
        <h2 id="preview-student" dir="auto">
          {student.name}
        </h2>
        <p class="preview-when">
          {t(
            'previewSessionLine',
            formatDateTime(session.start, 'near', { language, timezone }),
            formatMinutes(session.plannedMinutes, language),
          )}
        </p>
        {preview.kind && (
          <SessionKindChoice
            value={preview.kind.current}
            hint={
              preview.kind.current === preview.kind.proposed
                ? t('kindProposedHint')
                : t('kindChosenHint', t(SESSION_KIND_NAMES[preview.kind.proposed]))
            }
            onChange={(kind) => void model.setKind(kind)}
          />
        )}
        <StudentFacts student={student} hoursThisWeek={null} language={language} />
        <LastSession
          previous={preview.previous}
          summary={preview.previousSummary}
          studentName={student.name}
          language={language}
          timezone={timezone}
        />
        <h3>{t('previewReviewHeading')}</h3>
        {review.length === 0 ? (
          <p class="hint">{t('reviewNothingSet')}</p>
        ) : (
          <ul class="preview-review">
            {review.map((assignment) => (
              <li key={assignment.id}>
                <bdi>{assignment.title}</bdi>
                <span class="review-meta">
                  {' · '}
                  {t(KIND_NAMES[assignment.kind])} · {formatMinutes(assignment.estimatedMinutes, language)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  }
  return (
    <main class="workspace lobby-preview" aria-label={t('previewTitle')}>
      <PageError code={model.error.value} />
      {content}
    </main>
  );
}
