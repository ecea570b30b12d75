// The Chrome manifest's `minimum_chrome_version` is the newest of what the code relies on: each API,
// JavaScript and CSS feature below whose first Chrome is later than MV3's own (88), found in the
// sources by its pattern. A feature added to the code without a row here, or a row's feature dropped
// from the code, moves the expected version and fails this test until the manifest follows.
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { sourceFiles } from './support/source-files';

interface Feature {
  feature: string;
  /** Where the sources use it (after comments are removed). */
  used: RegExp;
  /** The first Chrome release that has it (chromestatus.com, MDN's compatibility tables). */
  chrome: number;
}

/** Chrome MV3 itself, `chrome.action` and the promise-returning APIs Cadence calls. */
const MV3 = 88;

const FEATURES: Feature[] = [
  { feature: 'Array.prototype.at', used: /\.at\(-?\d/, chrome: 92 },
  { feature: 'Object.hasOwn', used: /\bObject\.hasOwn\(/, chrome: 93 },
  { feature: 'Array.prototype.findLast', used: /\.findLast(Index)?\(/, chrome: 97 },
  { feature: 'Intl.supportedValuesOf', used: /\bIntl\.supportedValuesOf\(/, chrome: 99 },
  { feature: 'chrome.storage.session', used: /\bstorage\.session\b/, chrome: 102 },
  { feature: 'AbortSignal.timeout', used: /\bAbortSignal\.timeout\(/, chrome: 103 },
  { feature: 'CSS :has()', used: /:has\(/, chrome: 105 },
  { feature: 'CSS color-mix()', used: /\bcolor-mix\(/, chrome: 111 },
  { feature: 'chrome.sidePanel (setOptions, setPanelBehavior)', used: /\bsidePanel\b/, chrome: 114 },
  { feature: 'chrome.sidePanel.open', used: /\bsidePanel\.open\(/, chrome: 116 },
  { feature: 'AbortSignal.any', used: /\bAbortSignal\.any\(/, chrome: 116 },
  {
    feature: 'Set.prototype.union and friends',
    used: /\.(union|intersection|difference|symmetricDifference|isSubsetOf)\((?!\[)/,
    chrome: 122,
  },
  // The in-call panel's and side panel's colours are all light-dark() pairs: without it they have none.
  { feature: 'CSS light-dark()', used: /\blight-dark\(/, chrome: 123 },
  // Fields grow with their words; older browsers scroll inside them (progressive, but the same release).
  { feature: 'CSS field-sizing', used: /\bfield-sizing\s*:/, chrome: 123 },
  { feature: 'Promise.withResolvers', used: /\bPromise\.withResolvers\(/, chrome: 119 },
  { feature: 'Object.groupBy / Map.groupBy', used: /\b(Object|Map)\.groupBy\(/, chrome: 117 },
  { feature: 'Array.prototype.toSorted / toReversed / with', used: /\.(toSorted|toReversed|toSpliced)\(/, chrome: 110 },
  { feature: 'Intl.DurationFormat', used: /\bIntl\.DurationFormat\b/, chrome: 129 },
  { feature: 'CSS @starting-style', used: /@starting-style\b/, chrome: 117 },
  { feature: 'Popover API', used: /\bpopover\b|showPopover\(/, chrome: 114 },
];

/** The `browser.<namespace>` APIs the code reaches, all in Chrome since MV3 (88) unless a row above says otherwise. */
const KNOWN_NAMESPACES = [
  'action',
  'alarms',
  'browserAction',
  'commands',
  'i18n',
  'notifications',
  'permissions',
  'runtime',
  'sidebarAction',
  'storage',
  'tabs',
  'windows',
];

const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
const sources = sourceFiles('entrypoints', 'components', 'utils')
  .filter((file) => /\.(ts|tsx|css|html)$/.test(file.path))
  .map((file) => ({ path: file.path, text: withoutComments(file.text) }));

/** The manifest wxt.config.ts gives WXT for a browser, as WXT asks for it. */
const manifestFor = (browser: string, manifestVersion: number) => {
  const manifest = config.manifest as (env: {
    browser: string;
    manifestVersion: number;
    mode: string;
    command: string;
  }) => Record<string, unknown>;
  return manifest({ browser, manifestVersion, mode: 'production', command: 'build' });
};
const chromeManifest = () => manifestFor('chrome', 3);

describe("the Chrome manifest's minimum version", () => {
  it('is the newest Chrome among the features the code uses', () => {
    const used = FEATURES.filter((feature) => sources.some((file) => feature.used.test(file.text)));
    const newest = Math.max(MV3, ...used.map((feature) => feature.chrome));
    const needing = used.filter((feature) => feature.chrome === newest).map((feature) => feature.feature);
    expect(chromeManifest().minimum_chrome_version, `needed by ${needing.join(', ')}`).toBe(String(newest));
    // The scan sees what the code holds today: the side panel's open() and the panel's colours.
    expect(used.map((feature) => feature.feature)).toEqual(expect.arrayContaining(['chrome.sidePanel.open', 'CSS light-dark()']));
  });

  it('knows every browser API namespace the code reaches', () => {
    const reached = new Set(sources.flatMap((file) => [...file.text.matchAll(/\bbrowser\.([a-zA-Z0-9]+)\b/g)].map((match) => match[1]!)));
    expect([...reached].filter((namespace) => !KNOWN_NAMESPACES.includes(namespace)).sort()).toEqual([]);
  });

  it('is stated for Chrome only: Firefox has its own minimum', () => {
    const firefox = manifestFor('firefox', 2);
    expect(firefox.minimum_chrome_version).toBeUndefined();
    expect(firefox.browser_specific_settings).toMatchObject({ gecko: { strict_min_version: '140.0' } });
  });
});
