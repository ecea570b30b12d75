// Figure 3: main-thread time Cadence adds to a churning Meet call (meet-churn.html), one pair of
// simultaneous windows at a time. The schedule of the pairs is main-thread-rounds.ts; the figures
// made of them, main-thread-figures.ts.
//
// A pair: the churn page in two identical browsers, each on a fresh page, one where Cadence runs
// (its panel put in a state first) and one where it does not (churn-pages.ts), or both where it
// does (the A/A control). Both pages are made ready, then settle, then their windows start and
// end at the same moment: on this virtual machine the CPU time a fixed piece of work takes drifts
// by tens of percent from one window to the next (the host's other guests), and only windows that
// share the moment share the drift. A window's figure is the CPU time of the page's main-thread
// tasks (CDP Performance `TaskDuration` with timeDomain 'threadTicks'): wall-clock task time (the
// default 'timeTicks') also counts time the thread sat descheduled, which on these 2 cores varies
// between identical windows by more than what is measured.
//
// A traced pair (`tracePair`) is the same pair with a Chromium trace of both windows instead:
// the CPU time of Cadence's own callbacks (`FunctionCall` events whose script is the content
// script), of each phase of the page's frames (Layerize among them), and the frames themselves.
// Then, the windows over, both pages' composited layers and the with-page's extension frames
// (layers.ts). Tracing and listening to layers cost the page time themselves, so the A/B pairs do
// neither.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { CHURN_URL, CHURN_URL_WITHOUT } from './churn-pages';
import { extensionFrames, sampleLayers, type LayerSample } from './layers';
import { SET_PANEL_STATE, countPanels, isIn, readPanel, type PanelSeen, type PanelState } from './panel-states';

/** One page of a pair: the churn page with Cadence's panel in a state, or the page where Cadence does not run. */
export type Side = PanelState | 'none';

/** What a pair compares: a state against the page without Cadence, or 'aa', the open panel against itself. */
export type PairKind = PanelState | 'aa';

export interface ChurnCounts {
  speaking: number;
  captions: number;
  clock: number;
  controlBar: number;
  frames: number;
}

export interface TimingOptions {
  settleMs: number;
  windowMs: number;
  /**
   * How long a traced pair settles before its window: past the page's first seconds, whose requests
   * and their answers are a cost of loading the page once (the A/B pairs count it), so that the
   * traced rows judge what a call pays each second after.
   */
  traceSettleMs: number;
}

/** The panel in the page's window: the state asked, what its attributes said either side of the window. */
export interface PanelCheck {
  state: PanelState;
  before: PanelSeen | null;
  after: PanelSeen | null;
  /** In the state just before the window and still just after it. */
  held: boolean;
  /** Why the state could not be set up, if it could not. */
  error: string | null;
}

export interface WindowResult {
  side: Side;
  /** Which of the two browsers ran it (0 or 1): they swap roles between rounds. */
  browser: number;
  /** Window length by the page's clock (CDP `Timestamp` delta), ms. */
  windowMs: number;
  /** Main-thread task CPU time per second of window (threadTicks `TaskDuration`), ms/s. */
  taskCpuMsPerS: number;
  /** Of which JS (threadTicks `ScriptDuration`), ms/s. */
  scriptCpuMsPerS: number;
  /** Same task time in wall-clock (timeTicks `TaskDuration`), ms/s: context only. */
  taskWallMsPerS: number;
  /** Work the churn page did during the window. */
  counts: ChurnCounts;
  /** Null on the page without Cadence. */
  panel: PanelCheck | null;
  /** Why the page could not be made ready, if it could not (a panel out of its state, or one where none should be). */
  setupError: string | null;
}

export interface PairResult {
  kind: PairKind;
  round: number;
  with: WindowResult;
  without: WindowResult;
}

/** Where a frame's main-thread time goes, by the trace events that time it (each may nest in another). */
export const FRAME_PHASES = {
  style: 'UpdateLayoutTree',
  layout: 'Layout',
  paint: 'Paint',
  layerize: 'Layerize',
  timers: 'TimerFire',
} as const;
export type FramePhase = keyof typeof FRAME_PHASES;

export interface TraceResult {
  /** Span of the page's main-thread events in the trace, ms. */
  windowMs: number;
  /** Thread CPU time of the content script's callbacks, ms/s (0 where it does not run). */
  extensionCpuMsPerS: number;
  /** Thread CPU time of all the page's main-thread tasks (extension included), ms/s. */
  taskCpuMsPerS: number;
  /** The content script's callbacks per second. */
  callsPerS: number;
  /** Thread CPU time of each phase of the page's frames (`FRAME_PHASES`), ms/s. */
  phasesCpuMsPerS: Record<FramePhase, number>;
  /** The churn page's animation frames (`FireAnimationFrame`: it asks for one every frame) per second. */
  framesPerS: number;
  /** Layerize CPU time per animation frame, µs. */
  layerizeUsPerFrame: number;
}

export interface TracedPair {
  kind: PanelState;
  with: TraceResult;
  without: TraceResult;
  panel: PanelCheck;
  /** Why the page without Cadence could not be made ready, if it could not. */
  withoutSetupError: string | null;
  layers: { with: LayerSample; without: LayerSample };
  /** Extension pages in frames of the with-page (and, a check of the method, of the page without). */
  extensionFrames: { with: string[]; without: string[] };
}

/** How long the layer trees are listened to after a traced window: several of the churn bar's 4 s cycles' frames. */
const LAYER_SAMPLE_MS = 2_000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens Cadence's side panel page in a tab; it follows the call in whichever tab is brought to the front. */
export async function openSidePanel(context: BrowserContext, extensionId: string): Promise<Page> {
  const side = await context.newPage();
  await side.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  return side;
}

interface ReadyPage {
  page: Page;
  side: Side;
  setupError: string | null;
}

/** A fresh churn page for one side of a pair, its panel (if any) put in its state. */
async function openReady(context: BrowserContext, side: Side): Promise<ReadyPage> {
  const page = await context.newPage();
  let setupError: string | null = null;
  try {
    await page.goto(side === 'none' ? CHURN_URL_WITHOUT : CHURN_URL);
    // Both sides in front of their browser (aside needs it: the side panel follows the front tab).
    await page.bringToFront();
    if (side !== 'none') await SET_PANEL_STATE[side](page);
    // Playwright's first query of a page adds a listener of its own there, which gives the page a
    // composited layer more (a whole-page "TouchEventHandler" region, seen in LayerTree): the page
    // without Cadence is queried as well, so that both sides carry it. The query checks that no
    // panel is there.
    else if ((await countPanels(page)) !== 0) throw new Error('a Cadence panel on the page without Cadence');
  } catch (error) {
    // Measured all the same, so that the pair stays a pair; the figure of this state is INVALID.
    setupError = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  }
  // The pointer rests away from the panel and the page's controls, on both sides alike.
  await page.mouse.move(1, 1);
  return { page, side, setupError };
}

async function checkPanel(ready: ReadyPage): Promise<PanelSeen | null> {
  if (ready.side === 'none') return null;
  return readPanel(ready.page).catch(() => null);
}

function panelCheck(ready: ReadyPage, before: PanelSeen | null, after: PanelSeen | null): PanelCheck | null {
  if (ready.side === 'none') return null;
  const state = ready.side;
  const held = !ready.setupError && !!before && !!after && isIn(state, before) && isIn(state, after);
  return { state, before, after, held, error: ready.setupError };
}

async function metrics(session: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await session.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

const readCounts = (page: Page): Promise<ChurnCounts> =>
  page.evaluate(() => ({ ...(window as unknown as { __meetChurn: { counts: ChurnCounts } }).__meetChurn.counts }));

/** Both sides ready, settled, their panels read: what every pair does before its window. */
async function readyPair(contexts: readonly [BrowserContext, BrowserContext], sides: readonly [Side, Side], settleMs: number) {
  const ready = await Promise.all([openReady(contexts[0], sides[0]), openReady(contexts[1], sides[1])]);
  await pause(settleMs);
  const before = await Promise.all(ready.map(checkPanel));
  return { ready, before };
}

/** Starts one page's counters; the returned function stops them and gives the window's figures. */
async function startWindow(context: BrowserContext, page: Page) {
  // One session per time domain: each CDP session keeps its own Performance agent settings.
  const cpu = await context.newCDPSession(page);
  const wall = await context.newCDPSession(page);
  await cpu.send('Performance.enable', { timeDomain: 'threadTicks' });
  await wall.send('Performance.enable', { timeDomain: 'timeTicks' });
  const [counts0, cpu0, wall0] = await Promise.all([readCounts(page), metrics(cpu), metrics(wall)]);
  return async () => {
    const [cpu1, wall1, counts1] = await Promise.all([metrics(cpu), metrics(wall), readCounts(page)]);
    // Metrics are cumulative seconds: take deltas, normalise to ms per second of window.
    const seconds = wall1.Timestamp! - wall0.Timestamp!;
    const perS = (a: Record<string, number>, b: Record<string, number>, key: string) => ((b[key]! - a[key]!) * 1000) / seconds;
    const counts = Object.fromEntries(
      (Object.keys(counts1) as (keyof ChurnCounts)[]).map((key) => [key, counts1[key] - counts0[key]]),
    ) as unknown as ChurnCounts;
    return {
      windowMs: seconds * 1000,
      taskCpuMsPerS: perS(cpu0, cpu1, 'TaskDuration'),
      scriptCpuMsPerS: perS(cpu0, cpu1, 'ScriptDuration'),
      taskWallMsPerS: perS(wall0, wall1, 'TaskDuration'),
      counts,
    };
  };
}

/**
 * One simultaneous pair: `contexts[0]` plays "with" (side `sides[0]`), `contexts[1]` "without".
 * `browsers` says which browser each context is, for the output.
 */
export async function measurePair(
  kind: PairKind,
  round: number,
  contexts: readonly [BrowserContext, BrowserContext],
  browsers: readonly [number, number],
  sides: readonly [Side, Side],
  timing: TimingOptions,
): Promise<PairResult> {
  const { ready, before } = await readyPair(contexts, sides, timing.settleMs);
  try {
    const stops = await Promise.all(ready.map((r, i) => startWindow(contexts[i]!, r.page)));
    await pause(timing.windowMs);
    const figures = await Promise.all(stops.map((stop) => stop()));
    const after = await Promise.all(ready.map(checkPanel));
    const result = (i: number): WindowResult => ({
      side: sides[i]!,
      browser: browsers[i]!,
      ...figures[i]!,
      panel: panelCheck(ready[i]!, before[i] ?? null, after[i] ?? null),
      setupError: ready[i]!.setupError,
    });
    return { kind, round, with: result(0), without: result(1) };
  } finally {
    await Promise.all(ready.map((r) => r.page.close()));
  }
}

/** A pair of traced windows, then both pages' layers and frames; `contexts[0]` is the with-page's, in `state`. */
export async function tracePair(
  state: PanelState,
  contexts: readonly [BrowserContext, BrowserContext],
  scriptUrl: string,
  timing: TimingOptions,
): Promise<TracedPair> {
  const sides = [state, 'none'] as const;
  const { ready, before } = await readyPair(contexts, sides, timing.traceSettleMs);
  try {
    const browsers = contexts.map((context) => {
      const browser = context.browser();
      if (!browser) throw new Error('no browser to trace');
      return browser;
    });
    // Not the categories that time the commit and the viewport intersection as well: tracing them
    // slowed the traced page by far more than what it measured (+38 % of task time seen).
    await Promise.all(
      browsers.map((browser, i) => browser.startTracing(ready[i]!.page, { categories: ['devtools.timeline', 'toplevel'] })),
    );
    await pause(timing.windowMs);
    const buffers = await Promise.all(browsers.map((browser) => browser.stopTracing()));
    const after = await checkPanel(ready[0]!);
    const layers = await Promise.all(ready.map((r, i) => sampleLayers(contexts[i]!, r.page, LAYER_SAMPLE_MS)));
    return {
      kind: state,
      with: analyseTrace(buffers[0]!, scriptUrl),
      without: analyseTrace(buffers[1]!, scriptUrl),
      panel: panelCheck(ready[0]!, before[0] ?? null, after)!,
      withoutSetupError: ready[1]!.setupError,
      layers: { with: layers[0]!, without: layers[1]! },
      extensionFrames: { with: extensionFrames(ready[0]!.page), without: extensionFrames(ready[1]!.page) },
    };
  } finally {
    await Promise.all(ready.map((r) => r.page.close()));
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) duration, µs. */
  tdur?: number;
  args?: { data?: { url?: string } };
}

/**
 * Adds up, on the churn page's main thread, the thread CPU time of the tasks, of each phase of
 * its frames, and of the content script's callbacks (`FunctionCall` events whose script is the
 * content script: timers, the MutationObserver, listeners, with the DOM calls and microtasks they
 * make); and counts its animation frames.
 */
export function analyseTrace(buffer: Buffer, scriptUrl: string): TraceResult {
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  // The page's main thread is the one running the churn script (one churn page per browser at a time).
  const churn = events.find((e) => e.name === 'FunctionCall' && e.args?.data?.url?.endsWith('/__fixtures__/meet-churn.js'));
  if (!churn) throw new Error('no churn script activity in the trace');
  const thread = events.filter((e) => e.pid === churn.pid && e.tid === churn.tid);
  const main = thread.filter((e) => e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const cpu = (e: TraceEvent) => e.tdur ?? e.dur!;
  // Outermost events only, so nested ones are not counted twice.
  const outermost = (keep: (e: TraceEvent) => boolean) => {
    let end = -Infinity;
    return main.filter((e) => {
      if (!keep(e) || e.ts < end) return false;
      end = e.ts + e.dur!;
      return true;
    });
  };
  const tasks = outermost((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const calls = outermost((e) => e.name === 'FunctionCall' && e.args?.data?.url === scriptUrl);
  const seconds = (Math.max(...main.map((e) => e.ts + e.dur!)) - main[0]!.ts) / 1e6;
  const sum = (list: TraceEvent[]) => list.reduce((total, e) => total + cpu(e), 0) / 1000;
  const phasesCpuMsPerS = Object.fromEntries(
    Object.entries(FRAME_PHASES).map(([phase, name]) => [phase, sum(outermost((e) => e.name === name)) / seconds]),
  ) as Record<FramePhase, number>;
  const frames = thread.filter((e) => e.name === 'FireAnimationFrame' && (e.ph === 'X' || e.ph === 'B')).length;
  return {
    windowMs: seconds * 1000,
    extensionCpuMsPerS: sum(calls) / seconds,
    taskCpuMsPerS: sum(tasks) / seconds,
    callsPerS: calls.length / seconds,
    phasesCpuMsPerS,
    framesPerS: frames / seconds,
    layerizeUsPerFrame: frames ? (phasesCpuMsPerS.layerize * seconds * 1000) / frames : NaN,
  };
}
