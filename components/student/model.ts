import type { PageRequestInput } from '@/utils/protocol/page-to-background';
import { sendToBackground } from '@/utils/protocol/send-to-background';

export type StudentModel = ReturnType<typeof createStudentModel>;

/**
 * The student page's requests: the student's whole record, and what the page
 * changes (a session moved, the transfer). The page keeps what it shows; every
 * change is read back from the background.
 */
export function createStudentModel(send: typeof sendToBackground = sendToBackground) {
  return {
    /** "Show anyway": the screen shade lifts in this page's window (see components/common/page-shade.ts). */
    showScreen: (windowId: number | null) => send({ type: 'screen/shade', shaded: false, windowId }),
    readRecord: (studentId: string) => send({ type: 'students/record', studentId }),
    /** The mentor's sessions, for the move's clash check. */
    readRecords: () => send({ type: 'records/list' }),
    moveSession: (change: PageRequestInput<'sessions/move'>) => send({ type: 'sessions/move', ...change }),
    transfer: (request: PageRequestInput<'students/transfer'>) => send({ type: 'students/transfer', ...request }),
  };
}
