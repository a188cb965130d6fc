/*
 * Mistakes saved under `astro dev`: Astro keeps the last good entry and only logs the error, so every
 * page shows them in a dev-only banner. The loader and the pages are bundled apart but run in one
 * process, so the record lives on globalThis.
 */

const KEY = Symbol.for('ltc.devContentProblems');
/** The content files whose last save was refused, with the message for each. */
const registry = ((globalThis as { [KEY]?: Map<string, string> })[KEY] ??= new Map());

/** Records a file's mistakes, or clears them when `message` is undefined. */
export function setDevProblem(file: string, message: string | undefined): void {
  if (message === undefined) registry.delete(file);
  else registry.set(file, message);
}

/** The refused files and their messages, sorted by file. */
export function devProblems(): { file: string; message: string }[] {
  return [...registry].sort(([a], [b]) => a.localeCompare(b)).map(([file, message]) => ({ file, message }));
}
