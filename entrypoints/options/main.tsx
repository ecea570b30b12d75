import { mountOptionsPage } from '@/components/options/mount';
import '@/components/common/extension-page.css';

mountOptionsPage(document.getElementById('app')!);
