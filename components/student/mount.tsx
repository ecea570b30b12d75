import { render } from 'preact';
import { mentorPlace } from '@/utils/shared/format-date-time';
import { mentorLanguage, t } from '@/utils/shared/i18n';
import { StudentPage } from './student-page';

/** The student named in the address (`student.html#<student id>`): their whole record, for their mentor. */
export function mountStudentPage(root: HTMLElement, studentId: string): void {
  document.title = t('studentPageTitle');
  document.documentElement.lang = mentorLanguage();
  render(<StudentPage studentId={studentId} {...mentorPlace()} now={Date.now} />, root);
}
