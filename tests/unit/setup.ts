import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { englishMessage } from './support/english-messages';

// Every test starts from an empty browser and an empty IndexedDB.
beforeEach(() => {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = englishMessage;
  fakeBrowser.i18n.getUILanguage = () => 'en-US';
  globalThis.indexedDB = new IDBFactory();
});
