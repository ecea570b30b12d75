import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { formatDateTime } from '@/utils/shared/format-date-time';
import { formatMinutes } from '@/utils/shared/format-duration';
import { t } from '@/utils/shared/i18n';
import type { ReportInput } from '@/utils/core/platform/platform-schemas';
import { reportAsMarkdown, reportAsText, reportSections, type ReportTextLabels } from '@/utils/core/report/report-text';
import { LEVEL_NAMES } from '@/components/common/level-names';

interface Props {
  /** What the student receives: built without the private notes. */
  input: ReportInput;
  id: string;
  language: string;
  timezone: string;
}

/** The report exactly as the student will read it, to check and to copy. */
export function ReportPreview({ input, id, language, timezone }: Props) {
  const [status, setStatus] = useState('');
  const number = new Intl.NumberFormat(language);
  const labels: ReportTextLabels = {
    attendance: t('reportAttendance'),
    present: t('reportPresent'),
    late: (minutes) => t('reportTextLate', number.format(minutes)),
    summary: t('reportSummary'),
    skills: t('reportTextSkills'),
    level: (level) => t(LEVEL_NAMES[level] ?? 'reportLevelNone'),
    goals: t('reportTextGoals'),
    duration: (minutes) => formatMinutes(minutes, language),
    nextSession: t('reportTextNextSession'),
    date: (iso) => formatDateTime(iso, 'full-with-zone', { language, timezone }),
  };
  const sections = reportSections(input, labels);

  const copy = async (markdown: boolean) => {
    try {
      await navigator.clipboard.writeText(markdown ? reportAsMarkdown(sections) : reportAsText(sections));
      setStatus(t(markdown ? 'reportCopiedMarkdown' : 'reportCopiedText'));
    } catch {
      setStatus(t('reportCopyFailed'));
    }
  };

  return (
    <section class="report-preview" id={id} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('reportPreviewHeading')}</h3>
      <div class="report-preview-body">
        {sections.map((section) => (
          <div key={section.id} class="report-preview-section">
            <h4>{section.heading}</h4>
            {section.kind === 'text' ? (
              <p class="report-preview-text" dir="auto">
                {section.text}
              </p>
            ) : (
              <ul>
                {section.items.map((item, index) => (
                  <li key={index}>
                    {item.url ? (
                      <a href={item.url} target="_blank" rel="noopener noreferrer" dir="auto">
                        {item.title}
                      </a>
                    ) : (
                      <strong dir="auto">{item.title}</strong>
                    )}
                    {item.details.length > 0 && ': '}
                    {item.details.map((detail, at) => (
                      <Fragment key={at}>
                        {at > 0 && ' — '}
                        <bdi>{detail}</bdi>
                      </Fragment>
                    ))}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ))}
      </div>
      <div class="actions">
        <button type="button" class="secondary" onClick={() => void copy(false)}>
          {t('reportCopyText')}
        </button>
        <button type="button" class="secondary" onClick={() => void copy(true)}>
          {t('reportCopyMarkdown')}
        </button>
      </div>
      <p class="report-copy-status" role="status">
        {status}
      </p>
    </section>
  );
}
