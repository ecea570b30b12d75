// "Words lost": what the mentor was told was saved and is not there afterwards.

/** The words of `acknowledged` missing from the start of `kept` (text typed after it may follow). */
export function wordsLost(acknowledged: string, kept: string): number {
  const said = acknowledged.split(/\s+/).filter(Boolean);
  const found = kept.split(/\s+/).filter(Boolean);
  let same = 0;
  while (same < said.length && said[same] === found[same]) same++;
  return said.length - same;
}
