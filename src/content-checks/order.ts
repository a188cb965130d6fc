/*
 * Entries are shown by their order field; the content loader refuses two that share one
 * (uniqueOrder in entry-rules.ts), so the pages only sort.
 */

/** Entries in the order their order field gives, as the pages show them. */
export function inOrder<T extends { data: { order: number } }>(entries: readonly T[]): T[] {
  return entries.toSorted((a, b) => a.data.order - b.data.order);
}
