/*
 * Mistakes saved under `astro dev`: Astro keeps the last good entry and only logs the error, so every
 * page shows them in a dev-only banner. The loader and the pages are bundled apart but run in one
 * process, so the record lives on globalThis.
 */

const KEY = Symbol.for('ltc.devContentProblems');
/** The content files whose last save was refused, with the message of each of their problems. */
const registry = ((globalThis as { [KEY]?: Map<string, string[]> })[KEY] ??= new Map());

/**
 * Records a file's mistakes, or clears them when `messages` is undefined. A file that now passes
 * every check, those across files included, also clears the other files' problems that name it: a
 * label or order clash recorded on the other file of the pair no longer holds.
 */
export function setDevProblem(file: string, messages: string[] | undefined): void {
  if (messages !== undefined) {
    registry.set(file, messages);
    return;
  }
  registry.delete(file);
  for (const [other, problems] of registry) {
    const standing = problems.filter((message) => !message.includes(file));
    if (standing.length > 0) registry.set(other, standing);
    else registry.delete(other);
  }
}

/** The refused files and their messages, sorted by file. */
export function devProblems(): { file: string; message: string }[] {
  return [...registry]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, messages]) => ({ file, message: messages.join('\n') }));
}
