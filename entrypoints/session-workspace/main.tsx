import { mountSessionWorkspace } from '../../utils/workspace/mount-session-workspace';
import '../../components/extension-page.css';
import '../../components/session-workspace.css';

mountSessionWorkspace(document.getElementById('app')!, location.hash.slice(1));
