import type { ImportGraph, SourceGraph } from './import-graph';

/**
 * The layout's layers, by where the code runs then by concern, and what each
 * may import. Read bottom-up: core is pure rules and values; shared, the Meet
 * adapter and the protocol build on it; the background owns the data; each
 * surface of components/ draws one page (or the panel) from common/ and the
 * layers under it.
 */
export type Layer = 'core' | 'shared' | 'meet' | 'protocol' | 'background' | 'common' | `surface:${string}` | 'entrypoints';

export const SURFACES = ['call-panel', 'workspace', 'report', 'options', 'student', 'popup', 'side-panel', 'privacy', 'month'] as const;

/**
 * A surface that shows another whole: the session's work holds the report as its
 * last tab, and the side panel is the call panel beside any tool. The only
 * imports across surfaces.
 */
export const HOSTED: Record<string, string[]> = {
  workspace: ['report'],
  'side-panel': ['call-panel'],
};

const BELOW: Record<string, Layer[]> = {
  core: ['core'],
  // The protocol's sender check knows Meet's origin, as the adapter writes it.
  meet: ['core', 'meet'],
  shared: ['core', 'shared'],
  protocol: ['core', 'meet', 'protocol'],
  background: ['core', 'shared', 'meet', 'protocol', 'background'],
  common: ['core', 'shared', 'meet', 'protocol', 'common'],
};

/** The layer a file belongs to, or null for a file outside the layout. */
export function layerOf(path: string): Layer | null {
  const util = /^utils\/(core|shared|meet|protocol|background)\//.exec(path);
  if (util) return util[1] as Layer;
  if (path.startsWith('components/common/')) return 'common';
  const surface = /^components\/([a-z-]+)\//.exec(path)?.[1];
  if (surface && (SURFACES as readonly string[]).includes(surface)) return `surface:${surface}`;
  if (path.startsWith('entrypoints/')) return 'entrypoints';
  return null;
}

function mayImport(from: Layer, to: Layer): boolean {
  if (from === 'entrypoints') return to !== 'entrypoints';
  if (from.startsWith('surface:')) {
    const surface = from.slice('surface:'.length);
    const hosted = (HOSTED[surface] ?? []).map((name) => `surface:${name}`);
    return [...BELOW.common!, from, ...hosted].includes(to);
  }
  return BELOW[from]!.includes(to);
}

/** Every import that breaks the layering, as `from → to`; a file outside the layout is one too. */
export function layeringBreaches(graph: SourceGraph): string[] {
  const breaches: string[] = [];
  for (const [file, targets] of Object.entries(graph)) {
    const from = layerOf(file);
    if (!from) {
      breaches.push(`${file}: outside the layout`);
      continue;
    }
    for (const target of targets) {
      const to = layerOf(target);
      if (!to || !mayImport(from, to)) breaches.push(`${file} → ${target}`);
    }
  }
  return breaches.sort();
}

/** The import cycles of a graph: each a set of files that reach one another, listed in order. */
export function importCycles(graph: SourceGraph): string[][] {
  // Tarjan's strongly connected components; a file importing itself is a cycle too.
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, next);
    low.set(file, next++);
    stack.push(file);
    onStack.add(file);
    for (const target of graph[file] ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || (graph[file] ?? []).includes(file)) cycles.push(component.sort());
  };
  for (const file of Object.keys(graph)) if (!index.has(file)) visit(file);
  return cycles;
}

/** The module every request to the background goes through (`sendToBackground`). */
export const MESSAGING = 'utils/protocol/send-to-background.ts';

/**
 * The files of common/ allowed to import the messaging module, each with why. None: the flows
 * several surfaces show (cancelling, moving a session) take their requests from the model of the
 * surface that shows them.
 */
export const MESSAGING_IN_COMMON: Record<string, string> = {};

const isSurfaceModel = (file: string) => layerOf(file)?.startsWith('surface:') === true && file.endsWith('/model.ts');

/**
 * In components/, every importer of the messaging module other than a surface's model.ts (and the
 * common/ files `allowed` names): a type-only import counts, as a `send` handed to a component is a
 * request sent from it.
 */
export function messagingBreaches(graph: SourceGraph, allowed: Record<string, string> = MESSAGING_IN_COMMON): string[] {
  return Object.entries(graph)
    .filter(([file, targets]) => file.startsWith('components/') && targets.includes(MESSAGING))
    .filter(([file]) => !isSurfaceModel(file) && !(file in allowed))
    .map(([file]) => `${file} → ${MESSAGING}`)
    .sort();
}

/**
 * What a surface's folder lacks or holds twice: each has one model.ts (its signals and actions) and
 * one mount.tsx (what its page, or the content script, calls); another file named as a model or a
 * mount would be a second one.
 */
export function surfaceShapeProblems(files: string[]): string[] {
  const problems: string[] = [];
  for (const surface of SURFACES) {
    for (const own of ['model.ts', 'mount.tsx'])
      if (!files.includes(`components/${surface}/${own}`)) problems.push(`components/${surface}: no ${own}`);
  }
  for (const file of files) {
    if (!layerOf(file)?.startsWith('surface:')) continue;
    const name = file.slice(file.lastIndexOf('/') + 1);
    if (/model\.tsx?$/.test(name) && name !== 'model.ts') problems.push(`${file}: a second model`);
    if (/mount\.tsx?$/.test(name) && name !== 'mount.tsx') problems.push(`${file}: a second mount`);
  }
  return problems.sort();
}

/** Each page's main.tsx that does more than call its surface's mount: it imports nothing else of the project. */
export function entryWiringProblems(graph: SourceGraph): string[] {
  const problems: string[] = [];
  for (const [file, targets] of Object.entries(graph)) {
    if (!/^entrypoints\/[^/]+\/main\.tsx$/.test(file)) continue;
    const mounts = targets.filter((target) => /^components\/[a-z-]+\/mount\.tsx$/.test(target));
    if (mounts.length !== 1) problems.push(`${file}: ${mounts.length} mounts`);
    for (const other of targets.filter((target) => !mounts.includes(target))) problems.push(`${file} → ${other}`);
  }
  return problems.sort();
}

/**
 * What the content script's run-time closure must not carry (Meet's page loads it whole, in every
 * call): zod, idb and dayjs, and nothing of the background, of the outbox or of the date writer.
 */
const CONTENT_SCRIPT_PACKAGES = ['zod', 'idb', 'dayjs'];
const CONTENT_SCRIPT_FILES = /^utils\/(background|core\/sync)\/|^utils\/shared\/format-date-time\.ts$/;

/** The packages and files of the content script's closure that it must not carry. */
export function contentScriptBreaches(closure: ImportGraph): string[] {
  return [
    ...closure.packages.filter((name) => CONTENT_SCRIPT_PACKAGES.includes(name)),
    ...closure.files.filter((file) => CONTENT_SCRIPT_FILES.test(file)),
  ];
}
