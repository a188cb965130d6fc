import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveResourceLink } from './downloads';
import type { ContentProblem } from './entry-errors';
import { fieldLine } from './field-lines';
import { sortByOrder } from './phases';

/*
 * Rules across the entries of a collection, run by the content loader once every file has
 * been read: each returns problems (located at the field's line) instead of throwing, so they
 * are listed with the other mistakes of the folder.
 */

/** An entry as stored: its id, its file's path in the project and its checked fields. */
export interface StoredEntry {
  id: string;
  filePath: string;
  data: Record<string, unknown>;
}

/** The text of a content file, to find the line of a field; empty when it cannot be read. */
export function sourceOf(path: string | undefined): string {
  try {
    return path === undefined ? '' : readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

/** A rule's error as a problem of one entry, at the line of the field it is about. */
function entryProblem(error: unknown, entry: StoredEntry, root: string, field: string): ContentProblem {
  return {
    file: entry.filePath,
    line: fieldLine(sourceOf(join(root, entry.filePath)), [field]),
    message: error instanceof Error ? error.message : String(error),
  };
}

/** Two entries with one order would be ordered silently by file name: a problem naming both files. */
export function uniqueOrder(entries: StoredEntry[], what: string, root: string): ContentProblem[] {
  try {
    sortByOrder(
      entries.map((entry) => ({ ...entry, data: { order: Number(entry.data['order']) } })),
      what,
    );
    return [];
  } catch (error) {
    // The message names the files in sorted order: the first of them is where to look.
    const first = [...entries]
      .sort((a, b) => a.filePath.localeCompare(b.filePath))
      .find((entry) => String(error instanceof Error ? error.message : error).startsWith(entry.filePath));
    return [entryProblem(error, first ?? entries[0]!, root, 'order')];
  }
}

/** Every /downloads/ link of a resource card must be a file in public/. */
export function downloadsExist(entries: StoredEntry[], root: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    try {
      resolveResourceLink(String(entry.data['href']), join(root, 'public'), entry.filePath);
    } catch (error) {
      problems.push(entryProblem(error, entry, root, 'href'));
    }
  }
  return problems;
}
