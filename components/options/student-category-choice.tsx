import { useId, useState } from 'preact/hooks';
import { t } from '@/utils/shared/i18n';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import type { Student } from '@/utils/core/platform/platform-schemas';
import { PageError } from '@/components/common/page-error';
import { saveStudentCategory, usePayRates } from './pay-rates-setting';
import { StudentCategoryField } from './student-category-field';

/**
 * The pay category of a student from the platform, who has no form here
 * (the platform keeps their record): saved as soon as it is chosen.
 */
export function StudentCategoryChoice({ student }: { student: Student }) {
  const id = useId();
  const rates = usePayRates();
  const [said, setSaid] = useState('');
  const [error, setError] = useState<ErrorCode | null>(null);
  if (!rates || rates.categories.length === 0) return null;
  return (
    <>
      <StudentCategoryField
        id={`${id}-category`}
        categories={rates.categories}
        value={rates.studentCategories[student.id] ?? ''}
        onValue={async (value) => {
          const failure = await saveStudentCategory(student.id, value || null);
          setError(failure);
          setSaid(failure ? '' : t('studentCategorySaved', student.name));
        }}
      />
      <p role="status" dir="auto">
        {said}
      </p>
      <PageError code={error} />
    </>
  );
}
