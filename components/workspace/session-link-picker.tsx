import { useEffect, useId, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatDateTime } from '@/utils/shared/format-date-time';
import { t } from '@/utils/shared/i18n';
import type { LinkChoice } from '@/utils/protocol/page-to-background';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import type { Session, Student } from '@/utils/core/platform/platform-schemas';
import type { WorkspaceModel } from './model';
import { PageError } from '@/components/common/page-error';

interface Props {
  model: WorkspaceModel;
  /**
   * Called once the call is linked, or when the mentor cancels. Given when the
   * picker opens inside the student's card: it then has a "Cancel" and an h3.
   */
  onDone?: () => void;
}

type Candidates = { sessions: Session[]; students: Student[] };

/** The choice, as a radio's value: `session:<id>` or `student:<id>`. */
function toChoice(value: string): LinkChoice {
  const id = value.slice(value.indexOf(':') + 1);
  return value.startsWith('session:') ? { sessionId: id } : { studentId: id };
}

/** Which session or student this call is with, when Cadence could not tell or the mentor knows better. */
export function SessionLinkPicker({ model, onDone }: Props) {
  const id = useId();
  const view = model.view.value;
  const [candidates, setCandidates] = useState<Candidates | null>(null);
  const [loadError, setLoadError] = useState<ErrorCode | null>(null);
  const [picked, setPicked] = useState('');
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    void model.candidates().then((reply) => {
      if (!reply.ok) return setLoadError(reply.error.code);
      setCandidates(reply.value);
      // When changing, the call's current session starts chosen, if it is among them.
      const current = model.view.value?.session;
      if (current && reply.value.sessions.some((session) => session.id === current.id)) setPicked(`session:${current.id}`);
    });
  }, []);

  const nameOf = (studentId: string) => candidates?.students.find((s) => s.id === studentId)?.name;
  // Ids come from the platform and may hold any character: the radios' own ids are counted.
  const option = (value: string, label: string, index: number) => (
    <li key={value}>
      <input
        type="radio"
        id={`${id}-${index}`}
        name={`${id}-choice`}
        value={value}
        checked={picked === value}
        onChange={() => {
          setPicked(value);
          setMissing(false);
        }}
      />
      <label for={`${id}-${index}`} dir="auto">
        {label}
      </label>
    </li>
  );

  const cancel = onDone && (
    <button type="button" class="secondary" onClick={onDone}>
      {t('optionsCancel')}
    </button>
  );
  const empty = candidates && candidates.sessions.length === 0 && candidates.students.length === 0;
  let body;
  if (loadError) body = <PageError code={loadError} />;
  else if (!candidates)
    body = (
      <p class="hint" role="status">
        {t('linkLoading')}
      </p>
    );
  else if (empty)
    body = (
      <>
        <p>{t('linkNone')}</p>
        {!view?.connected && (
          <p>
            {t('linkAddStudentsHint')}{' '}
            <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener noreferrer">
              {t('linkOpenOptions')}
            </a>
          </p>
        )}
      </>
    );
  else
    body = (
      <form
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          if (!picked) {
            setMissing(true);
            return document.querySelector<HTMLInputElement>(`[name="${id}-choice"]`)?.focus();
          }
          if (await model.link(toChoice(picked))) onDone?.();
        }}
      >
        <fieldset aria-describedby={missing ? `${id}-missing` : undefined}>
          <legend>{t('linkLegend')}</legend>
          {candidates.sessions.length > 0 && (
            <fieldset class="link-group">
              <legend>{t('linkSessions')}</legend>
              <ul class="link-options">
                {candidates.sessions.map((session, index) =>
                  option(
                    `session:${session.id}`,
                    [nameOf(session.studentId), formatDateTime(session.start, 'near', model)].filter(Boolean).join(' · '),
                    index,
                  ),
                )}
              </ul>
            </fieldset>
          )}
          {candidates.students.length > 0 && (
            <fieldset class="link-group">
              <legend>{t('linkStudents')}</legend>
              <ul class="link-options">
                {candidates.students.map((student, index) =>
                  option(`student:${student.id}`, student.name, candidates.sessions.length + index),
                )}
              </ul>
            </fieldset>
          )}
          {missing && (
            <p id={`${id}-missing`} class="field-error">
              {t('linkChooseFirst')}
            </p>
          )}
        </fieldset>
        <div class="actions">
          <button type="submit" disabled={model.busy.value === 'link'}>
            {t('linkUse')}
          </button>
          {cancel}
        </div>
      </form>
    );

  const Heading = onDone ? 'h3' : 'h2';
  return (
    <section class="link-picker" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`}>{t('linkHeading')}</Heading>
      <p class="hint">{view?.student ? t('linkChangeHint') : t('linkNotFound')}</p>
      {body}
      {/* The form has its own "Cancel"; before or without it, the mentor can still step back. */}
      {cancel && (loadError || !candidates || empty) && <div class="actions">{cancel}</div>}
    </section>
  );
}
