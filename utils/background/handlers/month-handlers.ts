import type { CadenceDb } from '@/utils/background/db/cadence-db';
import type { PageHandlers } from '@/utils/protocol/page-to-background';
import type { AttendancePolicy } from '@/utils/core/policy/attendance-policy';
import type { PayRates } from '@/utils/core/month/pay-rates';
import { readMonth } from '@/utils/background/stores/read-month';

export interface MonthHandlerDeps {
  db: () => Promise<CadenceDb>;
  now: () => number;
  policy: () => Promise<AttendancePolicy>;
  payRates: () => Promise<PayRates>;
}

/** The mentor's month: read from the stores, weighed by the policy's no-show rate, priced by the mentor's rates. */
export function createMonthHandlers(deps: MonthHandlerDeps): Pick<PageHandlers, 'month/statement'> {
  return {
    'month/statement': async (m) => {
      const [db, policy, rates] = await Promise.all([deps.db(), deps.policy(), deps.payRates()]);
      return readMonth(db, { month: m.month, timezone: m.timezone, now: deps.now(), noShowWeight: policy.noShowPayRate, rates });
    },
  };
}
