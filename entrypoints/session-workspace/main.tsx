import { mountSessionWorkspace } from '@/components/workspace/mount';
import '@/components/common/extension-page.css';
import '@/components/workspace/session-workspace.css';
import '@/components/workspace/workspace-review.css';
import '@/components/workspace/workspace-schedule.css';
import '@/components/workspace/workspace-goals.css';
import '@/components/report/report-editor.css';
import '@/components/common/workspace-attendance.css';

mountSessionWorkspace(document.getElementById('app')!, location.hash.slice(1));
