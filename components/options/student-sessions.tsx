import { useMemo, useRef, useState } from 'preact/hooks';
import { formatDateTime, mentorPlace } from '@/utils/shared/format-date-time';
import { t } from '@/utils/shared/i18n';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import type { Session, Student } from '@/utils/core/platform/platform-schemas';
import { ConfirmStep } from './confirm-step';
import { STATUS_NAMES } from '@/components/common/status-names';
import { PageError } from '@/components/common/page-error';
import { SessionForm } from './session-form';
import { isLocalId } from '@/utils/core/platform/local-ids';
import { MoveSessionForm } from '@/components/common/move-session-form';
import type { OptionsModel } from './model';

interface Props {
  model: OptionsModel;
  student: Student;
  sessions: Session[];
  onChange: () => void;
}

/** One student's sessions, in the mentor's time zone, and scheduling the next. */
export function StudentSessions({ model, student, sessions, onChange }: Props) {
  const [scheduling, setScheduling] = useState(false);
  const [deleting, setDeleting] = useState<string | null>(null);
  /** The session whose edit form is open. */
  const [editing, setEditing] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const place = useMemo(mentorPlace, []);
  const when = (session: Session) => formatDateTime(session.start, 'date-time', place);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setScheduling(false);
    opener.current?.focus();
  };

  const remove = async (session: Session) => {
    setBusy(true);
    setError(null);
    const reply = await model.deleteSession(session.id);
    setBusy(false);
    setDeleting(null);
    if (!reply.ok) setError(reply.error.code);
    else setNotice(t('optionsSessionDeleted', when(session)));
    onChange();
  };

  return (
    <div class="sessions">
      <h4 dir="auto">{t('optionsSessionsHeading', student.name)}</h4>
      {sessions.length === 0 ? (
        <p class="hint">{t('optionsNoSessions')}</p>
      ) : (
        <ul>
          {sessions.map((session) => (
            <li key={session.id}>
              {t('optionsSessionLine', when(session), session.plannedMinutes, t(STATUS_NAMES[session.status]))}
              {session.meetingUrl && (
                <>
                  {' · '}
                  <a href={session.meetingUrl} target="_blank" rel="noreferrer">
                    {t('optionsMeetingLink')}
                  </a>
                </>
              )}
              {session.status === 'pending' && (
                <>
                  {' '}
                  <button
                    type="button"
                    class="link-button"
                    id={`edit-${session.id}`}
                    aria-expanded={editing === session.id}
                    aria-label={t('editSessionButtonLabel', when(session))}
                    onClick={() => {
                      setNotice(null);
                      setEditing(editing === session.id ? null : session.id);
                    }}
                  >
                    {t('editSessionButton')}
                  </button>
                  {editing === session.id && (
                    <MoveSessionForm
                      model={model}
                      session={session}
                      studentName={student.name}
                      studentTimezone={student.timezone}
                      language={place.language}
                      timezone={place.timezone}
                      edit
                      onMoved={(moved) => {
                        setEditing(null);
                        setNotice(t('editSessionDone', when(moved)));
                        onChange();
                        document.getElementById(`edit-${session.id}`)?.focus();
                      }}
                      onCancel={() => {
                        setEditing(null);
                        document.getElementById(`edit-${session.id}`)?.focus();
                      }}
                    />
                  )}
                </>
              )}
              {/* Only a session the platform has not seen yet can be taken back here. */}
              {isLocalId(session.id) && (
                <>
                  {!isLocalId(student.id) && <span class="hint"> {t('optionsNotOnPlatformYet')}</span>}{' '}
                  <button type="button" class="link-button" aria-expanded={deleting === session.id} onClick={() => setDeleting(session.id)}>
                    {t('optionsDeleteSession', when(session))}
                  </button>
                  {deleting === session.id && (
                    <ConfirmStep
                      confirmLabel={t('optionsDeleteConfirm')}
                      busy={busy}
                      onConfirm={() => void remove(session)}
                      onCancel={() => setDeleting(null)}
                    >
                      <p>{t('optionsDeleteSessionQuestion', when(session), student.name)}</p>
                    </ConfirmStep>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        class="secondary"
        ref={opener}
        aria-expanded={scheduling}
        onClick={() => {
          setNotice(null);
          setScheduling(!scheduling);
        }}
        dir="auto"
      >
        {t('optionsScheduleSession', student.name)}
      </button>
      {scheduling && (
        <SessionForm
          model={model}
          student={student}
          onCancel={close}
          onScheduled={(session) => {
            close();
            setNotice(t('optionsSessionScheduled', when(session), student.name));
            onChange();
          }}
        />
      )}
      {notice && <p role="status">{notice}</p>}
      <PageError code={error} />
    </div>
  );
}
