import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { formatDateTime, formatDay } from '@/utils/shared/format-date-time';
import { t } from '@/utils/shared/i18n';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import { attendanceCounts } from '@/components/common/attendance-line';
import { handoffFileName } from './handoff-file-name';
import type { StudentRecord } from '@/utils/core/students/student-record';
import { AssignmentHistory } from './assignment-history';
import { HandoffSummary } from './handoff-summary';
import { PageError } from '@/components/common/page-error';
import { ReportHistory } from './report-history';
import { SessionTimeline } from './session-timeline';
import { SkillHistory } from './skill-history';
import { TransferForm } from './transfer-form';
import { createStudentModel, type StudentModel } from './model';

interface Props {
  studentId: string;
  /** The mentor's language and time zone, for dates. */
  language: string;
  timezone: string;
  /** How the page asks the background; the page's own channel unless a test gives another. */
  send?: Parameters<typeof createStudentModel>[0];
  now: () => number;
}

/**
 * A student's page, for the mentor alone: who they are, every session,
 * assignment, report and skill evaluation, and the transfer to another
 * mentor. Once the student is a former one, the page only reads.
 */
export function StudentPage({ studentId, language, timezone, send, now }: Props) {
  const id = useId();
  const [model] = useState<StudentModel>(() => createStudentModel(send));
  const [record, setRecord] = useState<StudentRecord | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [transferring, setTransferring] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const confirmation = useRef<HTMLParagraphElement>(null);
  // A fresh object each time, so asking for the same element twice still moves the focus.
  const [focusTarget, setFocusTarget] = useState<{ ref: typeof opener | typeof confirmation } | null>(null);
  useLayoutEffect(() => focusTarget?.ref.current?.focus(), [focusTarget]);

  /** What the mentor's last change on this page did (a session moved). */
  const [notice, setNotice] = useState('');
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const load = async (isCurrent: () => boolean = () => true) => {
    const reply = await model.readRecord(studentId);
    if (!isCurrent()) return;
    if (reply.ok) setRecord(reply.value);
    else setError(reply.error.code);
  };
  useEffect(() => {
    let current = true;
    void load(() => current);
    return () => {
      current = false;
    };
  }, [studentId]);
  const name = record?.student.name;
  useEffect(() => {
    if (name) document.title = t('studentPageDocumentTitle', name);
  }, [name]);

  if (!record) {
    return (
      <main class="student-page">
        <h1>{t('studentPageTitle')}</h1>
        {error ? (
          <PageError code={error} />
        ) : (
          <p class="hint" role="status">
            {t('studentPageLoading')}
          </p>
        )}
      </main>
    );
  }

  const { student, attendance, transfer, former } = record;
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const attendanceLine = attendanceCounts(attendance, language, { upcoming: true });
  const project = student.currentProject;

  return (
    <main class="student-page">
      <h1 dir="auto">{student.name}</h1>
      {former && (
        <p class="notice student-page-former">
          {transfer ? t('studentPageFormerOn', formatDay(transfer.effectiveDate, language)) : t('studentPageFormer')}
        </p>
      )}

      <section class="student-page-section" aria-labelledby={`${id}-profile`}>
        <h2 id={`${id}-profile`}>{t('studentPageProfile')}</h2>
        <ul class="student-page-facts">
          <li dir="auto">{t('studentPagePath', student.path.name)}</li>
          <li dir="auto">
            {project ? t('studentPageProject', project.name) : t('studentPageNoProject')}
            {project?.mentorGuideUrl && (
              <>
                {' · '}
                <a href={project.mentorGuideUrl} target="_blank" rel="noopener noreferrer">
                  {t('studentPageGuide')}
                </a>
              </>
            )}
          </li>
          <li>{t('studentPageLevel', number.format(student.level))}</li>
          <li>{t('studentPageHours', number.format(student.weeklyHours))}</li>
          <li>{t('studentPageTimezone', student.timezone)}</li>
        </ul>
        <p class="student-page-attendance">{t('attendanceLine', attendanceLine)}</p>
      </section>

      <SessionTimeline
        sessions={record.sessions}
        kinds={record.kinds}
        reports={record.reports}
        now={now()}
        language={language}
        timezone={timezone}
        move={
          former
            ? undefined
            : {
                studentName: student.name,
                studentTimezone: student.timezone,
                model,
                now,
                onMoved: (moved) => {
                  setNotice(t('moveSessionDone', formatDateTime(moved.start, 'full', { language, timezone })));
                  void load();
                  noticeRef.current?.focus();
                },
              }
        }
      />
      <p class="student-page-notice" role="status" tabIndex={-1} ref={noticeRef}>
        {notice}
      </p>
      <AssignmentHistory assignments={record.assignments} sessions={record.sessions} language={language} timezone={timezone} />
      <ReportHistory
        reports={record.reports}
        sessions={record.sessions}
        connected={record.connected}
        language={language}
        timezone={timezone}
      />
      <SkillHistory skills={record.skills} language={language} timezone={timezone} />

      {(transfer || !former) && (
        <section class="student-page-section" aria-labelledby={`${id}-transfer`}>
          <h2 id={`${id}-transfer`}>{t('transferHeading')}</h2>
          {transfer ? (
            <>
              {!former && (
                <>
                  <p class="transfer-requested" role="status" tabIndex={-1} ref={confirmation} dir="auto">
                    {t('transferRequested', student.name, formatDay(transfer.effectiveDate, language))}
                  </p>
                  <p>{t(record.connected ? 'transferQueued' : 'transferLocal')}</p>
                </>
              )}
              <HandoffSummary markdown={transfer.handoffSummary} fileName={handoffFileName(student.name)} />
            </>
          ) : transferring ? (
            <TransferForm
              record={record}
              language={language}
              timezone={timezone}
              now={now}
              model={model}
              onSent={(sent) => {
                setRecord({ ...record, transfer: sent });
                setTransferring(false);
                // The form is gone: the words saying the request is saved take the focus.
                setFocusTarget({ ref: confirmation });
              }}
              onCancel={() => {
                setTransferring(false);
                setFocusTarget({ ref: opener });
              }}
            />
          ) : (
            <button type="button" ref={opener} onClick={() => setTransferring(true)}>
              {t('transferOpen')}
            </button>
          )}
        </section>
      )}
    </main>
  );
}
