import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * Manual order is a fractional-index string: moving an item writes only its own rank, so two
 * devices reordering at once both keep their moves and converge.
 */
export function rankBetween(before: string | null | undefined, after: string | null | undefined): string {
  // Equal or inverted neighbours happen when two devices ranked concurrently; order them first.
  if (before && after && before >= after) return generateKeyBetween(after, null);
  return generateKeyBetween(before ?? null, after ?? null);
}

export const ranksBetween = (before: string | null, after: string | null, n: number): string[] => generateNKeysBetween(before, after, n);

export const compareRank = (a: { rank: string; id: string }, b: { rank: string; id: string }) =>
  a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The rank that places an item at `index` of an ordered list that does not contain it. */
export function rankAt(ordered: readonly { rank: string }[], index: number): string {
  const before = index > 0 ? ordered[index - 1]?.rank : null;
  const after = ordered[index]?.rank ?? null;
  return rankBetween(before ?? null, after);
}
