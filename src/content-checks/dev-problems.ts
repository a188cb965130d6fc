import type { ContentProblem } from './entry-errors.ts';

/*
 * Mistakes saved under `astro dev`: the loader keeps the folder's last good entries, so every page shows
 * them in a dev-only banner. The loader and the pages are bundled apart but run in one process, so the
 * record lives on globalThis.
 */

const KEY = Symbol.for('ltc.devContentProblems');
/** Each content folder's problems, as its last load found them. */
const registry = ((globalThis as { [KEY]?: Map<string, readonly ContentProblem[]> })[KEY] ??= new Map());

/** Records what the last load of a folder found (nothing: the folder is right). */
export function setDevProblems(folder: string, problems: readonly ContentProblem[]): void {
  registry.set(folder, problems);
}

/** The problems of every folder, sorted by folder. */
export function devProblems(): ContentProblem[] {
  return [...registry].sort(([a], [b]) => a.localeCompare(b)).flatMap(([, problems]) => problems);
}
