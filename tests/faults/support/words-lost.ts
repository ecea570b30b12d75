// "Words lost": what the mentor was told was saved and is not there afterwards.

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * How many words of `acknowledged` are not in `kept`, in order: the acknowledged text's length less
 * its longest common run of words with the kept one (words typed later may sit between or after).
 */
export function wordsLost(acknowledged: string, kept: string): number {
  const a = words(acknowledged);
  const b = words(kept);
  // All of it there in one piece: the usual case, and the only cheap one for a 200 KB report.
  if (` ${b.join(' ')} `.includes(` ${a.join(' ')} `)) return 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const row = [0];
    for (let j = 1; j <= b.length; j++) row[j] = word === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, row[j - 1]!);
    previous = row;
  }
  return a.length - previous[b.length]!;
}
