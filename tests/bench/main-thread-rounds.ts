// Figure 3's schedule: which pairs run, in which order, on which browser.
//
// Each round runs one pair of each kind the A/B judges (open, folded, work) and one A/A pair,
// in an order that turns by one each round, so no kind always comes first after a quiet spell
// or last in a busy one: the A/A is measured across the same moments as what it corrects. The
// two browsers swap roles every round (churn-pages.ts), for the A/A pairs as for the others.
// Then one traced pair per state (`traceRounds`), and last the side panel's block: Cadence's
// side panel page opened in both browsers (so that both sides share that extra page), then its
// pairs and its traced pair, the with-page brought to the front so the side panel follows it.
import type { BrowserContext } from 'playwright-core';
import {
  measurePair,
  openSidePanel,
  tracePair,
  type PairKind,
  type PairResult,
  type Side,
  type TimingOptions,
  type TracedPair,
} from './main-thread';
import type { PanelState } from './panel-states';

export interface MainThreadOptions extends TimingOptions {
  /** Pairs of each judged state, and of the A/A. */
  rounds: number;
  /** Pairs with the side panel showing the call (context, not judged). */
  asideRounds: number;
  /** Traced pairs of each state. */
  traceRounds: number;
}

export interface MainThreadRun {
  pairs: PairResult[];
  traces: TracedPair[];
  seconds: number;
}

export interface BenchPair {
  contexts: readonly [BrowserContext, BrowserContext];
  extensionId: string;
  scriptUrl: string;
}

/** The states whose A/B pairs are judged, in the first round's order after the A/A. */
export const JUDGED_STATES = ['open', 'folded', 'work'] as const satisfies readonly PanelState[];
const KINDS: readonly PairKind[] = ['aa', ...JUDGED_STATES];

const sidesOf = (kind: PairKind): readonly [Side, Side] => (kind === 'aa' ? ['open', 'open'] : [kind, 'none']);

/** Round r's roles: browser 0 plays "with" in odd rounds, browser 1 in even ones. */
function roles(bench: BenchPair, round: number) {
  const [a, b] = bench.contexts;
  return round % 2 === 1
    ? { browsers: [0, 1] as const, contexts: [a, b] as const }
    : { browsers: [1, 0] as const, contexts: [b, a] as const };
}

export async function measureMainThread(
  bench: BenchPair,
  options: MainThreadOptions,
  log: (message: string) => void,
): Promise<MainThreadRun> {
  const started = Date.now();
  const pairs: PairResult[] = [];
  const traces: TracedPair[] = [];
  const pair = async (kind: PairKind, round: number) => {
    const { browsers, contexts } = roles(bench, round);
    pairs.push(await measurePair(kind, round, contexts, browsers, sidesOf(kind), options));
  };
  const trace = async (state: PanelState, round: number) => {
    log(`figure 3: traced pair ${round}/${options.traceRounds}, ${state}`);
    traces.push(await tracePair(state, roles(bench, round).contexts, bench.scriptUrl, options));
  };

  for (let round = 1; round <= options.rounds; round++) {
    const turn = (round - 1) % KINDS.length;
    const order = [...KINDS.slice(turn), ...KINDS.slice(0, turn)];
    log(`figure 3: round ${round}/${options.rounds} (${order.join(', ')}), browser ${roles(bench, round).browsers[0]} with`);
    for (const kind of order) await pair(kind, round);
  }
  for (let round = 1; round <= options.traceRounds; round++) {
    for (const state of JUDGED_STATES) await trace(state, round);
  }

  const sidePanels = await Promise.all(bench.contexts.map((context) => openSidePanel(context, bench.extensionId)));
  try {
    for (let round = 1; round <= options.asideRounds; round++) {
      log(`figure 3: round ${round}/${options.asideRounds} with the side panel showing the call`);
      await pair('aside', round);
    }
    for (let round = 1; round <= options.traceRounds; round++) await trace('aside', round);
  } finally {
    await Promise.all(sidePanels.map((page) => page.close()));
  }
  return { pairs, traces, seconds: (Date.now() - started) / 1000 };
}
