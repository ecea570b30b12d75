import { describe, expect, it } from 'vitest';
import { handleCommand } from '@/utils/background/calls/handle-command';
import { panelCollapsedItem } from '@/utils/shared/storage-items';

describe('keyboard commands', () => {
  it('fold and open the panel on the shortcut, for every Meet tab watching', async () => {
    const seen: boolean[] = [];
    const stop = panelCollapsedItem.watch((value) => seen.push(value));
    await handleCommand('toggle-panel', undefined, { toggle: async () => {} });
    expect(await panelCollapsedItem.getValue()).toBe(true);
    await handleCommand('toggle-panel', undefined, { toggle: async () => {} });
    expect(await panelCollapsedItem.getValue()).toBe(false);
    stop();
    expect(seen).toEqual([true, false]);
  });

  it('ignore commands Cadence does not know', async () => {
    await handleCommand('something-else', undefined, { toggle: async () => {} });
    expect(await panelCollapsedItem.getValue()).toBe(false);
  });
});
