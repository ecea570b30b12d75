import { mountMonthPage } from '@/components/month/mount';
import { MONTH_START_MARK } from '@/components/common/paint-marks';
import { mentorPlace } from '@/utils/shared/format-date-time';
import { sendToBackground } from '@/utils/protocol/send-to-background';
import '@/components/common/extension-page.css';
import '@/components/month/month-page.css';

// The mentor's month (`month.html#2026-12`): each session's status and pay, per student and in all, and its CSV.
performance.mark(MONTH_START_MARK);
mountMonthPage(document.getElementById('app')!, { send: sendToBackground, now: Date.now, ...mentorPlace() });
