// Figure 3's verdicts from its pairs and traces: per state, the A/B figure (median of the pairs'
// differences minus the A/A's median, in ms/s and %), and the structural rows that do not depend on
// the machine's noise (layers, extension frames, traced Layerize per frame, the page's frame rate,
// Cadence's own callbacks). How and why: README.md beside this file.
import type { Row, Verdict } from './bench-table';
import { BUDGET } from './budgets';
import { addedLayers, describeLayer } from './layers';
import {
  FRAME_PHASES,
  type ChurnCounts,
  type FramePhase,
  type PairKind,
  type PairResult,
  type TracedPair,
  type WindowResult,
} from './main-thread';
import type { MainThreadOptions, MainThreadRun } from './main-thread-rounds';
import { PANEL_STATES, type PanelState } from './panel-states';
import { median } from './stats';

const B = BUDGET.mainThread;

export const STATE_LABELS: Record<PanelState, string> = {
  open: 'panel open, work area closed',
  folded: 'folded to its strip',
  work: 'work area open',
  aside: 'aside, the side panel showing the call',
};

const fixed = (value: number, digits = 2) => value.toFixed(digits);
const signed = (value: number, digits = 2) => `${value >= 0 ? '+' : ''}${fixed(value, digits)}`;
const msAndPercent = (ms: number, ratio: number) => `${signed(ms)} ms/s (${signed(ratio * 100)} %)`;
const span = (values: readonly number[], format: (v: number) => string) =>
  `${format(Math.min(...values))} .. ${format(Math.max(...values))}`;
const verdict = (ok: boolean): Verdict => (ok ? 'ok' : 'BROKEN');

const framesPerS = (w: WindowResult) => (w.counts.frames * 1000) / w.windowMs;

/** One pair's figures: the with-page's extra CPU time and frame rate against the other page's. */
function pairFigures(pair: PairResult) {
  const diffMsPerS = pair.with.taskCpuMsPerS - pair.without.taskCpuMsPerS;
  return {
    diffMsPerS,
    ratio: diffMsPerS / pair.without.taskCpuMsPerS,
    frameRatio: (framesPerS(pair.with) - framesPerS(pair.without)) / framesPerS(pair.without),
    // Every panel of the pair in its state just before and just after the window.
    held:
      [pair.with.panel, pair.without.panel].every((panel) => panel === null || panel.held) &&
      !pair.with.setupError &&
      !pair.without.setupError,
  };
}

/** The churn page's counters must match for a difference to mean anything. */
function compareCounts(pairs: readonly PairResult[]) {
  const keys = Object.keys(pairs[0]!.with.counts) as (keyof ChurnCounts)[];
  return keys.map((key) => {
    const withCount = median(pairs.map((p) => p.with.counts[key]));
    const withoutCount = median(pairs.map((p) => p.without.counts[key]));
    // The timer jobs are deterministic: at most one tick either side of a window edge. rAF frames
    // are paced by the compositor and drop when other processes take the CPU; within 3 % they
    // move the page's work by less than the pairs' own spread.
    const tolerance = key === 'frames' ? 0.03 * withoutCount : 1;
    return { key, with: withCount, without: withoutCount, same: Math.abs(withCount - withoutCount) <= tolerance };
  });
}

/** What the pairs of one kind say, before the A/A is taken off. */
function analysePairs(pairs: readonly PairResult[]) {
  const figures = pairs.map(pairFigures);
  const counts = compareCounts(pairs);
  const of = (side: 'with' | 'without', key: 'taskCpuMsPerS' | 'taskWallMsPerS' | 'scriptCpuMsPerS') =>
    median(pairs.map((p) => p[side][key]));
  return {
    n: pairs.length,
    diffsMsPerS: figures.map((f) => f.diffMsPerS),
    ratios: figures.map((f) => f.ratio),
    frameRatios: figures.map((f) => f.frameRatio),
    medianMsPerS: median(figures.map((f) => f.diffMsPerS)),
    medianRatio: median(figures.map((f) => f.ratio)),
    medianFrameRatio: median(figures.map((f) => f.frameRatio)),
    held: figures.filter((f) => f.held).length,
    counts,
    countsSame: counts.every((c) => c.same),
    task: { with: of('with', 'taskCpuMsPerS'), without: of('without', 'taskCpuMsPerS') },
    script: { with: of('with', 'scriptCpuMsPerS'), without: of('without', 'scriptCpuMsPerS') },
    wall: { with: of('with', 'taskWallMsPerS'), without: of('without', 'taskWallMsPerS') },
    callStates: [...new Set(pairs.map((p) => p.with.panel?.after?.callState ?? p.with.panel?.error ?? 'unread'))],
  };
}
type PairsAnalysis = ReturnType<typeof analysePairs>;

function analyseAa(pairs: readonly PairResult[]) {
  const aa = analysePairs(pairs);
  const problems = [
    ...(aa.n < B.minPairs ? [`${aa.n} pairs, fewer than ${B.minPairs}`] : []),
    ...(Math.abs(aa.medianRatio * 100) > B.aaPercent ? [`median ${signed(aa.medianRatio * 100)} % outside ±${B.aaPercent} %`] : []),
    ...(aa.countsSame ? [] : ['the churn counters differ']),
    ...(aa.held === aa.n ? [] : [`the panel out of its state in ${aa.n - aa.held} pairs`]),
  ];
  return { ...aa, valid: problems.length === 0, problems };
}
type AaAnalysis = ReturnType<typeof analyseAa>;

/** One state's traced pairs: Cadence's callbacks, Layerize per frame, its layers and frames. */
function analyseTraces(traces: readonly TracedPair[]) {
  const added = traces.map((t) => addedLayers(t.layers.with.layers, t.layers.without.layers));
  // The pair with the most added layers speaks for the state (they should all agree: structure).
  const most = added.reduce((a, b) => (b.length > a.length ? b : a), []);
  return {
    n: traces.length,
    held: traces.every((t) => t.panel.held && !t.withoutSetupError),
    callbacksMsPerS: median(traces.map((t) => t.with.extensionCpuMsPerS)),
    callsPerS: median(traces.map((t) => t.with.callsPerS)),
    layerizeUsPerFrame: {
      with: median(traces.map((t) => t.with.layerizeUsPerFrame)),
      without: median(traces.map((t) => t.without.layerizeUsPerFrame)),
      added: median(traces.map((t) => t.with.layerizeUsPerFrame - t.without.layerizeUsPerFrame)),
    },
    addedLayers: most,
    addedLayerCounts: added.map((list) => list.length),
    layerCounts: traces.map((t) => ({ with: t.layers.with.layers.length, without: t.layers.without.layers.length })),
    extensionFrames: traces.map((t) => t.extensionFrames.with.length),
    framesWithout: traces.map((t) => t.extensionFrames.without.length),
    phases: (Object.keys(FRAME_PHASES) as FramePhase[]).map((phase) => ({
      phase,
      with: median(traces.map((t) => t.with.phasesCpuMsPerS[phase])),
      without: median(traces.map((t) => t.without.phasesCpuMsPerS[phase])),
    })),
    tasks: { with: median(traces.map((t) => t.with.taskCpuMsPerS)), without: median(traces.map((t) => t.without.taskCpuMsPerS)) },
    framesPerS: { with: median(traces.map((t) => t.with.framesPerS)), without: median(traces.map((t) => t.without.framesPerS)) },
  };
}
type TraceAnalysis = ReturnType<typeof analyseTraces>;

export interface StateFigures {
  state: PanelState;
  pairs: PairsAnalysis;
  traces: TraceAnalysis;
  /** Median of the pairs' differences minus the A/A's, ms/s and as a ratio of the page's own. */
  addedMsPerS: number;
  addedRatio: number;
}

export function analyseMainThread(run: MainThreadRun) {
  const ofKind = (kind: PairKind) => run.pairs.filter((p) => p.kind === kind);
  const aa = analyseAa(ofKind('aa'));
  const states = PANEL_STATES.map((state): StateFigures => {
    const pairs = analysePairs(ofKind(state));
    return {
      state,
      pairs,
      traces: analyseTraces(run.traces.filter((t) => t.kind === state)),
      addedMsPerS: pairs.medianMsPerS - aa.medianMsPerS,
      addedRatio: pairs.medianRatio - aa.medianRatio,
    };
  });
  return { aa, states };
}
export type MainThreadAnalysis = ReturnType<typeof analyseMainThread>;

/** The A/B row of a state: judged, except aside (structure only) and where the run cannot judge it. */
function abRow(figures: StateFigures, aa: AaAnalysis): Row {
  const { state, pairs } = figures;
  const value = msAndPercent(figures.addedMsPerS, figures.addedRatio);
  const label = `main-thread CPU added, ${STATE_LABELS[state]}: median of ${pairs.n} pairs - A/A`;
  if (state === 'aside') return { figure: `${label} (not judged)`, value, budget: '-', verdict: '-' };
  const budget = B.addedMsPerS[state];
  const valid = aa.valid && pairs.n >= B.minPairs && pairs.countsSame && pairs.held === pairs.n;
  return {
    figure: label,
    value,
    budget: `<= ${fixed(budget.max, 1)} ms/s${budget.aim === null ? '' : ` (aim ${fixed(budget.aim, 1)})`}`,
    verdict: valid ? verdict(figures.addedMsPerS <= budget.max) : 'INVALID',
  };
}

/** The structural rows of a state; INVALID where its traced panel was not in its state. */
function structureRows(figures: StateFigures, aa: AaAnalysis): Row[] {
  const { state, traces, pairs } = figures;
  const judged = (ok: boolean): Verdict => (traces.held ? verdict(ok) : 'INVALID');
  const rows: Row[] = [];
  const added = traces.addedLayers;
  const maxLayers = state === 'work' ? null : B.addedLayers[state];
  const small = added.every((layer) => layer.width <= B.foldedLayerPx.width && layer.height <= B.foldedLayerPx.height);
  rows.push({
    figure: '  composited layers added (CDP LayerTree, against the page without Cadence)',
    value: `${added.length}${added.length ? `: ${added.map(describeLayer).join(', ')}` : ''}`,
    budget:
      maxLayers === null
        ? '-'
        : state === 'folded'
          ? `<= ${maxLayers}, <= ${B.foldedLayerPx.width}x${B.foldedLayerPx.height}`
          : `<= ${maxLayers}`,
    verdict: maxLayers === null ? '-' : judged(Math.max(...traces.addedLayerCounts) <= maxLayers && (state !== 'folded' || small)),
  });
  const frames = B.extensionFrames[state];
  rows.push({
    figure: '  extension frames in the page',
    value: String(Math.max(...traces.extensionFrames)),
    budget: `= ${frames}`,
    verdict: judged(traces.extensionFrames.every((n) => n === frames) && traces.framesWithout.every((n) => n === 0)),
  });
  rows.push({
    figure: '  Layerize per frame added, traced',
    value: `${signed(traces.layerizeUsPerFrame.added, 1)} us`,
    budget: `<= ${B.layerizeUsPerFrame} us`,
    verdict: judged(traces.layerizeUsPerFrame.added <= B.layerizeUsPerFrame),
  });
  const [low, high] = [Math.min(...aa.frameRatios), Math.max(...aa.frameRatios)];
  // Aside, the pairs run with the side panel page open in both browsers, which the A/A did not have: context.
  rows.push({
    figure: '  churn frame rate, with vs without (median of the pairs)',
    value: `${signed(pairs.medianFrameRatio * 100)} %`,
    budget: state === 'aside' ? '-' : `within A/A ${span(aa.frameRatios, (v) => `${signed(v * 100)} %`)}`,
    verdict:
      state === 'aside'
        ? '-'
        : pairs.held === pairs.n
          ? verdict(pairs.medianFrameRatio >= low && pairs.medianFrameRatio <= high)
          : 'INVALID',
  });
  rows.push({
    figure: "  Cadence's own callbacks, traced",
    value: `${fixed(traces.callbacksMsPerS, 3)} ms/s, ${fixed(traces.callsPerS, 1)} /s`,
    budget: `<= ${B.callbacksMsPerS} ms/s, <= ${B.callbacksPerS} /s`,
    verdict: judged(traces.callbacksMsPerS <= B.callbacksMsPerS && traces.callsPerS <= B.callbacksPerS),
  });
  return rows;
}

export function mainThreadRows(analysis: MainThreadAnalysis): Row[] {
  const { aa, states } = analysis;
  return [
    {
      figure: `main-thread A/A (both browsers with Cadence, panel open), median of ${aa.n} pairs`,
      value: msAndPercent(aa.medianMsPerS, aa.medianRatio),
      budget: `within +-${B.aaPercent} %`,
      verdict: aa.valid ? 'ok' : 'INVALID',
    },
    ...states.flatMap((figures) => [abRow(figures, aa), ...structureRows(figures, aa)]),
  ];
}

/** The lines under the table: every pair, the spreads, where the traced time goes. */
export function mainThreadContext(analysis: MainThreadAnalysis, options: MainThreadOptions, seconds: number): string[] {
  const { aa, states } = analysis;
  const pairList = (p: PairsAnalysis) => p.diffsMsPerS.map((d) => signed(d)).join(', ');
  const counts = (p: PairsAnalysis) =>
    p.counts.map((c) => `${c.key} ${c.with}/${c.without}`).join(', ') + (p.countsSame ? ' -> same work' : ' -> DIFFERENT work: not valid');
  const lines = [
    `main thread, meet-churn.html in 2 browsers both carrying Cadence, the "without" page at an address it does not match, ` +
      `roles swapped each round; fresh pages per pair, ${options.settleMs / 1000} s settle + ${options.windowMs / 1000} s window at the same time ` +
      `(traced pairs: ${options.traceSettleMs / 1000} s settle); ` +
      `${fixed(seconds, 0)} s in all`,
    `  figure = median of the pairs' (with - without) TaskDuration CPU (threadTicks) minus the A/A's median, ms/s and % of the page's own`,
    `A/A, both pages with the panel open: pairs ${pairList(aa)} ms/s (spread ${span(aa.diffsMsPerS, signed)}), ` +
      `${span(aa.ratios, (v) => `${signed(v * 100)} %`)} -> median ${msAndPercent(aa.medianMsPerS, aa.medianRatio)}; ` +
      `frame rate ${span(aa.frameRatios, (v) => `${signed(v * 100)} %`)}; ${counts(aa)}` +
      (aa.valid ? '' : `; INVALID: ${aa.problems.join(', ')}`),
  ];
  for (const { state, pairs, traces, addedMsPerS, addedRatio } of states) {
    const budget = state === 'aside' ? null : B.addedMsPerS[state].max;
    const pairSpread = Math.max(...pairs.diffsMsPerS) - Math.min(...pairs.diffsMsPerS);
    lines.push(
      `${state} (${STATE_LABELS[state]}): pairs ${pairList(pairs)} ms/s (spread ${span(pairs.diffsMsPerS, signed)}) -> median ` +
        `${msAndPercent(pairs.medianMsPerS, pairs.medianRatio)}, minus A/A -> ${msAndPercent(addedMsPerS, addedRatio)}` +
        (budget !== null && pairSpread > 2 * budget
          ? `; the pairs span ${fixed(pairSpread)} ms/s: the structural rows carry the verdict`
          : ''),
      `  task CPU median with ${fixed(pairs.task.with)} / without ${fixed(pairs.task.without)} ms/s; script ${fixed(pairs.script.with)} / ` +
        `${fixed(pairs.script.without)}; wall clock ${fixed(pairs.wall.with)} / ${fixed(pairs.wall.without)} (not judged: descheduling); ` +
        `panel in its state in ${pairs.held}/${pairs.n} pairs, call state ${pairs.callStates.join(', ')}`,
      `  churn work per window, median with / without: ${counts(pairs)}; frame rate ${span(pairs.frameRatios, (v) => `${signed(v * 100)} %`)}`,
      `  traced (${traces.n} pair${traces.n === 1 ? '' : 's'}): own callbacks ${fixed(traces.callbacksMsPerS, 3)} ms/s, ${fixed(traces.callsPerS, 1)}/s; ` +
        `Layerize per frame ${fixed(traces.layerizeUsPerFrame.with, 1)} / ${fixed(traces.layerizeUsPerFrame.without, 1)} us ` +
        `(${fixed(traces.framesPerS.with, 1)} / ${fixed(traces.framesPerS.without, 1)} frames/s); by phase, CPU ms/s with / without: ` +
        traces.phases.map((p) => `${p.phase} ${fixed(p.with)} / ${fixed(p.without)}`).join(', ') +
        `; all tasks ${fixed(traces.tasks.with)} / ${fixed(traces.tasks.without)}` +
        `; layers ${traces.layerCounts.map((c) => `${c.with}/${c.without}`).join(', ')}` +
        (traces.held ? '' : '; the traced panel was NOT in its state'),
    );
  }
  return lines;
}
