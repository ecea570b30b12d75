import { mountPrivacyPage } from '@/components/privacy/mount';
import '@/components/common/extension-page.css';

mountPrivacyPage(document.getElementById('app')!);
