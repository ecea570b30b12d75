import { mountToolbarPopup } from '@/components/popup/mount';
import '@/components/common/extension-page.css';
import '@/components/common/workspace-attendance.css';
import '@/components/popup/popup.css';

mountToolbarPopup(document.getElementById('app')!);
