import { mountSessionWorkspace } from '../../utils/workspace/mount-session-workspace';
import '../../components/extension-page.css';
import '../../components/session-workspace.css';
import '../../components/workspace-review.css';
import '../../components/workspace-schedule.css';
import '../../components/workspace-goals.css';
import '../../components/report-editor.css';
import '../../components/workspace-attendance.css';

mountSessionWorkspace(document.getElementById('app')!, location.hash.slice(1));
