import { defineContentScript } from 'wxt/utils/define-content-script';
import { followMeetingPages } from '../utils/panel/follow-meeting-pages';
import { markScriptStart } from '../utils/panel/paint-marks';

export default defineContentScript({
  matches: ['https://meet.google.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    markScriptStart();
    followMeetingPages(ctx);
  },
});
