import { diffLines } from 'diff';

/**
 * The lines that differ between two versions of a file, as `git diff` would show them, in order:
 * those of the first that the second no longer has (removed), and those it adds (added). A save that
 * changed one field of a file shows as that field's line(s) and nothing else.
 */
export function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const changed = { removed: [] as string[], added: [] as string[] };
  for (const part of diffLines(before, after)) {
    if (part.added || part.removed)
      changed[part.added ? 'added' : 'removed'].push(...part.value.replace(/\n$/, '').split('\n'));
  }
  return changed;
}
