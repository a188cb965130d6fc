/*
 * Field mistakes saved while `astro dev` runs. Astro's glob loader then keeps the last good
 * version of the entry and only logs the error in the terminal, so the browser would show an
 * old page with no sign of the mistake. The content loader records each such mistake here and
 * every page shows it in a dev-only banner (BaseLayout) until the file is saved without it.
 *
 * The loader and the pages run in one Node process but may load this module separately (the
 * content config and the pages are bundled apart), so the record lives on globalThis.
 */

/** The content files whose last save was refused, with the message for each. */
type Registry = Map<string, string>;

const KEY = Symbol.for('ltc.devContentProblems');

function registry(): Registry {
  const scope = globalThis as { [KEY]?: Registry };
  return (scope[KEY] ??= new Map());
}

/** Records the mistakes of a file (its path in the project), or clears them when `message` is undefined. */
export function setDevProblem(file: string, message: string | undefined): void {
  if (message === undefined) registry().delete(file);
  else registry().set(file, message);
}

/** The refused files and their messages, sorted by file. */
export function devProblems(): { file: string; message: string }[] {
  return [...registry()].sort(([a], [b]) => a.localeCompare(b)).map(([file, message]) => ({ file, message }));
}
