// Structure, not time: the composited layers and the extension frames a page has. They do not
// depend on the machine's noise, so they back a small A/B figure (or refute it) on their own.
//
// Layers: CDP `LayerTree.enable`, then each `layerTreeDidChange` carries the page's whole layer
// list. The churn page's own count moves (its control bar, a layer of its own, is away 400 ms in
// every 4 s), so a page's layers are those of its most frequent count. The layers Cadence adds are
// the with-page's layers that have no twin (same node, size, place and drawing) in the same page without
// it. Each is named by its DOM node where it has one (`DOM.describeNode`), for the output.
//
// Frames: `Page.getFrameTree` lists only the frames in the page's own process, and an extension's
// page in a frame is always in another (site isolation): it is not there. Playwright's frame list
// is, as it attaches to every frame's target (CDP `Target.setAutoAttach`).
import type { BrowserContext, Page } from 'playwright-core';

export interface LayerInfo {
  width: number;
  height: number;
  /** Where it is drawn in the page, from its offset and its transform's translation, px. */
  x: number;
  y: number;
  drawsContent: boolean;
  /** Its DOM node, as `name.class`, or null (the page's own root and scroll layers). */
  node: string | null;
}

export interface LayerSample {
  /** Layer count of each tree the compositor sent. */
  counts: number[];
  /** The layers of the last tree of the most frequent count. */
  layers: LayerInfo[];
}

interface CdpLayer {
  layerId: string;
  backendNodeId?: number;
  offsetX: number;
  offsetY: number;
  width: number;
  height: number;
  transform?: number[];
  drawsContent: boolean;
}

/** Listens to the page's layer trees for `ms`. */
export async function sampleLayers(context: BrowserContext, page: Page, ms: number): Promise<LayerSample> {
  const session = await context.newCDPSession(page);
  try {
    const trees: CdpLayer[][] = [];
    session.on('LayerTree.layerTreeDidChange', (event) => {
      if (event.layers) trees.push(event.layers as CdpLayer[]);
    });
    await session.send('LayerTree.enable');
    await new Promise((resolve) => setTimeout(resolve, ms));
    await session.send('LayerTree.disable');
    if (trees.length === 0) throw new Error('no layer tree in the sample');
    const counts = trees.map((tree) => tree.length);
    const frequency = new Map<number, number>();
    for (const count of counts) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    const typical = [...frequency].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
    const tree = trees.findLast((candidate) => candidate.length === typical)!;
    // describeNode needs the DOM agent to know the document, its shadow roots included.
    await session.send('DOM.getDocument', { depth: -1, pierce: true });
    const layers = await Promise.all(
      tree.map(async (layer): Promise<LayerInfo> => {
        const translate = layer.transform ? [layer.transform[12]!, layer.transform[13]!] : [0, 0];
        return {
          width: layer.width,
          height: layer.height,
          x: Math.round(layer.offsetX + translate[0]!),
          y: Math.round(layer.offsetY + translate[1]!),
          drawsContent: layer.drawsContent,
          node: layer.backendNodeId ? await nodeName(session, layer.backendNodeId) : null,
        };
      }),
    );
    return { counts, layers };
  } finally {
    await session.detach().catch(() => {});
  }
}

async function nodeName(session: Awaited<ReturnType<BrowserContext['newCDPSession']>>, backendNodeId: number): Promise<string> {
  try {
    const { node } = await session.send('DOM.describeNode', { backendNodeId });
    const attributes = node.attributes ?? [];
    const className = attributes[attributes.indexOf('class') + 1];
    const id = attributes[attributes.indexOf('id') + 1];
    const name = node.nodeName.toLowerCase();
    return attributes.includes('id') ? `${name}#${id}` : attributes.includes('class') ? `${name}.${className!.split(' ')[0]}` : name;
  } catch {
    return '(gone)'; // the node left the page since that tree (the churn page rebuilds its bar)
  }
}

const twinKey = (layer: LayerInfo) => `${layer.node}:${layer.width}x${layer.height}@${layer.x},${layer.y}:${layer.drawsContent}`;

/** The with-page's layers with no twin (same node, size, place and drawing) in the page without Cadence. */
export function addedLayers(withPage: readonly LayerInfo[], withoutPage: readonly LayerInfo[]): LayerInfo[] {
  const unmatched = new Map<string, number>();
  for (const layer of withoutPage) unmatched.set(twinKey(layer), (unmatched.get(twinKey(layer)) ?? 0) + 1);
  return withPage.filter((layer) => {
    const left = unmatched.get(twinKey(layer)) ?? 0;
    if (left === 0) return true;
    unmatched.set(twinKey(layer), left - 1);
    return false;
  });
}

export const describeLayer = (layer: LayerInfo) => `${layer.node ?? 'layer'} ${layer.width}x${layer.height}`;

/** Frames in the page (its own excepted) showing an extension's page. */
export function extensionFrames(page: Page): string[] {
  return page
    .frames()
    .filter((frame) => frame !== page.mainFrame() && !frame.isDetached() && frame.url().startsWith('chrome-extension://'))
    .map((frame) => frame.url());
}
