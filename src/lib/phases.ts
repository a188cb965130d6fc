/**
 * The phases before and after the given one, in order (for the phase pager). The id comes from
 * the same collection as the list; an id that is not in it has no neighbours.
 */
export function neighbours<T extends { id: string }>(sorted: readonly T[], id: string): { previous?: T; next?: T } {
  const index = sorted.findIndex((phase) => phase.id === id);
  const result: { previous?: T; next?: T } = {};
  if (index === -1) return result;
  const previous = sorted[index - 1];
  const next = sorted[index + 1];
  if (previous) result.previous = previous;
  if (next) result.next = next;
  return result;
}
