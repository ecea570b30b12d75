import { t } from '@/utils/shared/i18n';
import type { MonthStatement } from '@/utils/core/month/month-statement';

interface Props {
  statement: MonthStatement;
}

/**
 * No-shows (absent, or canceled too late) by student, and the runs of them:
 * two in a row is flagged, in words and with a mark, never by colour alone.
 */
export function MonthNoShows({ statement }: Props) {
  const students = statement.students.filter((student) => student.noShows > 0);
  return (
    <section aria-labelledby="month-no-shows-heading">
      <h2 id="month-no-shows-heading">{t('monthNoShowsHeading')}</h2>
      {students.length === 0 ? (
        <p>{t('monthNoShowsNone')}</p>
      ) : (
        <table class="month-table">
          <thead>
            <tr>
              <th scope="col">{t('monthColumnStudent')}</th>
              <th scope="col">{t('monthColumnNoShows')}</th>
              <th scope="col">{t('monthColumnInARow')}</th>
            </tr>
          </thead>
          <tbody>
            {students.map((student) => (
              <tr key={student.studentId} class={student.flagged ? 'month-flagged' : undefined}>
                <th scope="row" dir="auto">
                  {student.studentName ?? t('monthUnknownStudent')}
                </th>
                <td class="number">{student.noShows}</td>
                <td>
                  {student.flagged ? (
                    <strong>
                      <span aria-hidden="true">⚑ </span>
                      {t('monthNoShowFlag', student.noShowRun)}
                    </strong>
                  ) : (
                    student.noShowRun
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
