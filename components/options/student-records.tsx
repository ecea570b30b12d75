import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { mentorLanguage, t } from '@/utils/shared/i18n';
import type { PageToBackgroundReplies } from '@/utils/protocol/page-to-background';
import type { Student } from '@/utils/core/platform/platform-schemas';
import { AttendanceOverview } from './attendance-overview';
import { ConfirmStep } from './confirm-step';
import { RecordActions } from './record-actions';
import { useRecordList } from './use-record-list';
import { PageError } from '@/components/common/page-error';
import { StudentForm } from './student-form';
import { StudentSessions } from './student-sessions';
import { StudentCategoryChoice } from './student-category-choice';
import { isLocalId } from '@/utils/core/platform/local-ids';
import type { OptionsModel } from './model';

type Records = PageToBackgroundReplies['records/list'];

interface Props {
  /** Its records' version changes when they may have changed elsewhere: a sync, an import, a wipe. */
  model: OptionsModel;
  onChange: () => void;
}

/** The students and their sessions as Cadence has them on this computer. */
export function StudentRecords({ model, onChange }: Props) {
  const [records, setRecords] = useState<Records | null>(null);
  const list = useRecordList((studentId) => `edit-${studentId}`);
  const { editing, deleting } = list;
  const hours = useMemo(() => new Intl.NumberFormat(mentorLanguage()), []);

  const load = useCallback(async () => {
    const reply = await model.readRecords();
    if (reply.ok) setRecords(reply.value);
    else list.setError(reply.error.code);
  }, []);
  const changed = () => {
    void load();
    onChange();
  };
  useEffect(() => void load(), [model.recordsVersion.value, load]);
  const sessionsOf = (student: Student) => records?.sessions.filter((session) => session.studentId === student.id) ?? [];
  // Former students (transferred, their date passed) are listed apart: a link to their read-only page, nothing to schedule.
  const former = new Set(records?.formerStudentIds ?? []);
  const current = records?.students.filter((student) => !former.has(student.id)) ?? [];
  const formerStudents = records?.students.filter((student) => former.has(student.id)) ?? [];

  const saved = (student: Student) => {
    list.saved(t('optionsStudentAdded', student.name), t('optionsStudentSaved', student.name));
    changed();
  };
  const remove = async (student: Student) => {
    await list.remove(() => model.deleteStudent(student.id), t('optionsStudentDeleted', student.name));
    changed();
  };

  return (
    <section aria-labelledby="records-heading">
      <h2 id="records-heading">{t('optionsRecordsHeading')}</h2>
      {records && records.students.length === 0 && <p>{records.connected ? t('optionsNoStudentsConnected') : t('optionsNoStudents')}</p>}
      {current.length > 0 && (
        <ul class="record-list">
          {current.map((student) => (
            <li key={student.id} class="record">
              <h3 dir="auto">{student.name}</h3>
              <p dir="auto">
                {t('optionsStudentSummary', student.path.name, student.timezone, hours.format(student.weeklyHours), student.level)}
              </p>
              <AttendanceOverview sessions={sessionsOf(student)} now={Date.now()} />
              {student.currentProject && (
                <p dir="auto">
                  {t('optionsStudentCurrentProject', student.currentProject.name)}
                  {student.currentProject.mentorGuideUrl && (
                    <>
                      {' · '}
                      <a href={student.currentProject.mentorGuideUrl} target="_blank" rel="noreferrer">
                        {t('optionsMentorGuideLink')}
                      </a>
                    </>
                  )}
                </p>
              )}
              {!student.active && <p class="hint">{t('optionsStudentInactive')}</p>}
              {isLocalId(student.id) ? (
                <RecordActions
                  editId={`edit-${student.id}`}
                  editLabel={t('optionsEditStudent', student.name)}
                  deleteLabel={t('optionsDeleteStudent', student.name)}
                  editing={editing === student.id}
                  deleting={deleting === student.id}
                  onEdit={() => list.toggleForm(student.id)}
                  onDelete={() => list.askToDelete(student.id)}
                />
              ) : (
                <>
                  <p class="hint">{t('optionsFromPlatform')}</p>
                  <StudentCategoryChoice student={student} />
                </>
              )}
              {editing === student.id && <StudentForm model={model} student={student} onSaved={saved} onCancel={list.closeForm} />}
              {deleting === student.id && (
                <ConfirmStep
                  confirmLabel={t('optionsDeleteConfirm')}
                  busy={list.busy}
                  onConfirm={() => void remove(student)}
                  onCancel={list.keep}
                >
                  <p>{t('optionsDeleteStudentQuestion', student.name)}</p>
                </ConfirmStep>
              )}
              <StudentSessions model={model} student={student} sessions={sessionsOf(student)} onChange={changed} />
            </li>
          ))}
        </ul>
      )}
      {formerStudents.length > 0 && (
        <>
          <h3 id="records-former-heading">{t('optionsFormerStudentsHeading')}</h3>
          <p class="hint">{t('optionsFormerStudentsHint')}</p>
          <ul class="record-list" aria-labelledby="records-former-heading">
            {formerStudents.map((student) => (
              <li key={student.id}>
                <a href={`${browser.runtime.getURL('/student.html')}#${student.id}`} target="_blank" rel="noopener noreferrer" dir="auto">
                  {student.name}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" ref={list.addButton} aria-expanded={editing === 'new'} onClick={() => list.toggleForm('new')}>
        {t('optionsAddStudent')}
      </button>
      {editing === 'new' && <StudentForm model={model} student={null} onSaved={saved} onCancel={list.closeForm} />}
      {list.notice && <p role="status">{list.notice}</p>}
      <PageError code={list.error} />
    </section>
  );
}
