import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB, type StoreNames } from 'idb';
import type { Exercise, Session, Student } from '../platform/platform-schemas';
import type { LiveSession } from '../session/live-session';
import type { OutboxItem } from '../sync/outbox-item';
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
  exercises: { key: string; value: Exercise };
  /** Writes waiting for the platform, oldest first. */
  outbox: { key: string; value: OutboxItem; indexes: { 'by-created-at': number } };
  /** The platform connection and the sync cursors, one record per key. */
  meta: { key: MetaRecord['key']; value: MetaRecord };
}

export type CadenceDb = IDBPDatabase<CadenceSchema>;
type UpgradeTx = IDBPTransaction<CadenceSchema, StoreNames<CadenceSchema>[], 'versionchange'>;

/** Step N brings a database from version N to N + 1; steps are never edited once shipped. */
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
];

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
