import { useId } from 'preact/hooks';
import { formatDateTime } from '@/utils/shared/format-date-time';
import { t } from '@/utils/shared/i18n';
import type { SkillHistory as History } from '@/utils/core/students/student-record';
import { LEVEL_NAMES } from '@/components/common/level-names';

interface Props {
  skills: History[];
  language: string;
  timezone: string;
}

/** Each skill evaluated in the reports, its levels by date in a small table, oldest first. */
export function SkillHistory({ skills, language, timezone }: Props) {
  const id = useId();
  const evaluated = skills.filter((skill) => skill.evaluations.length > 0);
  return (
    <section class="student-page-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('studentPageSkills')}</h2>
      {evaluated.length === 0 ? (
        <p class="hint">{t('studentPageNoSkills')}</p>
      ) : (
        evaluated.map((skill) => (
          <div key={skill.skill} class="skill-history-table">
            <table>
              <caption dir="auto">{skill.skill}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('studentPageSkillDate')}</th>
                  <th scope="col">{t('studentPageSkillLevel')}</th>
                  <th scope="col">{t('studentPageSkillComment')}</th>
                </tr>
              </thead>
              <tbody>
                {skill.evaluations.map((evaluation) => (
                  <tr key={`${evaluation.sessionId}-${evaluation.at}`}>
                    <td>{formatDateTime(evaluation.at, 'date', { language, timezone })}</td>
                    <td>{t(LEVEL_NAMES[evaluation.level] ?? 'reportLevelNone')}</td>
                    <td dir="auto">{evaluation.comment}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))
      )}
    </section>
  );
}
