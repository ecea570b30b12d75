import { useEffect, useRef } from 'preact/hooks';
import { keepFocusWithin } from '@/components/common/focus-rescue';
import { t } from '@/utils/shared/i18n';
import type { WorkspaceModel } from './model';
import { AssignmentReview } from './assignment-review';
import { NextWeekPlan } from './next-week-plan';
import { PageError } from '@/components/common/page-error';
import { ReportEditor } from '@/components/report/report-editor';
import { SessionLinkPicker } from './session-link-picker';
import { StudentSummary } from './student-summary';
import { WorkspaceTabs } from './workspace-tabs';
import { SessionKindChoice } from './session-kind-choice';
import { noReportMessage } from '@/utils/core/policy/cancellation-policy';

/**
 * The session's work: who the student is, last week's review and next
 * week's plan, one tab per phase of the agenda.
 */
export function SessionWorkspace({ model }: { model: WorkspaceModel }) {
  const view = model.view.value;
  const tab = model.tab.value;
  // A no-show or a cancellation: the session takes no report, and the page says so above every tab.
  const noReport = view?.session ? noReportMessage(view.session.status) : null;
  // When the tab changes under the focus (the call ended, the student was linked), the focus goes to the new content.
  const main = useRef<HTMLElement>(null);
  useEffect(() => keepFocusWithin(main.current!), []);
  return (
    <main class="workspace" aria-label={t('workspaceTitle')} ref={main}>
      <PageError code={model.error.value} />
      {!view ? (
        <p class="hint" role="status">
          {t('workspaceLoading')}
        </p>
      ) : !view.student ? (
        <SessionLinkPicker model={model} />
      ) : (
        <>
          {view.live.endedAt === null && (
            <SessionKindChoice
              value={view.live.kind}
              hint={t('kindInCallHint')}
              disabled={model.busy.value === 'kind'}
              onChange={(kind) => void model.setKind(kind)}
            />
          )}
          {noReport && (
            <p class="notice" role="status" data-testid="workspace-no-report">
              {t(noReport)}
            </p>
          )}
          <WorkspaceTabs tab={model.tab} />
          <div
            class="workspace-panel"
            role="tabpanel"
            id={`workspace-panel-${tab}`}
            aria-labelledby={`workspace-tab-${tab}`}
            tabIndex={-1}
            data-focus-home
          >
            {tab === 'student' && <StudentSummary model={model} />}
            {tab === 'review' && <AssignmentReview model={model} />}
            {tab === 'next-week' && <NextWeekPlan model={model} />}
            {tab === 'report' && view.session && (
              <ReportEditor sessionId={view.session.id} pending={model.pending} language={model.language} timezone={model.timezone} />
            )}
          </div>
        </>
      )}
    </main>
  );
}
