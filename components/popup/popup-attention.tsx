import { useId } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/shared/i18n';
import { reportPageUrl } from '@/utils/shared/workspace-url';
import type { SessionLine, WeekOverview } from '@/utils/core/overview/week-overview';
import { WRITE_NAMES } from '@/components/common/write-names';
import { PlatformFailure } from '@/components/common/platform-failure';

interface Props {
  reports: SessionLine[];
  attention: WeekOverview['attention'];
  /** A session's start as the popup words it. */
  when: (start: string) => string;
}

/** What waits for the mentor, each one click from where it is dealt with: reports to write, changes the platform refused. */
export function PopupAttention({ reports, attention, when }: Props) {
  const id = useId();
  return (
    <>
      {reports.length > 0 && (
        <section aria-labelledby={`${id}-reports`}>
          <h2 id={`${id}-reports`}>{t('popupReportsHeading')}</h2>
          <ul class="popup-lines">
            {reports.map(({ session, studentName }) => (
              <li key={session.id}>
                <a href={reportPageUrl(session.id)} target="_blank" rel="noopener noreferrer">
                  {`${when(session.start)} · `}
                  <bdi>{studentName}</bdi>
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {attention.length > 0 && (
        <section aria-labelledby={`${id}-attention`}>
          <h2 id={`${id}-attention`}>{t('popupAttentionHeading')}</h2>
          <ul class="popup-attention">
            {attention.map((item) => (
              <li key={item.id}>
                <p id={`${id}-${item.id}`}>
                  <strong>{t(WRITE_NAMES[item.endpoint])}</strong>
                </p>
                {item.lastError && (
                  <p>
                    <PlatformFailure failure={item.lastError} />
                  </p>
                )}
                {/* The sync status is a section of the options page, drawn once it has read it: no anchor to aim at. */}
                <a
                  href={browser.runtime.getURL('/options.html')}
                  target="_blank"
                  rel="noopener noreferrer"
                  aria-describedby={`${id}-${item.id}`}
                >
                  {t('popupAttentionFix')}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
