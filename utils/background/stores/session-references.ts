import type { IDBPTransaction } from 'idb';
import type { CadenceSchema } from '@/utils/background/db/cadence-db';

// Any read-write transaction over (at least) the assignments, the plans, the live sessions, the report drafts and meta.
type RenameTx = IDBPTransaction<CadenceSchema, any, 'readwrite'>;

/**
 * A session made here gets the platform's id once it is sent: the records
 * that name it follow, in the same transaction as the rename.
 */
export async function renameSessionReferences(tx: RenameTx, from: string, to: string): Promise<void> {
  const assignments = tx.objectStore('assignments');
  for (const assignment of await assignments.getAll()) {
    const setHere = assignment.setInSessionId === from;
    const reviewedHere = assignment.review?.sessionId === from;
    if (!setHere && !reviewedHere) continue;
    await assignments.put({
      ...assignment,
      setInSessionId: setHere ? to : assignment.setInSessionId,
      review: reviewedHere ? { ...assignment.review!, sessionId: to } : assignment.review,
    });
  }
  const plans = tx.objectStore('sessionPlans');
  for (const plan of await plans.getAll()) {
    if (plan.sessionId === from) {
      await plans.delete(from);
      await plans.put({ ...plan, sessionId: to, nextSessionId: plan.nextSessionId === from ? to : plan.nextSessionId });
    } else if (plan.nextSessionId === from) {
      await plans.put({ ...plan, nextSessionId: to });
    }
  }
  const live = tx.objectStore('liveSessions');
  for (const session of await live.getAll()) {
    if (session.sessionId === from) await live.put({ ...session, sessionId: to });
  }
  // A report written before the session reached the platform is that session's report.
  const drafts = tx.objectStore('reportDrafts');
  const draft = await drafts.get(from);
  if (draft) {
    await drafts.delete(from);
    await drafts.put({ ...draft, sessionId: to });
  }
  const meta = tx.objectStore('meta');
  const known = await meta.get('session-renames');
  const renames = known?.key === 'session-renames' ? known.renames : {};
  await meta.put({ key: 'session-renames', renames: { ...renames, [from]: to } });
}

/** The session's id now: the platform's, for one made here that it has since named. */
export async function currentSessionId(tx: RenameTx, id: string): Promise<string> {
  const known = await tx.objectStore('meta').get('session-renames');
  return (known?.key === 'session-renames' && known.renames[id]) || id;
}
