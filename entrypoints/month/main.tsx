import { mountMonthPage } from '@/components/month/mount';
import '@/components/common/extension-page.css';
import '@/components/month/month-page.css';

// The mentor's month (`month.html#2026-12`): each session's status and pay, per student and in all, and its CSV.
mountMonthPage(document.getElementById('app')!);
