import { mountSidePanel } from '@/components/side-panel/mount';
import '@/components/call-panel/session-panel.css';
import '@/components/side-panel/side-panel.css';

// The session panel beside a call on any tool (Chrome's side panel, Firefox's sidebar).
mountSidePanel(document.getElementById('app')!);
