import { defineContentScript } from 'wxt/utils/define-content-script';
import { countScriptStart, refuseForgedScriptStarts } from '@/components/call-panel/forged-page-events';
import { followMeetingPages } from '@/components/call-panel/follow-meeting-pages';
import { markScriptStart } from '@/components/common/paint-marks';

// Counted as the script loads, before WXT's context announces it.
const start = countScriptStart();

export default defineContentScript({
  matches: ['https://meet.google.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    markScriptStart();
    refuseForgedScriptStarts(ctx, start);
    followMeetingPages(ctx);
  },
});
