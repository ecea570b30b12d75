import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/shared/i18n';
import type { OptionsModel } from './model';

interface Props {
  /** Its records' version is bumped when they may have changed: a first student added ends the first run. */
  model: OptionsModel;
  /** The mentor's zone: the computer's, in which Cadence shows every date. */
  timezone: string;
}

/**
 * On first run (no students, no platform), the three things to set before
 * anything else, each a link to where it is set, just below; the rest of the
 * page comes after them.
 */
export function FirstSteps({ model, timezone }: Props) {
  const [firstRun, setFirstRun] = useState(false);
  const seen = model.recordsVersion.value;
  useEffect(() => {
    void model.readRecords().then((reply) => reply.ok && setFirstRun(reply.value.students.length === 0 && !reply.value.connected));
  }, [seen]);
  if (!firstRun) return null;
  return (
    <section class="first-steps" aria-labelledby="first-steps-heading">
      <h2 id="first-steps-heading">{t('firstStepsHeading')}</h2>
      <ol>
        <li>
          <a href="#agenda-heading">{t('firstStepsLength')}</a>
        </li>
        <li>{t('firstStepsZone', timezone)}</li>
        <li>
          <a href="#records-heading">{t('firstStepsStudents')}</a>
          {' · '}
          <a href="#platform-heading">{t('firstStepsPlatform')}</a>
        </li>
      </ol>
      <p class="hint">{t('firstStepsRest')}</p>
    </section>
  );
}
