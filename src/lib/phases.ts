/** The phases before and after the given one, in order (for the phase pager). */
export function neighbours<T extends { id: string }>(sorted: readonly T[], id: string): { previous?: T; next?: T } {
  const index = sorted.findIndex((phase) => phase.id === id);
  if (index === -1) throw new Error(`there is no phase "${id}"`);
  const result: { previous?: T; next?: T } = {};
  const previous = sorted[index - 1];
  const next = sorted[index + 1];
  if (previous) result.previous = previous;
  if (next) result.next = next;
  return result;
}
