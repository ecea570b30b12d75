import { useEffect, useState } from 'preact/hooks';
import { payRatesItem } from '@/utils/shared/storage-items';
import type { ErrorCode } from '@/utils/protocol/ui-to-background';
import { type PayRates, readPayRates, withStudentCategory } from '@/utils/core/month/pay-rates';
import { saveSetting } from './save-setting';

/** The mentor's pay rates as stored, followed while the page is open: the rates form and a student's category both change them. */
export function usePayRates(): PayRates | null {
  const [rates, setRates] = useState<PayRates | null>(null);
  useEffect(() => {
    void payRatesItem.getValue().then((stored) => setRates(readPayRates(stored)));
    return payRatesItem.watch((stored) => setRates(readPayRates(stored)));
  }, []);
  return rates;
}

/** Puts a student in a category (null: in none), over the rates as stored now; resolves with why it failed, or null. */
export async function saveStudentCategory(studentId: string, categoryId: string | null): Promise<ErrorCode | null> {
  const current = readPayRates(await payRatesItem.getValue());
  return saveSetting(payRatesItem, withStudentCategory(current, studentId, categoryId));
}
