/** Saves what one part of a page holds at once; resolves true once it is on disk (or there was nothing to save). */
export type SaveNow = () => Promise<boolean>;

/**
 * What a page has not saved yet: the parts that hold unsaved words (each
 * saves at once when asked) and the requests on their way. The page's frame
 * can be taken away at any moment; settling first keeps its work.
 */
export function createPendingWrites() {
  const savers = new Set<SaveNow>();
  const out = new Set<Promise<boolean>>();
  return {
    /** A part of the page that may hold unsaved work; returns its removal, for when it goes. */
    add(save: SaveNow): () => void {
      savers.add(save);
      return () => void savers.delete(save);
    },
    /** A write on its way: settling waits for its answer. */
    track(write: Promise<boolean>): void {
      out.add(write);
      const gone = () => void out.delete(write);
      write.then(gone, gone);
    },
    /** Saves everything at once and waits for every write out; true when all of it is on disk. */
    async settle(): Promise<boolean> {
      // The savers first: what they send is tracked, and waited for with the rest.
      const saving = [...savers].map((save) => {
        try {
          return save();
        } catch {
          return Promise.resolve(false);
        }
      });
      const results = await Promise.all([...saving, ...out].map((write) => write.catch(() => false)));
      return results.every(Boolean);
    },
  };
}

export type PendingWrites = ReturnType<typeof createPendingWrites>;
