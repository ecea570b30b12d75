import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { formatDateTime } from '@/utils/shared/format-date-time';
import { t } from '@/utils/shared/i18n';
import type { ErrorCode, Reply } from '@/utils/protocol/ui-to-background';
import type { NextSession, WeekOverview } from '@/utils/core/overview/week-overview';
import { markNextFrame, POPUP_PAINTED_MARK } from '@/components/common/paint-marks';
import { NextSessionCard } from './next-session-card';
import { PageError } from '@/components/common/page-error';
import { PopupAttention } from './popup-attention';
import { WeekSessions } from './week-sessions';
import { createPopupModel, type PopupModel } from './model';

interface Props {
  /** The requests the card's flows send; the mount's, or one of the popup's own (a test gives the week's `send` alone). */
  model?: PopupModel;
  /** Asks the background, which answers from the local database alone. */
  send(message: { type: 'overview/week' }): Promise<Reply<WeekOverview>>;
  now: () => number;
  language: string;
  /** The mentor's zone: every date and time is shown in it. */
  timezone: string;
  /** The first reading, asked before the popup rendered; later ones go through `send`. */
  firstReading?: Promise<Reply<WeekOverview>>;
  /** The week as the background last kept it: shown until the fresh reading comes. */
  kept?: Promise<WeekOverview | null>;
  /**
   * Hears each week the background keeps from then on (a call ended, a session
   * cancelled elsewhere, a change refused): the popup follows while open. Returns the unwatch.
   */
  watchKept?: (onWeek: (week: WeekOverview | null) => void) => () => void;
}

/** The toolbar popup: the next session, the rest of the week, and what waits for the mentor. */
export function ToolbarPopup({ model: given, send, now, language, timezone, firstReading, kept, watchKept }: Props) {
  const [model] = useState(() => given ?? createPopupModel());
  const [overview, setOverview] = useState<WeekOverview | null>(null);
  // The session being cancelled keeps its card, flow open, until the mentor is done rescheduling.
  const [held, setHeld] = useState<NextSession | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  /** What the mentor's last change did (a session moved), said until the next one. */
  const [notice, setNotice] = useState('');

  const first = useRef(firstReading);
  const load = useCallback(async () => {
    const reply = await (first.current ?? send({ type: 'overview/week' }));
    first.current = undefined;
    if (reply.ok) setOverview(reply.value);
    // A failed re-read keeps the week already shown.
    setError(reply.ok ? null : reply.error.code);
  }, [send]);
  useEffect(() => {
    // The kept week never replaces a fresh one that came first.
    void kept?.then((week) => setOverview((shown) => shown ?? week));
    void load();
  }, [load]);
  useEffect(() => watchKept?.((week) => week && setOverview(week)), [watchKept]);
  // For `npm run bench`: the first frame that shows the week.
  const shown = overview !== null;
  useEffect(() => {
    if (shown) void markNextFrame(POPUP_PAINTED_MARK);
  }, [shown]);

  const when = (start: string) => formatDateTime(start, 'near', { language, timezone });
  const card = held ?? overview?.next ?? null;

  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      {overview ? (
        <>
          <p class="popup-notice" role="status">
            {notice}
          </p>
          {card ? (
            <NextSessionCard
              key={card.session.id}
              model={model}
              next={card}
              now={now}
              language={language}
              timezone={timezone}
              onCancelled={() => {
                setHeld(card);
                void load();
              }}
              onChanged={(said) => {
                setNotice(said ?? '');
                setHeld(null);
                void load();
              }}
            />
          ) : (
            overview.week.length === 0 && (
              <section aria-labelledby="popup-empty-heading">
                <h2 id="popup-empty-heading">{t('popupNextHeading')}</h2>
                <p>{t('popupEmpty')}</p>
                <p class="hint">{overview.connected ? t('popupEmptyConnected') : t('popupEmptyLocal')}</p>
              </section>
            )
          )}
          <WeekSessions lines={overview.week} when={when} />
          <PopupAttention reports={overview.reportsOutstanding} attention={overview.attention} when={when} />
        </>
      ) : (
        !error && <p role="status">{t('popupLoading')}</p>
      )}
      <PageError code={error} />
      <div class="actions">
        <a class="popup-button secondary" href={browser.runtime.getURL('/month.html')} target="_blank" rel="noopener noreferrer">
          {t('monthTitle')}
        </a>
        <button type="button" class="secondary" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOptions')}
        </button>
      </div>
    </main>
  );
}
