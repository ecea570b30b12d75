import { mountReportPage } from '@/components/report/mount';
import '@/components/common/extension-page.css';
import '@/components/report/report-editor.css';

mountReportPage(document.getElementById('app')!);
