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

/** Sorts phases by their order field; throws when two phases share one, naming both files. */
export function sortPhases<T extends Ordered>(phases: readonly T[]): T[] {
  const byOrder = new Map<number, T>();
  for (const phase of phases) {
    const other = byOrder.get(phase.data.order);
    if (other) {
      throw new Error(
        `${where(other)} and ${where(phase)} both have order: ${phase.data.order}. ` +
          'Each phase needs its own order number (1, 2, 3 …) so the site knows which comes first.',
      );
    }
    byOrder.set(phase.data.order, phase);
  }
  return [...phases].sort((a, b) => a.data.order - b.data.order);
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
