import { formatDateTime } from '@/utils/shared/format-date-time';
import { t } from '@/utils/shared/i18n';
import { platformFailureText } from '@/components/common/failure-text';
import type { ReportDelivery as Delivery } from '@/utils/protocol/reply-views';

interface Props {
  delivery: Delivery;
  /** Whether Cadence is connected to the platform. */
  connected: boolean;
  /** Whether this report goes to the platform (connected, and the platform knows the student), or stays here. */
  toPlatform: boolean;
  /** The report changed since it was ended: a correction is to be sent. */
  correction: boolean;
  language: string;
  timezone: string;
}

/** Where the report stands: kept here, on its way, on the platform, or stuck. */
export function ReportDelivery({ delivery, connected, toPlatform, correction, language, timezone }: Props) {
  let state: string | null = null;
  let hint: string | null = null;
  switch (delivery.state) {
    case 'draft':
      hint = t(toPlatform ? 'reportDeliveryDraftConnected' : connected ? 'reportDeliveryDraftLocalStudent' : 'reportDeliveryDraftLocal');
      break;
    case 'saved-locally':
      state = t('reportDeliverySavedLocally');
      hint = t('reportDeliveryLocalHint');
      break;
    case 'sending':
      state = t('reportDeliverySending');
      hint = delivery.needsReconnect
        ? t('reportDeliveryNeedsReconnect')
        : delivery.lastError && t('reportDeliveryLastError', platformFailureText(delivery.lastError, 'syncing'));
      break;
    case 'sent': {
      state = t('reportDeliverySent', formatDateTime(delivery.at, 'date-time', { language, timezone }));
      break;
    }
    case 'needs-attention':
      state = t('reportDeliveryNeedsAttention', delivery.error?.message || t('reportDeliveryRefused'));
      break;
  }
  return (
    <div class="report-delivery" data-state={delivery.state} role="status">
      {state && <p class="report-delivery-state">{state}</p>}
      {hint && <p class="hint">{hint}</p>}
      {correction && <p class="report-correction">{t(toPlatform ? 'reportDeliveryCorrection' : 'reportDeliveryCorrectionLocal')}</p>}
    </div>
  );
}
