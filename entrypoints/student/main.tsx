import { mountStudentPage } from '@/components/student/mount';
import '@/components/common/extension-page.css';
import '@/components/student/student-page.css';

mountStudentPage(document.getElementById('app')!, location.hash.slice(1));
