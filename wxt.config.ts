import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { BUILT_IN_PANEL_MESSAGES, pickMessages, type BuiltInMessages } from './components/call-panel/built-in-messages';

const BUILT_IN_MESSAGES_ID = 'virtual:built-in-panel-messages';

/** `virtual:built-in-panel-messages`: the in-call panel's own texts, every language, from `public/_locales`. */
export function builtInPanelMessages(): Plugin {
  const locales = resolve('public/_locales');
  return {
    name: 'cadence:built-in-panel-messages',
    resolveId: (id) => (id === BUILT_IN_MESSAGES_ID ? `\0${id}` : undefined),
    load(id) {
      if (id !== `\0${BUILT_IN_MESSAGES_ID}`) return undefined;
      const messages = Object.fromEntries(
        readdirSync(locales).map((language) => {
          const file = resolve(locales, language, 'messages.json');
          this.addWatchFile(file);
          return [language, pickMessages(JSON.parse(readFileSync(file, 'utf8')), BUILT_IN_PANEL_MESSAGES)];
        }),
      ) as BuiltInMessages;
      return `export default ${JSON.stringify(messages)};`;
    },
  };
}

// One manifest for Chrome (MV3) and Firefox; WXT adapts the keys per browser.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  imports: false,
  vite: () => ({
    plugins: [builtInPanelMessages()],
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { minify: 'terser', terserOptions: { ecma: 2020, compress: { passes: 3 }, format: { comments: false } } },
  }),
  hooks: {
    // Meet's tabs get the browser's own promise-based namespace (`browser` in Firefox, `chrome` in
    // Chrome MV3), as WXT's own `wxt/browser` gives it: the polyfill would be 2.7 KB gzip of the
    // content script's 20 KB budget, to adapt callback APIs the content script never calls.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const alias = config.resolve?.alias ?? [];
      const list = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement }));
      config.resolve = {
        ...config.resolve,
        alias: [{ find: /^wxt\/browser$/, replacement: resolve('node_modules/wxt/dist/browser.mjs') }, ...list],
      };
    },
  },
  webExt: {
    // No desktop to open a window on (Linux with no X or Wayland display): WXT says which folder to load by hand.
    disabled: process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY,
    // Chromium refuses to start as root without this; only containers and CI run so.
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications'],
    // Meet's own address, which the content script covers already: the side panel reads it from the active tab.
    host_permissions: ['https://meet.google.com/*'],
    // The platform's address is the mentor's to give: access is asked for when they connect.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'] }),
    // The session's work opens in a frame of the Meet panel, and only there; the panel opens the report's own
    // page in a tab ("Open the report in a tab"), which the browser allows only for a page listed here. Neither
    // holds more than the framed work page shows already.
    web_accessible_resources: [{ resources: ['session-workspace.html', 'report.html'], matches: ['https://meet.google.com/*'] }],
    commands: {
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandTogglePanel__',
      },
      // Firefox opens its sidebar only from its own controls: this shortcut is one (the strip names it).
      ...(browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+Y' },
              description: '__MSG_commandOpenSidebar__',
            },
          }
        : {}),
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'cadence@mentoring.example',
              // 140 (the ESR) is the first to read data_collection_permissions; 142 on Android.
              strict_min_version: '140.0',
              // Firefox asks new add-ons to declare what they send to their developer: nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
