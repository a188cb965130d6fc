/*
 * The order rule: entries are shown by their order field, and no two may share one, because
 * a tie would be settled silently by file order. The content loader checks it (uniqueOrder in
 * entry-rules.ts); the pages only sort.
 */

/** What ordering needs of an entry: its file's path, for messages, and its order field. */
export interface Ordered {
  filePath: string;
  data: { order: number };
}

/**
 * The first of two entries that share an order, and the message naming both files: a tie
 * would be settled silently by file order. `what` names an entry in the message: "phase".
 */
export function orderClash(entries: readonly Ordered[], what: string): { file: string; message: string } | undefined {
  const byOrder = new Map<number, Ordered>();
  // Files load in no fixed order: go through them by path, so a message names them in one order.
  for (const entry of entries.toSorted((a, b) => a.filePath.localeCompare(b.filePath))) {
    const other = byOrder.get(entry.data.order);
    if (other) {
      const message =
        `${other.filePath} and ${entry.filePath} both have order: ${entry.data.order}. ` +
        `Each ${what} needs its own order number (1, 2, 3 …) so the site knows which comes first.`;
      return { file: other.filePath, message };
    }
    byOrder.set(entry.data.order, entry);
  }
  return undefined;
}

/** Entries in the order their order field gives, as the pages show them. */
export function inOrder<T extends { data: { order: number } }>(entries: readonly T[]): T[] {
  return entries.toSorted((a, b) => a.data.order - b.data.order);
}
