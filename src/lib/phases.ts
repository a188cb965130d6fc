/**
 * Ordering and linking phases. Works on anything with an order and a file path, so the
 * rules are unit-tested without building the site.
 */

/** The fields of a phase entry that ordering needs. */
export interface Ordered {
  id: string;
  filePath?: string | undefined;
  data: { order: number };
}

/**
 * Sorts entries by their order field; throws when two share one, naming both files, because a
 * tie would be settled silently by file order. `what` names an entry in the message: "phase".
 */
export function sortByOrder<T extends Ordered>(entries: readonly T[], what: string): T[] {
  const byOrder = new Map<number, T>();
  // Files load in no fixed order: go through them by path, so a message names them in one order.
  for (const entry of [...entries].sort((a, b) => where(a).localeCompare(where(b)))) {
    const other = byOrder.get(entry.data.order);
    if (other) {
      throw new Error(
        `${where(other)} and ${where(entry)} both have order: ${entry.data.order}. ` +
          `Each ${what} needs its own order number (1, 2, 3 …) so the site knows which comes first.`,
      );
    }
    byOrder.set(entry.data.order, entry);
  }
  return [...entries].sort((a, b) => a.data.order - b.data.order);
}

/** Sorts phases by their order field; throws when two phases share one, naming both files. */
export function sortPhases<T extends Ordered>(phases: readonly T[]): T[] {
  return sortByOrder(phases, 'phase');
}

/** The phases before and after the given one, in order. */
export function neighbours<T extends Ordered>(sorted: readonly T[], id: string): { previous?: T; next?: T } {
  const index = sorted.findIndex((phase) => phase.id === id);
  if (index === -1) throw new Error(`there is no phase "${id}"`);
  const result: { previous?: T; next?: T } = {};
  const previous = sorted[index - 1];
  const next = sorted[index + 1];
  if (previous) result.previous = previous;
  if (next) result.next = next;
  return result;
}

function where(phase: Ordered): string {
  return phase.filePath ?? `the phase "${phase.id}"`;
}
