import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { Exercise, Session, Student } from '@/utils/core/platform/platform-schemas';
import type { ReportDraft } from '@/utils/core/report/report-draft';
import type { Assignment } from '@/utils/core/review/assignment';
import type { LiveSession } from '@/utils/core/session/live-session';
import type { TransferRecord } from '@/utils/core/students/student-record';
import type { OutboxItem } from '@/utils/core/sync/outbox-item';
import type { SessionPlan } from '@/utils/core/workspace/session-plan';
import { liveSessionRecordSchema } from '@/utils/core/rules/stored-records';
import type { MetaRecord } from './meta-record';

export const DB_NAME = 'cadence';

/** The current schema. Each version's changes are one step in `UPGRADES`. */
export interface CadenceSchema extends DBSchema {
  liveSessions: {
    key: string;
    value: LiveSession;
    indexes: { 'by-meeting-code': string; 'by-started-at': number };
  };
  /** The mentor's students: from the platform, or entered by hand in local mode. */
  students: { key: string; value: Student };
  sessions: { key: string; value: Session; indexes: { 'by-student': string; 'by-start': string } };
  /** The platform's exercise collection. */
  exercises: { key: string; value: Exercise };
  /** Exercises the mentor wrote. */
  myExercises: { key: string; value: Exercise };
  /** Every week's work, set as goals and reviewed the week after. */
  assignments: { key: string; value: Assignment; indexes: { 'by-student': string; 'by-set-in-session': string } };
  /** Per session: the week's hours, the next session, a flag sent. */
  sessionPlans: { key: string; value: SessionPlan };
  /** Each session's report, from its first word; private notes never leave it. */
  reportDrafts: { key: string; value: ReportDraft };
  /** The transfers the mentor asked for, one per student. */
  transfers: { key: string; value: TransferRecord };
  /** Writes waiting for the platform, oldest first. */
  outbox: { key: string; value: OutboxItem; indexes: { 'by-created-at': number } };
  /** The platform connection and the sync cursors, one record per key. */
  meta: { key: MetaRecord['key']; value: MetaRecord };
}

export type CadenceDb = IDBPDatabase<CadenceSchema>;
type UpgradeTx = IDBPTransaction<CadenceSchema, StoreNames<CadenceSchema>[], 'versionchange'>;

/**
 * Step N brings a database from version N to N + 1; steps are never edited
 * once shipped. A step's record rewrites run inside the upgrade's
 * transaction: the new version exists only once they are all done.
 */
const UPGRADES: ReadonlyArray<(db: CadenceDb, tx: UpgradeTx) => void> = [
  (db) => {
    const sessions = db.createObjectStore('liveSessions', { keyPath: 'id' });
    sessions.createIndex('by-meeting-code', 'meetingCode');
    sessions.createIndex('by-started-at', 'startedAt');
  },
  (db) => {
    db.createObjectStore('students', { keyPath: 'id' });
    const sessions = db.createObjectStore('sessions', { keyPath: 'id' });
    sessions.createIndex('by-student', 'studentId');
    sessions.createIndex('by-start', 'start');
    db.createObjectStore('exercises', { keyPath: 'id' });
    db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('by-created-at', 'createdAt');
    db.createObjectStore('meta', { keyPath: 'key' });
  },
  (db, tx) => {
    const assignments = db.createObjectStore('assignments', { keyPath: 'id' });
    assignments.createIndex('by-student', 'studentId');
    assignments.createIndex('by-set-in-session', 'setInSessionId');
    db.createObjectStore('sessionPlans', { keyPath: 'sessionId' });
    db.createObjectStore('myExercises', { keyPath: 'id' });
    db.createObjectStore('reportDrafts', { keyPath: 'sessionId' });
    db.createObjectStore('transfers', { keyPath: 'studentId' });
    void fillMissing(tx.objectStore('liveSessions'), { sessionId: null });
    void fillMissing(tx.objectStore('exercises'), { projects: [] });
  },
  // The kinds of session: a call's session was a weekly one, with the weekly phases' names and checklists.
  (_db, tx) => {
    void rewrite(tx.objectStore('liveSessions'), (session) => liveSessionRecordSchema.parse(session));
    void fillMissing(tx.objectStore('sessionPlans'), { kind: null });
  },
];

/** Rewrites every record of an older version as `change` makes it; a record it cannot read stays as it was. */
async function rewrite<T>(
  store: { openCursor(): Promise<{ value: T; update(value: T): unknown; continue(): Promise<unknown> } | null> },
  change: (record: T) => T,
): Promise<void> {
  for (let cursor = await store.openCursor(); cursor; cursor = (await cursor.continue()) as typeof cursor) {
    let changed: T;
    try {
      changed = change(cursor.value);
    } catch {
      continue;
    }
    await cursor.update(changed);
  }
}

/** Gives the records of an older version the fields a step added. */
async function fillMissing(
  store: { openCursor(): Promise<{ value: object; update(value: never): unknown; continue(): Promise<unknown> } | null> },
  fields: Record<string, unknown>,
): Promise<void> {
  for (let cursor = await store.openCursor(); cursor; cursor = (await cursor.continue()) as typeof cursor) {
    const missing = Object.keys(fields).some((key) => !(key in cursor!.value));
    if (missing) await cursor.update({ ...fields, ...cursor.value } as never);
  }
}

export const DB_VERSION = UPGRADES.length;

export function openCadenceDb(name = DB_NAME): Promise<CadenceDb> {
  return openDB<CadenceSchema>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let version = oldVersion; version < DB_VERSION; version++) UPGRADES[version]!(db, tx);
    },
  });
}

let opened: Promise<CadenceDb> | null = null;

/** The background's one connection, reopened if the browser closes it. */
export function cadenceDb(): Promise<CadenceDb> {
  opened ??= openCadenceDb().then((db) => {
    db.addEventListener('close', () => (opened = null));
    db.onversionchange = () => {
      db.close();
      opened = null;
    };
    return db;
  });
  opened.catch(() => (opened = null));
  return opened;
}
