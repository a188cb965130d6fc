/* The order the pages show entries in: made from their fields, so no two entries can claim one place. */

/** The fields phases are ordered by, first to last (then the file name): the pages and the CMS's list. */
export const PHASE_ORDER = ['years.start', 'label'] as const;
/** The fields cards are ordered by, first to last (then the file name): the pages and the CMS's list. */
export const CARD_ORDER = ['order', 'title'] as const;

const byWords = new Intl.Collator('en').compare;

/** The entries sorted by the fields (dotted paths into their data), numbers as numbers, then by id. */
function inOrder<T extends { id: string; data: object }>(entries: readonly T[], fields: readonly string[]): T[] {
  const key = (entry: T, field: string) =>
    field.split('.').reduce<unknown>((value, name) => (value as Record<string, unknown>)[name], entry.data);
  const compare = (a: unknown, b: unknown) =>
    typeof a === 'number' && typeof b === 'number' ? a - b : byWords(String(a), String(b));
  return entries.toSorted(
    (a, b) => fields.reduce((found, field) => found || compare(key(a, field), key(b, field)), 0) || byWords(a.id, b.id),
  );
}

/** Phases in the order of their first years; in one year, of their labels (which the loader keeps distinct). */
export const phasesInOrder = <T extends { id: string; data: { years: { start: number }; label: string } }>(
  entries: readonly T[],
): T[] => inOrder(entries, PHASE_ORDER);

/** Cards by their order number; cards with one number by their titles, then by file name. */
export const cardsInOrder = <T extends { id: string; data: { order: number; title: string } }>(
  entries: readonly T[],
): T[] => inOrder(entries, CARD_ORDER);
