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

/** No desktop to open a window on (Linux with no X or Wayland display). */
const NO_DISPLAY = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

/**
 * zod's own comments beside its `@__PURE__` annotations, which Rollup drops with a long warning per
 * file on every build: harmless (the annotations are for esbuild), and not ours to mend.
 */
const isZodPureComment = (warning: { code?: string; id?: string }) =>
  warning.code === 'INVALID_ANNOTATION' && /[\\/]node_modules[\\/]zod[\\/]/.test(warning.id ?? '');

// One manifest for Chrome (MV3) and Firefox; WXT adapts the keys per browser.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  imports: false,
  vite: () => ({
    plugins: [builtInPanelMessages()],
    // JSX as calls to Preact's own `h`, which every bundle has anyway: the automatic runtime's `jsx()`
    // is a module more, and it weighed 180 B of the content script's 20 KB gzip budget (npm run bench).
    // The names are ours, so that no file's own imports clash with them. TypeScript still checks JSX
    // with Preact's types (tsconfig.json).
    esbuild: {
      jsx: 'transform',
      jsxFactory: '__jsx',
      jsxFragment: '__Fragment',
      jsxInject: "import { h as __jsx, Fragment as __Fragment } from 'preact'",
    },
    build: {
      minify: 'terser',
      terserOptions: { ecma: 2020, compress: { passes: 3 }, format: { comments: false } },
      rollupOptions: {
        onwarn(warning, warn) {
          if (!isZodPureComment(warning)) warn(warning);
        },
      },
    },
  }),
  hooks: {
    // WXT's dev server serves the extension's code to the browser while you edit: its address is no page to open.
    'server:created'(wxt) {
      const success = wxt.logger.success.bind(wxt.logger);
      wxt.logger.success = (message: unknown, ...rest: unknown[]) =>
        typeof message === 'string' && message.startsWith('Started dev server @')
          ? success(
              `Dev server started (${message.slice('Started dev server @ '.length)}): it feeds the extension, it is not a page to open`,
            )
          : success(message, ...rest);
    },
    'server:started'(wxt) {
      if (!NO_DISPLAY) return;
      wxt.logger.warn(
        "No display on this machine (no X or Wayland), so no browser opens: load the folder named below by hand, or install Debian's `xvfb` package and run `xvfb-run npm run dev`.",
      );
    },
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
  // `npm run zip`: the Chrome and Firefox packages, and the sources addons.mozilla.org asks for with
  // the Firefox one: only what rebuilds it (BUILDING.md says how), listed rather than excluded, so a
  // stray file in the working tree never ships. tests/e2e/release-packages.test.ts rebuilds from it.
  zip: {
    excludeSources: ['**/*'],
    includeSources: [
      'BUILDING.md',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'entrypoints/**',
      'components/**',
      'utils/**',
      'public/**',
      'docs/privacy.md',
      'docs/privacy.fr.md',
    ],
  },
  webExt: {
    // No desktop to open a window on: WXT says which folder to load by hand.
    disabled: NO_DISPLAY,
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
      // The screen shade by hand, in the window it is pressed in (the strip's button does the same).
      // Chrome takes at most 4 suggested keys: this is the second (the third in Firefox).
      'toggle-shade': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandToggleShade__',
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
      : // The oldest Chrome with every API and CSS feature Cadence relies on; the table in
        // tests/unit/chrome-minimum-version.test.ts keeps it in step with the code (today: light-dark()).
        { minimum_chrome_version: '123' }),
  }),
});
