/* The order the pages show entries in: made from their fields, so no two entries can claim one place. */

const byWords = new Intl.Collator('en').compare;

/** Phases in the order of their first years; in one year, of their labels (which the loader keeps distinct). */
export function phasesInOrder<T extends { id: string; data: { years: { start: number }; label: string } }>(
  entries: readonly T[],
): T[] {
  return entries.toSorted(
    (a, b) => a.data.years.start - b.data.years.start || byWords(a.data.label, b.data.label) || byWords(a.id, b.id),
  );
}

/** Cards by their order number; cards with one number by their titles, then by file name. */
export function cardsInOrder<T extends { id: string; data: { order: number; title: string } }>(
  entries: readonly T[],
): T[] {
  return entries.toSorted(
    (a, b) => a.data.order - b.data.order || byWords(a.data.title, b.data.title) || byWords(a.id, b.id),
  );
}
