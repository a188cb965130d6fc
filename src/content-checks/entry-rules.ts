import { resolveResourceLink, type ResolvedLink } from './downloads.ts';
import type { ContentProblem } from './entry-errors.ts';
import { fieldLine } from './field-lines.ts';

/* Rules across a collection's entries: they return problems, so these are listed with the folder's other mistakes. */

/** An entry as stored: its id, its file's path in the project, its checked fields and its YAML (read-folder.ts). */
export interface StoredEntry {
  id: string;
  filePath: string;
  data: Record<string, unknown>;
  yaml: string;
}

function entryProblem(message: string, entry: StoredEntry, field: string): ContentProblem {
  return { file: entry.filePath, line: fieldLine(entry.yaml, [field]), message };
}

/**
 * The message for two pages with one label. `suggestion` is a free label made from the second file's
 * name; `secondLabel` the second file's label when it is written otherwise (phase 1 beside Phase 1).
 */
export function labelClashMessage(
  first: string,
  second: string,
  label: string,
  suggestion?: string,
  secondLabel = label,
): string {
  const write = suggestion === undefined ? `a short name of its own` : `label: ${suggestion} in ${second}`;
  const clash =
    secondLabel === label
      ? `${first} and ${second} both have label: ${label}.`
      : `${first} has label: ${label} and ${second} has label: ${secondLabel}, which a screen reader reads as the same name (capitals and spaces aside).`;
  return (
    `${clash} The label is the name of the page's link in the navigation, ` +
    `so each page needs its own: write another label in one of them, such as ${write}.`
  );
}

/** A label as a screen reader says it: capitals and runs of spaces make no difference. */
function spokenLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
}

/**
 * Two pages with one label: the navigation would show two links with one name. `others` are the
 * entries of the folders that share the navigation (the overview beside the phases); a clash among
 * them alone is their own loader's to report.
 */
export function uniqueLabels(entries: StoredEntry[], others: StoredEntry[]): ContentProblem[] {
  const all = [...entries, ...others].toSorted((a, b) => a.filePath.localeCompare(b.filePath));
  const labelOf = (entry: StoredEntry) => String(entry.data['label']).trim();
  const taken = new Set(all.map((entry) => spokenLabel(labelOf(entry))));
  const first = new Map<string, StoredEntry>();
  const problems: ContentProblem[] = [];
  for (const entry of all) {
    const spoken = spokenLabel(labelOf(entry));
    const other = first.get(spoken);
    if (other === undefined) {
      first.set(spoken, entry);
      continue;
    }
    if (!entries.includes(entry) && !entries.includes(other)) continue;
    // "phase-3" becomes "Phase 3": a label to suggest for the page whose file is phase-3.mdx.
    const words = entry.id.replace(/[-_]+/g, ' ').trim();
    const suggestion = words.charAt(0).toUpperCase() + words.slice(1);
    const message = labelClashMessage(
      other.filePath,
      entry.filePath,
      labelOf(other),
      suggestion === '' || taken.has(spokenLabel(suggestion)) ? undefined : suggestion,
      labelOf(entry),
    );
    problems.push(entryProblem(message, entry, 'label'));
  }
  return problems;
}

/** A resource card's link, resolved once for the pages; a /downloads/ link must be a file in public/. */
export function resolveLink(
  entry: StoredEntry,
  publicDir: string,
): { data: { link: ResolvedLink } } | { problem: ContentProblem } {
  const link = resolveResourceLink(String(entry.data['href']), publicDir);
  if (typeof link !== 'string') return { data: { link } };
  return { problem: entryProblem(`${entry.filePath}: ${link}`, entry, 'href') };
}
