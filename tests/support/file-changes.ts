import { diffLines } from 'diff';

/** How two versions of a text file differ, line by line. */
export interface ChangedLines {
  /** Lines of the first version that the second no longer has, in order. */
  removed: string[];
  /** Lines of the second version that the first did not have, in order. */
  added: string[];
}

/**
 * The lines that differ between two versions of a file, as `git diff` would show them: a save that
 * changed one field of a file shows as that field's line(s) and nothing else.
 */
export function changedLines(before: string, after: string): ChangedLines {
  const removed: string[] = [];
  const added: string[] = [];
  for (const part of diffLines(before, after)) {
    if (!part.added && !part.removed) continue;
    const lines = part.value.split('\n');
    if (lines.at(-1) === '') lines.pop();
    (part.added ? added : removed).push(...lines);
  }
  return { removed, added };
}
