import { t } from '@/utils/shared/i18n';
import type { Student } from '@/utils/core/platform/platform-schemas';

interface Props {
  student: Student;
  /** This week's hours when the mentor changed them for an unusual week, else null (the usual ones hold). */
  hoursThisWeek: number | null;
  language: string;
}

/** Who the student is, at a glance: path, project and its mentor guide, level, time this week. */
export function StudentFacts({ student, hoursThisWeek, language }: Props) {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const usual = student.weeklyHours;
  return (
    <ul class="student-facts">
      <li dir="auto">{t('studentPathLine', student.path.name)}</li>
      <li dir="auto">
        {student.currentProject ? t('studentProjectLine', student.currentProject.name) : t('studentNoProject')}
        {student.currentProject?.mentorGuideUrl && (
          <>
            <br />
            <a href={student.currentProject.mentorGuideUrl} target="_blank" rel="noopener noreferrer">
              {t('studentGuideLink')}
            </a>
          </>
        )}
      </li>
      <li>{t('studentLevelLine', student.level)}</li>
      <li>
        {hoursThisWeek === null
          ? t('studentHoursUsual', number.format(usual))
          : t('studentHoursChanged', number.format(hoursThisWeek), number.format(usual))}
      </li>
    </ul>
  );
}
