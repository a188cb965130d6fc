/** Entries by their order field; the loader refuses two that share one (uniqueOrder). */
export function inOrder<T extends { data: { order: number } }>(entries: readonly T[]): T[] {
  return entries.toSorted((a, b) => a.data.order - b.data.order);
}
